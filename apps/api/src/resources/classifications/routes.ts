import { z } from '@hono/zod-openapi';
import { FiliereIdSchema } from '@mbi/domain';
import { getLabels } from '@mbi/i18n';
import {
  ACTIVITY_SCHEMES,
  ACTIVITY_SCHEMES_2025,
  classify,
  getLabel,
  type ParsedScheme,
} from '@mbi/taxonomy';
import type { AppDeps } from '../../context';
import { localeOf } from '../../lib/locale';
import { ApiProblem } from '../../lib/problem';
import { activityCodeMessage } from '../../lib/problem-messages';
import { createRouter, defineRoute, problemAnswer } from '../../lib/router';
import { LangQuery } from '../../lib/schemas';
import { FiliereWeightSchema } from '../filieres/routes';

const SCHEMES = [...ACTIVITY_SCHEMES, ...ACTIVITY_SCHEMES_2025] as const;

/** The schemes an answer may name: those a request may, and `ateco-or-noga` for six plain digits read without one. */
const ANSWER_SCHEMES = [...SCHEMES, 'ateco-or-noga'] as const satisfies readonly ParsedScheme[];

export const ClassificationSchema = z
  .object({
    input: z.string(),
    scheme: z.enum(ANSWER_SCHEMES).openapi({
      description:
        'The scheme the code was read in: the one asked for, else inferred from its shape; `ateco-or-noga` for six digits without dots, which both write alike (mapped by their first four digits).',
    }),
    revision: z.string(),
    nationalCode: z.string(),
    naceClass: z.string(),
    naceLabel: z.string().nullable(),
    mapVersion: z.string(),
    filieres: z.array(
      z.object({
        filiere: FiliereIdSchema,
        label: z.string(),
        weight: FiliereWeightSchema,
        rationale: z.string(),
      }),
    ),
  })
  .openapi('Classification');

/** `GET /v1/classifications/{code}`: any NAF, ATECO, NOGA or NACE code (2008 and 2025) to its class and filières. */
export function createClassificationRoutes(_deps: Pick<AppDeps, never> = {}) {
  return createRouter().openapi(
    defineRoute({
      method: 'get',
      path: '/{code}',
      operationId: 'classifyActivityCode',
      access: 'public',
      tags: ['Reference data'],
      summary:
        'The NACE class of an activity code (NAF, ATECO, NOGA, NACE, and their 2025 versions) and its filières',
      request: {
        params: z.object({ code: z.string().max(32).openapi({ example: '43.31Z' }) }),
        query: LangQuery.extend({
          scheme: z
            .enum(SCHEMES)
            .optional()
            .openapi({ description: 'Inferred from the code’s shape when absent (2008 versions).' }),
        }),
      },
      responses: {
        200: {
          description: 'Classification',
          content: { 'application/json': { schema: ClassificationSchema } },
        },
        404: problemAnswer('Well-formed but unknown code'),
      },
    }),
    (c) => {
      const locale = localeOf(c);
      const { code } = c.req.valid('param');
      const { scheme } = c.req.valid('query');
      const result = classify(code, scheme as Parameters<typeof classify>[1]);
      if (!result.ok) {
        const unknown = result.error.code === 'unknown-code' || result.error.code === 'unknown-subclass';
        const said = activityCodeMessage(result.error.code, code, scheme);
        throw new ApiProblem(unknown ? 'not-found' : 'validation-failed', {
          detail: said,
          errors: [{ field: 'path.code', code: result.error.code, message: said }],
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
            rationale: match.rationales[locale],
          })),
        },
        200,
        { 'Cache-Control': 'public, max-age=3600' },
      );
    },
  );
}
