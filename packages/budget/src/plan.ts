import { type Cofinancing, cofinance } from './cofinancing';
import { type Conversion, type ExchangeRate, parseExchangeRate, toEur } from './conversion';
import { CURRENCY_CODES, type CurrencyCode, parseCurrency } from './currency';
import type { BudgetIssue, BudgetResult } from './errors';
import { applyFlatRate } from './flat-rate';
import { addMoney, type Money, parseMoney, sumMoney } from './money';
import { parseRate, type Rate } from './rate';
import { split } from './split';

/** One cost line of a partner's plan: an amount for a work package and a cost category. */
export interface BudgetLineInput {
  readonly workPackage: string;
  readonly category: string;
  readonly amount: string;
}

/** A flat-rate category of a partner, e.g. office and administration = 15 % of staff costs. */
export interface FlatRateInput {
  readonly category: string;
  readonly rate: string;
  /** The cost category whose total is the base. */
  readonly base: string;
}

/** A partner's budget as a plan gives it (untrusted: every field is checked). */
export interface PartnerPlanInput {
  readonly id: string;
  readonly currency: string;
  /** ERDF co-financing rate (`"0.85"`); `null` or absent for a partner outside the ERDF (Swiss funding). */
  readonly erdfRate?: string | null;
  /** Eligible total, when the plan has no lines (the seed's table); checked against the lines otherwise. */
  readonly total?: string;
  readonly lines?: readonly BudgetLineInput[];
  readonly flatRates?: readonly FlatRateInput[];
}

/** A budget plan: partners, and the monthly rates of non-euro partners that take part in ERDF totals. */
export interface BudgetPlanInput {
  readonly partners: readonly PartnerPlanInput[];
  readonly exchangeRates?: readonly {
    readonly currency: string;
    readonly perEur: string;
    readonly month: string;
  }[];
}

/** An amount per key (work package or category), with the fund's share when the partner is in the ERDF. */
export interface Breakdown {
  readonly key: string;
  readonly eligible: Money;
  readonly fund: Money | null;
}

export interface PartnerSummary {
  readonly id: string;
  /** The partner's own currency. */
  readonly currency: CurrencyCode;
  readonly inErdf: boolean;
  readonly erdfRate: string | null;
  /** Eligible total in the partner's currency. */
  readonly eligible: Money;
  /** ERDF co-financing (in EUR) for an ERDF partner; `null` outside the ERDF. */
  readonly cofinancing: Cofinancing | null;
  /** For an ERDF partner budgeting in another currency: the conversion of its total to EUR. */
  readonly conversion: Conversion | null;
  readonly byWorkPackage: readonly Breakdown[];
  readonly byCategory: readonly Breakdown[];
}

/** Totals of one currency over several partners. */
export interface CurrencyTotal {
  readonly currency: CurrencyCode;
  readonly eligible: Money;
}

export interface BudgetSummary {
  readonly partners: readonly PartnerSummary[];
  /** ERDF totals in EUR: sums of the partners' rounded amounts (never a rounded product of the total). */
  readonly erdf: { readonly eligible: Money; readonly fund: Money; readonly contribution: Money };
  /** Per work package over the ERDF partners, in EUR: sums of partner rows. */
  readonly erdfByWorkPackage: readonly Breakdown[];
  /** Per cost category over the ERDF partners, in EUR: sums of partner rows. */
  readonly erdfByCategory: readonly Breakdown[];
  /** Partners outside the ERDF (Swiss funding), totalled per currency and never added to ERDF totals. */
  readonly outsideErdf: readonly CurrencyTotal[];
  /** Every partner's eligible total, per currency of budgeting. */
  readonly byCurrency: readonly CurrencyTotal[];
}

type Path = readonly (string | number)[];

class IssueCollector {
  readonly issues: BudgetIssue[] = [];
  add(issue: BudgetIssue, path: Path, partnerId: string | undefined): void {
    const where = `partners[${String(path[1])}]${partnerId ? ` (${partnerId})` : ''}`;
    this.issues.push({
      code: issue.code,
      message: `${where} ${path.slice(2).join('.')}: ${issue.message}`,
      path,
    });
  }
  take<T>(result: BudgetResult<T>, path: Path, partnerId: string | undefined): T | undefined {
    if (result.ok) return result.value;
    this.add(result.error, path, partnerId);
    return undefined;
  }
}

interface CheckedLine {
  readonly workPackage: string;
  readonly category: string;
  readonly amount: Money;
}

