import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanTitle, GERMAN_SECTION_TITLES, parseCsv, readNogaTitles, sentenceCase } from './render-noga.ts';

function toCsv(rows: readonly (readonly string[])[]): string {
  const quote = (field: string) => (/[",\r\n]/.test(field) ? `"${field.replaceAll('"', '""')}"` : field);
  return rows.map((row) => row.map(quote).join(',')).join('\n');
}

const HEADER = 'level,code,de,en,fr,it';

describe('parseCsv', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks (RFC 4180)', () => {
    expect(parseCsv('a,"b, c","say ""hi""","x\ny"\r\n1,2,3,4\n')).toEqual([
      ['a', 'b, c', 'say "hi"', 'x\ny'],
      ['1', '2', '3', '4'],
    ]);
  });

  it('gives back the rows it is given, for any fields', () => {
    const field = fc.string({ unit: fc.constantFrom('a', 'É', ' ', ',', '"', '\n', '\r\n', ';') });
    const rows = fc.array(fc.array(field, { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 5 });
    fc.assert(
      fc.property(rows, (input) => {
        // A row of one empty field is a blank line, which CSV cannot tell from no row: keep two fields or more.
        expect(parseCsv(toCsv(input))).toEqual(input);
      }),
    );
  });

  it('stops on a damaged file rather than guess', () => {
    expect(() => parseCsv('a,"open\n')).toThrow(/unclosed quote/);
    expect(() => parseCsv('a,b"c\n')).toThrow(/quote inside/);
    expect(() => parseCsv('a,"b"c\n')).toThrow(/after a closing quote/);
  });
});

describe('title cleaning', () => {
  it('turns line breaks and no-break spaces into one space', () => {
    expect(cleanTitle(' in esercizi\nspecializzati ')).toBe('in esercizi specializzati');
    expect(cleanTitle('Eissalons u.\u00a0Ä.')).toBe('Eissalons u. Ä.');
  });

  it('puts titles printed in capitals in sentence case', () => {
    expect(sentenceCase('ATTIVITÀ ESTRATTIVA', 'it')).toBe('Attività estrattiva');
    expect(sentenceCase('ELECTRICITY, GAS, STEAM AND AIR-CONDITIONING SUPPLY', 'en')).toBe(
      'Electricity, gas, steam and air-conditioning supply',
    );
  });

  it('cases every German section title with the letters of the BFS title', () => {
    expect(Object.keys(GERMAN_SECTION_TITLES)).toHaveLength(21);
    // BFS NOGA 2008 section O, as printed: ÖFFENTLICHE VERWALTUNG, VERTEIDIGUNG; SOZIALVERSICHERUNG.
    expect(GERMAN_SECTION_TITLES.O?.toLocaleUpperCase('de-CH')).toBe(
      'ÖFFENTLICHE VERWALTUNG, VERTEIDIGUNG; SOZIALVERSICHERUNG',
    );
  });
});

describe('readNogaTitles', () => {
  it('refuses a file whose header, codes or counts are not those of NOGA 2008', () => {
    expect(() => readNogaTitles('level,code,de,en,it,fr\n')).toThrow(/header/);
    expect(() => readNogaTitles(`${HEADER}\nclass,433,a,b,c,d\n`)).toThrow(/malformed/);
    expect(() => readNogaTitles(`${HEADER}\nclass,4331,a,,c,d\n`)).toThrow(/lacks a title/);
    expect(() => readNogaTitles(`${HEADER}\nclass,4331,a,b,c,d\nclass,4331,a,b,c,d\n`)).toThrow(/twice/);
    expect(() => readNogaTitles(`${HEADER}\nsection,F,BAUGEWERBE,b,c,d\n`)).toThrow(/German case/);
    expect(() => readNogaTitles(`${HEADER}\nclass,4331,a,b,c,d\n`)).toThrow(
      /0 section rows, NACE Rev.2 has 21/,
    );
  });
});
