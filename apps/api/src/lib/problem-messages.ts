import type { BudgetIssue } from '@mbi/budget';
import {
  type EstablishmentIssue,
  EstablishmentIssueSchema,
  type Locale,
  PARTNER_IDS,
  RoleSchema,
  type WriteRefusal,
} from '@mbi/domain';
import { getLabels } from '@mbi/i18n';
import { z } from 'zod';
import { de, en, fr, it } from 'zod/locales';
import { type Message, message, translate } from './message';

/**
 * The stable codes of the packages' failures (`@mbi/domain`'s rules, `@mbi/db`'s results, `@mbi/taxonomy`'s
 * and `@mbi/budget`'s parse errors) as catalog messages, and zod's standard issues in zod's own locales: what
 * a problem document says about each, in the request's language.
 */

/** A refusal of the access policy (`writeRefusal` of `@mbi/domain`), as the detail of a 403. */
export function refusalMessage(
  refusal:
    | Pick<Extract<WriteRefusal, { reason: 'role' }>, 'reason' | 'role'>
    | Pick<Extract<WriteRefusal, { reason: 'partner' }>, 'reason' | 'partnerId' | 'owner'>,
): Message {
  if (refusal.reason === 'role') {
    return message('problem.detail.roleRequired', { required: 'editor', role: refusal.role });
  }
  if (refusal.partnerId === null) return message('problem.detail.partnerRequired', { role: 'editor' });
  return refusal.owner === null
    ? message('problem.detail.noPartnerData', { partner: refusal.partnerId })
    : message('problem.detail.otherPartner', { partner: refusal.partnerId, owner: refusal.owner });
}

/**
 * Why an activity code was refused, from the code of `@mbi/taxonomy`'s `classify` (`unknown-code`,
 * `not-a-class`…); `scheme` is the classification the code was read in, when the caller named one.
 */
export function activityCodeMessage(reason: string, code: string, scheme?: string): Message {
  switch (reason) {
    case 'unknown-code':
    case 'unknown-subclass':
      return message('problem.field.activityCodeUnknown', { code });
    case 'not-a-class':
      return message('problem.field.activityCodeNotClass', { code });
    case 'scheme-mismatch':
      if (scheme !== undefined) return message('problem.field.activityCodeSchemeMismatch', { code, scheme });
      return message('problem.field.activityCodeMalformed', { code });
    default:
      return message('problem.field.activityCodeMalformed', { code });
  }
}

// ISO 4217: euro and Swiss franc amounts have 2 decimals, as `@mbi/budget` counts them.
const MONEY_DECIMALS = 2;
// The most decimals `@mbi/budget`'s parseRate accepts (its MAX_RATE_DECIMALS).
const RATE_DECIMALS = 10;

/** Why an amount or a rate was refused by `@mbi/budget`'s `parseMoney` / `parseRate`. */
export function budgetMessage(
  field: 'amount' | 'rate',
  issue: Pick<BudgetIssue, 'code'>,
  currency: string,
): Message {
  if (field === 'amount') {
    if (issue.code === 'not-a-number') return message('problem.field.amountNotANumber');
    if (issue.code === 'too-many-decimals') {
      return message('problem.field.amountTooManyDecimals', { currency, max: MONEY_DECIMALS });
    }
  } else {
    if (issue.code === 'not-a-number') return message('problem.field.rateNotANumber');
    if (issue.code === 'too-many-decimals') {
      return message('problem.field.rateTooManyDecimals', { max: RATE_DECIMALS });
    }
    if (issue.code === 'out-of-range') return message('problem.field.rateOutOfRange');
  }
  return message('problem.field.invalid');
}

/** A rule of `@mbi/domain`'s establishment schemas, from the `params` of its custom issue. */
function establishmentIssueMessage(rule: EstablishmentIssue, locale: Locale): Message {
  const labels = getLabels(locale);
  switch (rule.code) {
    case 'invalid-identifier':
      return message('error.invalidIdentifier', {
        identifier: rule.identifier,
        reason: labels.identifierError[rule.reason],
      });
    case 'identifier-scheme':
      return message('problem.field.identifierScheme', {
        country: rule.country,
        scheme: labels.identifierScheme[rule.scheme],
      });
    case 'activity-scheme-country':
      return message('problem.field.activitySchemeCountry', {
        scheme: labels.activityCodeScheme[rule.scheme],
        country: rule.country,
      });
    case 'territory-code':
      return message('problem.field.territoryCode', { country: rule.country });
    case 'closed-before-opened':
      return message('problem.field.closedBeforeOpened', {
        closedOn: rule.closedOn,
        openedOn: rule.openedOn,
      });
    case 'closed-while-active':
      return message('problem.field.closedWhileActive');
    case 'empty-patch':
      return message('problem.field.emptyPatch');
  }
}

/** zod's error maps of the four languages (zod 4's `zod/locales`). */
const ZOD_LOCALES: Readonly<Record<Locale, z.core.$ZodErrorMap>> = {
  fr: fr().localeError,
  it: it().localeError,
  de: de().localeError,
  en: en().localeError,
};

/**
 * The house typography applied to zod's texts: French puts a no-break space before a colon (zod writes a
 * plain one), the German of the Upper Valais writes `ss` for `ß` (zod writes `Zu groß`).
 */
