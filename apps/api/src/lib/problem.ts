import type { Locale } from '@mbi/domain';
import { createTranslator, type MessageKey } from '@mbi/i18n';
import type { Context } from 'hono';
import type { AppEnv } from '../context';
import { localeOf } from './locale';

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

/** A field-level validation error. */
export interface FieldError {
  /** JSON pointer-like path of the field, e.g. `body.identifier` or `query.limit`. */
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
  readonly errors?: readonly FieldError[];
  readonly [extension: string]: unknown;
}

/** The `type` URI of a problem code: a stable URN, so clients can switch on it. */
export function problemType(code: ProblemCode): string {
  return `urn:mbi:problem:${code}`;
}

export interface ProblemOptions {
  readonly detail?: string;
  readonly errors?: readonly FieldError[];
  readonly instance?: string;
  readonly requestId?: string;
  readonly extensions?: Record<string, unknown>;
}

/** Builds the problem document of a code in the request's language. */
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
    ...(options.detail === undefined ? {} : { detail: options.detail }),
    ...(options.instance === undefined ? {} : { instance: options.instance }),
    ...(options.requestId === undefined ? {} : { requestId: options.requestId }),
    ...(options.errors === undefined ? {} : { errors: options.errors }),
    ...options.extensions,
  };
}

/** A typed error thrown by handlers and middleware, turned into a problem document by the app's error handler. */
export class ApiProblem extends Error {
  readonly code: ProblemCode;
  readonly options: ProblemOptions;
  readonly headers: Record<string, string>;

  constructor(code: ProblemCode, options: ProblemOptions = {}, headers: Record<string, string> = {}) {
    super(options.detail ?? code);
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

/** The path as sent, cut short: it is echoed in `instance`, and may be anything a client wrote. */
function safePath(path: string): string {
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
  'not-found': 'not-found',
  'precondition-failed': 'precondition-failed',
  forbidden: 'forbidden',
  'missing-columns': 'validation-failed',
  'malformed-csv': 'validation-failed',
  'empty-file': 'validation-failed',
};

/** An expected failure of the data layer (`{ code, message, field?, issues? }`). */
export interface DataError {
  readonly code: string;
  readonly message: string;
  readonly field?: string | undefined;
  readonly issues?: readonly { readonly field: string; readonly message: string }[] | undefined;
}

/**
 * The one mapping of data-layer failures to problem documents: the code to a status, the fields at fault
 * to `errors` named by where they came from (`body.name`, `query.limit`).
 */
export function dataProblem(error: DataError, where: 'body' | 'query' | 'path'): ApiProblem {
  const field = (name: string) => (name === '' ? where : `${where}.${name}`);
  const errors =
    error.issues?.map((issue) => ({ field: field(issue.field), code: error.code, message: issue.message })) ??
    (error.field === undefined
      ? undefined
      : [{ field: field(error.field), code: error.code, message: error.message }]);
  return new ApiProblem(DATA_PROBLEMS[error.code] ?? 'internal', {
    detail: error.message,
    ...(errors === undefined ? {} : { errors }),
  });
}
