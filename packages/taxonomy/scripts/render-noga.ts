/**
 * Pure part of the NOGA 2008 title generator: reads `data/noga2008-titles.csv` (BFS NOGA 2008 titles in German,
 * English, French and Italian) and renders the text of `src/internal/generated/noga2008-titles.ts`. Kept free of
 * `node:*` so the drift test can run it on the committed CSV and compare its output with the committed module.
 */

/** NACE Rev.2 levels, as the CSV's `level` column names them. */
export type NogaLevel = 'section' | 'division' | 'group' | 'class';

/** One node of the CSV, with its code in NACE notation and its titles cleaned (see `cleanTitle`). */
export interface NogaRow {
  readonly level: NogaLevel;
  /** `F`, `43`, `43.2`, `43.29` (the CSV writes `F`, `43`, `432`, `4329`). */
  readonly code: string;
  readonly de: string;
  readonly en: string;
  readonly fr: string;
  readonly it: string;
}

/** Counts of NACE Rev.2 (Regulation (EC) No 1893/2006, Annex I), which NOGA 2008 follows down to the class. */
export const NACE_REV2_COUNTS: Readonly<Record<NogaLevel, number>> = {
  section: 21,
  division: 88,
  group: 272,
  class: 615,
};

const HEADER = ['level', 'code', 'de', 'en', 'fr', 'it'] as const;

const CODE_SHAPES: Readonly<Record<NogaLevel, RegExp>> = {
  section: /^[A-U]$/,
  division: /^\d{2}$/,
  group: /^\d{3}$/,
  class: /^\d{4}$/,
};

/**
 * German section titles in normal German case. The BFS prints section titles in capitals, and German nouns keep
 * their capital in sentence case, which no rule can restore: this table gives the case, and `renderNogaModule`
 * checks that each entry, put back in capitals, is exactly the BFS title, so it cannot change a letter.
 * Section G is kept as published ("Motorfahrzeuge").
 */
export const GERMAN_SECTION_TITLES: Readonly<Record<string, string>> = {
  A: 'Land- und Forstwirtschaft, Fischerei',
  B: 'Bergbau und Gewinnung von Steinen und Erden',
  C: 'Verarbeitendes Gewerbe/Herstellung von Waren',
  D: 'Energieversorgung',
  E: 'Wasserversorgung; Abwasser- und Abfallentsorgung und Beseitigung von Umweltverschmutzungen',
  F: 'Baugewerbe/Bau',
  G: 'Handel; Instandhaltung und Reparatur von Motorfahrzeuge',
  H: 'Verkehr und Lagerei',
  I: 'Gastgewerbe/Beherbergung und Gastronomie',
  J: 'Information und Kommunikation',
  K: 'Erbringung von Finanz- und Versicherungsdienstleistungen',
  L: 'Grundstücks- und Wohnungswesen',
  M: 'Erbringung von freiberuflichen, wissenschaftlichen und technischen Dienstleistungen',
  N: 'Erbringung von sonstigen wirtschaftlichen Dienstleistungen',
  O: 'Öffentliche Verwaltung, Verteidigung; Sozialversicherung',
  P: 'Erziehung und Unterricht',
  Q: 'Gesundheits- und Sozialwesen',
  R: 'Kunst, Unterhaltung und Erholung',
  S: 'Erbringung von sonstigen Dienstleistungen',
  T: 'Private Haushalte mit Hauspersonal; Herstellung von Waren und Erbringung von Dienstleistungen durch private Haushalte für den Eigenbedarf ohne ausgeprägten Schwerpunkt',
  U: 'Exterritoriale Organisationen und Körperschaften',
};

/**
 * Splits CSV text (RFC 4180: `,` separators, `"` quoting with `""` for a quote, line breaks inside quoted
 * fields, LF or CRLF line ends) into rows of fields. Throws on a quote inside an unquoted field or an unclosed
 * quote: the generator must stop rather than read a damaged file.
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let fieldStarted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (quoted) {
      if (char !== '"') field += char;
      else if (text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else {
        quoted = false;
        const next = text[i + 1];
        if (next !== undefined && next !== ',' && next !== '\n' && next !== '\r') {
          throw new Error(`CSV: text after a closing quote at offset ${i}`);
        }
      }
    } else if (char === '"') {
      if (fieldStarted) throw new Error(`CSV: quote inside an unquoted field at offset ${i}`);
      quoted = true;
      fieldStarted = true;
    } else if (char === ',') {
      row.push(field);
      field = '';
      fieldStarted = false;
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i += 1;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      fieldStarted = false;
    } else {
      field += char;
      fieldStarted = true;
    }
  }
  if (quoted) throw new Error('CSV: unclosed quote at end of text');
  if (fieldStarted || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/**
 * A title as the package gives it: every run of white space (the line breaks inside two Italian titles, the
 * no-break spaces before "n.c.a." and "u. Ä.") becomes one ordinary space, and the ends are trimmed.
 */
