import type { Locale } from '@mbi/domain';
import { createTranslator, type MessageKey } from '@mbi/i18n';
import type { Context } from 'hono';
import type { z } from 'zod';
import type { AppEnv } from '../context';
import { localeOf } from './locale';
import { type Message, message, translate } from './message';
import { dataMessage, issueText } from './problem-messages';

export { type Message, message } from './message';

/**
 * Every error the API returns is an RFC 9457 problem document. This table is the one place where a
 * stable problem code gets its HTTP status and its localised title.
 */
export const PROBLEMS = {
  'bad-request': { status: 400, title: 'error.badRequest' },
  'malformed-json': { status: 400, title: 'error.badRequest' },
  'validation-failed': { status: 400, title: 'error.validationFailed' },
  unauthorized: { status: 401, title: 'error.unauthorized' },
  forbidden: { status: 403, title: 'error.forbidden' },
  'csrf-failed': { status: 403, title: 'error.forbidden' },
  'not-found': { status: 404, title: 'error.notFound' },
  'method-not-allowed': { status: 405, title: 'error.badRequest' },
  'not-acceptable': { status: 406, title: 'error.badRequest' },
  'duplicate-identifier': { status: 409, title: 'error.conflict' },
  'precondition-failed': { status: 412, title: 'error.conflict' },
  'payload-too-large': { status: 413, title: 'error.payloadTooLarge' },
  'unsupported-media-type': { status: 415, title: 'error.badRequest' },
  'precondition-required': { status: 428, title: 'error.conflict' },
  'too-many-requests': { status: 429, title: 'error.tooManyRequests' },
  'header-fields-too-large': { status: 431, title: 'error.badRequest' },
  internal: { status: 500, title: 'error.internal' },
  'service-unavailable': { status: 503, title: 'error.serviceUnavailable' },
} as const satisfies Record<string, { status: number; title: MessageKey }>;

export type ProblemCode = keyof typeof PROBLEMS;

/** The problem code of an HTTP status that a framework or the HTTP layer raised. */
export function problemCodeOfStatus(status: number): ProblemCode {
  const match = (Object.keys(PROBLEMS) as ProblemCode[]).find((code) => PROBLEMS[code].status === status);
  if (match !== undefined && match !== 'malformed-json' && match !== 'validation-failed') return match;
  return status >= 500 ? 'internal' : 'bad-request';
}

/**
 * The message of a field error before it has a language: a catalog message, or a zod issue that is rendered
 * in the request's language when the document is built (see `issueText`).
 */
export type FieldText = Message | { readonly issue: z.core.$ZodIssue };

/** A field-level error, as handlers and middleware raise it. */
export interface FieldError {
  /** JSON pointer-like path of the field, e.g. `body.identifier` or `query.limit`. */
  readonly field: string;
  /** A stable code clients switch on (`too_small`, `invalid-enum`, `control-character`, a data code…). */
  readonly code: string;
  readonly message: FieldText;
}

/** A field-level error as the problem document carries it: its message in the request's language. */
export interface FieldErrorDocument {
  readonly field: string;
  readonly code: string;
  readonly message: string;
}

export interface ProblemDocument {
  readonly type: string;
  readonly code: ProblemCode;
  readonly title: string;
  readonly status: number;
  readonly detail?: string;
  readonly instance?: string;
  readonly requestId?: string;
  readonly errors?: readonly FieldErrorDocument[];
  readonly [extension: string]: unknown;
}

/** The `type` URI of a problem code: a stable URN, so clients can switch on it. */
export function problemType(code: ProblemCode): string {
  return `urn:mbi:problem:${code}`;
}

/**
 * What a problem says beyond its code: a `detail` and field errors as catalog messages (or zod issues), never
 * as text, so that every word of the document is in the request's language.
 */
export interface ProblemOptions {
  readonly detail?: Message;
  readonly errors?: readonly FieldError[];
  readonly instance?: string;
  readonly requestId?: string;
  readonly extensions?: Record<string, unknown>;
}

/** The text of a field error's message in a language. */
function fieldText(text: FieldText, locale: Locale): string {
  return 'issue' in text ? issueText(text.issue, locale) : translate(locale, text);
}

/**
 * The detail of a validation failure: the fields at fault, each named once (their messages are in `errors`).
 *
 * @example validationDetail(errors) // 'Il campo body.name non è valido.' under `it`
 */
export function validationDetail(errors: readonly Pick<FieldError, 'field'>[]): Message {
  const fields = [...new Set(errors.map((error) => error.field))];
  return message('problem.detail.validationFailed', { count: fields.length, fields: fields.join(', ') });
}

