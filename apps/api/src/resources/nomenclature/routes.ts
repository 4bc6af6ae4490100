import { z } from '@hono/zod-openapi';
import { FiliereIdSchema, LOCALES } from '@mbi/domain';
import packageJson from '../../../package.json' with { type: 'json' };
import type { AppDeps } from '../../context';
import { localeOf } from '../../lib/locale';
import { ApiProblem, message } from '../../lib/problem';
import { createRouter, defineRoute, problemAnswer } from '../../lib/router';
import { LangQuery, notModified } from '../../lib/schemas';
import { FiliereWeightSchema } from '../filieres/routes';
import { LEVELS, NOMENCLATURE_VERSION, nomenclatureEntry, SYSTEMS, searchNomenclature } from './catalog';

const TAGS = ['Reference data'];
const SystemSchema = z.enum(SYSTEMS).openapi({
  description:
    '`nace` (NACE Rev.2), `naf` (France), `ateco` (Italy), `noga` (Switzerland): the 2008 versions.',
});

const FiliereViewSchema = z.object({
  filiere: FiliereIdSchema,
  label: z.string(),
  weight: FiliereWeightSchema,
  rationale: z
    .string()
    .openapi({ description: 'Why the code belongs to the filière, in the reader’s language.' }),
  entry: z
    .string()
    .openapi({ description: 'The map entry that decides: the class, or a national sub-class.' }),
  note: z.string().nullable().openapi({
    description: 'What a reader must know: a partial membership, or national sub-classes that decide.',
  }),
});

const NodeSchema = z
  .object({
    system: SystemSchema,
    code: z.string(),
    level: z.enum(LEVELS),
    title: z.string(),
    titleLanguage: z.enum(LOCALES).openapi({
      description: 'The language of `title`: the reader’s, or `fr` for NAF sub-classes (INSEE titles only).',
    }),
  })
  .openapi('NomenclatureNode');

const HitSchema = NodeSchema.extend({
  titleOfClass: z.boolean().openapi({
    description: 'The title is the class’s: no title of this national code is held (ATECO, NOGA sub-codes).',
  }),
  naceClass: z.string().nullable(),
  naceClassTitle: z.string().nullable(),
  filieres: z.array(FiliereViewSchema),
}).openapi('NomenclatureHit');

const EntrySchema = HitSchema.extend({
  parents: z.array(NodeSchema),
  children: z.array(NodeSchema),
  correspondence: z
    .array(
      z.object({
        rev2: z.string(),
        change: z.string(),
        confidence: z.enum(['checked', 'inferred']),
        source: z.string(),
        rev21: z.array(
          z.object({
            code: z.string(),
            title: z.string().nullable(),
            titleLanguage: z.literal('en'),
            filieres: z.array(z.object({ filiere: FiliereIdSchema, weight: FiliereWeightSchema })),
          }),
        ),
      }),
    )
    .openapi({
      description:
        'NACE Rev.2 → Rev.2.1 (2025) rows of this code and its class, held for the codes of the filière map; empty for others.',
    }),
}).openapi('NomenclatureEntry');

const PageSchema = z
  .object({
    items: z.array(HitSchema),
    total: z.number().int(),
    limit: z.number().int(),
    offset: z.number().int(),
    version: z.string().openapi({ description: 'The version of the nomenclature data.' }),
  })
  .openapi('NomenclaturePage');

/** ETags derive from the data's version and the language: an answer changes only when either does. */
function headersFor(locale: string) {
  return {
    'Cache-Control': 'no-cache',
    ETag: `"nomenclature.${NOMENCLATURE_VERSION}.${packageJson.version}.${locale}"`,
    Vary: 'Accept-Language',
    'Content-Language': locale,
  };
}

/**
 * The taxonomy explorer's data: search any NAF, ATECO, NOGA or NACE code or title, and read one code with its
 * parents, children, filières and 2025 correspondence. Public reference data from `@mbi/taxonomy`.
 */
export function createNomenclatureRoutes(_deps: Pick<AppDeps, never> = {}) {
  return createRouter()
    .openapi(
      defineRoute({
        method: 'get',
        path: '/',
        operationId: 'searchNomenclature',
        access: 'public',
        tags: TAGS,
        summary: 'Search activity codes and titles (NACE, NAF, ATECO, NOGA), with their class and filières',
        request: {
          query: LangQuery.extend({
            q: z.string().max(100).optional().openapi({
              description:
                'A code in any notation (`43.29B`, `4329B`, `43.29.01`, `432900`, `43.29`) or words of a title in the reader’s language (accents and case ignored). Absent: every code.',
              example: 'isolation',
            }),
            system: SystemSchema.optional(),
            limit: z.coerce.number().int().min(1).max(100).default(20),
            offset: z.coerce.number().int().min(0).max(10_000).default(0),
          }),
        },
        responses: {
          200: {
            description: 'Hits, the exact code first',
            content: { 'application/json': { schema: PageSchema } },
          },
          ...notModified,
        },
      }),
      (c) => {
        const locale = localeOf(c);
        const { q, system, limit, offset } = c.req.valid('query');
        const page = searchNomenclature({ q: q ?? '', system, limit, offset }, locale);
        return c.json({ ...page, limit, offset, version: NOMENCLATURE_VERSION }, 200, headersFor(locale));
      },
    )
    .openapi(
      defineRoute({
        method: 'get',
        path: '/{system}/{code}',
        operationId: 'getNomenclatureEntry',
        access: 'public',
        tags: TAGS,
        summary: 'One code: title, parents, children, filières, NACE Rev.2 ↔ Rev.2.1 correspondence',
        request: {
          params: z.object({
            system: SystemSchema,
            code: z.string().max(32).openapi({ example: '43.29A' }),
          }),
          query: LangQuery,
        },
        responses: {
          200: { description: 'The code', content: { 'application/json': { schema: EntrySchema } } },
          ...notModified,
          404: problemAnswer('No such code in this system'),
        },
      }),
      (c) => {
        const locale = localeOf(c);
        const { system, code } = c.req.valid('param');
        const entry = nomenclatureEntry(system, code, locale);
        if (entry === null) {
          throw new ApiProblem('not-found', {
            detail: message('problem.detail.nomenclatureNotFound', { system, code }),
          });
        }
        return c.json(entry, 200, headersFor(locale));
      },
    );
}