export function cleanTitle(title: string): string {
  return title.replace(/\s+/gu, ' ').trim();
}

/** `ATTIVITÀ ESTRATTIVA` → `Attività estrattiva`: the first letter stays a capital, the rest is lower case. */
export function sentenceCase(title: string, locale: string): string {
  return title.charAt(0).toLocaleUpperCase(locale) + title.slice(1).toLocaleLowerCase(locale);
}

function toNaceCode(level: NogaLevel, code: string): string {
  return level === 'group' || level === 'class' ? `${code.slice(0, 2)}.${code.slice(2)}` : code;
}

function isLevel(value: string): value is NogaLevel {
  return value === 'section' || value === 'division' || value === 'group' || value === 'class';
}

function germanSection(code: string, official: string): string {
  const cased = GERMAN_SECTION_TITLES[code];
  if (cased === undefined) throw new Error(`NOGA: no German case for section ${code}`);
  if (cased.toLocaleUpperCase('de-CH') !== official) {
    throw new Error(`NOGA: German case of section ${code} does not match ${JSON.stringify(official)}`);
  }
  return cased;
}

/**
 * Reads and checks the CSV: header `level,code,de,en,fr,it`, a known level and code shape on every row, no
 * empty title, no code twice, and the NACE Rev.2 counts per level. Section titles (capitals in the source) are
 * given in sentence case; see `GERMAN_SECTION_TITLES` for German.
 */
export function readNogaTitles(csv: string): readonly NogaRow[] {
  const [header, ...records] = parseCsv(csv);
  if (header?.join(',') !== HEADER.join(',')) {
    throw new Error(`NOGA: expected the header ${HEADER.join(',')}, found ${header?.join(',')}`);
  }
  const seen = new Set<string>();
  const counts: Record<NogaLevel, number> = { section: 0, division: 0, group: 0, class: 0 };
  const rows = records.map((record, index): NogaRow => {
    const [level, rawCode, ...titles] = record;
    if (record.length !== HEADER.length || level === undefined || rawCode === undefined) {
      throw new Error(`NOGA: row ${index + 2} has ${record.length} fields`);
    }
    if (!isLevel(level)) throw new Error(`NOGA: row ${index + 2} has an unknown level ${level}`);
    if (!CODE_SHAPES[level].test(rawCode)) throw new Error(`NOGA: ${level} code ${rawCode} is malformed`);
    const code = toNaceCode(level, rawCode);
    if (seen.has(code)) throw new Error(`NOGA: code ${code} appears twice`);
    seen.add(code);
    counts[level] += 1;
    const [de, en, fr, it] = titles.map(cleanTitle);
    if (!de || !en || !fr || !it) throw new Error(`NOGA: ${code} lacks a title`);
    if (level !== 'section') return { level, code, de, en, fr, it };
    return {
      level,
      code,
      de: germanSection(code, de),
      en: sentenceCase(en, 'en'),
      fr: sentenceCase(fr, 'fr'),
      it: sentenceCase(it, 'it'),
    };
  });
  for (const level of Object.keys(NACE_REV2_COUNTS) as NogaLevel[]) {
    if (counts[level] !== NACE_REV2_COUNTS[level]) {
      throw new Error(`NOGA: ${counts[level]} ${level} rows, NACE Rev.2 has ${NACE_REV2_COUNTS[level]}`);
    }
  }
  return rows;
}

/**
 * Renders the generated module (`src/internal/generated/noga2008-titles.ts`) from the CSV text. French titles
 * are not written: the package takes French from INSEE's NAF rév. 2, and the tests compare the two.
 */
export function renderNogaModule(csv: string): string {
  const rows = readNogaTitles(csv);
  const lines = rows.map(
    (r) => `  [${[r.code, r.it, r.de, r.en].map((value) => JSON.stringify(value)).join(', ')}],`,
  );
  return [
    '// Generated by scripts/generate-nace.ts (`pnpm run generate`) from data/noga2008-titles.csv. Do not edit by hand.',
    '// Source: Swiss Federal Statistical Office (BFS), NOGA 2008 titles, as published on the I14Y interoperability',
    '// platform (label sets DV_NOGA_{SECTION,DIVISION,GROUP,CLASS} of the repository I14Y-ch/iSurvey, MIT).',
    '// BFS open data: free use, citing the source. NOGA 2008 = NACE Rev.2 down to the class.',
    '// Section titles, printed in capitals by the BFS, are in sentence case (German nouns keep their capital);',
    '// runs of white space (line breaks, no-break spaces) are single spaces.',
    '',
    `/** The ${rows.length} NACE Rev.2 codes (sections, divisions, groups, classes) with their NOGA 2008 titles: [code, Italian, German, English]. */`,
    'export const NOGA_TITLES: readonly (readonly [code: string, it: string, de: string, en: string])[] = [',
    ...lines,
    '];',
    '',
  ].join('\n');
}
