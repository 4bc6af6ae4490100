import { describe, expect, test } from 'vitest';
import { validateSwissUid } from './swiss-identifiers';

describe('validateSwissUid', () => {
  // Transport companies' UIDs in the Swiss service-point registry (DiDok/atlas, opentransportdata.swiss):
  // Schweizerische Bundesbahnen SBB CHE-102.909.703, Städtische Verkehrsbetriebe Bern (BERNMOBIL)
  // CHE-108.954.932, BLT Baselland Transport AG CHE-105.824.463. Check digits by hand, weights 5 4 3 2 7 6 5 4:
  // SBB 5+0+6+18+0+54+35+0 = 118, 118 mod 11 = 8 → 3; Bern 163 mod 11 = 9 → 2; BLT 118 → 3.
  test.each(['CHE-102.909.703', 'CHE-108.954.932', 'CHE-105.824.463'])('accepts %s', (uid) => {
    expect(validateSwissUid(uid)).toEqual({ ok: true, value: uid });
  });

  test('accepts the unformatted form, spaces, lower case and the VAT suffixes', () => {
    expect(validateSwissUid('CHE102909703')).toEqual({ ok: true, value: 'CHE-102.909.703' });
    expect(validateSwissUid('che 102 909 703')).toEqual({ ok: true, value: 'CHE-102.909.703' });
    expect(validateSwissUid('CHE-102.909.703 MWST')).toEqual({ ok: true, value: 'CHE-102.909.703' });
    expect(validateSwissUid('CHE-102.909.703 TVA')).toEqual({ ok: true, value: 'CHE-102.909.703' });
    expect(validateSwissUid('CHE-102.909.703 IVA')).toEqual({ ok: true, value: 'CHE-102.909.703' });
  });

  test('refuses a bad check digit and gives the right one', () => {
    const result = validateSwissUid('CHE-102.909.704');
    expect(result).toMatchObject({ ok: false, error: { code: 'checksum' } });
    if (!result.ok) expect(result.error.message).toContain('3');
  });

  test('refuses every number whose check digit would be 10', () => {
    // 1 0 0 0 1 0 0 0: 5 + 7 = 12, 12 mod 11 = 1 → 11 − 1 = 10, so no last digit can make it valid.
    for (let last = 0; last <= 9; last += 1) {
      const result = validateSwissUid(`CHE-100.010.00${last}`);
      expect(result).toMatchObject({ ok: false, error: { code: 'checksum' } });
      if (!result.ok) expect(result.error.message).toContain('10');
    }
  });

  test('turns a check value of 11 into 0', () => {
    // 1 0 0 0 0 1 0 0: 5 + 6 = 11, 11 mod 11 = 0, so 11 − 0 = 11, which is written 0.
    expect(validateSwissUid('CHE-100.001.000')).toEqual({ ok: true, value: 'CHE-100.001.000' });
  });

  test('refuses a missing or wrong prefix, a wrong length and other characters', () => {
    expect(validateSwissUid('102.909.703')).toMatchObject({ ok: false, error: { code: 'prefix' } });
    expect(validateSwissUid('ADM-102.909.703')).toMatchObject({ ok: false, error: { code: 'prefix' } });
    expect(validateSwissUid('CHE-102.909.70')).toMatchObject({ ok: false, error: { code: 'length' } });
    expect(validateSwissUid('CHE-10A.909.703')).toMatchObject({ ok: false, error: { code: 'format' } });
  });
});