function checkLines(
  partner: PartnerPlanInput,
  index: number,
  currency: CurrencyCode,
  issues: IssueCollector,
): CheckedLine[] {
  const lines: CheckedLine[] = [];
  for (const [lineIndex, line] of (partner.lines ?? []).entries()) {
    const path = ['partners', index, 'lines', lineIndex];
    for (const field of ['workPackage', 'category'] as const) {
      if (typeof line[field] !== 'string' || line[field].trim() === '') {
        issues.add(
          { code: 'invalid-plan', message: `${field} must be a non-empty string.` },
          [...path, field],
          partner.id,
        );
      }
    }
    const amount = issues.take(parseMoney(line.amount, currency), [...path, 'amount'], partner.id);
    if (amount !== undefined) lines.push({ workPackage: line.workPackage, category: line.category, amount });
  }
  for (const [flatIndex, flat] of (partner.flatRates ?? []).entries()) {
    const path = ['partners', index, 'flatRates', flatIndex];
    const flatRate = issues.take(parseRate(flat.rate), [...path, 'rate'], partner.id);
    const baseLines = lines.filter((line) => line.category === flat.base);
    if (baseLines.length === 0) {
      issues.add(
        { code: 'invalid-plan', message: `base category ${JSON.stringify(flat.base)} has no line.` },
        [...path, 'base'],
        partner.id,
      );
      continue;
    }
    if (flatRate === undefined) continue;
    // The flat rate applies to the category total (truncated once), then is spread over the base's work
    // packages in proportion, the last positive line taking the remainder, so the lines add up to the
    // flat-rate total. A base line of zero (or a negative correction) gets no share.
    const base = sumMoney(
      baseLines.map((line) => line.amount),
      currency,
    );
    const flatTotal = applyFlatRate(base, flatRate);
    const parts = split(
      flatTotal,
      baseLines.map((line) => (line.amount.minor < 0n ? 0n : line.amount.minor)),
    );
    if (!parts.ok) {
      // No positive base line: a zero flat-rate total has nothing to spread, any other has nowhere to go.
      if (flatTotal.minor !== 0n) {
        issues.add(
          {
            code: 'invalid-plan',
            message: `base category ${JSON.stringify(flat.base)} has no positive line to spread the flat rate over.`,
          },
          [...path, 'base'],
          partner.id,
        );
      }
      continue;
    }
    for (const [partIndex, part] of parts.value.entries()) {
      const baseLine = baseLines[partIndex];
      if (baseLine !== undefined)
        lines.push({ workPackage: baseLine.workPackage, category: flat.category, amount: part });
    }
  }
  return lines;
}

function groupBy(lines: readonly CheckedLine[], key: 'workPackage' | 'category', currency: CurrencyCode) {
  const groups = new Map<string, Money>();
  for (const line of lines) {
    groups.set(line[key], addMoney(groups.get(line[key]) ?? { minor: 0n, currency }, line.amount));
  }
  return [...groups.entries()].map(([groupKey, eligible]) => ({ key: groupKey, eligible }));
}

/**
 * Shares the partner's fund over its rows in proportion to their amounts: the last row with a positive
 * amount takes the remainder, and a row of zero (or a negative correction) gets no fund.
 */
function withFund(rows: { key: string; eligible: Money }[], fund: Money | null): Breakdown[] {
  if (fund === null) return rows.map((row) => ({ ...row, fund: null }));
  const shares = split(
    fund,
    rows.map((row) => (row.eligible.minor < 0n ? 0n : row.eligible.minor)),
  );
  // No positive row: a zero fund is zero on every row; any other fund cannot be placed.
  const none = fund.minor === 0n ? fund : null;
  return rows.map((row, index) => ({ ...row, fund: shares.ok ? (shares.value[index] ?? null) : none }));
}

function addBreakdowns(target: Map<string, { eligible: Money; fund: Money }>, rows: readonly Breakdown[]) {
  for (const row of rows) {
    if (row.eligible.currency !== 'EUR' || row.fund === null) continue;
    const current = target.get(row.key);
    target.set(row.key, {
      eligible: current ? addMoney(current.eligible, row.eligible) : row.eligible,
      fund: current ? addMoney(current.fund, row.fund) : row.fund,
    });
  }
}

/**
 * Summarises a budget plan the way Interreg monitoring does: each partner's fund is computed and truncated
 * on its own, and every total is the **sum of the rounded rows**. Partners outside the ERDF (CimArk's CHF
 * budget) are totalled apart and never enter the ERDF totals; an ERDF partner budgeting in another currency
 * needs an exchange rate. All problems of the plan are reported together, each naming the partner and field.
 *
 * @example
 * const summary = summarizeBudgetPlan({ partners: [
 *   { id: 'cc-vallee-chamonix', currency: 'EUR', erdfRate: '0.85', total: '425694.00' },
 *   { id: 'cimark', currency: 'CHF', erdfRate: null, total: '306200.00' },
 * ] });
 * // summary.ok && formatAmount(summary.value.erdf.fund) === '361839.90'
 */
