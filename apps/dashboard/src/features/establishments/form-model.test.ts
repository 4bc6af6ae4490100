import type { Establishment } from '@mbi/client';
import { createTranslator, getLabels } from '@mbi/i18n';
import { describe, expect, it } from 'vitest';
import {
  checkIdentifier,
  differences,
  emptyForm,
  formOf,
  inputOf,
  patchOf,
  validateForm,
} from './form-model';

const t = createTranslator('fr');
const labels = getLabels('fr');

// 356 000 000 00048 is the valid SIRET of @mbi/client's README; changing its last digit breaks the Luhn check.
const VALID_SIRET = '356 000 000 00048';
const BAD_SIRET = '35600000000049';

const stored: Establishment = {
  id: '00000000-0000-4000-8000-000000000001',
  country: 'FR',
  nationalIdentifier: '35600000000048',
  name: 'Atelier de skis',
  activityCode: '32.30Z',
  activityCodeScheme: 'naf',
  territoryUnitCode: '74056',
  sizeBand: '02',
  status: 'active',
  openedOn: '2018-03-01',
  partnerId: 'cc-vallee-chamonix',
  createdAt: '2024-01-01T00:00:00.000Z',
  updatedAt: '2024-01-01T00:00:00.000Z',
  version: 1,
  naceClass: '32.30',
  filieres: ['outdoor'],
};

describe('checkIdentifier', () => {
  it('accepts a valid SIRET, normalised, as the API does', () => {
    expect(checkIdentifier('FR', VALID_SIRET, t, labels)).toEqual({
      ok: true,
      value: '35600000000048',
      scheme: 'siret',
    });
  });

  it('refuses a SIRET with a wrong check digit, saying why in French', () => {
    const check = checkIdentifier('FR', BAD_SIRET, t, labels);
    expect(check.ok).toBe(false);
    if (!check.ok)
      expect(check.message).toBe(
        `L’identifiant ${BAD_SIRET} n’est pas valide (${labels.identifierError.checksum}).`,
      );
  });

  it('refuses a valid SIREN: it names a company, and an establishment needs a SIRET', () => {
    // 200 023 372: the SIREN of the Communauté de Communes de la Vallée de Chamonix Mont-Blanc (the seed).
    const check = checkIdentifier('FR', '200023372', t, labels);
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.message).toMatch(/SIRET/);
  });
});

describe('validateForm', () => {
  it('names every missing field of an empty form', () => {
    const errors = validateForm(emptyForm('FR'), t, labels);
    expect(Object.keys(errors).sort()).toEqual(
      ['activityCode', 'name', 'nationalIdentifier', 'openedOn', 'territoryUnitCode'].sort(),
    );
    expect(errors.name).toBe('Ce champ est obligatoire.');
  });

  it('checks the commune code against the country’s official format', () => {
    const form = { ...formOf(stored), territoryUnitCode: '6266' };
    expect(validateForm(form, t, labels).territoryUnitCode).toMatch(/code INSEE de 5 caractères/);
    expect(
      validateForm({ ...form, country: 'CH', nationalIdentifier: 'CHE-102.909.703' }, t, labels)
        .territoryUnitCode,
    ).toBeUndefined();
  });

  it('refuses a closing date before the opening date', () => {
    const form = { ...formOf(stored), status: 'closed' as const, closedOn: '2017-01-01' };
    expect(validateForm(form, t, labels).closedOn).toMatch(/ne peut pas précéder/);
  });

  it('has nothing to say about a stored establishment', () => {
    expect(validateForm(formOf(stored), t, labels)).toEqual({});
  });
});

describe('inputOf and patchOf', () => {
  it('sends the trimmed values, without a partner for an editor (the API puts its own)', () => {
    const input = inputOf({ ...formOf(stored), name: '  Atelier  ', partnerId: '' });
    expect(input.name).toBe('Atelier');
    expect('partnerId' in input).toBe(false);
    expect('closedOn' in input).toBe(false);
  });

  it('patches only what changed, so that another person’s change of another field is kept', () => {
    expect(patchOf(stored, { ...formOf(stored), sizeBand: '11' })).toEqual({ sizeBand: '11' });
    expect(patchOf(stored, formOf(stored))).toEqual({});
  });

  it('clears the closing date when an establishment is reopened', () => {
    const closed = { ...stored, status: 'closed' as const, closedOn: '2024-12-31' };
    expect(patchOf(closed, { ...formOf(closed), status: 'active', closedOn: '' })).toEqual({
      status: 'active',
      closedOn: null,
    });
  });

  it('lists the fields where two versions differ', () => {
    expect(differences(formOf(stored), { ...formOf(stored), name: 'Autre', sizeBand: '11' })).toEqual([
      'name',
      'sizeBand',
    ]);
  });
});
