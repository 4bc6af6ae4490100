import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { cofinance, formatAmount, parseMoney, parseRate, toMoneyJson } from '@mbi/budget';
import { PARTNER_IDS } from '@mbi/domain';
import { createTranslator, getLabels } from '@mbi/i18n';
import { classify, getLabel } from '@mbi/taxonomy';
import type { AppEnv } from '../context';
import { localeOf } from '../lib/locale';
import { ApiProblem } from '../lib/problem';
import type { ReferenceCache } from '../lib/reference-cache';
import {
  budgetRows,
  budgetView,
  filieresView,
  partnersView,
  partnerView,
  projectView,
  workPackagesView,
} from '../lib/reference-views';
import { formatOf, send } from '../lib/respond';
import {
  BudgetSchema,
  ClassificationSchema,
  CofinancingRequestSchema,
  CofinancingResponseSchema,
  FiliereListSchema,
  LangQuery,
  ListQuery,
  PartnerListSchema,
  PartnerViewSchema,
  ProjectViewSchema,
  problemResponse,
  WorkPackageListSchema,
} from './schemas';

const csvContent = { 'text/csv': { schema: z.string() } };
const REFERENCE_TAG = ['Reference data'];

/** Public reference resources: no key needed, served from the per-version cache. */
export function registerReferenceRoutes(app: OpenAPIHono<AppEnv>, reference: ReferenceCache): void {
  const { dataset } = reference;

  app.openapi(
    createRoute({
      method: 'get',
      path: '/v1/project',
      tags: REFERENCE_TAG,
      summary: 'The project: programme, objectives, filières, stakeholders, accelerators, indicators',
      request: { query: LangQuery },
      responses: {
        200: { description: 'The project', content: { 'application/json': { schema: ProjectViewSchema } } },
        304: { description: 'Not modified' },
      },
    }),
    (c) => {
      const locale = localeOf(c);
      return send(
        c,
        reference.json('project', locale, () => projectView(dataset, locale)),
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/v1/partners',
      tags: REFERENCE_TAG,
      summary: 'The four partners, with roles, territories and budgets',
      request: { query: ListQuery },
      responses: {
        200: {
          description: 'Partners',
          content: { 'application/json': { schema: PartnerListSchema }, ...csvContent },
        },
        304: { description: 'Not modified' },
      },
    }),
    (c) => {
      const locale = localeOf(c);
      if (formatOf(c) === 'json')
        return send(
          c,
          reference.json('partners', locale, () => partnersView(dataset, locale)),
        );
      const t = createTranslator(locale);
      return send(
        c,
        reference.csv('partners', locale, c.req.query('sep'), () => ({
          columns: [
            { header: t('field.identifier'), value: (p) => p.id },
            { header: t('field.name'), value: (p) => p.name },
            { header: t('field.role'), value: (p) => p.roleLabel },
            { header: t('financing.column.country'), value: (p) => p.countryLabel },
            { header: t('field.city'), value: (p) => p.city },
            { header: 'NUTS 3', value: (p) => p.nuts3 },
            { header: t('field.fundingSource'), value: (p) => p.fundingSourceLabel },
            {
              header: t('financing.column.eligibleTotal'),
              value: (p) => p.budget.eligibleTotal.amount,
              kind: 'decimal',
            },
            { header: t('field.currency'), value: (p) => p.budget.eligibleTotal.currency },
            { header: t('financing.column.rate'), value: (p) => p.budget.fundRate, kind: 'decimal' },
          ],
          rows: partnersView(dataset, locale).items,
        })),
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/v1/partners/{id}',
      tags: REFERENCE_TAG,
      summary: 'One partner',
      request: {
        params: z.object({
          id: z.string().openapi({ example: 'cc-vallee-chamonix', enum: [...PARTNER_IDS] }),
        }),
        query: LangQuery,
      },
      responses: {
        200: { description: 'The partner', content: { 'application/json': { schema: PartnerViewSchema } } },
        304: { description: 'Not modified' },
        404: problemResponse('No such partner'),
      },
    }),
    (c) => {
      const locale = localeOf(c);
      const id = c.req.valid('param').id;
      const partner = dataset.partners.find((candidate) => candidate.id === id);
      if (partner === undefined) {
        throw new ApiProblem('not-found', {
          detail: `No partner "${id}". Partners: ${PARTNER_IDS.join(', ')}.`,
        });
      }
      return send(
        c,
        reference.json(`partner:${id}`, locale, () => partnerView(partner, locale)),
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/v1/work-packages',
      tags: REFERENCE_TAG,
      summary: 'Work packages WP1–WP4 and their activities',
      request: { query: ListQuery },
      responses: {
        200: {
          description: 'Work packages',
          content: { 'application/json': { schema: WorkPackageListSchema }, ...csvContent },
        },
        304: { description: 'Not modified' },
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

  app.openapi(
    createRoute({
      method: 'get',
      path: '/v1/filieres',
      tags: REFERENCE_TAG,
      summary: 'The three filières and the NACE codes mapped to them',
      request: { query: ListQuery },
      responses: {
        200: {
          description: 'Filières',
          content: { 'application/json': { schema: FiliereListSchema }, ...csvContent },
        },
        304: { description: 'Not modified' },
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

  app.openapi(
    createRoute({
      method: 'get',
      path: '/v1/budget',
      tags: REFERENCE_TAG,
      summary: 'The financing table: per partner eligible total, ERDF and contribution, and the totals',
      request: { query: ListQuery },
      responses: {
        200: {
          description: 'Budget',
          content: { 'application/json': { schema: BudgetSchema }, ...csvContent },
        },
        304: { description: 'Not modified' },
      },
    }),
    (c) => {
      const locale = localeOf(c);
      if (formatOf(c) === 'json')
        return send(
          c,
          reference.json('budget', locale, () => budgetView(dataset, locale)),
        );
      const t = createTranslator(locale);
      return send(
        c,
        reference.csv('budget', locale, c.req.query('sep'), () => ({
          columns: [
            { header: t('financing.column.partner'), value: (row) => row.partner },
            { header: t('financing.column.country'), value: (row) => row.country },
            { header: t('field.currency'), value: (row) => row.currency },
            { header: t('financing.column.eligibleTotal'), value: (row) => row.eligible, kind: 'decimal' },
            { header: t('financing.column.rate'), value: (row) => row.erdfRate, kind: 'decimal' },
            { header: t('financing.column.erdf'), value: (row) => row.erdf, kind: 'decimal' },
            { header: t('financing.column.contribution'), value: (row) => row.contribution, kind: 'decimal' },
          ],
          rows: budgetRows(
            budgetView(dataset, locale),
            t('financing.row.totalErdf'),
            t('financing.row.outsideErdf'),
          ),
        })),
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/v1/calculations/cofinancing',
      tags: ['Calculations'],
      summary: 'Fund and contribution of an eligible total at a rate, with the Interreg rounding rules',
      request: {
        query: LangQuery,
        body: { required: true, content: { 'application/json': { schema: CofinancingRequestSchema } } },
      },
      responses: {
        200: {
          description: 'Result',
          content: { 'application/json': { schema: CofinancingResponseSchema } },
        },
        400: problemResponse('Invalid amount, rate or currency'),
      },
    }),
    (c) => {
      const body = c.req.valid('json');
      const eligible = parseMoney(body.eligible, body.currency);
      const rate = parseRate(body.rate);
      const errors = [
        ...(eligible.ok
          ? []
          : [{ field: 'body.eligible', code: eligible.error.code, message: eligible.error.message }]),
        ...(rate.ok ? [] : [{ field: 'body.rate', code: rate.error.code, message: rate.error.message }]),
      ];
      if (!eligible.ok || !rate.ok) {
        throw new ApiProblem('validation-failed', { detail: errors.map((e) => e.message).join(' '), errors });
      }
      const result = cofinance(eligible.value, rate.value);
      return c.json(
        {
          eligible: toMoneyJson(result.eligible),
          rate: rate.value.text,
          fund: toMoneyJson(result.fund),
          contribution: toMoneyJson(result.contribution),
          rule: `fund = ${formatAmount(result.eligible)} × ${rate.value.text}, truncated to the cent; contribution = eligible − fund`,
        },
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/v1/classifications/{code}',
      tags: REFERENCE_TAG,
      summary:
        'The NACE class of an activity code (NAF, ATECO, NOGA, NACE, and their 2025 versions) and its filières',
      request: {
        params: z.object({ code: z.string().openapi({ example: '43.31Z' }) }),
        query: LangQuery.extend({
          scheme: z
            .enum(['naf', 'ateco', 'noga', 'nace', 'nace2025', 'naf2025', 'ateco2025', 'noga2025'])
            .optional()
            .openapi({ description: 'Inferred from the code’s shape when absent (2008 versions).' }),
        }),
      },
      responses: {
        200: {
          description: 'Classification',
          content: { 'application/json': { schema: ClassificationSchema } },
        },
        400: problemResponse('Not an activity code'),
        404: problemResponse('Well-formed but unknown code'),
      },
    }),
    (c) => {
      const locale = localeOf(c);
      const { code } = c.req.valid('param');
      const { scheme } = c.req.valid('query');
      const result = classify(code, scheme);
      if (!result.ok) {
        const unknown = result.error.code === 'unknown-code' || result.error.code === 'unknown-subclass';
        throw new ApiProblem(unknown ? 'not-found' : 'validation-failed', {
          detail: result.error.message,
          errors: [{ field: 'path.code', code: result.error.code, message: result.error.message }],
        });
      }
      const { value } = result;
      const labels = getLabels(locale);
      return c.json(
        {
          input: code,
          scheme: value.scheme,
          revision: value.revision,
          nationalCode: value.nationalCode,
          naceClass: value.naceClass,
          naceLabel: value.revision === '2' ? (getLabel(value.naceClass, locale) ?? null) : null,
          mapVersion: value.mapVersion,
          filieres: value.filieres.map((match) => ({
            filiere: match.filiere,
            label: labels.filiere[match.filiere],
            weight: match.weight,
            rationale: match.rationale,
          })),
        },
        200,
      );
    },
  );
}
