import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { validateFrenchVat, validateSiren, validateSiret } from './french-identifiers';

/**
 * Luhn check digit computed independently of the code under test: digits are read from the right, the
 * first one (next to the check digit) doubled through the table of doubled digit sums.
 */
const DOUBLED = [0, 2, 4, 6, 8, 1, 3, 5, 7, 9];
function luhnCheckDigit(payload: string): string {
  let sum = 0;
  [...payload].reverse().forEach((character, index) => {
    const digit = Number(character);
    sum += index % 2 === 0 ? (DOUBLED[digit] ?? 0) : digit;
  });
  return String((10 - (sum % 10)) % 10);
}

describe('validateSiren', () => {
  // The two French partners' SIRENs, from BRIEF.md (partners table); also their EPCI codes in INSEE's
  // code officiel géographique. Luhn by hand: 200023372 → 2+5+3+6+2+0+0+0+2 = 20; 200034882 → 30.
  test.each(['200023372', '200034882'])('accepts the partner SIREN %s', (siren) => {
    expect(validateSiren(siren)).toEqual({ ok: true, value: siren });
  });

  // Commune of Chamonix-Mont-Blanc (INSEE, geo.api.gouv.fr `siren` of commune 74056); Luhn sum 30.
  test('accepts the SIREN of the commune of Chamonix-Mont-Blanc', () => {
    expect(validateSiren('217400563')).toEqual({ ok: true, value: '217400563' });
  });

  test('accepts spaces, narrow no-break spaces, dots and dashes as separators', () => {
    expect(validateSiren('200 023 372')).toEqual({ ok: true, value: '200023372' });
    expect(validateSiren('200\u202f023\u202f372')).toEqual({ ok: true, value: '200023372' });
    expect(validateSiren(' 200.034-882 ')).toEqual({ ok: true, value: '200034882' });
  });

  test('refuses other characters with code format', () => {
    expect(validateSiren('20002337A')).toMatchObject({ ok: false, error: { code: 'format' } });
    expect(validateSiren('200/023/372')).toMatchObject({ ok: false, error: { code: 'format' } });
  });

  test('refuses a wrong number of digits with code length', () => {
    expect(validateSiren('')).toMatchObject({ ok: false, error: { code: 'length' } });
    expect(validateSiren('20002337')).toMatchObject({ ok: false, error: { code: 'length' } });
    expect(validateSiren('2000233720')).toMatchObject({ ok: false, error: { code: 'length' } });
  });

  test('refuses a bad check digit with code checksum and a message naming the number', () => {
    const result = validateSiren('200023373');
    expect(result).toMatchObject({ ok: false, error: { code: 'checksum' } });
    if (!result.ok) expect(result.error.message).toContain('200023373');
  });

  test('property: 8 random digits followed by their Luhn digit form a valid SIREN', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{8}$/), (payload) => {
        const siren = payload + luhnCheckDigit(payload);
        expect(validateSiren(siren)).toEqual({ ok: true, value: siren });
      }),
    );
  });

  test('property: changing one digit of a valid SIREN makes it invalid', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^\d{8}$/),
        fc.integer({ min: 0, max: 8 }),
        fc.integer({ min: 1, max: 9 }),
        (payload, position, shift) => {
          const siren = payload + luhnCheckDigit(payload);
          const changed = (Number(siren.charAt(position)) + shift) % 10;
          const altered = siren.slice(0, position) + String(changed) + siren.slice(position + 1);
          expect(validateSiren(altered)).toMatchObject({ ok: false, error: { code: 'checksum' } });
        },
      ),
    );
  });
});

