import type { FiliereId } from '@mbi/domain';

/**
 * Version of the filière map. Bump the minor part (`2026.2`) for any change of entries, weights or rationales,
 * so figures computed with one map can be told from figures computed with another.
 *
 * @example
 * classify('32.30').ok; // true, and the result carries `mapVersion: FILIERE_MAP_VERSION`
 */
export const FILIERE_MAP_VERSION = '2026.2';

/**
 * `core`: the code's activity belongs to the filière as a whole, or nearly so, in the Espace Mont-Blanc.
 * `partial`: only part of the code's activity belongs to it (the code mixes other markets or uses); counts
 * need a share or a second criterion before they can be added to the filière.
 */
export type FiliereWeight = 'core' | 'partial';

/** The code systems a map entry can be written in: NACE classes, or NAF and ATECO national sub-classes. */
export type FiliereMapScheme = 'nace' | 'naf' | 'ateco';

export interface FiliereMapEntry {
  readonly filiere: FiliereId;
  /** NACE Rev.2 class (`32.30`) or, for a national entry, the national sub-class (`49.39C`, `43.29.02`). */
  readonly code: string;
  readonly scheme: FiliereMapScheme;
  /** The NACE Rev.2 class the entry belongs to. */
  readonly naceClass: string;
  readonly weight: FiliereWeight;
  /** One line, in English: why the code belongs to the filière, and what else it holds. */
  readonly rationale: string;
}

function nace(code: string, filiere: FiliereId, weight: FiliereWeight, rationale: string): FiliereMapEntry {
  return { filiere, code, scheme: 'nace', naceClass: code, weight, rationale };
}

function national(
  scheme: 'naf' | 'ateco',
  code: string,
  filiere: FiliereId,
  weight: FiliereWeight,
  rationale: string,
): FiliereMapEntry {
  return { filiere, code, scheme, naceClass: code.slice(0, 5), weight, rationale };
}

/**
 * Which NACE Rev.2 classes, and which national sub-classes where the national level separates the filière's
 * part from the rest, belong to which filière. A code may belong to two filières (71.12, 72.19, 74.10).
 *
 * National entries refine their class for data coded in that scheme: when a NAF (or ATECO) code of a class
 * that has NAF (or ATECO) entries is classified, only the matching entry applies, and a sub-class without an
 * entry (NAF 49.39A, coaches) belongs to no filière. Codes of other schemes, and NAF/ATECO codes given only to
 * the class, take the class entry.
 *
 * @example
 * FILIERE_MAP.filter((e) => e.code === '71.12').map((e) => e.filiere); // ['outdoor', 'renovation']
 */
