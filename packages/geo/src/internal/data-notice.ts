import type { CountryCode } from '@mbi/domain';

/** Where one country's boundaries come from, under which licence, and how to credit them. */
export interface BoundarySource {
  country: CountryCode;
  /** What the part holds. */
  units: string;
  /** Who produced the boundaries, and their page. */
  producer: { name: string; url: string };
  /** The public copy the generator read, and the file in it. */
  via: { name: string; url: string; file: string };
  licence: { name: string; url: string };
  /** The credit the licence asks for: show it wherever the boundaries are shown or passed on. */
  attribution: string;
  /** The state of the boundaries (the sources give no finer date). */
  dataState: string;
  /** What the licence asks beyond the credit, or `null`. */
  conditions: string | null;
}

/**
 * The sources of the boundaries, one per country, as DATA-NOTICE.md gives them. The boundaries are not under
 * the package's EUPL: each part keeps its source's licence, and this package's copy is simplified.
 *
 * @example
 * BOUNDARY_SOURCES.map((source) => `${source.country}: ${source.licence.name}`);
 * // ['FR: Licence Ouverte / Open Licence 2.0 (Etalab)', 'IT: CC BY 4.0', 'CH: BFS GEOSTAT terms of use (…)']
 */
export const BOUNDARY_SOURCES: readonly BoundarySource[] = [
  {
    country: 'FR',
    units: 'communes of Haute-Savoie (département 74): INSEE code and name',
    producer: { name: 'IGN — ADMIN EXPRESS', url: 'https://geoservices.ign.fr/adminexpress' },
    via: {
      name: 'gregoiredavid/france-geojson',
      url: 'https://github.com/gregoiredavid/france-geojson',
      file: 'departements/74-haute-savoie/communes-74-haute-savoie.geojson',
    },
    licence: {
      name: 'Licence Ouverte / Open Licence 2.0 (Etalab)',
      url: 'https://www.etalab.gouv.fr/licence-ouverte-open-licence/',
    },
    attribution: 'Communes: IGN – ADMIN EXPRESS (Licence Ouverte), via france-geojson, simplified',
    dataState:
      'before the mergers of 1 January 2019 (the file still has Entremont and Le Petit-Bornand-les-Glières)',
    conditions: null,
  },
  {
    country: 'IT',
    units: "comuni of Valle d'Aosta (ISTAT region 02): ISTAT code and name",
    producer: {
      name: 'ISTAT — Confini delle unità amministrative',
      url: 'https://www.istat.it/it/archivio/222527',
    },
    via: {
      name: 'openpolis/geojson-italy',
      url: 'https://github.com/openpolis/geojson-italy',
      file: 'geojson/limits_R_2_municipalities.geojson',
    },
    licence: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
    attribution: 'Comuni: © ISTAT, © Openpolis (geojson-italy), CC BY 4.0, simplified',
    dataState: 'January 2019 (the repository’s last update)',
    conditions:
      'CC BY 4.0: credit ISTAT and Openpolis, link the licence, and say that the boundaries were simplified',
  },
  {
    country: 'CH',
    units: 'municipalities of the canton of Valais (BFS canton 23): BFS number and name',
    producer: {
      name: 'Bundesamt für Statistik (BFS), GEOSTAT — generalised municipal boundaries',
      url: 'https://www.bfs.admin.ch/bfs/de/home/dienstleistungen/geostat/geodaten-bundesstatistik/administrative-grenzen/generalisierte-gemeindegrenzen.html',
    },
    via: {
      name: 'swiss-maps 4.7.0 (npm, Interactive Things)',
      url: 'https://github.com/interactivethings/swiss-maps',
      file: '2024/ch-combined.json, 2024/municipalities.dbf',
    },
    licence: {
      name: 'BFS GEOSTAT terms of use (non-commercial, with the source named, as swiss-maps states them)',
      url: 'https://github.com/interactivethings/swiss-maps#license',
    },
    attribution: 'Municipalities: Bundesamt für Statistik (BFS), GEOSTAT, via swiss-maps, simplified',
    dataState: '2024',
    conditions:
      'swiss-maps states that the geodata is published under a non-commercial licence and must be attributed ' +
      'to "Bundesamt für Statistik (BFS), GEOSTAT"; check the BFS’s current terms before any commercial use',
  },
];

/**
 * One line crediting every source, for a map's attribution control or under a figure.
 *
 * @example
 * BOUNDARY_ATTRIBUTION;
 * // 'Communes: IGN – ADMIN EXPRESS (Licence Ouverte), via france-geojson, simplified · Comuni: © ISTAT, …'
 */
export const BOUNDARY_ATTRIBUTION: string = BOUNDARY_SOURCES.map((source) => source.attribution).join(' · ');