export function summarizeBudgetPlan(plan: BudgetPlanInput): BudgetResult<BudgetSummary> {
  const issues = new IssueCollector();
  const rates = new Map<CurrencyCode, ExchangeRate>();
  for (const [index, input] of (plan.exchangeRates ?? []).entries()) {
    const parsed = parseExchangeRate(input.currency, input.perEur, input.month);
    if (parsed.ok) rates.set(parsed.value.currency, parsed.value);
    else
      issues.issues.push({
        ...parsed.error,
        message: `exchangeRates[${index}]: ${parsed.error.message}`,
        path: ['exchangeRates', index],
      });
  }

  const seen = new Set<string>();
  const partners: PartnerSummary[] = [];
  for (const [index, partner] of plan.partners.entries()) {
    const at = (...rest: (string | number)[]): Path => ['partners', index, ...rest];
    if (typeof partner.id !== 'string' || partner.id === '' || seen.has(partner.id)) {
      issues.add(
        {
          code: 'invalid-plan',
          message: `id must be a unique non-empty string, got ${JSON.stringify(partner.id)}.`,
        },
        at('id'),
        undefined,
      );
    }
    seen.add(partner.id);
    const currency = issues.take(parseCurrency(partner.currency), at('currency'), partner.id);
    const erdfRate: Rate | undefined | null =
      partner.erdfRate === null || partner.erdfRate === undefined
        ? null
        : issues.take(parseRate(partner.erdfRate), at('erdfRate'), partner.id);
    if (currency === undefined || erdfRate === undefined) continue;

    const lines = checkLines(partner, index, currency, issues);
    const declared =
      partner.total === undefined
        ? undefined
        : issues.take(parseMoney(partner.total, currency), at('total'), partner.id);
    if (partner.total === undefined && (partner.lines ?? []).length === 0) {
      issues.add(
        { code: 'invalid-plan', message: 'give a total or at least one line.' },
        at('total'),
        partner.id,
      );
      continue;
    }
    const fromLines = sumMoney(
      lines.map((line) => line.amount),
      currency,
    );
    if (declared !== undefined && lines.length > 0 && declared.minor !== fromLines.minor) {
      issues.add(
        { code: 'invalid-plan', message: `total ${partner.total} does not equal the sum of its lines.` },
        at('total'),
        partner.id,
      );
      continue;
    }
    const eligible = lines.length > 0 ? fromLines : declared;
    if (eligible === undefined) continue;

    let conversion: Conversion | null = null;
    let cofinancing: Cofinancing | null = null;
    if (erdfRate !== null) {
      let eligibleEur = eligible;
      if (currency !== 'EUR') {
        const exchangeRate = rates.get(currency);
        if (exchangeRate === undefined) {
          issues.add(
            {
              code: 'missing-rate',
              message: `an ERDF partner budgeting in ${currency} needs a ${currency} exchange rate to enter EUR totals.`,
            },
            at('currency'),
            partner.id,
          );
          continue;
        }
        conversion = toEur(eligible, exchangeRate);
        eligibleEur = conversion.eur;
      }
      cofinancing = cofinance(eligibleEur, erdfRate);
    }
    const fundInOwnCurrency = currency === 'EUR' && cofinancing !== null ? cofinancing.fund : null;
    partners.push({
      id: partner.id,
      currency,
      inErdf: erdfRate !== null,
      erdfRate: erdfRate === null ? null : erdfRate.text,
      eligible,
      cofinancing,
      conversion,
      byWorkPackage: withFund(groupBy(lines, 'workPackage', currency), fundInOwnCurrency),
      byCategory: withFund(groupBy(lines, 'category', currency), fundInOwnCurrency),
    });
  }

  if (issues.issues.length > 0) {
    const first = issues.issues[0];
    return {
      ok: false,
      error: {
        code: first?.code ?? 'invalid-plan',
        message: issues.issues.map((issue) => issue.message).join('\n'),
        issues: issues.issues,
      },
    };
  }

  const inErdf = partners.flatMap((p) => (p.cofinancing === null ? [] : [p.cofinancing]));
  const erdf = {
    eligible: sumMoney(
      inErdf.map((c) => c.eligible),
      'EUR',
    ),
    fund: sumMoney(
      inErdf.map((c) => c.fund),
      'EUR',
    ),
    contribution: sumMoney(
      inErdf.map((c) => c.contribution),
      'EUR',
    ),
  };
  const byWp = new Map<string, { eligible: Money; fund: Money }>();
  const byCategory = new Map<string, { eligible: Money; fund: Money }>();
  for (const partner of partners) {
    addBreakdowns(byWp, partner.byWorkPackage);
    addBreakdowns(byCategory, partner.byCategory);
  }
  const perCurrency = (selected: readonly PartnerSummary[]): CurrencyTotal[] =>
    CURRENCY_CODES.flatMap((currency) => {
      const own = selected.filter((p) => p.currency === currency);
      return own.length === 0
        ? []
        : [
            {
              currency,
              eligible: sumMoney(
                own.map((p) => p.eligible),
                currency,
              ),
            },
          ];
    });
  const toRows = (map: Map<string, { eligible: Money; fund: Money }>): Breakdown[] =>
    [...map.entries()].map(([key, value]) => ({ key, ...value }));

  return {
    ok: true,
    value: {
      partners,
      erdf,
      erdfByWorkPackage: toRows(byWp),
      erdfByCategory: toRows(byCategory),
      outsideErdf: perCurrency(partners.filter((p) => !p.inErdf)),
      byCurrency: perCurrency(partners),
    },
  };
}
