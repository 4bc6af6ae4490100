import { z } from '@hono/zod-openapi';
import {
  AcceleratorSchema,
  DeliverableSchema,
  FiliereSchema,
  IndicatorSchema,
  type Locale,
  ObjectiveSchema,
  ProgrammeSchema,
  ProjectSchema,
  type ReferenceDataset,
  StakeholderSchema,
} from '@mbi/domain';
import { getLabels } from '@mbi/i18n';
import type { AppDeps } from '../../context';
import { localeOf } from '../../lib/locale';
import { send } from '../../lib/respond';
import { createRouter, defineRoute } from '../../lib/router';
import { LangQuery, notModified } from '../../lib/schemas';

export const ProjectViewSchema = z
  .object({
    programme: ProgrammeSchema,
    project: ProjectSchema,
    objectives: z.array(ObjectiveSchema.extend({ label: z.string() })),
    filieres: z.array(FiliereSchema.extend({ label: z.string() })),
    stakeholders: z.array(StakeholderSchema),
    accelerators: z.array(AcceleratorSchema),
    deliverables: z.array(DeliverableSchema),
    indicators: z.array(IndicatorSchema),
  })
  .openapi('Project');

/** The project in a language: the dataset's facts with their labels. */
export function projectView(dataset: ReferenceDataset, locale: Locale): z.infer<typeof ProjectViewSchema> {
  const labels = getLabels(locale);
  return {
    programme: dataset.programme,
    project: dataset.project,
    objectives: dataset.objectives.map((objective) => ({
      ...objective,
      label: labels.objective[objective.id],
    })),
    filieres: dataset.filieres.map((filiere) => ({ ...filiere, label: labels.filiere[filiere.id] })),
    stakeholders: dataset.stakeholders,
    accelerators: dataset.accelerators,
    deliverables: dataset.deliverables,
    indicators: dataset.indicators,
  };
}

/** `GET /v1/project`: public reference data, serialised once per dataset version and language. */
export function createProjectRoutes({ reference }: Pick<AppDeps, 'reference'>) {
  return createRouter().openapi(
    defineRoute({
      method: 'get',
      path: '/',
      operationId: 'getProject',
      access: 'public',
      tags: ['Reference data'],
      summary: 'The project: programme, objectives, filières, stakeholders, accelerators, indicators',
      request: { query: LangQuery },
      responses: {
        200: { description: 'The project', content: { 'application/json': { schema: ProjectViewSchema } } },
        ...notModified,
      },
    }),
    (c) => {
      const locale = localeOf(c);
      return send(
        c,
        reference.json('project', locale, () => projectView(reference.dataset, locale)),
      );
    },
  );
}
