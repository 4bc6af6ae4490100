import type { WriteRefusal } from '@mbi/domain';
import type { z } from 'zod';
import type { ErrorParams, Result } from '../internal/result';
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
  /**
   * The zod issue behind it: its `code` and details (`too_small`, `minimum`…) and, for a rule of
   * `@mbi/domain`, its `params` (`EstablishmentIssueSchema`), for a translation of the message.
   */
  readonly issue?: z.core.$ZodIssue;
}

/**
 * An expected failure of an establishment operation: a stable `code`, an English `message`, and in `params`
 * the values the message names, for a translation of it:
 * - `not-found`: `resource` (`establishment`), `id`;
 * - `precondition-failed`: `currentVersion`, `expectedVersion`;
 * - `duplicate-identifier`: `country`, `nationalIdentifier`;
 * - `forbidden`: the access policy's refusal — `reason` (`role` | `partner`), `role`, `partnerId`, `owner`;
 * - `invalid-activity-code`: `activityCode`, `scheme`, `reason` (the code of `@mbi/taxonomy`'s `classify`);
 * - `invalid-filter`: `value`; `invalid-page` on `limit`: `min`, `max`.
 */
export interface EstablishmentError {
  readonly code: EstablishmentErrorCode;
  readonly message: string;
  /** The field at fault, when one is. */
  readonly field?: string;
  /** Every problem found, for `validation-failed`. */
  readonly issues?: readonly FieldIssue[];
  readonly params?: ErrorParams;
}

/** Outcome of an establishment operation: expected failures are values with a stable `code`. */
export type EstablishmentResult<T> = Result<T, EstablishmentError>;

export function fail(
  code: EstablishmentErrorCode,
  message: string,
  extra: {
    readonly field?: string;
    readonly issues?: readonly FieldIssue[];
    readonly params?: ErrorParams;
  } = {},
): { readonly ok: false; readonly error: EstablishmentError } {
  return err({ code, message, ...extra });
}

export function validationFailed(issues: readonly z.core.$ZodIssue[]) {
  const fieldIssues = issues.map((issue) => ({
    field: issue.path.map((part) => String(part)).join('.'),
    message: issue.message,
    issue,
  }));
  return fail('validation-failed', fieldIssues.map((issue) => issue.message).join('; '), {
    issues: fieldIssues,
  });
}

export function notFound(id: string) {
  return fail('not-found', `no establishment has the id ${JSON.stringify(id)}`, {
    params: { resource: 'establishment', id },
  });
}

export function duplicate(input: { readonly country: string; readonly nationalIdentifier: string }) {
  return fail(
    'duplicate-identifier',
    `an establishment of ${input.country} with the identifier ${input.nationalIdentifier} already exists`,
    {
      field: 'nationalIdentifier',
      params: { country: input.country, nationalIdentifier: input.nationalIdentifier },
    },
  );
}

export function forbidden(refusal: WriteRefusal) {
  const params =
    refusal.reason === 'role'
      ? { reason: refusal.reason, role: refusal.role }
      : { reason: refusal.reason, partnerId: refusal.partnerId, owner: refusal.owner };
  return fail('forbidden', refusal.message, { field: 'partnerId', params });
}
