import { MONT_BLANC_INNOVATION } from './mont-blanc-innovation';
import type { Accelerator, Partner } from './partner';
import type { Activity, Filiere, Objective, WorkPackage } from './project';
import type { ReferenceDataset } from './reference-dataset';
import type { TerritoryUnit } from './territory';
import type {
  ActivityId,
  CountryCode,
  FiliereId,
  ObjectiveId,
  PartnerId,
  WorkPackageId,
} from './vocabularies';

/** Territory units indexed by `country:code`, built once per dataset. */
const territoryIndexes = new WeakMap<ReferenceDataset, Map<string, TerritoryUnit>>();

function territoryIndex(dataset: ReferenceDataset): Map<string, TerritoryUnit> {
  let index = territoryIndexes.get(dataset);
  if (index === undefined) {
    index = new Map(dataset.territoryUnits.map((unit) => [`${unit.country}:${unit.code}`, unit]));
    territoryIndexes.set(dataset, index);
  }
  return index;
}

/** Finds an item the dataset must hold; its absence is a bug in the dataset, hence the throw. */
function required<T>(item: T | undefined, what: string): T {
  if (item === undefined) throw new Error(`The reference dataset has no ${what}`);
  return item;
}

/**
 * The partner with this id.
 *
 * @example getPartner('cc-pays-mont-blanc').budget.eligibleTotal.amount // '422517.30'
 */
export function getPartner(id: PartnerId, dataset: ReferenceDataset = MONT_BLANC_INNOVATION): Partner {
  return required(
    dataset.partners.find((partner) => partner.id === id),
    `partner ${id}`,
  );
}

/**
 * The lead partner (chef de file).
 *
 * @example getLeadPartner().id // 'cc-vallee-chamonix'
 */
export function getLeadPartner(dataset: ReferenceDataset = MONT_BLANC_INNOVATION): Partner {
  return required(
    dataset.partners.find((partner) => partner.role === 'lead'),
    'lead partner',
  );
}

/**
 * The objective with this id.
 *
 * @example getObjective('cross-border-chains').number // 3
 */
export function getObjective(id: ObjectiveId, dataset: ReferenceDataset = MONT_BLANC_INNOVATION): Objective {
  return required(
    dataset.objectives.find((objective) => objective.id === id),
    `objective ${id}`,
  );
}

/**
 * The filière with this id.
 *
 * @example getFiliere('phyto').name // 'Phyto industrie/bien-être et santé'
 */
export function getFiliere(id: FiliereId, dataset: ReferenceDataset = MONT_BLANC_INNOVATION): Filiere {
  return required(
    dataset.filieres.find((filiere) => filiere.id === id),
    `filière ${id}`,
  );
}

/**
 * The work package with this id.
 *
 * @example getWorkPackage('wp2').title // 'Communication'
 */
export function getWorkPackage(
  id: WorkPackageId,
  dataset: ReferenceDataset = MONT_BLANC_INNOVATION,
): WorkPackage {
  return required(
    dataset.workPackages.find((workPackage) => workPackage.id === id),
    `work package ${id}`,
  );
}

/**
 * The activity with this id.
 *
 * @example getActivity('4.2').title // "Prospection d'entreprise"
 */
export function getActivity(id: ActivityId, dataset: ReferenceDataset = MONT_BLANC_INNOVATION): Activity {
  return required(
    dataset.activities.find((activity) => activity.id === id),
    `activity ${id}`,
  );
}

/**
 * The activities of a work package, in order.
 *
 * @example listActivities('wp3').map((activity) => activity.id) // ['3.1', '3.2']
 */
export function listActivities(
  workPackageId: WorkPackageId,
  dataset: ReferenceDataset = MONT_BLANC_INNOVATION,
): Activity[] {
  return dataset.activities.filter((activity) => activity.workPackageId === workPackageId);
}

/**
 * The innovation accelerator of a country (activity 4.1).
 *
 * @example getAccelerator('IT').partnerId // 'chambre-valdotaine'
 */
export function getAccelerator(
  country: CountryCode,
  dataset: ReferenceDataset = MONT_BLANC_INNOVATION,
): Accelerator {
  return required(
    dataset.accelerators.find((accelerator) => accelerator.country === country),
    `accelerator in ${country}`,
  );
}

/**
 * The territorial unit with this national code (INSEE, ISTAT or BFS), or `undefined` if the project's
 * territory has none. Codes come from outside (files, forms), hence no throw.
 *
 * @example getTerritoryUnit('FR', '74143')?.name // 'Les Houches'
 */
export function getTerritoryUnit(
  country: CountryCode,
  code: string,
  dataset: ReferenceDataset = MONT_BLANC_INNOVATION,
): TerritoryUnit | undefined {
  return territoryIndex(dataset).get(`${country}:${code}`);
}

/**
 * The territorial units a partner covers.
 *
 * @example listPartnerTerritoryUnits('cc-vallee-chamonix').map((unit) => unit.name)
 * // ['Chamonix-Mont-Blanc', 'Les Houches', 'Servoz', 'Vallorcine']
 */
export function listPartnerTerritoryUnits(
  partnerId: PartnerId,
  dataset: ReferenceDataset = MONT_BLANC_INNOVATION,
): TerritoryUnit[] {
  const partner = getPartner(partnerId, dataset);
  return partner.territoryUnitCodes.map((code) =>
    required(getTerritoryUnit(partner.country, code, dataset), `territory unit ${partner.country} ${code}`),
  );
}
