import type { Result } from '../internal/result';
import { err } from '../internal/result';

export type EstablishmentErrorCode =
  | 'validation-failed'
  | 'invalid-activity-code'
  | 'duplicate-identifier'
  | 'not-found'
  | 'precondition-failed'
  | 'forbidden'
  | 'invalid-filter'
  | 'invalid-page'
  | 'invalid-cursor';

/** One problem with one field, as the API reports it. */
export interface FieldIssue {
  /** Dotted path of the field (`closedOn`); empty for a problem with the whole object. */
  readonly field: string;
  readonly message: string;
}

export interface EstablishmentError {
  readonly code: EstablishmentErrorCode;
  readonly message: string;
  /** The field at fault, when one is. */
  readonly field?: string;
  /** Every problem found, for `validation-failed`. */
  readonly issues?: readonly FieldIssue[];
}

/** Outcome of an establishment operation: expected failures are values with a stable `code`. */
export type EstablishmentResult<T> = Result<T, EstablishmentError>;

export function fail(
  code: EstablishmentErrorCode,
  message: string,
  extra: { readonly field?: string; readonly issues?: readonly FieldIssue[] } = {},
): { readonly ok: false; readonly error: EstablishmentError } {
  return err({ code, message, ...extra });
}

export function validationFailed(
  issues: readonly { readonly path: readonly PropertyKey[]; readonly message: string }[],
) {
  const fieldIssues = issues.map((issue) => ({
    field: issue.path.map((part) => String(part)).join('.'),
    message: issue.message,
  }));
  return fail('validation-failed', fieldIssues.map((issue) => issue.message).join('; '), {
    issues: fieldIssues,
  });
}

export function notFound(id: string) {
  return fail('not-found', `no establishment has the id ${JSON.stringify(id)}`);
}

export function duplicate(input: { readonly country: string; readonly nationalIdentifier: string }) {
  return fail(
    'duplicate-identifier',
    `an establishment of ${input.country} with the identifier ${input.nationalIdentifier} already exists`,
    { field: 'nationalIdentifier' },
  );
}

export function forbidden(message: string) {
  return fail('forbidden', message, { field: 'partnerId' });
}