describe('validateSiret', () => {
  // La Poste's head office, 9 rue du Colonel Pierre Avia, Paris: SIRET 356 000 000 00048 (SIRENE).
  // It follows the ordinary Luhn rule (sum 30) although its digit sum is 26.
  test('accepts the head office of La Poste by the Luhn rule', () => {
    expect(validateSiret('356 000 000 00048')).toEqual({ ok: true, value: '35600000000048' });
  });

  // Other La Poste establishments, as listed in python-stdnum's tests (tests/test_fr_siret.doctest):
  // digit sums 35 and 45, multiples of 5; 35600000009075 fails the Luhn rule (sum 33).
  test.each(['35600000009075', '35600000049837'])('accepts the La Poste establishment %s', (siret) => {
    expect(validateSiret(siret)).toEqual({ ok: true, value: siret });
  });

  test('La Poste boundary: a digit sum of 46 is refused', () => {
    expect(validateSiret('35600000049838')).toMatchObject({ ok: false, error: { code: 'checksum' } });
  });

  test('La Poste boundary: passing the Luhn rule is not enough outside the head office', () => {
    // 35600000000014 passes Luhn (4+2+3+5+6 = 20) but its digit sum is 19.
    expect(validateSiret('35600000000014')).toMatchObject({ ok: false, error: { code: 'checksum' } });
  });

  // Listed as valid in python-stdnum (stdnum/fr/siret.py docstring); Luhn sum 50 by hand.
  test('accepts an ordinary SIRET and strips separators', () => {
    expect(validateSiret('732 829 320 00074')).toEqual({ ok: true, value: '73282932000074' });
  });

  test('refuses a bad check digit, a wrong length and other characters', () => {
    expect(validateSiret('73282932000079')).toMatchObject({ ok: false, error: { code: 'checksum' } });
    expect(validateSiret('7328293200007')).toMatchObject({ ok: false, error: { code: 'length' } });
    expect(validateSiret('200023372')).toMatchObject({ ok: false, error: { code: 'length' } });
    expect(validateSiret('7328293200007X')).toMatchObject({ ok: false, error: { code: 'format' } });
  });

  test('refuses a SIRET whose SIREN part fails its own Luhn check', () => {
    // 12345678900007 passes Luhn over its 14 digits (sum 50), but 123456789 does not (sum 47).
    const result = validateSiret('12345678900007');
    expect(result).toMatchObject({ ok: false, error: { code: 'checksum' } });
    if (!result.ok) expect(result.error.message).toContain('123456789');
  });
});

describe('validateFrenchVat', () => {
  // La Poste's intra-community VAT number FR 39 356 000 000: 356000000 mod 97 = 9, (12 + 27) mod 97 = 39.
  test('accepts La Poste VAT number, with or without spaces and in lower case', () => {
    expect(validateFrenchVat('FR39356000000')).toEqual({ ok: true, value: 'FR39356000000' });
    expect(validateFrenchVat('fr 39 356 000 000')).toEqual({ ok: true, value: 'FR39356000000' });
  });

  // Derived from the lead partner's SIREN (BRIEF.md), not a published number: 200023372 mod 97 = 60
  // (97 × 2062096 = 200023312), (12 + 180) mod 97 = 95.
  test('accepts the VAT number derived from a partner SIREN', () => {
    expect(validateFrenchVat('FR95200023372')).toEqual({ ok: true, value: 'FR95200023372' });
  });

  // Monaco VAT number without SIREN, from python-stdnum's tests (test_fr_tva.doctest): key 53.
  test('accepts a Monaco number, whose SIREN part is not Luhn-checked', () => {
    expect(validateFrenchVat('FR 53 0000 04605')).toEqual({ ok: true, value: 'FR53000004605' });
  });

  test('refuses a wrong key and names the expected one', () => {
    const result = validateFrenchVat('FR40356000000');
    expect(result).toMatchObject({ ok: false, error: { code: 'checksum' } });
    if (!result.ok) expect(result.error.message).toContain('39');
  });

  test('refuses a SIREN part that fails the Luhn check', () => {
    expect(validateFrenchVat('FR00123456789')).toMatchObject({ ok: false, error: { code: 'checksum' } });
  });

  test('refuses a missing prefix, a wrong length and letter keys', () => {
    expect(validateFrenchVat('39356000000')).toMatchObject({ ok: false, error: { code: 'prefix' } });
    expect(validateFrenchVat('IT39356000000')).toMatchObject({ ok: false, error: { code: 'prefix' } });
    expect(validateFrenchVat('FR3935600000')).toMatchObject({ ok: false, error: { code: 'length' } });
    expect(validateFrenchVat('FRA9356000000')).toMatchObject({ ok: false, error: { code: 'format' } });
  });
});
