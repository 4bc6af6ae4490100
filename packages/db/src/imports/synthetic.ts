import { MONT_BLANC_INNOVATION } from '@mbi/domain';
import { FILIERE_MAP, listNace, listNafSubclasses } from '@mbi/taxonomy';

/**
 * Synthetic files in every built-in format, for demonstrations, tests and benchmarks: realistic in shape and
 * proportions, reproducible from a seed, at any size (generated as a stream), and labelled synthetic in every
 * row (a last column `synthetic` and, for SIRENE, names starting with `SYNTHETIQUE`). No real company.
 */

export interface SynthesizeOptions {
  readonly rows: number;
  readonly seed?: number;
  /** Share of rows in the partners' territories (0–1; default 1). */
  readonly inTerritory?: number;
  /** The year of counts and populations (default 2023). */
  readonly year?: number;
  /** Share of rows made invalid on purpose (a bad identifier or an unknown activity code; default 0). */
  readonly bad?: number;
  /**
   * Every establishment named (its name marked synthetic) and none under restricted disclosure: for demo
   * data, where each row must say it is synthetic (default false: names and hidden rows as in real files).
   */
  readonly named?: boolean;
}

/** The formats {@link synthesize} writes. */
export const SYNTHETIC_FORMATS = [
  'sirene-establishments',
  'registro-imprese-local-units',
  'istat-asia-local-units',
  'bfs-statent',
  'istat-population',
  'bfs-population',
] as const;
export type SyntheticFormat = (typeof SYNTHETIC_FORMATS)[number];

/** The header of INSEE's establishment stock file (StockEtablissement), in its order. */
export const SIRENE_STOCK_COLUMNS = [
  'siren',
  'nic',
  'siret',
  'statutDiffusionEtablissement',
  'dateCreationEtablissement',
  'trancheEffectifsEtablissement',
  'anneeEffectifsEtablissement',
  'activitePrincipaleRegistreMetiersEtablissement',
  'dateDernierTraitementEtablissement',
  'etablissementSiege',
  'nombrePeriodesEtablissement',
  'complementAdresseEtablissement',
  'numeroVoieEtablissement',
  'indiceRepetitionEtablissement',
  'dernierNumeroVoieEtablissement',
  'indiceRepetitionDernierNumeroVoieEtablissement',
  'typeVoieEtablissement',
  'libelleVoieEtablissement',
  'codePostalEtablissement',
  'libelleCommuneEtablissement',
  'libelleCommuneEtrangerEtablissement',
  'distributionSpecialeEtablissement',
  'codeCommuneEtablissement',
  'codeCedexEtablissement',
  'libelleCedexEtablissement',
  'codePaysEtrangerEtablissement',
  'libellePaysEtrangerEtablissement',
  'identifiantAdresseEtablissement',
  'coordonneeLambertAbscisseEtablissement',
  'coordonneeLambertOrdonneeEtablissement',
  'complementAdresse2Etablissement',
  'numeroVoie2Etablissement',
  'indiceRepetition2Etablissement',
  'typeVoie2Etablissement',
  'libelleVoie2Etablissement',
  'codePostal2Etablissement',
  'libelleCommune2Etablissement',
  'libelleCommuneEtranger2Etablissement',
  'distributionSpeciale2Etablissement',
  'codeCommune2Etablissement',
  'codeCedex2Etablissement',
  'libelleCedex2Etablissement',
  'codePaysEtranger2Etablissement',
  'libellePaysEtranger2Etablissement',
  'dateDebut',
  'etatAdministratifEtablissement',
  'enseigne1Etablissement',
  'enseigne2Etablissement',
  'enseigne3Etablissement',
  'denominationUsuelleEtablissement',
  'activitePrincipaleEtablissement',
  'nomenclatureActivitePrincipaleEtablissement',
  'caractereEmployeurEtablissement',
] as const;

/** A small, fast, seeded generator (mulberry32). */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The Luhn digit completing a digit string (SIREN, SIRET, partita IVA). */
function luhn(payload: string): string {
  let sum = 0;
  for (let fromRight = 0; fromRight < payload.length; fromRight += 1) {
    const digit = payload.charCodeAt(payload.length - 1 - fromRight) - 48;
    const weighted = fromRight % 2 === 0 ? digit * 2 : digit;
    sum += weighted > 9 ? weighted - 9 : weighted;
  }
  return String((10 - (sum % 10)) % 10);
}

