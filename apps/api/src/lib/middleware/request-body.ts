import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../../context';
import { parseMediaType } from '../media-type';
import { ApiProblem, message } from '../problem';
import { findTextFault, TEXT_FAULT_MESSAGES, textFault } from '../text-guard';

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const JSON_TYPES = new Set(['application/json', 'application/merge-patch+json']);
const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true });

/**
 * The URL of every request: its path and query must be UTF-8 text without control characters (a NUL in a
 * filter would otherwise reach PostgreSQL, which refuses it).
 */
export function guardUrl(): MiddlewareHandler<AppEnv> {
  return (c, next) => {
    const url = c.req.url;
    const queryAt = url.indexOf('?');
    const pathStart = url.indexOf('/', url.indexOf('//') + 2);
    const rawPath = url.slice(pathStart, queryAt < 0 ? undefined : queryAt);
    if (rawPath.includes('%') || /[^\x21-\x7e]/.test(rawPath)) {
      for (const segment of rawPath.split('/')) {
        let decoded: string;
        try {
          decoded = decodeURIComponent(segment);
        } catch {
          throw new ApiProblem('bad-request', {
            detail: message('problem.detail.pathEncoding'),
            errors: [
              { field: 'path', code: 'invalid-encoding', message: message('problem.detail.pathEncoding') },
            ],
          });
        }
        const fault = textFault(decoded, true);
        if (fault !== null) {
          throw new ApiProblem('bad-request', {
            detail: TEXT_FAULT_MESSAGES[fault].detail('path'),
            errors: [{ field: 'path', code: fault, message: TEXT_FAULT_MESSAGES[fault].field }],
          });
        }
      }
    }
    // A query of printable ASCII without escapes decodes to itself: nothing to look for in it.
    if (queryAt >= 0 && /[^\x21-\x7e]|%/.test(url.slice(queryAt + 1))) {
      for (const [name, value] of new URL(url).searchParams) {
        const fault = textFault(name, true) ?? textFault(value, true);
        if (fault !== null) {
          const field = `query.${textFault(name, true) === null ? name : '?'}`;
          throw new ApiProblem('validation-failed', {
            detail: TEXT_FAULT_MESSAGES[fault].detail(field),
            errors: [{ field, code: fault, message: TEXT_FAULT_MESSAGES[fault].field }],
          });
        }
      }
    }
    return next();
  };
}

/** Reads at most `limit` bytes of the body; `null` when it is longer. */
async function readLimited(request: Request, limit: number): Promise<Uint8Array | null> {
  if (request.body === null) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => {});
      return null;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/**
 * The body of every write, checked once for all resources: its media type (`application/json`, with any
 * valid RFC 9110 parameters; a charset other than UTF-8 is refused), its size (413 beyond `limit`), its
 * encoding (UTF-8), its syntax (JSON) and its text (no control character, no lone surrogate — the problem
 * names the field). The parsed body is handed to the operation's validator, which reads it from here. It runs
 * after the operation's access check, so that an anonymous or badly keyed write is refused before its body
 * is read.
 */
export function guardBody(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (!WRITE_METHODS.has(c.req.method)) return next();
    const limit = c.get('bodyLimit');
    const declared = c.req.header('content-length');
    const tooLarge = () =>
      new ApiProblem('payload-too-large', { detail: message('problem.detail.payloadTooLarge', { limit }) });
    if (declared !== undefined && /^\d+$/.test(declared) && Number(declared) > limit) throw tooLarge();
    const contentType = c.req.header('content-type');
    if (contentType === undefined) {
      if (c.req.method === 'DELETE' || c.req.raw.body === null) return next();
      throw new ApiProblem('unsupported-media-type', { detail: message('problem.detail.mediaType') });
    }
    const media = parseMediaType(contentType);
    const charset = media?.parameters.charset?.toLowerCase();
    if (media === null || !JSON_TYPES.has(media.essence) || (charset !== undefined && charset !== 'utf-8')) {
      throw new ApiProblem('unsupported-media-type', { detail: message('problem.detail.mediaType') });
    }
    const bytes = await readLimited(c.req.raw, limit);
    if (bytes === null) throw tooLarge();
    let text: string;
    try {
      text = STRICT_UTF8.decode(bytes);
    } catch {
      throw new ApiProblem('malformed-json', { detail: message('problem.detail.notUtf8') });
    }
    // The body was read here: the operation's validator gets it parsed, under the canonical media type.
    const headers = new Headers(c.req.raw.headers);
    headers.set('content-type', media.essence);
    c.req.raw = new Request(c.req.url, { method: c.req.method, headers });
    if (text.length === 0) return next();
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      throw new ApiProblem('malformed-json', { detail: message('problem.detail.malformedJson') });
    }
    const found = findTextFault(parsed);
    if (found !== null) {
      const field = ['body', ...found.path].join('.');
      throw new ApiProblem('validation-failed', {
        detail: TEXT_FAULT_MESSAGES[found.fault].detail(field),
        errors: [{ field, code: found.fault, message: TEXT_FAULT_MESSAGES[found.fault].field }],
      });
    }
    c.req.bodyCache.json = Promise.resolve(parsed);
    return next();
  };
}
