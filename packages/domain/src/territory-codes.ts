import type { CountryCode, TerritoryKind } from './vocabularies';

// The territory code checks without zod (the schemas are in ./territory), for code that must not load zod.

/** Official code formats: INSEE commune code (5 characters, `2A`/`2B` in Corsica), ISTAT comune code (6 digits), BFS number (1–4 digits). */
export const TERRITORY_CODE_PATTERNS: Readonly<Record<CountryCode, RegExp>> = {
  FR: /^(\d{5}|2[AB]\d{3})$/,
  IT: /^\d{6}$/,
  CH: /^[1-9]\d{0,3}$/,
};

export const TERRITORY_CODE_FORMATS: Readonly<Record<CountryCode, string>> = {
  FR: 'an INSEE commune code of 5 characters, e.g. "74056"',
  IT: 'an ISTAT comune code of 6 digits, e.g. "007003"',
  CH: 'a BFS municipality number of 1 to 4 digits, e.g. "6266"',
};

/**
 * The kind of territorial unit each country uses.
 *
 * @example TERRITORY_KIND_OF_COUNTRY.CH // 'municipality'
 */
export const TERRITORY_KIND_OF_COUNTRY: Readonly<Record<CountryCode, TerritoryKind>> = {
  FR: 'commune',
  IT: 'comune',
  CH: 'municipality',
};

/**
 * Whether a code has the official format of a territorial unit code of the country. Says nothing of
 * whether the unit exists (see `getTerritoryUnit`).
 *
 * @example isTerritoryCode('IT', '007003') // true
 */
export function isTerritoryCode(country: CountryCode, code: string): boolean {
  return TERRITORY_CODE_PATTERNS[country].test(code);
}

/**
 * The field-naming message for a territory code of the wrong format, for schemas that hold one.
 *
 * @example describeTerritoryCode('CH') // 'a BFS municipality number of 1 to 4 digits, e.g. "6266"'
 */
export function describeTerritoryCode(country: CountryCode): string {
  return TERRITORY_CODE_FORMATS[country];
}
