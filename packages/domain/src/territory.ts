import { z } from 'zod';
import type { CountryCode, TerritoryKind } from './ids';
import { Nuts3CodeSchema } from './ids';
import { TextSchema } from './internal/common-schemas';

/** Official code formats: INSEE commune code (5 characters, `2A`/`2B` in Corsica), ISTAT comune code (6 digits), BFS number (1–4 digits). */
const TERRITORY_CODE_PATTERNS: Readonly<Record<CountryCode, RegExp>> = {
  FR: /^(\d{5}|2[AB]\d{3})$/,
  IT: /^\d{6}$/,
  CH: /^[1-9]\d{0,3}$/,
};

const TERRITORY_CODE_FORMATS: Readonly<Record<CountryCode, string>> = {
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

function codeSchema(country: CountryCode) {
  return z
    .string()
    .regex(TERRITORY_CODE_PATTERNS[country], { error: `code must be ${TERRITORY_CODE_FORMATS[country]}` });
}

/**
 * A territorial unit: a French commune (INSEE code), an Italian comune (ISTAT code) or a Swiss
 * municipality (BFS number), with its official name and NUTS 3 region. `kind` and `country` go together.
 *
 * @example
 * TerritoryUnitSchema.parse({ kind: 'commune', country: 'FR', code: '74056', name: 'Chamonix-Mont-Blanc', nuts3: 'FRK28' });
 */
export const TerritoryUnitSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('commune'),
    country: z.literal('FR'),
    code: codeSchema('FR'),
    name: TextSchema,
    nuts3: Nuts3CodeSchema,
  }),
  z.object({
    kind: z.literal('comune'),
    country: z.literal('IT'),
    code: codeSchema('IT'),
    name: TextSchema,
    nuts3: Nuts3CodeSchema,
  }),
  z.object({
    kind: z.literal('municipality'),
    country: z.literal('CH'),
    code: codeSchema('CH'),
    name: TextSchema,
    nuts3: Nuts3CodeSchema,
  }),
]);
export type TerritoryUnit = z.infer<typeof TerritoryUnitSchema>;
