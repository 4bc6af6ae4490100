import { type Money, summarizeBudgetPlan, toMoneyJson } from '@mbi/budget';
import type { Locale, Partner, ReferenceDataset } from '@mbi/domain';
import { getLabels } from '@mbi/i18n';
import { FILIERE_MAP, FILIERE_MAP_VERSION, getLabel } from '@mbi/taxonomy';

/**
 * The public reference resources (project, partners, work packages, filières, budget) as localised JSON
 * views. They depend only on the dataset and the language, so the API builds and serialises each one once
 * per (dataset version, language) — see `ReferenceCache`.
 */

const moneyJson = (money: Money) => toMoneyJson(money);

export function projectView(dataset: ReferenceDataset, locale: Locale) {
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

export function partnerView(partner: Partner, locale: Locale) {
  const labels = getLabels(locale);
  return {
    id: partner.id,
    name: partner.name,
    shortName: labels.partner[partner.id],
    role: partner.role,
    roleLabel: labels.partnerRole[partner.role],
    country: partner.country,
    countryLabel: labels.country[partner.country],
    legalStatus: partner.legalStatus,
    legalStatusLabel: labels.legalStatus[partner.legalStatus],
    identifier: partner.identifier,
    city: partner.city,
    nuts3: partner.nuts3,
    nuts3Label: labels.nuts3[partner.nuts3],
    fundingSource: partner.fundingSource,
    fundingSourceLabel: labels.fundingSource[partner.fundingSource],
    ...(partner.delegatedBody === undefined ? {} : { delegatedBody: partner.delegatedBody }),
    territoryUnitCodes: partner.territoryUnitCodes,
    budget: partner.budget,
  };
}

export function partnersView(dataset: ReferenceDataset, locale: Locale) {
  return { items: dataset.partners.map((partner) => partnerView(partner, locale)) };
}

export function workPackagesView(dataset: ReferenceDataset, locale: Locale) {
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

export function filieresView(dataset: ReferenceDataset, locale: Locale) {
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
        rationale: entry.rationale,
      })),
    })),
  };
}

/** The financing table: each partner's amounts and the totals, computed by `@mbi/budget`'s rules. */
export function budgetView(dataset: ReferenceDataset, locale: Locale) {
  const labels = getLabels(locale);
  const result = summarizeBudgetPlan({
    partners: dataset.partners.map((partner) => ({
      id: partner.id,
      currency: partner.budget.eligibleTotal.currency,
      erdfRate: partner.budget.fundRate,
      total: partner.budget.eligibleTotal.amount,
    })),
  });
  // The reference dataset is validated by @mbi/domain's tests; an invalid plan here is a bug.
  if (!result.ok) throw new Error(`Reference budget is invalid: ${result.error.message}`);
  const summary = result.value;
  const partners = new Map<string, Partner>(dataset.partners.map((partner) => [partner.id, partner]));
  return {
    rules: {
      fund: 'eligible × rate, truncated to the cent',
      totals: 'sums of the partners’ rounded amounts',
      outsideErdf: 'CHF budgets of Swiss partners are not part of ERDF totals',
    },
    partners: summary.partners.map((row) => {
      const partner = partners.get(row.id);
      return {
        partnerId: row.id,
        partner: partner === undefined ? row.id : labels.partner[partner.id],
        country: partner?.country ?? null,
        fundingSource: partner?.fundingSource ?? null,
        inErdf: row.inErdf,
        currency: row.currency,
        eligible: moneyJson(row.eligible),
        erdfRate: row.erdfRate,
        erdf: row.cofinancing === null ? null : moneyJson(row.cofinancing.fund),
        contribution: row.cofinancing === null ? null : moneyJson(row.cofinancing.contribution),
      };
    }),
    totals: {
      erdf: {
        eligible: moneyJson(summary.erdf.eligible),
        erdf: moneyJson(summary.erdf.fund),
        contribution: moneyJson(summary.erdf.contribution),
      },
      outsideErdf: summary.outsideErdf.map((total) => ({ eligible: moneyJson(total.eligible) })),
    },
  };
}

export type BudgetView = ReturnType<typeof budgetView>;

/** Budget rows flattened for CSV (partners, then the ERDF total, then outside-ERDF totals). */
export function budgetRows(view: BudgetView, totalLabel: string, outsideLabel: string) {
  const amount = (money: { amount: string } | null) => money?.amount ?? null;
  return [
    ...view.partners.map((row) => ({
      partner: row.partner,
      country: row.country,
      currency: row.currency,
      eligible: amount(row.eligible),
      erdfRate: row.erdfRate,
      erdf: amount(row.erdf),
      contribution: amount(row.contribution),
    })),
    {
      partner: totalLabel,
      country: null,
      currency: 'EUR',
      eligible: amount(view.totals.erdf.eligible),
      erdfRate: null,
      erdf: amount(view.totals.erdf.erdf),
      contribution: amount(view.totals.erdf.contribution),
    },
    ...view.totals.outsideErdf.map((total) => ({
      partner: outsideLabel,
      country: null,
      currency: total.eligible.currency,
      eligible: total.eligible.amount,
      erdfRate: null,
      erdf: null,
      contribution: null,
    })),
  ];
}
