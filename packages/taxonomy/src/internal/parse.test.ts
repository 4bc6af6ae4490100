import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { listNace, listNafSubclasses } from './nace.ts';
import { ACTIVITY_SCHEMES, ACTIVITY_SCHEMES_2025, parseActivityCode } from './parse.ts';

function parsed(input: string, scheme?: Parameters<typeof parseActivityCode>[1]) {
  const result = parseActivityCode(input, scheme);
  if (!result.ok) throw new Error(`${input}: ${result.error.code}`);
  return result.value;
}

function errorCode(input: string, scheme?: Parameters<typeof parseActivityCode>[1]) {
  const result = parseActivityCode(input, scheme);
  return result.ok ? 'ok' : result.error.code;
}

describe('parseActivityCode: national notations', () => {
  it.each([
    ['43.31Z', undefined, 'naf', '43.31Z'],
    ['4331Z', undefined, 'naf', '43.31Z'],
    ['43.31z', undefined, 'naf', '43.31Z'],
    [' 43.31Z ', undefined, 'naf', '43.31Z'],
    ['43.31.00', undefined, 'ateco', '43.31.00'],
    ['43.31.0', undefined, 'ateco', '43.31.0'],
    ['433100', 'ateco', 'ateco', '43.31.00'],
    ['433100', 'noga', 'noga', '433100'],
    ['43.31.00', 'noga', 'noga', '433100'],
    ['433100', undefined, 'ateco-or-noga', '433100'],
    ['43.31', undefined, 'nace', '43.31'],
    ['4331', undefined, 'nace', '43.31'],
    ['4331', 'noga', 'noga', '4331'],
    ['43.31', 'naf', 'naf', '43.31'],
  ] as const)('reads %j (scheme %s) as %s %s, class 43.31', (input, scheme, expectedScheme, nationalCode) => {
    const value = parsed(input, scheme);
    expect(value.scheme).toBe(expectedScheme);
    expect(value.nationalCode).toBe(nationalCode);
    expect(value.naceClass).toBe('43.31');
    expect(value.input).toBe(input);
    expect(value.revision).toBe('2');
  });

  it('keeps the national sub-class apart from the class', () => {
    expect(parsed('49.39C')).toMatchObject({
      level: 'subclass',
      naceClass: '49.39',
      nationalSubclass: '49.39C',
    });
    expect(parsed('43.31')).toMatchObject({ level: 'class', naceClass: '43.31' });
    expect(parsed('43.31').nationalSubclass).toBeUndefined();
  });

  it('reads the upper NACE levels', () => {
    expect(parsed('43.3')).toMatchObject({ level: 'group', naceCode: '43.3' });
    expect(parsed('43')).toMatchObject({ level: 'division', naceCode: '43' });
    expect(parsed('f')).toMatchObject({ level: 'section', naceCode: 'F' });
    expect(parsed('43.3').naceClass).toBeUndefined();
  });

  it('accepts any ATECO/NOGA digits 5-6 under a NACE class (they are not validated)', () => {
    expect(parsed('43.31.99', 'ateco').naceClass).toBe('43.31');
    expect(parsed('433199', 'noga').naceClass).toBe('43.31');
  });
});

