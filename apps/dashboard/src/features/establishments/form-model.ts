import type { Establishment, EstablishmentInput, EstablishmentPatch } from '@mbi/client';
import {
  type ActivityCodeScheme,
  type CountryCode,
  type IdentifierScheme,
  isTerritoryCode,
  type SizeBand,
  validateNationalIdentifier,
} from '@mbi/domain';
import type { Labels, Translate } from '@mbi/i18n';

/** The form's fields as typed: every value a string, checked before anything is sent. */
export interface EstablishmentForm {
  country: CountryCode;
  nationalIdentifier: string;
  name: string;
  activityCode: string;
  activityCodeScheme: ActivityCodeScheme;
  territoryUnitCode: string;
  sizeBand: SizeBand;
  status: 'active' | 'closed';
  openedOn: string;
  closedOn: string;
  /** '' for an editor (its own partner, set by the API) or an admin leaving it unset. */
  partnerId: string;
}

export type FormErrors = Partial<Record<keyof EstablishmentForm, string>>;

/** The identifier schemes that name a site, per country (a SIREN names a company, not an establishment). */
const SITE_SCHEMES: Readonly<Record<CountryCode, readonly IdentifierScheme[]>> = {
  FR: ['siret'],
  IT: ['partita-iva', 'codice-fiscale'],
  CH: ['che-uid'],
};

/** The activity classifications a country's establishments may be declared in: its own, or the EU's. */
export const ACTIVITY_SCHEMES_OF: Readonly<Record<CountryCode, readonly ActivityCodeScheme[]>> = {
  FR: ['naf', 'naf2025', 'nace', 'nace2025'],
  IT: ['ateco', 'ateco2025', 'nace', 'nace2025'],
  CH: ['noga', 'noga2025', 'nace', 'nace2025'],
};

export function emptyForm(country: CountryCode = 'FR'): EstablishmentForm {
  return {
    country,
    nationalIdentifier: '',
    name: '',
    activityCode: '',
    activityCodeScheme: ACTIVITY_SCHEMES_OF[country][0] ?? 'nace',
    territoryUnitCode: '',
    sizeBand: 'NN',
    status: 'active',
    openedOn: '',
    closedOn: '',
    partnerId: '',
  };
}

export function formOf(establishment: Establishment): EstablishmentForm {
  return {
    country: establishment.country,
    nationalIdentifier: establishment.nationalIdentifier,
    name: establishment.name,
    activityCode: establishment.activityCode,
    activityCodeScheme: establishment.activityCodeScheme,
    territoryUnitCode: establishment.territoryUnitCode,
    sizeBand: establishment.sizeBand,
    status: establishment.status,
    openedOn: establishment.openedOn,
    closedOn: establishment.closedOn ?? '',
    partnerId: establishment.partnerId ?? '',
  };
}

export type IdentifierCheck =
  | { readonly ok: true; readonly value: string; readonly scheme: IdentifierScheme }
  | { readonly ok: false; readonly message: string };

/**
 * The national identifier checked as the API checks it (`@mbi/domain`'s validators), with the reason in the
 * reader's language: a bad check digit, a wrong length, or a valid identifier of a scheme that names a company
 * rather than a site.
 */
export function checkIdentifier(
  country: CountryCode,
  text: string,
  t: Translate,
  labels: Labels,
): IdentifierCheck {
  const result = validateNationalIdentifier(country, text);
  if (!result.ok) {
    return {
      ok: false,
      message: t('error.invalidIdentifier', {
        identifier: text.trim(),
        reason: labels.identifierError[result.error.code],
      }),
    };
  }
  if (!SITE_SCHEMES[country].includes(result.scheme)) {
    return {
      ok: false,
      message: t('problem.field.identifierScheme', {
        country,
        scheme: labels.identifierScheme[result.scheme],
      }),
    };
  }
  return result;
}

