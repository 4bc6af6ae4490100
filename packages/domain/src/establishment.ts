import { z } from 'zod';
import { IsoDateSchema, TimestampSchema } from './calendar';
import {
  ActivityCodeSchemeSchema,
  CountryCodeSchema,
  EstablishmentStatusSchema,
  IdentifierErrorCodeSchema,
  IdentifierSchemeSchema,
  PartnerIdSchema,
  SizeBandSchema,
} from './ids';
import { validateNationalIdentifier } from './national-identifier';
import { describeTerritoryCode, isTerritoryCode } from './territory';
import type { ActivityCodeScheme, CountryCode, IdentifierScheme } from './vocabularies';

/** Identifier schemes that name an establishment (a site) rather than a whole company, by country. */
const ESTABLISHMENT_SCHEMES: Readonly<Record<CountryCode, readonly IdentifierScheme[]>> = {
  FR: ['siret'],
  IT: ['partita-iva', 'codice-fiscale'],
  CH: ['che-uid'],
};

const ESTABLISHMENT_SCHEME_NAMES: Readonly<Record<CountryCode, string>> = {
  FR: 'a SIRET (14 digits)',
  IT: 'a partita IVA or a codice fiscale',
  CH: 'a Swiss UID (CHE-123.456.789)',
};

/** The national classification of each country; NACE itself is accepted everywhere. */
const ACTIVITY_SCHEME_COUNTRY: Readonly<
  Record<Exclude<ActivityCodeScheme, 'nace' | 'nace2025'>, CountryCode>
> = {
  naf: 'FR',
  ateco: 'IT',
  noga: 'CH',
  naf2025: 'FR',
  ateco2025: 'IT',
  noga2025: 'CH',
};

const inputShape = {
  country: CountryCodeSchema,
  nationalIdentifier: z.string().trim().min(1, { error: 'nationalIdentifier must not be empty' }).max(40),
  name: z.string().trim().min(1, { error: 'name must not be empty' }).max(200),
  activityCode: z
    .string()
    .trim()
    .regex(/^[0-9A-Za-z.]{1,16}$/, {
      error: 'activityCode must be the code as declared, e.g. "43.31Z", "43.31.00" or "433100"',
    }),
  activityCodeScheme: ActivityCodeSchemeSchema,
  territoryUnitCode: z.string().trim().min(1, { error: 'territoryUnitCode must not be empty' }),
  sizeBand: SizeBandSchema,
  status: EstablishmentStatusSchema,
  openedOn: IsoDateSchema,
  closedOn: IsoDateSchema.optional(),
  partnerId: PartnerIdSchema.optional(),
};

type CheckedFields = {
  country?: CountryCode | undefined;
  nationalIdentifier?: string | undefined;
  activityCodeScheme?: ActivityCodeScheme | undefined;
  territoryUnitCode?: string | undefined;
  status?: 'active' | 'closed' | undefined;
  openedOn?: string | undefined;
  closedOn?: string | null | undefined;
};

/**
 * Why a rule of an establishment's fields refused it: the `params` of every custom issue that
 * {@link EstablishmentInputSchema}, {@link EstablishmentSchema} and {@link EstablishmentPatchSchema} raise, a
 * stable `code` with the values its message names. The issue's `message` stays a readable English sentence;
 * an application that speaks another language translates from `params` (parse them with this schema).
 *
 * @example
 * const result = EstablishmentInputSchema.safeParse(body);
 * for (const issue of result.error?.issues ?? []) {
 *   const rule = issue.code === 'custom' ? EstablishmentIssueSchema.safeParse(issue.params) : undefined;
 *   if (rule?.success && rule.data.code === 'closed-before-opened') show(rule.data.closedOn, rule.data.openedOn);
 * }
 */