const UNITS = MONT_BLANC_INNOVATION.territoryUnits;
const codesOf = (country: string) =>
  UNITS.filter((unit) => unit.country === country).map((unit) => unit.code);

/** Activity codes drawn from: a third from the filière map, the rest from the whole nomenclature. */
function activityPool(): { nafByClass: Map<string, string[]>; nace: string[]; filiereNace: string[] } {
  const nafByClass = new Map<string, string[]>();
  for (const subclass of listNafSubclasses()) {
    nafByClass.set(subclass.naceClass, [...(nafByClass.get(subclass.naceClass) ?? []), subclass.code]);
  }
  const nace = listNace()
    .filter((node) => node.level === 'class')
    .map((node) => node.code);
  const filiereNace = [...new Set(FILIERE_MAP.map((entry) => entry.naceClass))];
  return { nafByClass, nace, filiereNace };
}

const SIZE_WEIGHTS: ReadonlyArray<readonly [string, number]> = [
  ['NN', 30],
  ['', 10],
  ['00', 12],
  ['01', 18],
  ['02', 10],
  ['03', 7],
  ['11', 5],
  ['12', 4],
  ['21', 2],
  ['22', 1],
  ['31', 0.5],
  ['32', 0.3],
  ['41', 0.1],
  ['42', 0.05],
  ['51', 0.02],
];

function weighted(next: () => number, weights: ReadonlyArray<readonly [string, number]>): string {
  const total = weights.reduce((sum, [, weight]) => sum + weight, 0);
  let pick = next() * total;
  for (const [value, weight] of weights) {
    pick -= weight;
    if (pick <= 0) return value;
  }
  return weights[0]?.[0] ?? '';
}

const pad = (value: number, width: number) => String(value).padStart(width, '0');

function dateBetween(next: () => number, fromYear: number, toYear: number): string {
  const year = fromYear + Math.floor(next() * (toYear - fromYear + 1));
  return `${year}-${pad(1 + Math.floor(next() * 12), 2)}-${pad(1 + Math.floor(next() * 28), 2)}`;
}

function csvCell(value: string, delimiter: string): string {
  return value.includes(delimiter) || value.includes('"') ? `"${value.replaceAll('"', '""')}"` : value;
}

/**
 * A synthetic file of a built-in format, as chunks of CSV text (about 1 MB each).
 *
 * @example
 * for await (const chunk of synthesize('sirene-establishments', { rows: 1000, seed: 1, inTerritory: 0.01 })) {
 *   process.stdout.write(chunk);
 * }
 */
