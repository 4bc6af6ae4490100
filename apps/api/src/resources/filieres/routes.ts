import { z } from '@hono/zod-openapi';
import { FiliereIdSchema, type Locale, type ReferenceDataset } from '@mbi/domain';
import { createTranslator, getLabels } from '@mbi/i18n';
import { FILIERE_MAP, FILIERE_MAP_VERSION, getLabel } from '@mbi/taxonomy';
import type { AppDeps } from '../../context';
import { localeOf } from '../../lib/locale';
import { formatOf, send } from '../../lib/respond';
import { createRouter, defineRoute, problemAnswer } from '../../lib/router';
import { csvContent, ListQuery, notModified } from '../../lib/schemas';

export const FiliereWeightSchema = z.enum(['core', 'partial']);

export const FiliereListSchema = z
  .object({
    mapVersion: z.string(),
    items: z.array(
      z.object({
        id: FiliereIdSchema,
        label: z.string(),
        shortLabel: z.string(),
        name: z.string(),
        description: z.string(),
        codes: z.array(
          z.object({
            code: z.string(),
            scheme: z.string(),
            naceClass: z.string(),
            label: z.string().nullable(),
            weight: FiliereWeightSchema,
            rationale: z.string(),
          }),
        ),
      }),
    ),
  })
  .openapi('FiliereList');

export function filieresView(dataset: ReferenceDataset, locale: Locale): z.infer<typeof FiliereListSchema> {
  const labels = getLabels(locale);
  return {
    mapVersion: FILIERE_MAP_VERSION,
    items: dataset.filieres.map((filiere) => ({
      id: filiere.id,
      label: labels.filiere[filiere.id],
      shortLabel: labels.filiereShort[filiere.id],
      name: filiere.name,
      description: filiere.description,
      codes: FILIERE_MAP.filter((entry) => entry.filiere === filiere.id).map((entry) => ({
        code: entry.code,
        scheme: entry.scheme,
        naceClass: entry.naceClass,
        label: getLabel(entry.naceClass, locale) ?? null,
        weight: entry.weight,
        rationale: entry.rationales[locale],
      })),
    })),
  };
}

/** `GET /v1/filieres`: the three filières and the codes mapped to them, public reference data. */
export function createFiliereRoutes({ reference }: Pick<AppDeps, 'reference'>) {
  const { dataset } = reference;
  return createRouter().openapi(
    defineRoute({
      method: 'get',
      path: '/',
      operationId: 'listFilieres',
      access: 'public',
      tags: ['Reference data'],
      summary: 'The three filières and the NACE codes mapped to them',
      request: { query: ListQuery },
      responses: {
        200: {
          description: 'Filières',
          content: { 'application/json': { schema: FiliereListSchema }, ...csvContent },
        },
        ...notModified,
        406: problemAnswer('Neither JSON nor CSV is acceptable'),
      },
    }),
    (c) => {
      const locale = localeOf(c);
      if (formatOf(c) === 'json')
        return send(
          c,
          reference.json('filieres', locale, () => filieresView(dataset, locale)),
        );
      const t = createTranslator(locale);
      return send(
        c,
        reference.csv('filieres', locale, c.req.query('sep'), () => ({
          columns: [
            { header: t('field.filiere'), value: (row) => row.filiere },
            { header: t('field.activityCode'), value: (row) => row.code },
            { header: 'NACE', value: (row) => row.naceClass },
            { header: t('field.name'), value: (row) => row.label },
            { header: t('field.weight'), value: (row) => row.weight },
            { header: t('field.rationale'), value: (row) => row.rationale },
          ],
          rows: filieresView(dataset, locale).items.flatMap((filiere) =>
            filiere.codes.map((code) => ({ filiere: filiere.label, ...code })),
          ),
        })),
      );
    },
  );
}
