import { z } from 'zod';
import { IsoDateSchema, monthsBetween, YearMonthSchema } from './calendar';
import {
  ActivityIdSchema,
  DataSourceSchema,
  FiliereIdSchema,
  FundingSourceSchema,
  ObjectiveIdSchema,
  WorkPackageIdSchema,
} from './ids';
import { SlugSchema, TextSchema } from './internal/common-schemas';

/**
 * A cooperation programme and the priority a project answers: axis, investment priority and specific
 * objective. Titles are in French, as in the application.
 *
 * @example
 * ProgrammeSchema.parse(MONT_BLANC_INNOVATION.programme).investmentPriority.code; // '1B'
 */
export const ProgrammeSchema = z.object({
  id: SlugSchema,
  name: TextSchema,
  shortName: TextSchema,
  fund: FundingSourceSchema,
  firstYear: z.int().min(2000).max(2100),
  lastYear: z.int().min(2000).max(2100),
  axis: z.object({ number: z.int().positive(), title: TextSchema }),
  // Flag-free (no `/i`): JSON Schema `pattern`s are ECMA-262 sources without flags, so a flag would be lost
  // (or mangled) in the OpenAPI document and `1B` would no longer match it.
  investmentPriority: z.object({ code: z.string().regex(/^\d+[a-zA-Z]?$/), title: TextSchema }),
  specificObjective: z.object({ code: z.string().regex(/^\d+(\.\d+)*$/), title: TextSchema }),
});
export type Programme = z.infer<typeof ProgrammeSchema>;

/**
 * One of the project's objectives.
 *
 * @example ObjectiveSchema.parse({ id: 'develop-filieres', number: 2, title: 'Développer les filières…' })
 */
export const ObjectiveSchema = z.object({
  id: ObjectiveIdSchema,
  number: z.int().positive(),
  title: TextSchema,
});
export type Objective = z.infer<typeof ObjectiveSchema>;

/**
 * The project: its programme, dates and what it works on. The duration must match the months from
 * start to end.
 *
 * @example ProjectSchema.parse(MONT_BLANC_INNOVATION.project).durationMonths; // 36
 */
export const ProjectSchema = z
  .object({
    id: SlugSchema,
    name: TextSchema,
    acronym: TextSchema,
    subtitle: TextSchema,
    programmeId: SlugSchema,
    filedOn: IsoDateSchema,
    startMonth: YearMonthSchema,
    endMonth: YearMonthSchema,
    durationMonths: z.int().positive(),
    objectiveIds: z.array(ObjectiveIdSchema).min(1),
    filiereIds: z.array(FiliereIdSchema).min(1),
  })
  .superRefine((project, ctx) => {
    const months = monthsBetween(project.startMonth, project.endMonth);
    if (months !== project.durationMonths) {
      ctx.addIssue({
        code: 'custom',
        path: ['durationMonths'],
        message: `durationMonths is ${project.durationMonths} but ${project.startMonth} to ${project.endMonth} is ${months} months`,
      });
    }
  });
export type Project = z.infer<typeof ProjectSchema>;

/**
 * A filière d'excellence: a priority mountain sector, which cuts across NACE codes (see `@mbi/taxonomy`).
 *
 * @example FiliereSchema.parse({ id: 'phyto', name: 'Phyto industrie/bien-être et santé', shortName: 'Phyto', description: '…' })
 */
export const FiliereSchema = z.object({
  id: FiliereIdSchema,
  name: TextSchema,
  shortName: TextSchema,
  description: TextSchema,
});
export type Filiere = z.infer<typeof FiliereSchema>;

/**
 * A work package (WP1…WP4).
 *
 * @example WorkPackageSchema.parse({ id: 'wp2', number: 2, title: 'Communication' })
 */
export const WorkPackageSchema = z.object({
  id: WorkPackageIdSchema,
  number: z.int().positive(),
  title: TextSchema,
});
export type WorkPackage = z.infer<typeof WorkPackageSchema>;

/**
 * An activity of a work package; its id starts with the work package's number (`3.2` belongs to `wp3`).
 *
 * @example ActivitySchema.parse({ id: '3.2', workPackageId: 'wp3', title: 'Identification des interactions des filières', description: '…' })
 */
export const ActivitySchema = z
  .object({
    id: ActivityIdSchema,
    workPackageId: WorkPackageIdSchema,
    title: TextSchema,
    description: TextSchema,
  })
  .superRefine((activity, ctx) => {
    const expected = `wp${activity.id.split('.')[0]}`;
    if (activity.workPackageId !== expected) {
      ctx.addIssue({
        code: 'custom',
        path: ['workPackageId'],
        message: `workPackageId of activity ${activity.id} must be ${expected}, not ${activity.workPackageId}`,
      });
    }
  });
export type Activity = z.infer<typeof ActivitySchema>;

/**
 * Something an activity produces (a body, a document, a tool, a service); `source` says whether the
 * project description names it (`seed`) or the maintainers assumed it (`assumed`).
 *
 * @example DeliverableSchema.parse({ id: 'smart-specialisation-strategy', activityId: '2.2', title: 'Stratégie…', description: '…', source: 'seed' })
 */
export const DeliverableSchema = z.object({
  id: SlugSchema,
  activityId: ActivityIdSchema,
  title: TextSchema,
  description: TextSchema,
  dueMonth: YearMonthSchema.optional(),
  source: DataSourceSchema,
});
export type Deliverable = z.infer<typeof DeliverableSchema>;

/**
 * A quantified indicator: what is counted, in which unit, the target and what was achieved (`null`
 * until reported), optionally tied to an activity or a work package. `source` says whether the target is
 * stated in the project description (`seed`) or was set by the maintainers (`assumed`).
 *
 * @example IndicatorSchema.parse({ id: 'innovation-accelerators', label: 'Accélérateurs…', unit: 'accelerator', target: 3, achieved: null, activityId: '4.1', source: 'seed' })
 */
export const IndicatorSchema = z.object({
  id: SlugSchema,
  label: TextSchema,
  unit: SlugSchema,
  target: z.number().nonnegative(),
  achieved: z.number().nonnegative().nullable(),
  activityId: ActivityIdSchema.optional(),
  workPackageId: WorkPackageIdSchema.optional(),
  source: DataSourceSchema,
});
export type Indicator = z.infer<typeof IndicatorSchema>;
