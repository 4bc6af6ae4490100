import { describe, expect, test } from 'vitest';
import { validateCodiceFiscale, validatePartitaIva } from './italian-identifiers';

describe('validatePartitaIva', () => {
  // Public bodies' numbers as they publish them:
  // - Agenzia delle Entrate, "Codice Fiscale e Partita Iva 06363391001" (agenziaentrate.gov.it footer; also
  //   the example value of the PEPPOL IT:VAT scheme). Check by hand: odd 0+3+3+9+0 = 15, even doubled
  //   12→3, 12→3, 6, 2, 0 = 14; total 29 → check 1.
  // - Regione Autonoma Valle d'Aosta, "P. Iva 00368440079" (regione.vda.it footer). 15 + 16 = 31 → 9.
  // - INPS, "P.IVA 02121151001", Via Ciro il Grande 21, Roma (inps.it footer). 7 + 12 = 19 → 1.
  test.each(['06363391001', '00368440079', '02121151001'])('accepts the partita IVA %s', (number) => {
    expect(validatePartitaIva(number)).toEqual({ ok: true, value: number });
  });

  test('accepts the IT prefix of the VAT form and spaces', () => {
    expect(validatePartitaIva('IT 00368440079')).toEqual({ ok: true, value: '00368440079' });
    expect(validatePartitaIva('063 6339 1001')).toEqual({ ok: true, value: '06363391001' });
  });

  test('refuses a bad check digit', () => {
    expect(validatePartitaIva('06363391002')).toMatchObject({ ok: false, error: { code: 'checksum' } });
  });

  test('refuses a wrong length and other characters', () => {
    expect(validatePartitaIva('0636339100')).toMatchObject({ ok: false, error: { code: 'length' } });
    expect(validatePartitaIva('063633910011')).toMatchObject({ ok: false, error: { code: 'length' } });
    expect(validatePartitaIva('0636339100A')).toMatchObject({ ok: false, error: { code: 'format' } });
  });

  test('refuses a company number of zeros and an office code nobody uses', () => {
    expect(validatePartitaIva('00000000000')).toMatchObject({ ok: false, error: { code: 'format' } });
    // 0636339 + office 101 + any check digit: offices run 001–100, plus 120, 121, 888, 999.
    expect(validatePartitaIva('06363391010')).toMatchObject({ ok: false, error: { code: 'office-code' } });
  });
});

describe('validateCodiceFiscale', () => {
  // Numeric codice fiscale of public bodies: INPS 80078750587 (IndicePA; the constant "codice fiscale ente
  // previdenziale" of the Certificazione Unica), Regione Autonoma Valle d'Aosta 80002270074 (ISTAT list of
  // regions, COD_REG_FISCALE). By hand: 26 + 17 = 43 → 7; 17 + 9 = 26 → 4.
  test.each(['80078750587', '80002270074'])('accepts the numeric code %s of a public body', (code) => {
    expect(validateCodiceFiscale(code)).toEqual({ ok: true, value: code });
  });

  // The textbook example of a personal code (Mario Rossi, born 10 December 1985 in Rome), used by Italian
  // documentation; personal codes of real people are personal data, so none is used here. Check letter by
  // hand: odd positions R8 S12 R8 8→19 T14 0→1 5→13 2→5 = 80, even S18 M12 A0 5 1 A0 6 = 42; 122 mod 26 =
  // 18 → S.
  test('accepts a personal code and upper-cases it', () => {
    expect(validateCodiceFiscale('rssmra 85t10 a562s')).toEqual({ ok: true, value: 'RSSMRA85T10A562S' });
  });

  // Omocodia: the last digit 2 becomes N (0–9 → L M N P Q R S T U V); position 15 is odd, N counts 20
  // instead of 5, so the sum becomes 137 and the check letter 137 mod 26 = 7 → H.
  test('accepts omocodia letters in place of digits', () => {
    expect(validateCodiceFiscale('RSSMRA85T10A56NH')).toEqual({ ok: true, value: 'RSSMRA85T10A56NH' });
  });

  test('refuses a bad check character', () => {
    const result = validateCodiceFiscale('RSSMRA85T10A562T');
    expect(result).toMatchObject({ ok: false, error: { code: 'checksum' } });
    if (!result.ok) expect(result.error.message).toContain('S');
  });

  test('refuses a month letter that is no month', () => {
    expect(validateCodiceFiscale('RSSMRA85F10A562S')).toMatchObject({
      ok: false,
      error: { code: 'unknown-month' },
    });
    expect(validateCodiceFiscale('RSSMRA85Z10A562S')).toMatchObject({
      ok: false,
      error: { code: 'unknown-month' },
    });
  });

  test('refuses a day that is no day (32, 40, 72, 00, 30 February)', () => {
    for (const code of [
      'RSSMRA85T32A562S',
      'RSSMRA85T40A562S',
      'RSSMRA85T72A562S',
      'RSSMRA85T00A562S',
      'RSSMRA85B30A562S',
    ]) {
      expect(validateCodiceFiscale(code)).toMatchObject({ ok: false, error: { code: 'invalid-day' } });
    }
  });

  test('refuses a broken structure and a wrong length', () => {
    expect(validateCodiceFiscale('RSSMRA85T10A5620')).toMatchObject({ ok: false, error: { code: 'format' } });
    expect(validateCodiceFiscale('RSSMRA8XT10A562S')).toMatchObject({ ok: false, error: { code: 'format' } });
    expect(validateCodiceFiscale('RSSMRA85T10A562')).toMatchObject({ ok: false, error: { code: 'length' } });
    expect(validateCodiceFiscale('')).toMatchObject({ ok: false, error: { code: 'length' } });
    expect(validateCodiceFiscale('8007875058')).toMatchObject({ ok: false, error: { code: 'length' } });
  });

  test('refuses a numeric code with a bad check digit', () => {
    expect(validateCodiceFiscale('80078750588')).toMatchObject({ ok: false, error: { code: 'checksum' } });
  });
});
