import { z } from 'zod';
import { Nuts3CodeSchema } from './ids';
import { TextSchema } from './internal/common-schemas';
import { TERRITORY_CODE_FORMATS, TERRITORY_CODE_PATTERNS } from './territory-codes';
import type { CountryCode } from './vocabularies';

export { describeTerritoryCode, isTerritoryCode, TERRITORY_KIND_OF_COUNTRY } from './territory-codes';

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