export const EstablishmentIssueSchema = z.discriminatedUnion('code', [
  /** The national identifier fails its scheme's check; `reason` is the identifier validator's code. */
  z.object({
    code: z.literal('invalid-identifier'),
    country: CountryCodeSchema,
    identifier: z.string(),
    reason: IdentifierErrorCodeSchema,
  }),
  /** A valid identifier of a scheme that names a company, not a site (a SIREN where a SIRET is needed). */
  z.object({
    code: z.literal('identifier-scheme'),
    country: CountryCodeSchema,
    scheme: IdentifierSchemeSchema,
  }),
  /** A national activity classification of another country (`ateco` in France). */
  z.object({
    code: z.literal('activity-scheme-country'),
    country: CountryCodeSchema,
    scheme: ActivityCodeSchemeSchema,
    schemeCountry: CountryCodeSchema,
  }),
  /** A territory unit code that does not have the country's official format. */
  z.object({ code: z.literal('territory-code'), country: CountryCodeSchema }),
  z.object({ code: z.literal('closed-before-opened'), closedOn: z.string(), openedOn: z.string() }),
  /** A closing date on an establishment whose status is not `closed`. */
  z.object({ code: z.literal('closed-while-active'), status: EstablishmentStatusSchema }),
  /** A patch that changes nothing. */
  z.object({ code: z.literal('empty-patch') }),
]);
export type EstablishmentIssue = z.infer<typeof EstablishmentIssueSchema>;

/** Cross-field rules, applied to whichever fields are present (a patch carries only some). */
function checkEstablishment(value: CheckedFields, ctx: z.RefinementCtx): void {
  const issue = (field: string, message: string, params: EstablishmentIssue) =>
    ctx.addIssue({ code: 'custom', path: [field], message, params });
  const { country, nationalIdentifier, activityCodeScheme, territoryUnitCode, status, openedOn, closedOn } =
    value;
  if (country !== undefined && nationalIdentifier !== undefined) {
    const result = validateNationalIdentifier(country, nationalIdentifier);
    if (!result.ok) {
      issue('nationalIdentifier', `nationalIdentifier is not valid for ${country}: ${result.error.message}`, {
        code: 'invalid-identifier',
        country,
        identifier: nationalIdentifier,
        reason: result.error.code,
      });
    } else if (!ESTABLISHMENT_SCHEMES[country].includes(result.scheme)) {
      issue(
        'nationalIdentifier',
        `nationalIdentifier of an establishment in ${country} must be ${ESTABLISHMENT_SCHEME_NAMES[country]}, not a ${result.scheme}`,
        { code: 'identifier-scheme', country, scheme: result.scheme },
      );
    }
  }
  if (
    country !== undefined &&
    activityCodeScheme !== undefined &&
    activityCodeScheme !== 'nace' &&
    activityCodeScheme !== 'nace2025'
  ) {
    const schemeCountry = ACTIVITY_SCHEME_COUNTRY[activityCodeScheme];
    if (schemeCountry !== country) {
      issue(
        'activityCodeScheme',
        `activityCodeScheme ${activityCodeScheme} is used in ${schemeCountry}, not ${country}; use its national scheme or nace`,
        { code: 'activity-scheme-country', country, scheme: activityCodeScheme, schemeCountry },
      );
    }
  }
  if (
    country !== undefined &&
    territoryUnitCode !== undefined &&
    !isTerritoryCode(country, territoryUnitCode)
  ) {
    issue('territoryUnitCode', `territoryUnitCode must be ${describeTerritoryCode(country)}`, {
      code: 'territory-code',
      country,
    });
  }
  if (closedOn) {
    if (openedOn !== undefined && closedOn < openedOn) {
      issue('closedOn', `closedOn (${closedOn}) must not be before openedOn (${openedOn})`, {
        code: 'closed-before-opened',
        closedOn,
        openedOn,
      });
    }
    if (status !== undefined && status !== 'closed') {
      issue('closedOn', 'closedOn is only allowed when status is closed', {
        code: 'closed-while-active',
        status,
      });
    }
  }
}

