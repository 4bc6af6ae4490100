import type { Locale } from '@mbi/domain';
import { createTranslator, type MessageKey } from '@mbi/i18n';

/**
 * Every error the API returns is an RFC 9457 problem document. This table is the one place where a
 * stable problem code gets its HTTP status and its localised title.
 */
export const PROBLEMS = {
  'malformed-json': { status: 400, title: 'error.badRequest' },
  'validation-failed': { status: 400, title: 'error.validationFailed' },
  unauthorized: { status: 401, title: 'error.unauthorized' },
  forbidden: { status: 403, title: 'error.forbidden' },
  'csrf-failed': { status: 403, title: 'error.forbidden' },
  'not-found': { status: 404, title: 'error.notFound' },
  'not-acceptable': { status: 406, title: 'error.badRequest' },
  'duplicate-identifier': { status: 409, title: 'error.conflict' },
  'precondition-failed': { status: 412, title: 'error.conflict' },
  'payload-too-large': { status: 413, title: 'error.payloadTooLarge' },
  'unsupported-media-type': { status: 415, title: 'error.badRequest' },
  'precondition-required': { status: 428, title: 'error.conflict' },
  'too-many-requests': { status: 429, title: 'error.tooManyRequests' },
  internal: { status: 500, title: 'error.internal' },
  'service-unavailable': { status: 503, title: 'error.serviceUnavailable' },
} as const satisfies Record<string, { status: number; title: MessageKey }>;

export type ProblemCode = keyof typeof PROBLEMS;

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

/** A typed error thrown by handlers and turned into a problem document by the app's error handler. */
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
