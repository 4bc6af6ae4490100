import { FILIERE_IDS, type FiliereId } from '@mbi/domain';
import {
  FILIERE_MAP,
  type FiliereMapEntry,
  type FiliereRationale,
  type FiliereWeight,
} from './filiere-map.ts';

/** How a NACE Rev.2 code moved into NACE Rev.2.1. */
export type Rev21Change = 'unchanged' | 'renumbered' | 'split' | 'merged';

/** Where one filière's part of a Rev.2 code goes in Rev.2.1, when it is not "all targets, same weight". */
export interface Rev21Carry {
  /** The Rev.2.1 classes that receive the filière's part. */
  readonly to: readonly string[];
  /** The Rev.2.1 weight, when it differs from the Rev.2 weight. */
  readonly weight?: FiliereWeight;
  /** Why, in English (as `rationales.en`). */
  readonly why: string;
  /** Why, in `fr`, `it`, `de` and `en`: the rationale of the Rev.2.1 entries this carry produces. */
  readonly rationales: FiliereRationale;
}

/** A carry whose rationale is given in the four languages; `why` is its English text. */
function carry(to: readonly string[], rationales: FiliereRationale, weight?: FiliereWeight): Rev21Carry {
  const why = rationales.en;
  return weight === undefined ? { to, why, rationales } : { to, weight, why, rationales };
}

export interface Rev21Row {
  /** A code of the filière map: NACE Rev.2 class, or national sub-class (`49.39C`, `43.29.02`). */
  readonly rev2: string;
  /** Every NACE Rev.2.1 class that receives part of it. */
  readonly rev21: readonly string[];
  readonly change: Rev21Change;
  /** Per filière, where it differs from the default: all of `rev21`, with the Rev.2 weight. */
  readonly carry?: Partial<Record<FiliereId, Rev21Carry>>;
  /**
   * `checked`: the destination class and its title were read in the named source. `inferred`: the split of
   * the Rev.2 content is this package's reading of the Rev.2.1 titles; verify against Eurostat's table.
   */
  readonly confidence: 'checked' | 'inferred';
  readonly source: string;
}

const STRUCTURE =
  'NACE Rev.2.1 structure and class titles (Commission Delegated Regulation (EU) 2023/137), as reproduced at four digits by Statistics Norway SN2025';
const SAME = `${STRUCTURE}: same code and scope of title`;

function same(rev2: string): Rev21Row {
  return { rev2, rev21: [rev2], change: 'unchanged', confidence: 'checked', source: SAME };
}

/**
 * NACE Rev.2 → Rev.2.1 for every code the filière map uses. Rows marked `inferred` need checking against the
 * Eurostat NACE Rev.2 – Rev.2.1 correspondence table before the map is used for official figures.
 *
 * @example
 * NACE_REV21_CORRESPONDENCE.find((r) => r.rev2 === '47.64')?.rev21; // ['47.63']
 */
