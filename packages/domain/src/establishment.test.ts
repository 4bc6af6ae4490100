import { describe, expect, test } from 'vitest';
import type { EstablishmentInput } from './establishment';
import {
  applyEstablishmentPatch,
  EstablishmentInputSchema,
  EstablishmentIssueSchema,
  EstablishmentPatchSchema,
  EstablishmentSchema,
} from './establishment';

// Identifiers are real and valid (sources in the identifier tests): La Poste's head office SIRET, the
// partita IVA of the Regione Valle d'Aosta, the UID of SBB. Other fields are illustrative.
const french: EstablishmentInput = {
  country: 'FR',
  nationalIdentifier: '356 000 000 00048',
  name: 'La Poste — siège',
  activityCode: '53.10Z',
  activityCodeScheme: 'naf',
  territoryUnitCode: '74056',
  sizeBand: '53',
  status: 'active',
  openedOn: '1991-01-01',
};

function issuesOf(input: unknown) {
  const result = EstablishmentInputSchema.safeParse(input);
  return result.success ? [] : result.error.issues;
}

describe('EstablishmentInputSchema', () => {
  test('accepts a French establishment and normalises its SIRET', () => {
    expect(EstablishmentInputSchema.parse(french)).toEqual({
      ...french,
      nationalIdentifier: '35600000000048',
    });
  });

  test('accepts an Italian and a Swiss establishment, normalising the UID', () => {
    const italian = {
      ...french,
      country: 'IT',
      nationalIdentifier: 'IT00368440079',
      activityCode: '84.11.10',
      activityCodeScheme: 'ateco',
      territoryUnitCode: '007003',
    };
    expect(EstablishmentInputSchema.parse(italian).nationalIdentifier).toBe('00368440079');
    const swiss = {
      ...french,
      country: 'CH',
      nationalIdentifier: 'CHE102909703 MWST',
      activityCode: '491000',
      activityCodeScheme: 'noga',
      territoryUnitCode: '6266',
      partnerId: 'cimark',
    };
    expect(EstablishmentInputSchema.parse(swiss).nationalIdentifier).toBe('CHE-102.909.703');
  });

  test('refuses an invalid identifier with an issue on nationalIdentifier naming the field', () => {
    const issues = issuesOf({ ...french, nationalIdentifier: '35600000049838' });
    expect(issues).toHaveLength(1);
    expect(issues[0]?.path).toEqual(['nationalIdentifier']);
    expect(issues[0]?.message).toMatch(/^nationalIdentifier .*La Poste/);
  });

  test('checks the identifier against the country', () => {
    const issues = issuesOf({
      ...french,
      country: 'CH',
      activityCodeScheme: 'nace',
      territoryUnitCode: '6266',
    });
    expect(issues.map((issue) => issue.path)).toEqual([['nationalIdentifier']]);
    expect(issues[0]?.message).toContain('CHE');
  });

  test('wants a SIRET, not a SIREN, for a French establishment', () => {
    const issues = issuesOf({ ...french, nationalIdentifier: '200023372' });
    expect(issues[0]?.path).toEqual(['nationalIdentifier']);
    expect(issues[0]?.message).toContain('SIRET');
  });

  test('refuses unknown keys, such as an id sent by the client', () => {
    const issues = issuesOf({ ...french, id: '2b1e6d1c-8d3e-4f7a-9d55-0c6d2a7f1e11' });
    expect(issues).toEqual([expect.objectContaining({ code: 'unrecognized_keys', keys: ['id'] })]);
  });

  test('refuses a national scheme of another country, and a territory code of the wrong format', () => {
    const issues = issuesOf({ ...french, activityCodeScheme: 'ateco', territoryUnitCode: '007003' });
    expect(issues.map((issue) => issue.path)).toEqual([['activityCodeScheme'], ['territoryUnitCode']]);
    expect(issues[1]?.message).toContain('INSEE');
  });

  test('accepts NACE codes anywhere', () => {
    expect(
      EstablishmentInputSchema.safeParse({ ...french, activityCode: '53.10', activityCodeScheme: 'nace' })
        .success,
    ).toBe(true);
  });

  test('refuses a closing date on an active establishment, or before the opening date', () => {
    expect(issuesOf({ ...french, closedOn: '2020-01-01' }).map((issue) => issue.message)).toEqual([
      'closedOn is only allowed when status is closed',
    ]);
    expect(issuesOf({ ...french, status: 'closed', closedOn: '1990-12-31' })[0]?.message).toContain(
      'before openedOn',
    );
    expect(issuesOf({ ...french, status: 'closed', closedOn: '2020-01-01' })).toEqual([]);
  });

  test('refuses bad field values with field-naming messages', () => {
    const issues = issuesOf({
      ...french,
      name: '  ',
      sizeBand: '99',
      openedOn: '2020-02-30',
      activityCode: '',
    });
    expect(issues.map((issue) => issue.path[0])).toEqual(['name', 'activityCode', 'sizeBand', 'openedOn']);
    expect(issues[0]?.message).toBe('name must not be empty');
  });
});