describe('parseActivityCode: errors', () => {
  it.each([
    ['hello', 'not-a-code'],
    ['', 'not-a-code'],
    ['   ', 'not-a-code'],
    ['4', 'malformed'],
    ['433', 'malformed'],
    ['43.3.1', 'malformed'],
    ['43.31ZZ', 'malformed'],
    ['43..31', 'malformed'],
    ['4331000', 'malformed'],
    ['43.35', 'unknown-code'],
    ['00', 'unknown-code'],
    ['V', 'unknown-code'],
    ['43.35Z', 'unknown-code'],
    ['43.35.00', 'unknown-code'],
    ['43.31A', 'unknown-subclass'],
    ['49.39D', 'unknown-subclass'],
  ])('rejects %j with %s', (input, code) => {
    expect(errorCode(input)).toBe(code);
  });

  it.each([
    ['43.31.00', 'naf'],
    ['433100', 'naf'],
    ['43.31Z', 'ateco'],
    ['43.31Z', 'noga'],
    ['43.31Z', 'nace'],
    ['43.31.00', 'nace'],
    ['433100', 'nace'],
    ['43.31.0', 'noga'],
  ] as const)('rejects %j as a %s code: scheme-mismatch', (input, scheme) => {
    expect(errorCode(input, scheme)).toBe('scheme-mismatch');
  });

  it('rejects an unknown scheme given at run time', () => {
    expect(errorCode('43.31', 'isic' as never)).toBe('unknown-scheme');
  });

  it('never throws, whatever the string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (input) => {
        const result = parseActivityCode(input);
        expect(typeof result.ok).toBe('boolean');
      }),
      { numRuns: 2000 },
    );
  });

  it('never throws on code-like strings, in any scheme', () => {
    const codeLike = fc.string({ unit: fc.constantFrom(...'0123456789.ZzAa C'), maxLength: 10 });
    const scheme = fc.constantFrom(undefined, ...ACTIVITY_SCHEMES, ...ACTIVITY_SCHEMES_2025);
    fc.assert(
      fc.property(codeLike, scheme, (input, s) => {
        expect(typeof parseActivityCode(input, s).ok).toBe('boolean');
      }),
      { numRuns: 3000 },
    );
  });
});

describe('parseActivityCode: round trip', () => {
  const classes = listNace('class').map((c) => c.code);
  const nafByClass = new Map<string, string[]>();
  for (const s of listNafSubclasses())
    nafByClass.set(s.naceClass, [...(nafByClass.get(s.naceClass) ?? []), s.code]);

  const styles = {
    nace: (c: string) => [
      [c, undefined],
      [c.replace('.', ''), 'nace'],
    ],
    naf: (c: string) =>
      (nafByClass.get(c) ?? []).flatMap((s) => [
        [s, undefined],
        [s.toLowerCase(), 'naf'],
      ]),
    ateco: (c: string) => [
      [`${c}.00`, undefined],
      [`${c}.0`, 'ateco'],
      [`${c.replace('.', '')}00`, 'ateco'],
    ],
    noga: (c: string) => [
      [`${c.replace('.', '')}00`, 'noga'],
      [`${c.replace('.', '')}00`, undefined],
    ],
  } as const;

  it('parses every NACE class, written in every national style, back to itself', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...classes),
        fc.constantFrom('nace', 'naf', 'ateco', 'noga' as const),
        (c, style) => {
          for (const [input, scheme] of styles[style](c) as [
            string,
            'nace' | 'naf' | 'ateco' | 'noga' | undefined,
          ][]) {
            expect(parsed(input, scheme).naceClass).toBe(c);
          }
        },
      ),
      { numRuns: 1500 },
    );
  });

  it('gives every NACE class at least one NAF sub-class', () => {
    for (const c of classes) expect(nafByClass.get(c)?.length ?? 0, c).toBeGreaterThan(0);
  });
});

describe('parseActivityCode: 2025 schemes', () => {
  it('reads NACE Rev.2.1 codes, including classes that Rev.2 does not have', () => {
    // NACE Rev.2.1 (Delegated Regulation (EU) 2023/137): 43.35 Other building completion and finishing.
    expect(parsed('43.35', 'nace2025')).toMatchObject({
      revision: '2.1',
      naceClass: '43.35',
      scheme: 'nace2025',
    });
    expect(parsed('47.63.00', 'ateco2025')).toMatchObject({ naceClass: '47.63', nationalCode: '47.63.00' });
    expect(parsed('476300', 'noga2025')).toMatchObject({ naceClass: '47.63', nationalCode: '476300' });
    expect(parsed('47.63Z', 'naf2025')).toMatchObject({ naceClass: '47.63', nationalSubclass: '47.63Z' });
    expect(parsed('V', 'nace2025').level).toBe('section');
  });

  it('is never inferred: a code without scheme is read as Rev.2', () => {
    expect(parsed('47.63').revision).toBe('2');
  });

  it('still checks the shape and the scheme', () => {
    expect(errorCode('W', 'nace2025')).toBe('unknown-code');
    expect(errorCode('47.63.00', 'naf2025')).toBe('scheme-mismatch');
    expect(errorCode('4', 'nace2025')).toBe('malformed');
  });
});
