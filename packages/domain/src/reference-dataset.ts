import { z } from 'zod';
import { AcceleratorSchema, PartnerSchema, StakeholderSchema } from './partner';
import {
  ActivitySchema,
  DeliverableSchema,
  FiliereSchema,
  IndicatorSchema,
  ObjectiveSchema,
  ProgrammeSchema,
  ProjectSchema,
  WorkPackageSchema,
} from './project';
import { TerritoryUnitSchema } from './territory';

const shape = {
  programme: ProgrammeSchema,
  project: ProjectSchema,
  objectives: z.array(ObjectiveSchema),
  filieres: z.array(FiliereSchema),
  partners: z.array(PartnerSchema),
  workPackages: z.array(WorkPackageSchema),
  activities: z.array(ActivitySchema),
  deliverables: z.array(DeliverableSchema),
  indicators: z.array(IndicatorSchema),
  stakeholders: z.array(StakeholderSchema),
  accelerators: z.array(AcceleratorSchema),
  territoryUnits: z.array(TerritoryUnitSchema),
};

type Shape = { [K in keyof typeof shape]: z.infer<(typeof shape)[K]> };

/** Checks that every reference inside the dataset points at something that exists, and ids are unique. */
function checkReferences(data: Shape, ctx: z.RefinementCtx): void {
  const issue = (path: PropertyKey[], message: string) => ctx.addIssue({ code: 'custom', path, message });

  const uniqueIds = <T>(key: keyof Shape, items: readonly T[], idOf: (item: T) => string): Set<string> => {
    const seen = new Set<string>();
    items.forEach((item, index) => {
      const id = idOf(item);
      if (seen.has(id)) issue([key, index], `${String(key)}[${index}] repeats id ${id}`);
      seen.add(id);
    });
    return seen;
  };

  const objectiveIds = uniqueIds('objectives', data.objectives, (o) => o.id);
  const filiereIds = uniqueIds('filieres', data.filieres, (f) => f.id);
  const partnerIds = uniqueIds('partners', data.partners, (p) => p.id);
  const workPackageIds = uniqueIds('workPackages', data.workPackages, (w) => w.id);
  const activityIds = uniqueIds('activities', data.activities, (a) => a.id);
  uniqueIds('deliverables', data.deliverables, (d) => d.id);
  uniqueIds('indicators', data.indicators, (i) => i.id);
  uniqueIds('stakeholders', data.stakeholders, (s) => s.id);
  uniqueIds('accelerators', data.accelerators, (a) => a.id);
  const territoryKeys = uniqueIds('territoryUnits', data.territoryUnits, (t) => `${t.country}:${t.code}`);

  if (data.project.programmeId !== data.programme.id) {
    issue(
      ['project', 'programmeId'],
      `project.programmeId ${data.project.programmeId} is not the programme's id`,
    );
  }
  data.project.objectiveIds.forEach((id, index) => {
    if (!objectiveIds.has(id))
      issue(['project', 'objectiveIds', index], `project.objectiveIds: no objective ${id}`);
  });
  data.project.filiereIds.forEach((id, index) => {
    if (!filiereIds.has(id)) issue(['project', 'filiereIds', index], `project.filiereIds: no filière ${id}`);
  });

  const leads = data.partners.filter((partner) => partner.role === 'lead');
  if (leads.length !== 1)
    issue(['partners'], `partners must have exactly one lead partner, not ${leads.length}`);
  data.partners.forEach((partner, index) => {
    if (!partner.nuts3.startsWith(partner.country)) {
      issue(
        ['partners', index, 'nuts3'],
        `partners[${index}].nuts3 ${partner.nuts3} is not in ${partner.country}`,
      );
    }
    partner.territoryUnitCodes.forEach((code, codeIndex) => {
      if (!territoryKeys.has(`${partner.country}:${code}`)) {
        issue(
          ['partners', index, 'territoryUnitCodes', codeIndex],
          `partners[${index}].territoryUnitCodes: no territory unit ${partner.country} ${code}`,
        );
      }
    });
  });

  data.activities.forEach((activity, index) => {
    if (!workPackageIds.has(activity.workPackageId)) {
      issue(
        ['activities', index, 'workPackageId'],
        `activities[${index}]: no work package ${activity.workPackageId}`,
      );
    }
  });
  data.deliverables.forEach((deliverable, index) => {
    if (!activityIds.has(deliverable.activityId)) {
      issue(
        ['deliverables', index, 'activityId'],
        `deliverables[${index}]: no activity ${deliverable.activityId}`,
      );
    }
  });
  data.indicators.forEach((indicator, index) => {
    if (indicator.activityId !== undefined && !activityIds.has(indicator.activityId)) {
      issue(['indicators', index, 'activityId'], `indicators[${index}]: no activity ${indicator.activityId}`);
    }
    if (indicator.workPackageId !== undefined && !workPackageIds.has(indicator.workPackageId)) {
      issue(
        ['indicators', index, 'workPackageId'],
        `indicators[${index}]: no work package ${indicator.workPackageId}`,
      );
    }
  });

  const acceleratorCountries = new Set<string>();
  data.accelerators.forEach((accelerator, index) => {
    if (acceleratorCountries.has(accelerator.country)) {
      issue(
        ['accelerators', index, 'country'],
        `accelerators: a second accelerator in ${accelerator.country}`,
      );
    }
    acceleratorCountries.add(accelerator.country);
    const partner = data.partners.find((candidate) => candidate.id === accelerator.partnerId);
    if (!partnerIds.has(accelerator.partnerId) || partner === undefined) {
      issue(
        ['accelerators', index, 'partnerId'],
        `accelerators[${index}]: no partner ${accelerator.partnerId}`,
      );
    } else if (partner.country !== accelerator.country) {
      issue(
        ['accelerators', index, 'partnerId'],
        `accelerators[${index}]: partner ${partner.id} is in ${partner.country}, not ${accelerator.country}`,
      );
    }
    accelerator.filiereIds.forEach((id, filiereIndex) => {
      if (!filiereIds.has(id)) {
        issue(
          ['accelerators', index, 'filiereIds', filiereIndex],
          `accelerators[${index}]: no filière ${id}`,
        );
      }
    });
  });

  data.territoryUnits.forEach((unit, index) => {
    if (!unit.nuts3.startsWith(unit.country)) {
      issue(
        ['territoryUnits', index, 'nuts3'],
        `territoryUnits[${index}].nuts3 ${unit.nuts3} is not in ${unit.country}`,
      );
    }
  });
}

/**
 * The project's reference data in one value: programme, project, objectives, filières, partners (with
 * budgets and territories), work packages, activities, deliverables, indicators, stakeholders,
 * accelerators and territorial units. Parsing also checks that every cross-reference resolves (an
 * activity's work package, a partner's communes, an accelerator's partner…) and that ids are unique.
 * Totals are not stored: `@mbi/budget` computes them.
 *
 * @example ReferenceDatasetSchema.parse(MONT_BLANC_INNOVATION).partners.length; // 4
 */
export const ReferenceDatasetSchema = z.object(shape).superRefine(checkReferences);
export type ReferenceDataset = z.infer<typeof ReferenceDatasetSchema>;