export const NACE_REV21_CORRESPONDENCE: readonly Rev21Row[] = [
  same('01.28'),
  same('02.30'),
  same('10.83'),
  same('10.84'),
  same('10.86'),
  same('10.89'),
  {
    rev2: '13.92',
    rev21: ['13.92', '13.96'],
    change: 'split',
    confidence: 'inferred',
    source: `${STRUCTURE}: 13.92 retitled "household textiles and made-up furnishing articles"; NACE Rev.2 13.92 notes list tents and camping goods; their Rev.2.1 class (13.92 or 13.96 technical textiles) is not verified`,
  },
  same('13.94'),
  {
    rev2: '14.13',
    rev21: ['14.21', '14.10'],
    change: 'split',
    carry: {
      outdoor: carry(['14.21'], {
        fr: 'Les vêtements de dessus techniques relèvent de 14.21 (vêtements de dessus) ; les articles en maille vont en 14.10.',
        it: 'I capispalla tecnici rientrano in 14.21 (capispalla); i capi a maglia passano a 14.10.',
        de: 'Technische Oberbekleidung gehört zu 14.21 (Oberbekleidung); Strickwaren gehen in 14.10.',
        en: 'Technical outerwear is in 14.21 outerwear; knitted garments go to 14.10.',
      }),
    },
    confidence: 'inferred',
    source: `${STRUCTURE}: 14.21 "Manufacture of outerwear", 14.10 "knitted and crocheted apparel"`,
  },
  {
    rev2: '14.19',
    rev21: ['14.29', '14.10'],
    change: 'split',
    carry: {
      outdoor: carry(['14.29'], {
        fr: 'Combinaisons de ski, gants et couvre-chefs relèvent de 14.29 ; les articles en maille vont en 14.10.',
        it: 'Tute da sci, guanti e copricapi rientrano in 14.29; gli articoli a maglia passano a 14.10.',
        de: 'Skianzüge, Handschuhe und Kopfbedeckungen gehören zu 14.29; Strickwaren gehen in 14.10.',
        en: 'Ski suits, gloves and headwear are in 14.29; knitted items go to 14.10.',
      }),
    },
    confidence: 'inferred',
    source: `${STRUCTURE}: 14.29 "other wearing apparel and accessories n.e.c."`,
  },
  same('15.20'),
  {
    rev2: '16.23',
    rev21: ['16.23', '16.25'],
    change: 'split',
    confidence: 'checked',
    source: `${STRUCTURE}: new class 16.25 "Manufacture of doors and windows of wood"`,
  },
  same('20.42'),
  {
    rev2: '20.53',
    rev21: ['20.59'],
    change: 'merged',
    carry: {
      phyto: carry(
        ['20.59'],
        {
          fr: 'Les huiles essentielles fusionnent en 20.59 avec tous les autres produits chimiques n.c.a. : la classe n’est plus surtout phyto.',
          it: 'Gli oli essenziali confluiscono in 20.59 con tutti gli altri prodotti chimici n.c.a.: la classe non è più prevalentemente phyto.',
          de: 'Ätherische Öle gehen in 20.59 mit allen sonstigen chemischen Erzeugnissen a. n. g. auf: die Klasse ist nicht mehr überwiegend Phyto.',
          en: 'Essential oils merge into 20.59 with all other chemical products n.e.c.: the class is no longer mostly phyto.',
        },
        'partial',
      ),
    },
    confidence: 'checked',
    source: `${STRUCTURE}: group 20.5 keeps only 20.51 "liquid biofuels" and 20.59 "other chemical products n.e.c."`,
  },
  same('21.10'),
  same('21.20'),
  {
    rev2: '22.19',
    rev21: ['22.12'],
    change: 'renumbered',
    confidence: 'checked',
    source: `${STRUCTURE}: 22.12 "Manufacture of other rubber products"`,
  },
  {
    rev2: '22.23',
    rev21: ['22.23', '22.24'],
    change: 'split',
    confidence: 'checked',
    source: `${STRUCTURE}: 22.23 "doors and windows of plastic", 22.24 "builders' ware of plastic"`,
  },
  {
    rev2: '22.29',
    rev21: ['22.26', '22.25'],
    change: 'split',
    carry: {
      outdoor: carry(['22.26'], {
        fr: 'Les produits moulés restent en 22.26 ; 22.25 ne fait que transformer et finir.',
        it: 'I prodotti stampati restano in 22.26; 22.25 si limita a lavorazione e finitura.',
        de: 'Formteile bleiben in 22.26; 22.25 umfasst nur Bearbeitung und Veredelung.',
        en: 'Moulded products stay in 22.26; 22.25 only processes and finishes.',
      }),
    },
    confidence: 'inferred',
    source: `${STRUCTURE}: 22.25 "Processing and finishing of plastic products", 22.26 "other plastic products"`,
  },
  same('23.70'),
  same('23.99'),
  same('28.22'),
  same('30.92'),
  same('32.30'),
  {
    rev2: '41.20',
    rev21: ['41.00'],
    change: 'renumbered',
    confidence: 'checked',
    source: `${STRUCTURE}: 41.00 "Construction of residential and non-residential buildings" (development moves to 68.12)`,
  },
  same('43.21'),
  same('43.22'),
  {
    rev2: '43.29',
    rev21: ['43.23', '43.24'],
    change: 'split',
    carry: {
      renovation: carry(
        ['43.23'],
        {
          fr: 'L’isolation obtient sa propre classe, 43.23, cœur de la rénovation ; ascenseurs et autres installations vont en 43.24.',
          it: 'L’isolamento ottiene una classe propria, 43.23, nucleo della riqualificazione; ascensori e altre installazioni passano a 43.24.',
          de: 'Die Dämmung erhält eine eigene Klasse, 43.23, Kern der Sanierung; Aufzüge und andere Installationen gehen in 43.24.',
          en: 'Insulation gets its own class, 43.23, which is renovation core; lifts and other installation go to 43.24.',
        },
        'core',
      ),
    },
    confidence: 'checked',
    source: `${STRUCTURE}: 43.23 "Installation of insulation", 43.24 "Other construction installation"`,
  },
  {
    rev2: '43.29A',
    rev21: ['43.23'],
    change: 'renumbered',
    confidence: 'checked',
    source: `${STRUCTURE}: 43.23 "Installation of insulation"`,
  },
  {
    rev2: '43.29.02',
    rev21: ['43.23'],
    change: 'renumbered',
    confidence: 'checked',
    source: `${STRUCTURE}: 43.23 "Installation of insulation"`,
  },
  same('43.31'),
  same('43.32'),
  same('43.33'),
  same('43.34'),
  {
    rev2: '43.39',
    rev21: ['43.35'],
    change: 'renumbered',
    confidence: 'checked',
    source: `${STRUCTURE}: 43.35 "Other building completion and finishing"`,
  },
  {
    rev2: '43.91',
    rev21: ['43.41'],
    change: 'renumbered',
    confidence: 'checked',
    source: `${STRUCTURE}: 43.41 "Roofing activities"; 43.91 now means "Masonry and bricklaying activities"`,
  },
  {
    rev2: '43.99',
    rev21: ['43.42', '43.50', '43.91', '43.99'],
    change: 'split',
    carry: {
      renovation: carry(['43.42', '43.91', '43.99'], {
        fr: 'Les travaux de bâtiment restent dans la filière ; ceux de génie civil (43.50) la quittent.',
        it: 'I lavori edili restano nella filiera; quelli di ingegneria civile (43.50) ne escono.',
        de: 'Arbeiten im Hochbau bleiben in der Branche; Tiefbauarbeiten (43.50) fallen heraus.',
        en: 'Building work stays with the filière; civil-engineering work (43.50) leaves it.',
      }),
    },
    confidence: 'inferred',
    source: `${STRUCTURE}: 43.42 "other specialised activities in construction of buildings", 43.50 "in civil engineering", 43.91 "Masonry and bricklaying"`,
  },
  same('46.45'),
  same('46.46'),
  same('46.49'),
  {
    rev2: '46.73',
    rev21: ['46.83'],
    change: 'renumbered',
    confidence: 'checked',
    source: `${STRUCTURE}: 46.83 "Wholesale of wood, construction materials and sanitary equipment"`,
  },
  same('47.52'),
  {
    rev2: '47.64',
    rev21: ['47.63'],
    change: 'renumbered',
    confidence: 'checked',
    source: `${STRUCTURE}: 47.63 "Retail sale of sporting equipment"; FSO NOGA 2025 47.63, same title`,
  },
  same('47.73'),
  same('47.75'),
  {
    rev2: '49.39',
    rev21: ['49.34', '49.32', '49.39', '49.12'],
    change: 'split',
    carry: {
      outdoor: carry(
        ['49.34'],
        {
          fr: 'La Rév. 2.1 donne aux téléphériques et remontées mécaniques leur propre classe, 49.34 ; autocars et funiculaires en sortent.',
          it: 'La Rev. 2.1 assegna a funivie e impianti di risalita una classe propria, 49.34; autobus turistici e funicolari ne escono.',
          de: 'Die Rev. 2.1 gibt Seilbahnen und Skiliften eine eigene Klasse, 49.34; Reisebusse und Standseilbahnen fallen heraus.',
          en: 'Rev.2.1 gives cableways and ski lifts a class of their own, 49.34; coaches and funiculars leave.',
        },
        'core',
      ),
    },
    confidence: 'checked',
    source: `${STRUCTURE}: 49.34 "Passenger transport by cableways and ski lifts", 49.12 includes funicular railways`,
  },
  {
    rev2: '49.39C',
    rev21: ['49.34', '49.12'],
    change: 'split',
    carry: {
      outdoor: carry(['49.34'], {
        fr: 'Téléphériques et remontées mécaniques ; les funiculaires vont en 49.12.',
        it: 'Funivie e impianti di risalita; le funicolari passano a 49.12.',
        de: 'Seilbahnen und Skilifte; Standseilbahnen gehen in 49.12.',
        en: 'Cable cars and ski lifts; funicular railways go to 49.12.',
      }),
    },
    confidence: 'checked',
    source: `${STRUCTURE}: 49.34 "Passenger transport by cableways and ski lifts"`,
  },
  same('71.11'),
  same('71.12'),
  {
    rev2: '72.11',
    rev21: ['72.10'],
    change: 'merged',
    confidence: 'checked',
    source: `${STRUCTURE}: 72.10 "Research and experimental development on natural sciences and engineering"`,
  },
  {
    rev2: '72.19',
    rev21: ['72.10'],
    change: 'merged',
    confidence: 'checked',
    source: `${STRUCTURE}: 72.10 "Research and experimental development on natural sciences and engineering"`,
  },
  {
    rev2: '74.10',
    rev21: ['74.11', '74.12', '74.13', '74.14'],
    change: 'split',
    carry: {
      outdoor: carry(['74.11'], {
        fr: 'Le design produit relève de 74.11, design de produits industriels et de mode.',
        it: 'Il design del prodotto rientra in 74.11, design di prodotti industriali e di moda.',
        de: 'Produktdesign gehört zu 74.11, Industrie- und Modedesign.',
        en: 'Product design is 74.11 "Industrial product and fashion design".',
      }),
      renovation: carry(['74.13'], {
        fr: 'L’architecture d’intérieur relève de 74.13, activités de design d’intérieur.',
        it: 'Il design d’interni rientra in 74.13, attività di design d’interni.',
        de: 'Innenarchitektur gehört zu 74.13, Tätigkeiten der Innenarchitektur.',
        en: 'Interior design is 74.13 "Interior design activities".',
      }),
    },
    confidence: 'checked',
    source: `${STRUCTURE}: 74.11 industrial product and fashion design, 74.12 graphic, 74.13 interior, 74.14 other design`,
  },
  same('77.21'),
  same('79.12'),
  same('85.51'),
  {
    rev2: '86.90',
    rev21: ['86.91', '86.92', '86.93', '86.94', '86.95', '86.96', '86.99'],
    change: 'split',
    carry: {
      phyto: carry(['86.96'], {
        fr: 'Les thérapies complémentaires obtiennent 86.96 ; ambulances, laboratoires, soins infirmiers et kinésithérapie en sortent.',
        it: 'Le terapie complementari ottengono 86.96; ambulanze, laboratori, assistenza infermieristica e fisioterapia ne escono.',
        de: 'Komplementärtherapien erhalten 86.96; Krankentransporte, Labors, Pflege und Physiotherapie fallen heraus.',
        en: 'Complementary therapies get 86.96; ambulances, labs, nursing and physiotherapy leave.',
      }),
    },
    confidence: 'checked',
    source: `${STRUCTURE}: 86.96 "Traditional, complementary and alternative medicine activities"`,
  },
  {
    rev2: '86.90F',
    rev21: ['86.93', '86.96', '86.99'],
    change: 'split',
    carry: {
      phyto: carry(['86.96'], {
        fr: 'Naturopathes et autres praticiens de médecines complémentaires : 86.96.',
        it: 'Naturopati e altri operatori delle medicine complementari: 86.96.',
        de: 'Naturheilpraktiker und andere komplementärmedizinische Fachpersonen: 86.96.',
        en: 'Naturopaths and other complementary practitioners: 86.96.',
      }),
    },
    confidence: 'inferred',
    source: `${STRUCTURE}: 86.93 psychologists and psychotherapists, 86.96 complementary medicine, 86.99 n.e.c.`,
  },
  same('93.11'),
  same('93.12'),
  same('93.13'),
  same('93.19'),
  same('93.29'),
  same('95.29'),
  {
    rev2: '96.04',
    rev21: ['96.23'],
    change: 'renumbered',
    confidence: 'checked',
    source: `${STRUCTURE}: 96.23 "Day spa, sauna and steam bath activities"; INE Portugal CAE Rev.4 96.230 notes include massage and thermal well-being`,
  },
];

