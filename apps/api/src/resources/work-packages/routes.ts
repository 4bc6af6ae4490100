import { z } from '@hono/zod-openapi';
import { ActivitySchema, type Locale, type ReferenceDataset, WorkPackageSchema } from '@mbi/domain';
import { createTranslator, getLabels } from '@mbi/i18n';
import type { AppDeps } from '../../context';
import { localeOf } from '../../lib/locale';
import { formatOf, send } from '../../lib/respond';
import { createRouter, defineRoute, problemAnswer } from '../../lib/router';
import { csvContent, ListQuery, notModified } from '../../lib/schemas';

export const WorkPackageListSchema = z
  .object({
    items: z.array(
      WorkPackageSchema.extend({
        label: z.string(),
        activities: z.array(ActivitySchema.extend({ label: z.string() })),
      }),
    ),
  })
  .openapi('WorkPackageList');

export function workPackagesView(
  dataset: ReferenceDataset,
  locale: Locale,
): z.infer<typeof WorkPackageListSchema> {
  const labels = getLabels(locale);
  return {
    items: dataset.workPackages.map((workPackage) => ({
      ...workPackage,
      label: labels.workPackage[workPackage.id],
      activities: dataset.activities
        .filter((activity) => activity.workPackageId === workPackage.id)
        .map((activity) => ({ ...activity, label: labels.activity[activity.id] })),
    })),
  };
}

/** `GET /v1/work-packages`: WP1–WP4 and their activities, public reference data. */
export function createWorkPackageRoutes({ reference }: Pick<AppDeps, 'reference'>) {
  const { dataset } = reference;
  return createRouter().openapi(
    defineRoute({
      method: 'get',
      path: '/',
      operationId: 'listWorkPackages',
      access: 'public',
      tags: ['Reference data'],
      summary: 'Work packages WP1–WP4 and their activities',
      request: { query: ListQuery },
      responses: {
        200: {
          description: 'Work packages',
          content: { 'application/json': { schema: WorkPackageListSchema }, ...csvContent },
        },
        ...notModified,
        406: problemAnswer('Neither JSON nor CSV is acceptable'),
      },
    }),
    (c) => {
      const locale = localeOf(c);
      if (formatOf(c) === 'json') {
        return send(
          c,
          reference.json('work-packages', locale, () => workPackagesView(dataset, locale)),
        );
      }
      const t = createTranslator(locale);
      return send(
        c,
        reference.csv('work-packages', locale, c.req.query('sep'), () => ({
          columns: [
            { header: t('field.workPackage'), value: (row) => row.workPackage },
            { header: t('field.activity'), value: (row) => row.activity },
            { header: t('field.name'), value: (row) => row.label },
          ],
          rows: workPackagesView(dataset, locale).items.flatMap((wp) => [
            { workPackage: wp.id, activity: '', label: wp.label },
            ...wp.activities.map((activity) => ({
              workPackage: wp.id,
              activity: activity.id,
              label: activity.label,
            })),
          ]),
        })),
      );
    },
  );
}
