import { z } from '@hono/zod-openapi';
import { CurrencySchema } from '@mbi/domain';

/** Request and response pieces that several resources share; each resource's own schemas live with it. */

export const LangQuery = z.object({
  lang: z.string().max(35).optional().openapi({
    description:
      'Language of labels and problem documents: fr, it, de or en (else Accept-Language, else fr).',
  }),
});

export const ListQuery = LangQuery.extend({
  format: z
    .enum(['json', 'csv'])
    .optional()
    .openapi({ description: 'json (default) or csv (also Accept: text/csv).' }),
  sep: z
    .enum([';', ','])
    .optional()
    .openapi({ description: 'CSV separator; `;` by default for fr/it/de, `,` for en.' }),
});

export const MoneyJsonSchema = z
  .object({
    amount: z
      .string()
      .regex(/^-?\d+\.\d{2}$/)
      .openapi({ example: '359139.70', description: 'Exact decimal string, two decimals.' }),
    currency: CurrencySchema,
  })
  .openapi('Money');

export const csvContent = { 'text/csv': { schema: z.string() } };

export const notModified = { 304: { description: 'Not modified (If-None-Match holds the current ETag)' } };