/**
 * English titles of the NACE Rev.2.1 classes the correspondence uses (source: as `STRUCTURE` above).
 *
 * @example
 * NACE_REV21_TITLES['49.34']; // 'Passenger transport by cableways and ski lifts'
 */
export const NACE_REV21_TITLES: Readonly<Record<string, string>> = {
  '01.28': 'Growing of spices, aromatic, drug and pharmaceutical crops',
  '02.30': 'Gathering of wild growing non-wood products',
  '10.83': 'Processing of tea and coffee',
  '10.84': 'Manufacture of condiments and seasonings',
  '10.86': 'Manufacture of homogenised food preparations and dietetic food',
  '10.89': 'Manufacture of other food products n.e.c.',
  '13.92': 'Manufacture of household textiles and made-up furnishing articles',
  '13.94': 'Manufacture of cordage, rope, twine and netting',
  '13.96': 'Manufacture of other technical and industrial textiles',
  '14.10': 'Manufacture of knitted and crocheted apparel',
  '14.21': 'Manufacture of outerwear',
  '14.29': 'Manufacture of other wearing apparel and accessories n.e.c.',
  '15.20': 'Manufacture of footwear',
  '16.23': "Manufacture of other builders' carpentry and joinery",
  '16.25': 'Manufacture of doors and windows of wood',
  '20.42': 'Manufacture of perfume and toilet preparations',
  '20.59': 'Manufacture of other chemical products n.e.c.',
  '21.10': 'Manufacture of basic pharmaceutical products',
  '21.20': 'Manufacture of pharmaceutical preparations',
  '22.12': 'Manufacture of other rubber products',
  '22.23': 'Manufacture of doors and windows of plastic',
  '22.24': "Manufacture of builders' ware of plastic",
  '22.25': 'Processing and finishing of plastic products',
  '22.26': 'Manufacture of other plastic products',
  '23.70': 'Cutting, shaping and finishing of stone',
  '23.99': 'Manufacture of other non-metallic mineral products n.e.c.',
  '28.22': 'Manufacture of lifting and handling equipment',
  '30.92': 'Manufacture of bicycles and invalid carriages',
  '32.30': 'Manufacture of sports goods',
  '41.00': 'Construction of residential and non-residential buildings',
  '43.21': 'Electrical installation',
  '43.22': 'Plumbing, heat and air-conditioning installation',
  '43.23': 'Installation of insulation',
  '43.24': 'Other construction installation',
  '43.31': 'Plastering',
  '43.32': 'Joinery installation',
  '43.33': 'Floor and wall covering',
  '43.34': 'Painting and glazing',
  '43.35': 'Other building completion and finishing',
  '43.41': 'Roofing activities',
  '43.42': 'Other specialised construction activities in construction of buildings',
  '43.50': 'Specialised construction activities in civil engineering',
  '43.91': 'Masonry and bricklaying activities',
  '43.99': 'Other specialised construction activities n.e.c.',
  '46.45': 'Wholesale of perfume and cosmetics',
  '46.46': 'Wholesale of pharmaceutical and medical goods',
  '46.49': 'Wholesale of other household goods',
  '46.83': 'Wholesale of wood, construction materials and sanitary equipment',
  '47.52': 'Retail sale of hardware, building materials, paints and glass',
  '47.63': 'Retail sale of sporting equipment',
  '47.73': 'Retail sale of pharmaceutical products',
  '47.75': 'Retail sale of cosmetic and toilet articles',
  '49.12': 'Other passenger rail transport',
  '49.32': 'Non-scheduled passenger transport by road',
  '49.34': 'Passenger transport by cableways and ski lifts',
  '49.39': 'Other passenger land transport n.e.c.',
  '71.11': 'Architectural activities',
  '71.12': 'Engineering activities and related technical consultancy',
  '72.10': 'Research and experimental development on natural sciences and engineering',
  '74.11': 'Industrial product and fashion design activities',
  '74.12': 'Graphic design and visual communication activities',
  '74.13': 'Interior design activities',
  '74.14': 'Other specialised design activities',
  '77.21': 'Rental and leasing of recreational and sports goods',
  '79.12': 'Tour operator activities',
  '85.51': 'Sports and recreation education',
  '86.91': 'Diagnostic imaging services and medical laboratory activities',
  '86.92': 'Patient transportation by ambulance',
  '86.93': 'Activities of psychologists and psychotherapists, except medical doctors',
  '86.94': 'Nursing and midwifery activities',
  '86.95': 'Physiotherapy activities',
  '86.96': 'Traditional, complementary and alternative medicine activities',
  '86.99': 'Other human health activities n.e.c.',
  '93.11': 'Operation of sports facilities',
  '93.12': 'Activities of sports clubs',
  '93.13': 'Activities of fitness centres',
  '93.19': 'Sports activities n.e.c.',
  '93.29': 'Amusement and recreation activities n.e.c.',
  '95.29': 'Repair and maintenance of personal and household goods n.e.c.',
  '96.23': 'Day spa, sauna and steam bath activities',
};