/** Builds the problem document of a code in a language: title, detail and field messages are translated. */
export function buildProblem(
  code: ProblemCode,
  locale: Locale,
  options: ProblemOptions = {},
): ProblemDocument {
  const { status, title } = PROBLEMS[code];
  const t = createTranslator(locale);
  const titleText =
    title === 'error.tooManyRequests'
      ? t(title, { seconds: Number(options.extensions?.retryAfter ?? 1) })
      : t(title);
  return {
    type: problemType(code),
    code,
    title: titleText,
    status,
    ...(options.detail === undefined ? {} : { detail: translate(locale, options.detail) }),
    ...(options.instance === undefined ? {} : { instance: options.instance }),
    ...(options.requestId === undefined ? {} : { requestId: options.requestId }),
    ...(options.errors === undefined
      ? {}
      : {
          errors: options.errors.map((error) => ({
            field: error.field,
            code: error.code,
            message: fieldText(error.message, locale),
          })),
        }),
    ...options.extensions,
  };
}

/** A typed error thrown by handlers and middleware, turned into a problem document by the app's error handler. */
export class ApiProblem extends Error {
  readonly code: ProblemCode;
  readonly options: ProblemOptions;
  readonly headers: Record<string, string>;

  constructor(code: ProblemCode, options: ProblemOptions = {}, headers: Record<string, string> = {}) {
    // The message is for logs: the problem code and the catalog key of its detail, never user text.
    super(options.detail === undefined ? code : `${code}: ${options.detail.key}`);
    this.name = 'ApiProblem';
    this.code = code;
    this.options = options;
    this.headers = headers;
  }
}

/** Sends a problem document for `code` in the request's language, with the request id. */
export function problemResponse(
  c: Context<AppEnv>,
  code: ProblemCode,
  options: ProblemOptions = {},
  headers: Record<string, string> = {},
): Response {
  const locale = localeOf(c);
  const problem = buildProblem(code, locale, {
    ...options,
    instance: options.instance ?? safePath(c.req.path),
    requestId: c.get('requestId'),
  });
  return new Response(JSON.stringify(problem), {
    status: problem.status,
    headers: {
      'Content-Type': 'application/problem+json; charset=utf-8',
      'Content-Language': locale,
      'Cache-Control': 'no-store',
      ...headers,
    },
  });
}

/** The path as sent, cut short: it is echoed in `instance` and details, and may be anything a client wrote. */
export function safePath(path: string): string {
  return path.length > 512 ? `${path.slice(0, 512)}…` : path;
}

/** The result codes of the data layer that every resource shares, and their problem codes. */
const DATA_PROBLEMS: Record<string, ProblemCode> = {
  'validation-failed': 'validation-failed',
  'invalid-activity-code': 'validation-failed',
  'invalid-filter': 'validation-failed',
  'invalid-page': 'validation-failed',
  'invalid-cursor': 'validation-failed',
  'unknown-partner': 'validation-failed',
  'duplicate-identifier': 'duplicate-identifier',
  'duplicate-email': 'duplicate-identifier',
  'wrong-password': 'validation-failed',
  'not-found': 'not-found',
  'precondition-failed': 'precondition-failed',
  forbidden: 'forbidden',
  'missing-columns': 'validation-failed',
  'malformed-csv': 'validation-failed',
  'empty-file': 'validation-failed',
};

/**
 * An expected failure of the data layer (`{ code, message, field?, issues?, params? }`): its English `message`
 * is for logs; the problem document says it from `code` and `params`, and each issue from its zod issue.
 */
export interface DataError {
  readonly code: string;
  readonly message: string;
  readonly field?: string | undefined;
  readonly issues?:
    | readonly {
        readonly field: string;
        readonly message: string;
        readonly issue?: z.core.$ZodIssue | undefined;
      }[]
    | undefined;
  readonly params?: Readonly<Record<string, unknown>> | undefined;
}

/**
 * The one mapping of data-layer failures to problem documents: the code to a status, the fields at fault
 * to `errors` named by where they came from (`body.name`, `query.limit`), the messages to the catalogs.
 */
export function dataProblem(error: DataError, where: 'body' | 'query' | 'path'): ApiProblem {
  const field = (name: string) => (name === '' ? where : `${where}.${name}`);
  const said = dataMessage(error);
  const errors: FieldError[] | undefined =
    error.issues?.map((issue) => ({
      field: field(issue.field),
      code: error.code,
      message: issue.issue === undefined ? message('problem.field.invalid') : { issue: issue.issue },
    })) ??
    (error.field === undefined
      ? undefined
      : [{ field: field(error.field), code: error.code, message: said ?? message('problem.field.invalid') }]);
  const detail = error.issues === undefined || errors === undefined ? said : validationDetail(errors);
  return new ApiProblem(DATA_PROBLEMS[error.code] ?? 'internal', {
    ...(detail === undefined ? {} : { detail }),
    ...(errors === undefined ? {} : { errors }),
  });
}