describe('EstablishmentSchema', () => {
  const stored = {
    ...french,
    nationalIdentifier: '35600000000048',
    id: '2b1e6d1c-8d3e-4f7a-9d55-0c6d2a7f1e11',
    createdAt: '2024-03-01T09:30:00.000Z',
    updatedAt: '2024-03-02T10:00:00+01:00',
  };

  test('accepts a stored establishment with id and timestamps, dropping unknown keys', () => {
    expect(EstablishmentSchema.parse({ ...stored, extra: true })).toEqual(stored);
  });

  test('requires a UUID id and timestamps, and still checks the identifier', () => {
    expect(EstablishmentSchema.safeParse({ ...stored, id: '42' }).error?.issues[0]?.path).toEqual(['id']);
    expect(EstablishmentSchema.safeParse({ ...french, id: stored.id }).success).toBe(false);
    expect(EstablishmentSchema.safeParse({ ...stored, nationalIdentifier: '73282932000079' }).success).toBe(
      false,
    );
  });
});

describe('EstablishmentPatchSchema and applyEstablishmentPatch', () => {
  test('accepts a partial change and refuses an empty one or unknown keys', () => {
    expect(EstablishmentPatchSchema.parse({ sizeBand: '11' })).toEqual({ sizeBand: '11' });
    expect(EstablishmentPatchSchema.safeParse({}).error?.issues[0]?.message).toBe(
      'a patch must change at least one field',
    );
    expect(EstablishmentPatchSchema.safeParse({ id: 'x' }).success).toBe(false);
  });

  test('checks the identifier when the patch carries the country with it', () => {
    expect(
      EstablishmentPatchSchema.safeParse({ country: 'FR', nationalIdentifier: '73282932000079' }).success,
    ).toBe(false);
    expect(
      EstablishmentPatchSchema.safeParse({ country: 'CH', nationalIdentifier: 'CHE-102.909.703' }).success,
    ).toBe(true);
  });

  test('merges a patch; null clears the closing date and the partner', () => {
    const closed = applyEstablishmentPatch(french, {
      status: 'closed',
      closedOn: '2024-12-31',
      partnerId: 'cimark',
    });
    expect(closed).toEqual({ ...french, status: 'closed', closedOn: '2024-12-31', partnerId: 'cimark' });
    const reopened = applyEstablishmentPatch(closed, { status: 'active', closedOn: null, partnerId: null });
    expect(reopened).toEqual(french);
    expect(french).not.toHaveProperty('closedOn');
  });

  test('the merged result is checked as a whole by EstablishmentInputSchema', () => {
    const patch = EstablishmentPatchSchema.parse({ closedOn: '2024-12-31' });
    const merged = EstablishmentInputSchema.safeParse(applyEstablishmentPatch(french, patch));
    expect(merged.error?.issues[0]?.message).toBe('closedOn is only allowed when status is closed');
  });
});

describe('EstablishmentIssueSchema: the params of the custom issues', () => {
  const paramsOf = (issues: readonly { code: string; params?: unknown }[]) =>
    issues.map((issue) => (issue.code === 'custom' ? issue.params : issue.code));

  test('name each rule with a stable code and the values its English message names', () => {
    // 356 000 000 49838: a La Poste SIRET whose digit sum is not a multiple of 5 (identifier tests).
    expect(paramsOf(issuesOf({ ...french, nationalIdentifier: '35600000049838' }))).toEqual([
      { code: 'invalid-identifier', country: 'FR', identifier: '35600000049838', reason: 'checksum' },
    ]);
    // 356 000 000 is La Poste's SIREN: a company, where an establishment needs its SIRET.
    expect(paramsOf(issuesOf({ ...french, nationalIdentifier: '356 000 000' }))).toEqual([
      { code: 'identifier-scheme', country: 'FR', scheme: 'siren' },
    ]);
    expect(paramsOf(issuesOf({ ...french, activityCodeScheme: 'ateco', territoryUnitCode: '7003' }))).toEqual(
      [
        { code: 'activity-scheme-country', country: 'FR', scheme: 'ateco', schemeCountry: 'IT' },
        { code: 'territory-code', country: 'FR' },
      ],
    );
    expect(paramsOf(issuesOf({ ...french, status: 'closed', closedOn: '1990-12-31' }))).toEqual([
      { code: 'closed-before-opened', closedOn: '1990-12-31', openedOn: '1991-01-01' },
    ]);
    expect(paramsOf(issuesOf({ ...french, closedOn: '2020-01-01' }))).toEqual([
      { code: 'closed-while-active', status: 'active' },
    ]);
    expect(paramsOf(EstablishmentPatchSchema.safeParse({}).error?.issues ?? [])).toEqual([
      { code: 'empty-patch' },
    ]);
  });

  test('parses the params of every custom issue, and nothing else', () => {
    const inputs = [
      { ...french, nationalIdentifier: '35600000049838' },
      { ...french, nationalIdentifier: '356 000 000', activityCodeScheme: 'noga', territoryUnitCode: 'x' },
      { ...french, status: 'closed', closedOn: '1990-12-31' },
      { ...french, closedOn: '2020-01-01' },
    ];
    const custom = inputs.flatMap(issuesOf).filter((issue) => issue.code === 'custom');
    expect(custom).toHaveLength(6);
    for (const issue of custom) expect(EstablishmentIssueSchema.safeParse(issue.params).success).toBe(true);
    expect(EstablishmentIssueSchema.safeParse({ code: 'closed-before-opened' }).success).toBe(false);
    expect(EstablishmentIssueSchema.safeParse(undefined).success).toBe(false);
  });
});