/** A filière entry of NACE Rev.2.1, derived from the Rev.2 map through the correspondence. */
export interface FiliereMapEntry2025 {
  readonly filiere: FiliereId;
  /** NACE Rev.2.1 class. */
  readonly code: string;
  readonly weight: FiliereWeight;
  /** English, as `rationales.en`. */
  readonly rationale: string;
  /** In `fr`, `it`, `de` and `en`: `entry.rationales[locale]`. */
  readonly rationales: FiliereRationale;
  /** The Rev.2 map codes it comes from. */
  readonly from: readonly string[];
}

function rank(weight: FiliereWeight): number {
  return weight === 'core' ? 2 : 1;
}

/**
 * Derives the Rev.2.1 map: each Rev.2 entry's filière goes to its row's targets (or the row's `carry` for that
 * filière) with the same weight unless the row says otherwise. When several Rev.2 codes reach one Rev.2.1 class
 * for one filière, the strongest weight wins, and class entries' rationales are preferred to national ones.
 */
function deriveMap2025(): readonly FiliereMapEntry2025[] {
  const rows = new Map(NACE_REV21_CORRESPONDENCE.map((row) => [row.rev2, row]));
  const byKey = new Map<string, { entry: FiliereMapEntry2025; fromClass: boolean }>();
  for (const entry of FILIERE_MAP) {
    const row = rows.get(entry.code);
    // The correspondence test guarantees a row for every map code; a missing one is a data bug.
    if (row === undefined) throw new Error(`NACE Rev.2.1: no correspondence row for ${entry.code}`);
    const part = row.carry?.[entry.filiere];
    const weight = part?.weight ?? entry.weight;
    for (const code of part?.to ?? row.rev21) {
      add(byKey, code, entry, weight, part?.rationales ?? entry.rationales);
    }
  }
  const order = (e: FiliereMapEntry2025) => `${FILIERE_IDS.indexOf(e.filiere)}${e.code}`;
  return [...byKey.values()].map((v) => v.entry).sort((a, b) => (order(a) < order(b) ? -1 : 1));
}