export const FILIERE_MAP: readonly FiliereMapEntry[] = [
  // Outdoor: the mountain outdoor industry, winter and summer.
  nace(
    '32.30',
    'outdoor',
    'core',
    'Skis, ski boots, bindings, climbing hardware, helmets and other sports goods: the heart of the outdoor industry.',
  ),
  nace(
    '13.92',
    'outdoor',
    'partial',
    'Tents, sleeping bags and other camping goods, alongside household linen.',
  ),
  nace(
    '13.94',
    'outdoor',
    'partial',
    'Climbing and mountaineering ropes, alongside industrial cordage and netting.',
  ),
  nace('14.13', 'outdoor', 'partial', 'Technical outerwear (shell jackets, ski wear) among all outerwear.'),
  nace(
    '14.19',
    'outdoor',
    'partial',
    'Ski suits, sports gloves and headwear, among other apparel and accessories.',
  ),
  nace(
    '15.20',
    'outdoor',
    'partial',
    'Mountaineering and hiking boots, among all footwear; ski boots are sports goods (32.30).',
  ),
  nace(
    '22.19',
    'outdoor',
    'partial',
    'Rubber soles and technical parts for outdoor gear, among other rubber goods.',
  ),
  nace(
    '22.29',
    'outdoor',
    'partial',
    'Moulded plastic parts for sports and outdoor equipment, among all other plastic products.',
  ),
  nace(
    '28.22',
    'outdoor',
    'partial',
    'Ski lifts and cable-car systems, among lifting and handling equipment in general.',
  ),
  nace(
    '30.92',
    'outdoor',
    'partial',
    'Mountain and e-mountain bikes, among all bicycles and invalid carriages.',
  ),
  nace('46.49', 'outdoor', 'partial', 'Wholesale of sports and camping goods, among other household goods.'),
  nace(
    '47.64',
    'outdoor',
    'partial',
    'Retail of sporting equipment: mountain shops, but the class is not mountain-specific.',
  ),
  nace(
    '49.39',
    'outdoor',
    'partial',
    'Mixes ski lifts and cableways with coaches and other road passenger transport.',
  ),
  national(
    'naf',
    '49.39C',
    'outdoor',
    'core',
    'Cable cars and ski lifts (téléphériques et remontées mécaniques): the ski areas’ operators.',
  ),
  nace(
    '71.12',
    'outdoor',
    'partial',
    'Engineering of ski areas, lifts, snowmaking and mountain safety works, among all engineering.',
  ),
  nace(
    '72.19',
    'outdoor',
    'partial',
    'R&D on materials and sports equipment, among all natural-science and engineering research.',
  ),
  nace(
    '74.10',
    'outdoor',
    'partial',
    'Product design studios serving sports-goods makers, among all specialised design.',
  ),
  nace(
    '77.21',
    'outdoor',
    'core',
    'Rental of skis, bikes and mountaineering gear, concentrated in the resorts.',
  ),
  nace('79.12', 'outdoor', 'partial', 'Trekking, ski and adventure tour operators, among all package tours.'),
  nace('85.51', 'outdoor', 'core', 'Ski schools, climbing and mountain-sports instruction.'),
  nace(
    '93.11',
    'outdoor',
    'partial',
    'Ski slopes, climbing walls and other sports facilities, among stadiums and pools.',
  ),
  nace('93.12', 'outdoor', 'partial', 'Alpine, ski and climbing clubs, among all sports clubs.'),
  nace(
    '93.19',
    'outdoor',
    'core',
    'Mountain guides and sports event organisers: mostly outdoor in the Espace Mont-Blanc.',
  ),
  nace(
    '93.29',
    'outdoor',
    'partial',
    'Adventure parks, summer toboggan runs and other outdoor leisure, among amusements.',
  ),
  nace(
    '95.29',
    'outdoor',
    'partial',
    'Ski and bike servicing and repair, among repair of other personal goods.',
  ),

  // Phyto: the phyto-industry, well-being and health.
  nace(
    '01.28',
    'phyto',
    'core',
    'Growing of medicinal, aromatic and spice plants (genepi, arnica): the filière’s raw material.',
  ),
  nace('02.30', 'phyto', 'core', 'Wild harvesting of plants, berries, mushrooms and lichens.'),
  nace('10.83', 'phyto', 'partial', 'Herbal teas and infusions, alongside tea and coffee processing.'),
  nace('10.84', 'phyto', 'partial', 'Dried herbs, spice blends and seasonings, among all condiments.'),
  nace(
    '10.86',
    'phyto',
    'partial',
    'Dietetic food and plant-based preparations, among homogenised and dietetic foods.',
  ),
  nace('10.89', 'phyto', 'partial', 'Food supplements and plant extracts, among other food products n.e.c.'),
  nace(
    '20.42',
    'phyto',
    'partial',
    'Natural and plant-based cosmetics, among all perfumes and toilet preparations.',
  ),
  nace('20.53', 'phyto', 'core', 'Distillation of essential oils from aromatic and alpine plants.'),
  nace(
    '21.10',
    'phyto',
    'partial',
    'Plant-derived active ingredients, among all basic pharmaceutical products.',
  ),
  nace('21.20', 'phyto', 'partial', 'Herbal medicines and phytotherapy preparations, among all medicines.'),
  nace('46.45', 'phyto', 'partial', 'Wholesale of cosmetics, some of them plant-based.'),
  nace('46.46', 'phyto', 'partial', 'Wholesale of pharmaceutical goods, herbal medicines among them.'),
  nace('47.73', 'phyto', 'partial', 'Pharmacies: phytotherapy products among all medicines.'),
  nace(
    '47.75',
    'phyto',
    'partial',
    'Cosmetics and herbalist shops (ATECO names erboristeria), among all toiletry retail.',
  ),
  nace(
    '72.11',
    'phyto',
    'partial',
    'Biotechnology research, plant extracts and active compounds among its subjects.',
  ),
  nace(
    '72.19',
    'phyto',
    'partial',
    'Research on plants, agronomy and health, among all natural-science research.',
  ),
  nace(
    '86.90',
    'phyto',
    'partial',
    'Mixes ambulances, laboratories and paramedical care with naturopathy and other therapies.',
  ),
  national(
    'naf',
    '86.90F',
    'phyto',
    'partial',
    'Health activities n.e.c.: naturopaths and other complementary practitioners, with psychotherapists.',
  ),
  nace('93.13', 'phyto', 'partial', 'Fitness centres: well-being, though not plant-based.'),
  nace(
    '96.04',
    'phyto',
    'core',
    'Spas, thermal baths, saunas and massage: the well-being side of the filière.',
  ),

  // Renovation: building renovation in mountain areas.
  nace(
    '16.23',
    'renovation',
    'partial',
    'Timber frames, joinery and wood building elements, for new and existing buildings.',
  ),
  nace(
    '22.23',
    'renovation',
    'partial',
    'Plastic windows, doors and other builders’ ware, for new and existing buildings.',
  ),
  nace(
    '23.70',
    'renovation',
    'partial',
    'Cut stone and stone roofing slabs (lauzes) for traditional buildings, among all stone work.',
  ),
  nace(
    '23.99',
    'renovation',
    'partial',
    'Mineral wool and other mineral insulation, among non-metallic mineral products n.e.c.',
  ),
  nace('41.20', 'renovation', 'partial', 'General building contractors: mixes new building and renovation.'),
  nace('43.21', 'renovation', 'partial', 'Electrical installation, in renovations as in new buildings.'),
  nace(
    '43.22',
    'renovation',
    'partial',
    'Heating, plumbing and ventilation (heat-pump and boiler replacement), new and existing.',
  ),
  nace(
    '43.29',
    'renovation',
    'partial',
    'Mixes insulation works, an energy-renovation trade, with lift installation and other installation work.',
  ),
  national(
    'naf',
    '43.29A',
    'renovation',
    'core',
    'Insulation works (travaux d’isolation): the first energy-renovation trade.',
  ),
  national(
    'ateco',
    '43.29.02',
    'renovation',
    'core',
    'Thermal, acoustic and anti-vibration insulation works.',
  ),
  nace('43.31', 'renovation', 'partial', 'Plastering, in renovations as in new buildings.'),
  nace(
    '43.32',
    'renovation',
    'core',
    'Window and door installation: replacement joinery is mostly work on existing buildings.',
  ),
  nace('43.33', 'renovation', 'partial', 'Floor and wall covering, in renovations as in new buildings.'),
  nace('43.34', 'renovation', 'partial', 'Painting and glazing, in renovations as in new buildings.'),
  nace('43.39', 'renovation', 'partial', 'Other finishing work, in renovations as in new buildings.'),
  nace(
    '43.91',
    'renovation',
    'core',
    'Roofing and roof frames: re-roofing of existing buildings dominates in mountain areas.',
  ),
  nace(
    '43.99',
    'renovation',
    'partial',
    'Waterproofing, masonry and other specialised work, new and existing.',
  ),
  nace(
    '46.73',
    'renovation',
    'partial',
    'Builders’ merchants: timber, insulation and materials for all construction.',
  ),
  nace(
    '47.52',
    'renovation',
    'partial',
    'Hardware and DIY stores, supplying home renovation among other uses.',
  ),
  nace('71.11', 'renovation', 'partial', 'Architects: design of renovations as of new buildings.'),
  nace(
    '71.12',
    'renovation',
    'partial',
    'Building engineering, energy audits and thermal studies, among all engineering.',
  ),
  nace('74.10', 'renovation', 'partial', 'Interior design, among all specialised design activities.'),
];