const ACTIVITY_CODE = /^[0-9A-Za-z.]{1,16}$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Every error of the form, keyed by field, in the reader's language; an empty object when it can be sent. */
export function validateForm(form: EstablishmentForm, t: Translate, labels: Labels): FormErrors {
  const errors: FormErrors = {};
  const required = t('validation.required');
  if (form.nationalIdentifier.trim() === '') errors.nationalIdentifier = required;
  else {
    const check = checkIdentifier(form.country, form.nationalIdentifier, t, labels);
    if (!check.ok) errors.nationalIdentifier = check.message;
  }
  if (form.name.trim() === '') errors.name = required;
  else if (form.name.trim().length > 200) errors.name = t('validation.tooLong', { max: 200 });
  if (form.activityCode.trim() === '') errors.activityCode = required;
  else if (!ACTIVITY_CODE.test(form.activityCode.trim())) {
    errors.activityCode = t('problem.field.activityCodeMalformed', { code: form.activityCode.trim() });
  }
  if (form.territoryUnitCode.trim() === '') errors.territoryUnitCode = required;
  else if (!isTerritoryCode(form.country, form.territoryUnitCode.trim())) {
    errors.territoryUnitCode = t('problem.field.territoryCode', { country: form.country });
  }
  if (form.openedOn === '') errors.openedOn = required;
  else if (!ISO_DATE.test(form.openedOn)) errors.openedOn = t('validation.invalidDate');
  if (form.status === 'closed' && form.closedOn !== '') {
    if (!ISO_DATE.test(form.closedOn)) errors.closedOn = t('validation.invalidDate');
    else if (form.openedOn !== '' && form.closedOn < form.openedOn) {
      errors.closedOn = t('problem.field.closedBeforeOpened', {
        closedOn: form.closedOn,
        openedOn: form.openedOn,
      });
    }
  }
  if (form.status === 'active' && form.closedOn !== '')
    errors.closedOn = t('problem.field.closedWhileActive');
  return errors;
}

/** What `createEstablishment` sends. */
export function inputOf(form: EstablishmentForm): EstablishmentInput {
  return {
    country: form.country,
    nationalIdentifier: form.nationalIdentifier.trim(),
    name: form.name.trim(),
    activityCode: form.activityCode.trim(),
    activityCodeScheme: form.activityCodeScheme,
    territoryUnitCode: form.territoryUnitCode.trim(),
    sizeBand: form.sizeBand,
    status: form.status,
    openedOn: form.openedOn,
    ...(form.status === 'closed' && form.closedOn !== '' ? { closedOn: form.closedOn } : {}),
    ...(form.partnerId === ''
      ? {}
      : { partnerId: form.partnerId as NonNullable<EstablishmentInput['partnerId']> }),
  };
}

/**
 * What `updateEstablishment` sends: only the fields that differ from the version the form was opened on (so
 * a change of another field by someone else is not overwritten), `null` to clear `closedOn` or `partnerId`.
 */
export function patchOf(base: Establishment, form: EstablishmentForm): EstablishmentPatch {
  const input = inputOf(form);
  const patch: Record<string, unknown> = {};
  const fields = [
    'country',
    'nationalIdentifier',
    'name',
    'activityCode',
    'activityCodeScheme',
    'territoryUnitCode',
    'sizeBand',
    'status',
    'openedOn',
  ] as const;
  for (const field of fields) if (input[field] !== base[field]) patch[field] = input[field];
  const closedOn = input.closedOn ?? null;
  if (closedOn !== (base.closedOn ?? null)) patch.closedOn = closedOn;
  const partnerId = form.partnerId === '' ? null : form.partnerId;
  if (partnerId !== null && partnerId !== (base.partnerId ?? null)) patch.partnerId = partnerId;
  return patch as EstablishmentPatch;
}

/** The fields where two versions differ, for the conflict view (412): what the reader typed, what is stored. */
export function differences(mine: EstablishmentForm, theirs: EstablishmentForm): (keyof EstablishmentForm)[] {
  return (Object.keys(mine) as (keyof EstablishmentForm)[]).filter((field) => mine[field] !== theirs[field]);
}