const TYPOGRAPHY: Readonly<Record<Locale, (text: string) => string>> = {
  fr: (text) => text.replace(/ :/g, '\u00a0:'),
  it: (text) => text,
  de: (text) => text.replace(/ß/g, 'ss'),
  en: (text) => text,
};

/**
 * A zod issue in a language. A rule of `@mbi/domain` (a custom issue whose `params` parse as an
 * `EstablishmentIssue`) is a catalog message; any other issue is rendered again from its code and details
 * by zod's own locale — in English the schema's own message is kept (zod's English, or a more precise
 * sentence the schema wrote). An invalid_type issue names the received type only when it carries `input`.
 */
export function issueText(issue: z.core.$ZodIssue, locale: Locale): string {
  if (issue.code === 'custom') {
    const rule = EstablishmentIssueSchema.safeParse(issue.params);
    if (rule.success) return translate(locale, establishmentIssueMessage(rule.data, locale));
  }
  if (locale === 'en') return issue.message;
  // The error maps take the issue as zod raises it; a final issue has all they read but `inst`.
  const rendered = ZOD_LOCALES[locale](issue as unknown as z.core.$ZodRawIssue);
  const text = typeof rendered === 'string' ? rendered : (rendered?.message ?? issue.message);
  return TYPOGRAPHY[locale](text);
}

const Ids = z.object({ resource: z.enum(['establishment', 'api-key', 'user']), id: z.string() });
const Versions = z.object({ currentVersion: z.number(), expectedVersion: z.number() });
const Duplicate = z.object({ country: z.string(), nationalIdentifier: z.string() });
const Refusal = z.discriminatedUnion('reason', [
  z.object({ reason: z.literal('role'), role: RoleSchema }),
  z.object({ reason: z.literal('partner'), partnerId: z.string().nullable(), owner: z.string().nullable() }),
]);
const ActivityCode = z.object({ activityCode: z.string(), scheme: z.string(), reason: z.string() });
const Bounds = z.object({ min: z.number(), max: z.number() });
const UnknownPartner = z.object({ partnerId: z.string() });
const Grant = z.object({ role: RoleSchema });

/** An expected failure of the data layer: its stable code, the field at fault, the values its message names. */
export interface DataFailure {
  readonly code: string;
  readonly field?: string | undefined;
  readonly params?: Readonly<Record<string, unknown>> | undefined;
}

/**
 * What a failure of `@mbi/db` says, from its code and `params` (read with a schema: a failure whose params
 * do not fit says nothing more than its title), or `undefined`.
 */
export function dataMessage(failure: DataFailure): Message | undefined {
  const read = <T>(schema: z.ZodType<T>): T | undefined => {
    const parsed = schema.safeParse(failure.params);
    return parsed.success ? parsed.data : undefined;
  };
  switch (failure.code) {
    case 'not-found': {
      const found = read(Ids);
      if (found === undefined) return undefined;
      if (found.resource === 'user') return message('problem.detail.userNotFound', { id: found.id });
      return found.resource === 'establishment'
        ? message('problem.detail.establishmentNotFound', { id: found.id })
        : message('problem.detail.apiKeyNotFound', { id: found.id });
    }
    case 'precondition-failed': {
      const versions = read(Versions);
      return versions === undefined
        ? undefined
        : message('problem.detail.preconditionFailed', {
            current: versions.currentVersion,
            expected: versions.expectedVersion,
          });
    }
    case 'duplicate-identifier': {
      const duplicate = read(Duplicate);
      return duplicate === undefined
        ? undefined
        : message('problem.detail.duplicateIdentifier', {
            identifier: duplicate.nationalIdentifier,
            country: duplicate.country,
          });
    }
    case 'duplicate-email':
      return message('problem.detail.duplicateEmail');
    case 'wrong-password':
      return message('problem.detail.wrongCurrentPassword');
    case 'forbidden': {
      if (read(z.object({ reason: z.literal('own-account') })) !== undefined) {
        return message('problem.detail.ownAccount');
      }
      const refusal = read(Refusal);
      return refusal === undefined ? undefined : refusalMessage(refusal);
    }
    case 'invalid-activity-code': {
      const code = read(ActivityCode);
      return code === undefined
        ? undefined
        : activityCodeMessage(code.reason, code.activityCode, code.scheme);
    }
    case 'invalid-filter':
      return failure.field === 'naceClass' ? message('problem.field.naceFilter') : undefined;
    case 'invalid-page': {
      if (failure.field === 'offset') return message('problem.field.offsetRange');
      const bounds = read(Bounds);
      return bounds === undefined ? undefined : message('problem.field.limitRange', bounds);
    }
    case 'invalid-cursor':
      return message('problem.field.invalidCursor');
    case 'unknown-partner': {
      const unknown = read(UnknownPartner);
      return unknown === undefined
        ? undefined
        : message('problem.detail.partnerNotFound', {
            id: unknown.partnerId,
            partners: PARTNER_IDS.join(', '),
          });
    }
    case 'validation-failed': {
      const grant = read(Grant);
      return grant === undefined ? undefined : message('problem.detail.partnerRequired', grant);
    }
    default:
      return undefined;
  }
}
