/**
 * Checks of search parameters, written without zod: every route's `validateSearch` is in the first page's chunk,
 * which zod would grow by about 24 KB gzip. Each check keeps a value that passes and drops any other (as zod's
 * `.optional().catch(undefined)`), so an old or hand-edited link still opens.
 */

/**
 * A string, trimmed first if asked, at most `max` characters, matching `pattern` if given.
 *
 * @example optionalText(' 43.31Z ', { max: 100, trim: true }) // '43.31Z'
 */
export function optionalText(
  value: unknown,
  rules: { readonly max?: number; readonly pattern?: RegExp; readonly trim?: boolean },
): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = rules.trim === true ? value.trim() : value;
  if (rules.max !== undefined && text.length > rules.max) return undefined;
  if (rules.pattern !== undefined && !rules.pattern.test(text)) return undefined;
  return text;
}

/**
 * One of a closed list of values (a vocabulary of `@mbi/domain`).
 *
 * @example optionalOneOf('IT', COUNTRY_CODES) // 'IT'
 */
export function optionalOneOf<T extends string>(value: unknown, values: readonly T[]): T | undefined {
  return typeof value === 'string' && (values as readonly string[]).includes(value)
    ? (value as T)
    : undefined;
}

/**
 * An integer from `min` to `max`, given as a number or as its digits (the router parses `?page=2` as 2).
 *
 * @example optionalInteger('3', 1, 100_000) // 3
 */
export function optionalInteger(value: unknown, min: number, max: number): number | undefined {
  const number =
    typeof value === 'number'
      ? value
      : typeof value === 'string' && value.trim() !== ''
        ? Number(value)
        : Number.NaN;
  return Number.isInteger(number) && number >= min && number <= max ? number : undefined;
}

/**
 * From 1 to `max` finite numbers, each greater than the one before (class breaks of a map).
 *
 * @example optionalIncreasingNumbers([1, 2.5, 10], 4) // [1, 2.5, 10]
 */
export function optionalIncreasingNumbers(value: unknown, max: number): number[] | undefined {
  if (!Array.isArray(value) || value.length < 1 || value.length > max) return undefined;
  const numbers: number[] = [];
  for (const item of value) {
    if (typeof item !== 'number' || !Number.isFinite(item)) return undefined;
    const previous = numbers.at(-1);
    if (previous !== undefined && item <= previous) return undefined;
    numbers.push(item);
  }
  return numbers;
}

/**
 * From 1 to `max` codes separated by commas (`74056,007018`), each of letters, digits and hyphens, without
 * repeats, in the order given. The router reads a lone `74056` as a number: digits are kept as written.
 *
 * @example optionalCodeList('74056,007018', 6) // ['74056', '007018']
 */
export function optionalCodeList(value: unknown, max: number): string[] | undefined {
  const text = typeof value === 'number' && Number.isInteger(value) && value >= 0 ? String(value) : value;
  if (typeof text !== 'string') return undefined;
  const codes = [...new Set(text.split(',').map((code) => code.trim()))];
  if (codes.length < 1 || codes.length > max) return undefined;
  return codes.every((code) => /^[A-Za-z0-9-]{1,40}$/.test(code)) ? codes : undefined;
}