/** Writes the identifier in its normalised form (SIRET digits, `CHE-123.456.789`…) once it is valid. */
function normaliseIdentifier<T extends { country: CountryCode; nationalIdentifier: string }>(value: T): T {
  const result = validateNationalIdentifier(value.country, value.nationalIdentifier);
  return result.ok && result.value !== value.nationalIdentifier
    ? { ...value, nationalIdentifier: result.value }
    : value;
}

/**
 * What a client sends to create an establishment (a company site): no id, no timestamps, unknown keys
 * refused. The national identifier must be valid for the country — a SIRET in France, a partita IVA or
 * codice fiscale in Italy, a UID in Switzerland — and comes out normalised. The activity code is kept as
 * declared, with its scheme (`naf` in FR, `ateco` in IT, `noga` in CH, or `nace`).
 *
 * @example
 * EstablishmentInputSchema.parse({
 *   country: 'CH',
 *   nationalIdentifier: 'CHE102909703',
 *   name: 'Gare de Sion',
 *   activityCode: '491000',
 *   activityCodeScheme: 'noga',
 *   territoryUnitCode: '6266',
 *   sizeBand: '21',
 *   status: 'active',
 *   openedOn: '1999-01-01',
 * }).nationalIdentifier; // 'CHE-102.909.703'
 */
export const EstablishmentInputSchema = z
  .strictObject(inputShape)
  .superRefine(checkEstablishment)
  .overwrite(normaliseIdentifier);
export type EstablishmentInput = z.infer<typeof EstablishmentInputSchema>;

/**
 * A stored establishment: the input fields plus its `id` (UUID) and record timestamps. Unknown keys are
 * dropped rather than refused, so that older clients keep reading newer responses.
 *
 * @example
 * const establishment: Establishment = EstablishmentSchema.parse(await response.json());
 */
export const EstablishmentSchema = z
  .object({
    id: z.uuid({ error: 'id must be a UUID' }),
    ...inputShape,
    createdAt: TimestampSchema,
    updatedAt: TimestampSchema,
  })
  .superRefine(checkEstablishment);
export type Establishment = z.infer<typeof EstablishmentSchema>;

/**
 * A partial update of an establishment: any input field, at least one, unknown keys refused; `null`
 * clears `closedOn` or `partnerId`. Rules that need fields absent from the patch are checked when the
 * merged result is parsed again with {@link EstablishmentInputSchema} (see {@link applyEstablishmentPatch}).
 *
 * @example EstablishmentPatchSchema.parse({ status: 'closed', closedOn: '2024-12-31' })
 */
export const EstablishmentPatchSchema = z
  .strictObject({
    ...inputShape,
    closedOn: IsoDateSchema.nullable(),
    partnerId: PartnerIdSchema.nullable(),
  })
  .partial()
  .superRefine((patch, ctx) => {
    if (Object.keys(patch).length === 0) {
      const params: EstablishmentIssue = { code: 'empty-patch' };
      ctx.addIssue({ code: 'custom', path: [], message: 'a patch must change at least one field', params });
    }
    checkEstablishment(patch, ctx);
  });
export type EstablishmentPatch = z.infer<typeof EstablishmentPatchSchema>;

/**
 * Applies a patch to an establishment's fields (pure): given fields replace, `null` removes `closedOn` or
 * `partnerId`. Parse the result with {@link EstablishmentInputSchema} to check the whole.
 *
 * @example
 * const next = EstablishmentInputSchema.safeParse(applyEstablishmentPatch(current, { status: 'closed', closedOn: '2024-12-31' }));
 */
export function applyEstablishmentPatch(
  current: EstablishmentInput,
  patch: EstablishmentPatch,
): EstablishmentInput {
  const { closedOn, partnerId, ...rest } = patch;
  const next: EstablishmentInput = { ...current };
  for (const [key, value] of Object.entries(rest)) {
    if (value !== undefined) Object.assign(next, { [key]: value });
  }
  if (closedOn === null) delete next.closedOn;
  else if (closedOn !== undefined) next.closedOn = closedOn;
  if (partnerId === null) delete next.partnerId;
  else if (partnerId !== undefined) next.partnerId = partnerId;
  return next;
}
