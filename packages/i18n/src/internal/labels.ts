import type {
  ActivityCodeScheme,
  ActivityId,
  CountryCode,
  Currency,
  DataSource,
  EstablishmentStatus,
  EventKind,
  FiliereId,
  FundingSource,
  IdentifierErrorCode,
  IdentifierScheme,
  LegalStatus,
  Locale,
  Nuts3Code,
  ObjectiveId,
  OpportunityKind,
  OpportunityStatus,
  PartnerId,
  PartnerRole,
  SizeBand,
  StakeholderKind,
  TerritoryKind,
  WorkPackageId,
} from '@mbi/domain';
import { deLabels } from './labels/de';
import { enLabels } from './labels/en';
import { frLabels } from './labels/fr';
import { itLabels } from './labels/it';

/**
 * Display names of every domain vocabulary in one language. Each table is a `Record` over the domain
 * enum, so adding a value to an enum of `@mbi/domain` without labelling it in all four languages is a
 * type error.
 *
 * @example
 * const labels: Labels = getLabels('de');
 * labels.country.CH // 'Schweiz'
 */
export interface Labels {
  /** The three filières d'excellence, full name. */
  readonly filiere: Readonly<Record<FiliereId, string>>;
  /** The three filières d'excellence, short name for legends and narrow columns. */
  readonly filiereShort: Readonly<Record<FiliereId, string>>;
  /**
   * Partners: short names for tables and charts. They are proper names, the same in every language; the
   * official names are in the reference dataset of `@mbi/domain`.
   */
  readonly partner: Readonly<Record<PartnerId, string>>;
  readonly workPackage: Readonly<Record<WorkPackageId, string>>;
  readonly activity: Readonly<Record<ActivityId, string>>;
  readonly objective: Readonly<Record<ObjectiveId, string>>;
  readonly country: Readonly<Record<CountryCode, string>>;
  readonly partnerRole: Readonly<Record<PartnerRole, string>>;
  readonly fundingSource: Readonly<Record<FundingSource, string>>;
  readonly legalStatus: Readonly<Record<LegalStatus, string>>;
  readonly territoryKind: Readonly<Record<TerritoryKind, string>>;
  /** NUTS 3 regions of the Espace Mont-Blanc, by their name in each language (Valais, Vallese, Wallis). */
  readonly nuts3: Readonly<Record<Nuts3Code, string>>;
  /** INSEE SIRENE employee size bands (`trancheEffectifsEtablissement`). */
  readonly sizeBand: Readonly<Record<SizeBand, string>>;
  readonly establishmentStatus: Readonly<Record<EstablishmentStatus, string>>;
  readonly eventKind: Readonly<Record<EventKind, string>>;
  readonly stakeholderKind: Readonly<Record<StakeholderKind, string>>;
  readonly opportunityKind: Readonly<Record<OpportunityKind, string>>;
  readonly opportunityStatus: Readonly<Record<OpportunityStatus, string>>;
  /** Activity classifications: NAF (FR), ATECO (IT), NOGA (CH), NACE (EU). */
  readonly activityCodeScheme: Readonly<Record<ActivityCodeScheme, string>>;
  readonly identifierScheme: Readonly<Record<IdentifierScheme, string>>;
  /**
   * Why an identifier was refused, written in lower case to fill the `{reason}` of the message
   * `error.invalidIdentifier`.
   */
  readonly identifierError: Readonly<Record<IdentifierErrorCode, string>>;
  readonly currency: Readonly<Record<Currency, string>>;
  /** Where a reference record comes from: the project description (`seed`) or an assumption (`assumed`). */
  readonly dataSource: Readonly<Record<DataSource, string>>;
  /** Each language in its own name (`Deutsch`, `Italiano`), the same in every locale, for a language menu. */
  readonly locale: Readonly<Record<Locale, string>>;
}

/**
 * A vocabulary that has labels: `'filiere'`, `'sizeBand'`, …
 *
 * @example
 * const kind: LabelKind = 'sizeBand';
 */
export type LabelKind = keyof Labels;

/**
 * The values of one vocabulary.
 *
 * @example
 * const value: LabelValue<'filiere'> = 'phyto'; // a FiliereId
 */
export type LabelValue<K extends LabelKind> = keyof Labels[K];

const LABELS: { readonly [L in Locale]: Labels } = {
  fr: frLabels,
  it: itLabels,
  de: deLabels,
  en: enLabels,
};

/**
 * All labels of one locale, to read several at once.
 *
 * @example
 * const labels = getLabels('it');
 * labels.filiere.phyto     // 'Fitoindustria, benessere e salute'
 * labels.partnerRole.lead  // 'Capofila'
 */
export function getLabels(locale: Locale): Labels {
  return LABELS[locale];
}

/**
 * The label of one value of a vocabulary in one locale.
 *
 * @example
 * label('partnerRole', 'lead', 'de') // 'Lead-Partner'
 * label('sizeBand', '12', 'fr')      // '20 à 49 salariés'
 */
export function label<K extends LabelKind>(kind: K, value: LabelValue<K>, locale: Locale): string {
  const table: Labels[K] = LABELS[locale][kind];
  const text: unknown = table[value];
  // Values come typed from @mbi/domain; a string that bypassed the types gets its code back, not undefined.
  return typeof text === 'string' ? text : String(value);
}
