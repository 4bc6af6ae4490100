import { z } from '@hono/zod-openapi';
import { cofinance, formatAmount, parseMoney, parseRate, toMoneyJson } from '@mbi/budget';
import { CurrencySchema } from '@mbi/domain';
import { createTranslator } from '@mbi/i18n';
import type { AppDeps } from '../../context';
import { localeOf } from '../../lib/locale';
import { ApiProblem, type FieldError, validationDetail } from '../../lib/problem';
import { budgetMessage } from '../../lib/problem-messages';
import { createRouter, defineRoute } from '../../lib/router';
import { LangQuery, MoneyJsonSchema } from '../../lib/schemas';

export const CofinancingRequestSchema = z
  .strictObject({
    eligible: z
      .string()
      .max(40)
      .openapi({ example: '422517.30', description: 'Eligible total, decimal string.' }),
    rate: z
      .string()
      .max(40)
      .openapi({ example: '0.85', description: 'Fund rate between 0 and 1, decimal string.' }),
    currency: CurrencySchema.default('EUR'),
  })
  .openapi('CofinancingRequest');

export const CofinancingResponseSchema = z
  .object({
    eligible: MoneyJsonSchema,
    rate: z.string(),
    fund: MoneyJsonSchema,
    contribution: MoneyJsonSchema,
    rule: z.string(),
  })
  .openapi('Cofinancing');

/** `POST /v1/calculations/cofinancing`: the Interreg rounding rules of `@mbi/budget`, for any amount. */
export function createCalculationRoutes(_deps: Pick<AppDeps, never> = {}) {
  return createRouter().openapi(
    defineRoute({
      method: 'post',
      path: '/cofinancing',
      operationId: 'calculateCofinancing',
      access: 'public',
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
      },
    }),
    (c) => {
      const body = c.req.valid('json');
      const eligible = parseMoney(body.eligible, body.currency);
      const rate = parseRate(body.rate);
      const errors: FieldError[] = [
        ...(eligible.ok
          ? []
          : [
              {
                field: 'body.eligible',
                code: eligible.error.code,
                message: budgetMessage('amount', eligible.error, body.currency),
              },
            ]),
        ...(rate.ok
          ? []
          : [
              {
                field: 'body.rate',
                code: rate.error.code,
                message: budgetMessage('rate', rate.error, body.currency),
              },
            ]),
      ];
      if (!eligible.ok || !rate.ok) {
        throw new ApiProblem('validation-failed', { detail: validationDetail(errors), errors });
      }
      const result = cofinance(eligible.value, rate.value);
      const t = createTranslator(localeOf(c));
      return c.json(
        {
          eligible: toMoneyJson(result.eligible) as z.infer<typeof MoneyJsonSchema>,
          rate: rate.value.text,
          fund: toMoneyJson(result.fund) as z.infer<typeof MoneyJsonSchema>,
          contribution: toMoneyJson(result.contribution) as z.infer<typeof MoneyJsonSchema>,
          rule: t('financing.rule.cofinancing', {
            eligible: formatAmount(result.eligible),
            rate: rate.value.text,
          }),
        },
        200,
        { 'Cache-Control': 'no-store' },
      );
    },
  );
}