export async function* synthesize(
  format: SyntheticFormat,
  options: SynthesizeOptions,
): AsyncGenerator<string> {
  const next = random(options.seed ?? 1);
  const share = options.inTerritory ?? 1;
  const bad = options.bad ?? 0;
  const year = options.year ?? 2023;
  const pool = activityPool();
  const pickFrom = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  let buffer = '';
  const emit = function* (line: string) {
    buffer += line;
    if (buffer.length >= 1_000_000) {
      yield buffer;
      buffer = '';
    }
  };
  const fr = codesOf('FR');
  const frSet = new Set(fr);
  const it = codesOf('IT');
  const ch = codesOf('CH');
  const chSet = new Set(ch);
  const outsideFr = () => {
    for (;;) {
      const code = `${pad(1 + Math.floor(next() * 95), 2)}${pad(1 + Math.floor(next() * 700), 3)}`;
      // Not Haute-Savoie (74: its former codes lead into the partners' communes) nor Corsica (2A/2B).
      if (!frSet.has(code) && !code.startsWith('20') && !code.startsWith('74')) return code;
    }
  };
  const outsideIt = () =>
    `${pad(1 + Math.floor(next() * 110), 3).replace(/^007$/, '008')}${pad(1 + Math.floor(next() * 300), 3)}`;
  const outsideCh = () => {
    for (;;) {
      // Not Valais (6000–6999: its former numbers lead into today's municipalities).
      const code = String(1 + Math.floor(next() * 6999));
      if (!chSet.has(code) && !code.startsWith('6')) return code;
    }
  };
  const inside = () => next() < share;

  switch (format) {
    case 'sirene-establishments': {
      yield* emit(`${[...SIRENE_STOCK_COLUMNS, 'synthetic'].join(',')}\n`);
      for (let index = 0; index < options.rows; index += 1) {
        const sirenPayload = pad(10_000_000 + (index % 89_000_000), 8);
        const siren = `${sirenPayload}${luhn(sirenPayload)}`;
        const nic = `${pad(1 + Math.floor(index / 89_000_000), 4)}`;
        const payload = `${siren}${nic}`;
        let siret = `${payload}${luhn(payload)}`;
        const broken = bad > 0 && next() < bad;
        if (broken) siret = `${payload}${(Number(luhn(payload)) + 1) % 10}`;
        const commune = inside() ? pickFrom(fr) : outsideFr();
        const filiere = next() < 0.3;
        const nace = filiere ? pickFrom(pool.filiereNace) : pickFrom(pool.nace);
        const nafCandidates = pool.nafByClass.get(nace) ?? [];
        const naf = nafCandidates.length > 0 ? pickFrom(nafCandidates) : `${nace}Z`;
        const hidden = next() < 0.03 && options.named !== true;
        const closed = next() < 0.2;
        const created = dateBetween(next, 1975, 2023);
        const ended = closed ? dateBetween(next, Math.max(Number(created.slice(0, 4)), 1990), 2024) : created;
        // biome-ignore lint/complexity/useMathMinMax: ISO dates are strings, Math.max would give NaN
        const periodStart = ended < created ? created : ended;
        const band = weighted(next, SIZE_WEIGHTS);
        const name = hidden ? '[ND]' : `SYNTHETIQUE ${pad(index, 8)}`;
        const cells: Record<string, string> = {
          siren,
          nic: siret.slice(9),
          siret,
          statutDiffusionEtablissement: hidden ? 'P' : 'O',
          dateCreationEtablissement: created,
          trancheEffectifsEtablissement: band,
          anneeEffectifsEtablissement: band === '' || band === 'NN' ? '' : '2022',
          dateDernierTraitementEtablissement: '2024-01-15T10:00:00',
          etablissementSiege: next() < 0.7 ? 'true' : 'false',
          nombrePeriodesEtablissement: closed ? '2' : '1',
          numeroVoieEtablissement: hidden ? '[ND]' : String(1 + Math.floor(next() * 120)),
          typeVoieEtablissement: hidden ? '[ND]' : 'RTE',
          libelleVoieEtablissement: hidden ? '[ND]' : 'DES DONNEES SYNTHETIQUES',
          codePostalEtablissement: hidden
            ? '[ND]'
            : `${commune.slice(0, 2)}${pad(Math.floor(next() * 999), 3)}`,
          libelleCommuneEtablissement: 'COMMUNE SYNTHETIQUE',
          codeCommuneEtablissement: commune,
          dateDebut: periodStart,
          etatAdministratifEtablissement: closed ? 'F' : 'A',
          enseigne1Etablissement: next() < 0.5 || options.named === true ? name : '',
          denominationUsuelleEtablissement: next() < 0.3 ? name : '',
          activitePrincipaleEtablissement: broken && next() < 0.5 ? '99.99Z' : naf,
          nomenclatureActivitePrincipaleEtablissement: 'NAFRev2',
          caractereEmployeurEtablissement: band === 'NN' || band === '' ? 'N' : 'O',
        };
        const line = SIRENE_STOCK_COLUMNS.map((column) => csvCell(cells[column] ?? '', ',')).join(',');
        yield* emit(`${line},SYNTHETIC\n`);
      }
      break;
    }
    case 'registro-imprese-local-units': {
      const header = [
        'CODICE FISCALE',
        'DENOMINAZIONE',
        'INSEGNA',
        'CODICE ISTAT COMUNE',
        'CODICE ATECO',
        'CLASSIFICAZIONE ATECO',
        'ADDETTI',
        'STATO ATTIVITA',
        'DATA APERTURA',
        'DATA CESSAZIONE',
        'synthetic',
      ];
      yield* emit(`${header.join(';')}\n`);
      for (let index = 0; index < options.rows; index += 1) {
        const payload = `${pad(1_000_000 + (index % 8_999_999), 7)}007`;
        let piva = `${payload}${luhn(payload)}`;
        if (bad > 0 && next() < bad) piva = `${payload}${(Number(luhn(payload)) + 1) % 10}`;
        const comune = inside() ? pickFrom(it) : outsideIt();
        const nace = next() < 0.3 ? pickFrom(pool.filiereNace) : pickFrom(pool.nace);
        const closed = next() < 0.15;
        const opened = dateBetween(next, 1980, 2023);
        const ended = closed ? dateBetween(next, Math.max(Number(opened.slice(0, 4)) + 1, 1990), 2024) : '';
        const dmy = (iso: string) =>
          iso === '' ? '' : `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
        const cells = [
          piva,
          `SOCIETA SINTETICA ${pad(index, 7)} SRL`,
          next() < 0.4 ? `Insegna sintetica ${index}` : '',
          comune,
          `${nace}.${pad(Math.floor(next() * 3), 2)}`,
          '2007',
          String(Math.floor(next() ** 3 * 60)),
          closed ? 'CESSATA' : 'ATTIVA',
          dmy(opened),
          dmy(ended),
          'SYNTHETIC',
        ];
        yield* emit(`${cells.map((cell) => csvCell(cell, ';')).join(';')}\n`);
      }
      break;
    }
    case 'istat-asia-local-units':
    case 'bfs-statent': {
      const italian = format === 'istat-asia-local-units';
      const header = italian
        ? ['CODICE COMUNE', 'ATECO 2007', 'ANNO', 'UNITA LOCALI', 'ADDETTI', 'synthetic']
        : ['GDENR', 'NOGA', 'JAHR', 'ARBST', 'BESCH', 'VZAE', 'synthetic'];
      yield* emit(`${header.join(';')}\n`);
      const seen = new Set<string>();
      for (let index = 0; index < options.rows; index += 1) {
        const unit = inside() ? pickFrom(italian ? it : ch) : italian ? outsideIt() : outsideCh();
        const nace = next() < 0.4 ? pickFrom(pool.filiereNace) : pickFrom(pool.nace);
        const code = italian ? `${nace}.00` : `${nace.replace('.', '')}00`;
        const key = `${unit}|${code}`;
        if (seen.has(key) && seen.size < 5_000_000) {
          index -= 1;
          if (seen.size > options.rows * 4) break;
          continue;
        }
        if (seen.size < 5_000_000) seen.add(key);
        const places = 1 + Math.floor(next() ** 2 * 40);
        const persons = places + Math.floor(next() * places * 6);
        const suppress = places < 3 && next() < 0.5;
        const cell = (value: string) => (suppress ? (italian ? '..' : 'X') : value);
        const cells = italian
          ? [unit, code, String(year), cell(String(places)), cell(String(persons)), 'SYNTHETIC']
          : [
              unit,
              code,
              String(year),
              cell(String(places)),
              cell(String(persons)),
              cell((persons * 0.8).toFixed(1)),
              'SYNTHETIC',
            ];
        yield* emit(`${cells.join(';')}\n`);
      }
      break;
    }
    case 'istat-population':
    case 'bfs-population': {
      const italian = format === 'istat-population';
      yield* emit(
        `${(italian ? ['CODICE COMUNE', 'ANNO', 'POPOLAZIONE'] : ['GDENR', 'JAHR', 'BEVOELKERUNG']).join(';')};synthetic\n`,
      );
      const units = italian ? it : ch;
      for (let index = 0; index < options.rows; index += 1) {
        const unit =
          index < units.length && inside() ? (units[index] as string) : italian ? outsideIt() : outsideCh();
        yield* emit(`${unit};${year};${100 + Math.floor(next() ** 3 * 30_000)};SYNTHETIC\n`);
      }
      break;
    }
  }
  if (buffer.length > 0) yield buffer;
}
