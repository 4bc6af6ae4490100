/**
 * A media type as RFC 9110 §8.3.1 writes it: `type "/" subtype *( OWS ";" OWS [ parameter ] )`, parameters
 * `token "=" ( token / quoted-string )`. Returns the lower-case essence and parameters, or `null`.
 *
 * @example parseMediaType('application/json ; charset=UTF-8') // { essence: 'application/json', parameters: { charset: 'UTF-8' } }
 */
export function parseMediaType(
  header: string,
): { essence: string; parameters: Record<string, string> } | null {
  const token = "[!#$%&'*+.^_`|~0-9A-Za-z-]+";
  const match = new RegExp(`^\\s*(${token})/(${token})\\s*((?:;.*)?)$`).exec(header);
  if (match === null) return null;
  const [, type = '', subtype = '', rest = ''] = match;
  const parameters: Record<string, string> = {};
  const parameter = new RegExp(`^\\s*;\\s*(?:(${token})=(${token}|"(?:[^"\\\\]|\\\\.)*"))?\\s*`);
  let remaining = rest;
  while (remaining.length > 0) {
    const found = parameter.exec(remaining);
    if (found === null || found[0].length === 0) return null;
    const [whole, name, value] = found;
    if (name !== undefined && value !== undefined) {
      parameters[name.toLowerCase()] = value.startsWith('"')
        ? value.slice(1, -1).replace(/\\(.)/g, '$1')
        : value;
    }
    remaining = remaining.slice(whole.length);
  }
  return { essence: `${type}/${subtype}`.toLowerCase(), parameters };
}
