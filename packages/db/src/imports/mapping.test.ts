import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { BUILT_IN_FORMATS, ImportFormatSchema, importFormat } from './formats';
import { compileMapper, formatColumns, readCount, readDate, sizeBandOfHeadcount } from './mapping';

const territories = new Map([
  ['74056', { code: '74056', partnerId: 'cc-vallee-chamonix' }],
  ['6037', { code: '6037', partnerId: 'cimark' }],
  ['6031', { code: '6037', partnerId: 'cimark' }],
  ['007003', { code: '007003', partnerId: 'chambre-valdotaine' }],
]);

describe('declared formats', () => {
  test('every built-in format is valid data of the format schema', () => {
    for (const format of BUILT_IN_FORMATS) expect(ImportFormatSchema.safeParse(format).success).toBe(true);
  });

  test('a variant is refused with the path of its mistake', () => {
    const result = ImportFormatSchema.safeParse({ ...BUILT_IN_FORMATS[0], columns: { identifier: 'siret' } });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toContain('columns.name');
  });
});

describe('values', () => {
  test('INSEE size bands of a head count (SIRENE documentation, trancheEffectifsEtablissement)', () => {
    expect(
      [
        0, 1, 2, 3, 5, 6, 9, 10, 19, 20, 49, 50, 99, 100, 199, 200, 249, 250, 499, 500, 999, 1000, 1999, 2000,
        4999, 5000, 9999, 10000,
      ].map(sizeBandOfHeadcount),
    ).toEqual([
      '00',
      '01',
      '01',
      '02',
      '02',
      '03',
      '03',
      '11',
      '11',
      '12',
      '12',
      '21',
      '21',
      '22',
      '22',
      '31',
      '31',
      '32',
      '32',
      '41',
      '41',
      '42',
      '42',
      '51',
      '51',
      '52',
      '52',
      '53',
    ]);
  });

  test('dates in the declared formats, real days only', () => {
    expect(readDate('2024-02-29', 'iso')).toBe('2024-02-29');
    expect(readDate('2023-02-29', 'iso')).toBeNull();
    expect(readDate('01/03/2024', 'dmy')).toBe('2024-03-01');
    expect(readDate('20240301', 'ymd')).toBe('2024-03-01');
    expect(readDate('0000-01-01', 'iso')).toBeNull();
    expect(readDate('2024-1-1', 'iso')).toBeNull();
  });

  test('counts with thousands separators and the declared decimal mark', () => {
    expect(readCount('1 234', '.')).toBe('1234');
    expect(readCount("1'234.5", '.')).toBe('1234.5');
    expect(readCount('1.234,5', ',')).toBe('1234.5');
    expect(readCount('-3', '.')).toBeNull();
    expect(readCount('x', '.')).toBeNull();
  });
});

describe('row mapping never throws and names the row and the column of every reject', () => {
  for (const format of BUILT_IN_FORMATS) {
    test(format.id, () => {
      const parsed = importFormat(format.id);
      if (parsed === undefined) throw new Error(format.id);
      const header = [...new Set(formatColumns(parsed))];
      const compiled = compileMapper(parsed, header, { territories });
      if (!compiled.ok) throw new Error('header');
      const codes = fc.constantFrom('74056', '6031', '6037', '7003', '007003', '75056', '', '[ND]');
      const cell = fc.oneof(
        fc.string(),
        fc.string({ unit: 'binary' }),
        fc.constantFrom(
          'A',
          'F',
          'NAFRev2',
          'NAFRev1',
          '32.30Z',
          '433100',
          '43.31.00',
          '2024-01-01',
          '01/01/2024',
          'X',
          '..',
          '12',
          '[ND]',
          '35600000000048',
          '00368440079',
        ),
      );
      const record = fc.array(fc.oneof(cell, codes), { minLength: 0, maxLength: header.length + 2 });
      fc.assert(
        fc.property(record, fc.integer({ min: 2, max: 1e9 }), (cells, row) => {
          const result = compiled.value.map(cells, row);
          if (result.kind === 'reject') {
            expect(result.issues.length).toBeGreaterThan(0);
            for (const issue of result.issues) {
              expect(issue.row).toBe(row);
              expect(issue.column === '' || header.includes(issue.column)).toBe(true);
              expect(issue.message.length).toBeGreaterThan(0);
            }
          }
        }),
        { numRuns: 400 },
      );
    });
  }

  test('a header without the declared columns names them', () => {
    const sirene = importFormat('sirene-establishments');
    if (sirene === undefined) throw new Error('sirene');
    const compiled = compileMapper(sirene, ['siret', 'codeCommuneEtablissement'], { territories });
    expect(compiled.ok).toBe(false);
    if (!compiled.ok) expect(compiled.error.columns).toContain('etatAdministratifEtablissement');
  });
});