function add(
  byKey: Map<string, { entry: FiliereMapEntry2025; fromClass: boolean }>,
  code: string,
  source: FiliereMapEntry,
  weight: FiliereWeight,
  rationales: FiliereRationale,
): void {
  const key = `${source.filiere}|${code}`;
  const fromClass = source.scheme === 'nace';
  const previous = byKey.get(key);
  if (previous === undefined) {
    byKey.set(key, {
      entry: {
        filiere: source.filiere,
        code,
        weight,
        rationale: rationales.en,
        rationales,
        from: [source.code],
      },
      fromClass,
    });
    return;
  }
  const stronger = rank(weight) > rank(previous.entry.weight);
  const better =
    stronger || (rank(weight) === rank(previous.entry.weight) && fromClass && !previous.fromClass);
  byKey.set(key, {
    entry: {
      filiere: source.filiere,
      code,
      weight: stronger ? weight : previous.entry.weight,
      rationale: better ? rationales.en : previous.entry.rationale,
      rationales: better ? rationales : previous.entry.rationales,
      from: [...previous.entry.from, source.code],
    },
    fromClass: better ? fromClass : previous.fromClass,
  });
}

/**
 * The filière map in NACE Rev.2.1 classes (for NACE Rev.2.1, NAF 2025, ATECO 2025 and NOGA 2025 data), derived
 * from `FILIERE_MAP` through `NACE_REV21_CORRESPONDENCE`. Same `FILIERE_MAP_VERSION`.
 *
 * @example
 * FILIERE_MAP_2025.find((e) => e.code === '20.59')?.weight; // 'partial' (essential oils merged into 20.59)
 */
export const FILIERE_MAP_2025: readonly FiliereMapEntry2025[] = /* @__PURE__ */ deriveMap2025();
