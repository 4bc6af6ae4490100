import type { Budget } from '@mbi/client';
import { useQuery } from '@tanstack/react-query';
import { createLazyRoute, useNavigate, useSearch } from '@tanstack/react-router';
import { useState } from 'react';
import { useI18n } from '../../i18n/i18n';
import { BarChart } from '../../ui/bar-chart';
import { DataTable } from '../../ui/data-table';
import { FormField } from '../../ui/form-field';
import { Money } from '../../ui/money';
import { usePageTitle } from '../../ui/page-title';
import { QueryView } from '../../ui/query-view';
import { type BudgetRow, DEFAULT_CHF_RATE, isRateText, splitByFund, toEurEquivalent } from './financing';
import { budgetQuery } from './queries';

export const budgetLazyRoute = createLazyRoute('/budget')({ component: BudgetPage });

export function BudgetPage() {
  const { t, locale } = useI18n();
  usePageTitle(t('dashboard.budget.title'));
  const query = useQuery(budgetQuery(locale));
  return (
    <>
      <h1>{t('dashboard.budget.title')}</h1>
      <p>{t('dashboard.budget.intro')}</p>
      <QueryView query={query}>{(budget) => <Financing budget={budget} />}</QueryView>
    </>
  );
}

function Financing({ budget }: { budget: Budget }) {
  const { t, money, percent, locale, labels } = useI18n();
  const { erdf, outside } = splitByFund(budget);
  const totals = budget.totals.erdf;
  const total: BudgetRow = {
    partnerId: 'cc-vallee-chamonix',
    partner: t('financing.row.totalErdf'),
    country: null,
    fundingSource: 'erdf',
    inErdf: true,
    currency: 'EUR',
    eligible: totals.eligible,
    erdfRate: null,
    erdf: totals.erdf,
    contribution: totals.contribution,
  };
  const isTotal = (row: BudgetRow) => row === total;
  return (
    <>
      <section aria-labelledby="financing-table">
        <h2 id="financing-table">{t('financing.caption')}</h2>
        <DataTable
          caption={t('financing.caption')}
          captionHidden
          rows={erdf}
          footer={[total]}
          rowKey={(row) => (isTotal(row) ? 'total' : row.partnerId)}
          columns={[
            {
              key: 'partner',
              header: t('financing.column.partner'),
              rowHeader: true,
              cell: (row) => row.partner,
            },
            {
              key: 'country',
              header: t('financing.column.country'),
              cell: (row) => (row.country === null ? '' : labels.country[row.country]),
            },
            {
              key: 'eligible',
              header: t('financing.column.eligibleTotal'),
              numeric: true,
              cell: (row) => <Money value={row.eligible} country={isTotal(row) ? null : row.country} />,
            },
            {
              key: 'rate',
              header: t('financing.column.rate'),
              numeric: true,
              cell: (row) => (row.erdfRate === null ? '' : percent(row.erdfRate)),
            },
            {
              key: 'erdf',
              header: t('financing.column.erdf'),
              numeric: true,
              cell: (row) => <Money value={row.erdf} country={isTotal(row) ? null : row.country} />,
            },
            {
              key: 'contribution',
              header: t('financing.column.contribution'),
              numeric: true,
              cell: (row) => <Money value={row.contribution} country={isTotal(row) ? null : row.country} />,
            },
          ]}
        />
        <p className="note">{t('financing.note.rounding')}</p>
        <p>
          <a
            className="button-link"
            href={`/v1/budget?format=csv&lang=${locale}`}
            download={`budget-${locale}.csv`}
          >
            {t('common.downloadCsv')}
          </a>
        </p>
      </section>
      <section aria-labelledby="financing-chart">
        <h2 id="financing-chart" className="visually-hidden">
          {t('dashboard.budget.chartTitle')}
        </h2>
        <BarChart
          title={t('dashboard.budget.chartTitle')}
          series={[
            { key: 'eligible', label: t('financing.column.eligibleTotal'), className: 'fill-1' },
            { key: 'erdf', label: t('financing.column.erdf'), className: 'fill-2' },
          ]}
          rows={erdf.map((row) => ({
            key: row.partnerId,
            label: row.partner,
            values: {
              eligible: { size: Number(row.eligible.amount), text: money(row.eligible, row.country) },
              ...(row.erdf === null
                ? {}
                : { erdf: { size: Number(row.erdf.amount), text: money(row.erdf, row.country) } }),
            },
          }))}
        />
      </section>
      {outside.length === 0 ? null : <OutsideErdf rows={outside} />}
    </>
  );
}

function OutsideErdf({ rows }: { rows: readonly BudgetRow[] }) {
  const { t, money } = useI18n();
  const { rate } = useSearch({ from: '/budget' });
  const navigate = useNavigate({ from: '/budget' });
  const [text, setText] = useState(rate ?? DEFAULT_CHF_RATE);
  const valid = isRateText(text);
  const onChange = (next: string) => {
    setText(next);
    if (isRateText(next))
      void navigate({ search: (previous) => ({ ...previous, rate: next }), replace: true });
  };
  return (
    <section aria-labelledby="outside-erdf">
      <h2 id="outside-erdf">{t('dashboard.budget.swissTitle')}</h2>
      <p className="note">{t('financing.note.swissFunding')}</p>
      <FormField
        label={t('dashboard.budget.rateLabel')}
        hint={t('dashboard.budget.rateHint')}
        error={valid ? null : t('dashboard.budget.rateInvalid')}
      >
        {(props) => (
          <input
            {...props}
            inputMode="decimal"
            value={text}
            onChange={(event) => onChange(event.target.value.trim())}
          />
        )}
      </FormField>
      <DataTable
        caption={t('dashboard.budget.swissTitle')}
        captionHidden
        rows={rows}
        rowKey={(row) => row.partnerId}
        columns={[
          {
            key: 'partner',
            header: t('financing.column.partner'),
            rowHeader: true,
            cell: (row) => row.partner,
          },
          {
            key: 'eligible',
            header: t('financing.column.eligibleTotal'),
            numeric: true,
            cell: (row) => <Money value={row.eligible} country={row.country} />,
          },
          {
            key: 'eur',
            header: t('dashboard.budget.eurEquivalent'),
            numeric: true,
            cell: (row) => {
              const eur = valid ? toEurEquivalent(row.eligible, text) : null;
              return eur === null ? '—' : money(eur);
            },
          },
        ]}
      />
      {valid
        ? rows.map((row) => {
            const eur = toEurEquivalent(row.eligible, text);
            return eur === null ? null : (
              <p key={row.partnerId} className="note" aria-live="polite">
                {t('dashboard.budget.eurEquivalentAt', {
                  amount: money(row.eligible, row.country),
                  rate: text,
                  eur: money(eur),
                })}
              </p>
            );
          })
        : null}
    </section>
  );
}
