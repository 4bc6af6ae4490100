import type { FiliereId, Locale } from '@mbi/domain';

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

/**
 * A one-line text in each language of the project. Every locale of `@mbi/domain`'s `LOCALES` is a required key,
 * so a rationale missing a language fails the type check.
 *
 * @example
 * const rationales: FiliereRationale | undefined = FILIERE_MAP.find((e) => e.code === '32.30')?.rationales;
 * rationales?.it; // 'Sci, scarponi da sci, attacchi, …'
 */
export type FiliereRationale = { readonly [L in Locale]: string };

export interface FiliereMapEntry {
  readonly filiere: FiliereId;
  /** NACE Rev.2 class (`32.30`) or, for a national entry, the national sub-class (`49.39C`, `43.29.02`). */
  readonly code: string;
  readonly scheme: FiliereMapScheme;
  /** The NACE Rev.2 class the entry belongs to. */
  readonly naceClass: string;
  readonly weight: FiliereWeight;
  /** The rationale in English, as `rationales.en`: kept for callers written before `rationales`. */
  readonly rationale: string;
  /**
   * One line per language (`fr`, `it`, `de`, `en`): why the code belongs to the filière, and what else it holds.
   * Read it in the reader's locale with `entry.rationales[locale]`.
   */
  readonly rationales: FiliereRationale;
}

function nace(
  code: string,
  filiere: FiliereId,
  weight: FiliereWeight,
  rationales: FiliereRationale,
): FiliereMapEntry {
  return { filiere, code, scheme: 'nace', naceClass: code, weight, rationale: rationales.en, rationales };
}

function national(
  scheme: 'naf' | 'ateco',
  code: string,
  filiere: FiliereId,
  weight: FiliereWeight,
  rationales: FiliereRationale,
): FiliereMapEntry {
  return { filiere, code, scheme, naceClass: code.slice(0, 5), weight, rationale: rationales.en, rationales };
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
 * Rationales are one line in each of `fr`, `it`, `de` and `en` (`entry.rationales[locale]`); the French, Italian
 * and German texts are this package's own wording of the English one.
 *
 * @example
 * FILIERE_MAP.filter((e) => e.code === '71.12').map((e) => e.filiere); // ['outdoor', 'renovation']
 * FILIERE_MAP.find((e) => e.code === '85.51')?.rationales.fr; // 'Écoles de ski, enseignement de l’escalade…'
 */
export const FILIERE_MAP: readonly FiliereMapEntry[] = [
  // Outdoor: the mountain outdoor industry, winter and summer.
  nace('32.30', 'outdoor', 'core', {
    fr: 'Skis, chaussures de ski, fixations, matériel d’escalade, casques et autres articles de sport : le cœur de l’industrie outdoor.',
    it: 'Sci, scarponi da sci, attacchi, attrezzatura da arrampicata, caschi e altri articoli sportivi: il cuore dell’industria outdoor.',
    de: 'Ski, Skischuhe, Bindungen, Kletterausrüstung, Helme und andere Sportgeräte: das Herzstück der Outdoor-Industrie.',
    en: 'Skis, ski boots, bindings, climbing hardware, helmets and other sports goods: the heart of the outdoor industry.',
  }),
  nace('13.92', 'outdoor', 'partial', {
    fr: 'Tentes, sacs de couchage et autres articles de camping, à côté du linge de maison.',
    it: 'Tende, sacchi a pelo e altri articoli da campeggio, accanto alla biancheria per la casa.',
    de: 'Zelte, Schlafsäcke und andere Campingartikel, neben Haushaltswäsche.',
    en: 'Tents, sleeping bags and other camping goods, alongside household linen.',
  }),
  nace('13.94', 'outdoor', 'partial', {
    fr: 'Cordes d’escalade et d’alpinisme, à côté des cordages et filets industriels.',
    it: 'Corde da arrampicata e da alpinismo, accanto a cordami e reti per l’industria.',
    de: 'Kletter- und Bergseile, neben Tauwerk und Netzen für die Industrie.',
    en: 'Climbing and mountaineering ropes, alongside industrial cordage and netting.',
  }),
  nace('14.13', 'outdoor', 'partial', {
    fr: 'Vêtements de dessus techniques (vestes imperméables, tenues de ski), parmi l’ensemble des vêtements de dessus.',
    it: 'Capispalla tecnici (giacche impermeabili, abbigliamento da sci), tra tutti i capispalla.',
    de: 'Technische Oberbekleidung (Wetterschutzjacken, Skibekleidung), innerhalb der gesamten Oberbekleidung.',
    en: 'Technical outerwear (shell jackets, ski wear) among all outerwear.',
  }),
  nace('14.19', 'outdoor', 'partial', {
    fr: 'Combinaisons de ski, gants et couvre-chefs de sport, parmi d’autres vêtements et accessoires.',
    it: 'Tute da sci, guanti e copricapi sportivi, tra altri capi di abbigliamento e accessori.',
    de: 'Skianzüge, Sporthandschuhe und Kopfbedeckungen, neben anderer Bekleidung und Bekleidungszubehör.',
    en: 'Ski suits, sports gloves and headwear, among other apparel and accessories.',
  }),
  nace('15.20', 'outdoor', 'partial', {
    fr: 'Chaussures d’alpinisme et de randonnée, parmi l’ensemble des chaussures ; les chaussures de ski sont des articles de sport (32.30).',
    it: 'Scarponi da alpinismo e da escursionismo, tra tutte le calzature; gli scarponi da sci sono articoli sportivi (32.30).',
    de: 'Berg- und Wanderschuhe, unter allen Schuhen; Skischuhe zählen zu den Sportgeräten (32.30).',
    en: 'Mountaineering and hiking boots, among all footwear; ski boots are sports goods (32.30).',
  }),
  nace('22.19', 'outdoor', 'partial', {
    fr: 'Semelles en caoutchouc et pièces techniques pour l’équipement outdoor, parmi d’autres articles en caoutchouc.',
    it: 'Suole in gomma e componenti tecnici per l’attrezzatura outdoor, tra altri articoli in gomma.',
    de: 'Gummisohlen und technische Teile für Outdoor-Ausrüstung, neben anderen Gummiwaren.',
    en: 'Rubber soles and technical parts for outdoor gear, among other rubber goods.',
  }),
  nace('22.29', 'outdoor', 'partial', {
    fr: 'Pièces moulées en plastique pour les équipements de sport et d’outdoor, parmi l’ensemble des autres produits en plastique.',
    it: 'Componenti stampati in plastica per attrezzature sportive e outdoor, tra tutti gli altri articoli in plastica.',
    de: 'Kunststoffformteile für Sport- und Outdoor-Ausrüstung, unter allen sonstigen Kunststoffwaren.',
    en: 'Moulded plastic parts for sports and outdoor equipment, among all other plastic products.',
  }),
  nace('28.22', 'outdoor', 'partial', {
    fr: 'Remontées mécaniques et téléphériques, parmi l’ensemble des matériels de levage et de manutention.',
    it: 'Impianti di risalita e funivie, tra tutte le macchine di sollevamento e movimentazione.',
    de: 'Skilifte und Seilbahnanlagen, unter allen Hebezeugen und Fördermitteln.',
    en: 'Ski lifts and cable-car systems, among lifting and handling equipment in general.',
  }),
  nace('30.92', 'outdoor', 'partial', {
    fr: 'VTT et VTT à assistance électrique, parmi l’ensemble des bicyclettes et véhicules pour invalides.',
    it: 'Mountain bike ed e-MTB, tra tutte le biciclette e i veicoli per invalidi.',
    de: 'Mountainbikes und E-Mountainbikes, unter allen Fahrrädern und Behindertenfahrzeugen.',
    en: 'Mountain and e-mountain bikes, among all bicycles and invalid carriages.',
  }),
  nace('46.49', 'outdoor', 'partial', {
    fr: 'Commerce de gros d’articles de sport et de camping, parmi d’autres biens domestiques.',
    it: 'Commercio all’ingrosso di articoli sportivi e da campeggio, tra altri beni di consumo.',
    de: 'Grosshandel mit Sport- und Campingartikeln, neben anderen Gebrauchs- und Verbrauchsgütern.',
    en: 'Wholesale of sports and camping goods, among other household goods.',
  }),
  nace('47.64', 'outdoor', 'partial', {
    fr: 'Commerce de détail d’articles de sport : les magasins de montagne, mais la classe n’est pas propre à la montagne.',
    it: 'Commercio al dettaglio di articoli sportivi: i negozi di montagna, ma la classe non è specifica della montagna.',
    de: 'Detailhandel mit Sportartikeln: die Bergsportgeschäfte, doch die Klasse ist nicht bergspezifisch.',
    en: 'Retail of sporting equipment: mountain shops, but the class is not mountain-specific.',
  }),
  nace('49.39', 'outdoor', 'partial', {
    fr: 'Mêle remontées mécaniques et téléphériques avec les autocars et d’autres transports routiers de voyageurs.',
    it: 'Unisce impianti di risalita e funivie con autobus turistici e altri trasporti di passeggeri su strada.',
    de: 'Vereint Skilifte und Seilbahnen mit Reisebussen und anderer Personenbeförderung auf der Strasse.',
    en: 'Mixes ski lifts and cableways with coaches and other road passenger transport.',
  }),
  national('naf', '49.39C', 'outdoor', 'core', {
    fr: 'Téléphériques et remontées mécaniques : les exploitants des domaines skiables.',
    it: 'Funivie e impianti di risalita (téléphériques et remontées mécaniques): i gestori dei comprensori sciistici.',
    de: 'Seilbahnen und Skilifte (téléphériques et remontées mécaniques): die Betreiber der Skigebiete.',
    en: 'Cable cars and ski lifts (téléphériques et remontées mécaniques): the ski areas’ operators.',
  }),
  nace('71.12', 'outdoor', 'partial', {
    fr: 'Ingénierie des domaines skiables, des remontées mécaniques, de la neige de culture et des ouvrages de sécurité en montagne, parmi toute l’ingénierie.',
    it: 'Ingegneria di comprensori sciistici, impianti di risalita, innevamento programmato e opere di sicurezza in montagna, tra tutta l’ingegneria.',
    de: 'Planung von Skigebieten, Bergbahnen, Beschneiungsanlagen und alpinen Schutzbauten, unter allen Ingenieurdienstleistungen.',
    en: 'Engineering of ski areas, lifts, snowmaking and mountain safety works, among all engineering.',
  }),
  nace('72.19', 'outdoor', 'partial', {
    fr: 'R&D sur les matériaux et les équipements de sport, parmi toute la recherche en sciences naturelles et en ingénierie.',
    it: 'R&S su materiali e attrezzature sportive, tra tutta la ricerca nelle scienze naturali e nell’ingegneria.',
    de: 'F&E zu Werkstoffen und Sportausrüstung, unter aller Forschung in Natur- und Ingenieurwissenschaften.',
    en: 'R&D on materials and sports equipment, among all natural-science and engineering research.',
  }),
  nace('74.10', 'outdoor', 'partial', {
    fr: 'Studios de design produit au service des fabricants d’articles de sport, parmi l’ensemble du design spécialisé.',
    it: 'Studi di design del prodotto al servizio dei produttori di articoli sportivi, tra tutto il design specializzato.',
    de: 'Produktdesign-Studios im Dienst der Sportgerätehersteller, unter allen Designateliers.',
    en: 'Product design studios serving sports-goods makers, among all specialised design.',
  }),
  nace('77.21', 'outdoor', 'core', {
    fr: 'Location de skis, de vélos et de matériel d’alpinisme, concentrée dans les stations.',
    it: 'Noleggio di sci, biciclette e attrezzatura da alpinismo, concentrato nelle località turistiche.',
    de: 'Vermietung von Ski, Velos und Bergsportausrüstung, konzentriert in den Ferienorten.',
    en: 'Rental of skis, bikes and mountaineering gear, concentrated in the resorts.',
  }),
  nace('79.12', 'outdoor', 'partial', {
    fr: 'Voyagistes de trekking, de ski et d’aventure, parmi l’ensemble des voyages à forfait.',
    it: 'Tour operator di trekking, sci e avventura, tra tutti i viaggi organizzati.',
    de: 'Reiseveranstalter für Trekking-, Ski- und Abenteuerreisen, unter allen Pauschalreisen.',
    en: 'Trekking, ski and adventure tour operators, among all package tours.',
  }),
  nace('85.51', 'outdoor', 'core', {
    fr: 'Écoles de ski, enseignement de l’escalade et des sports de montagne.',
    it: 'Scuole di sci, insegnamento dell’arrampicata e degli sport di montagna.',
    de: 'Skischulen, Kletter- und Bergsportunterricht.',
    en: 'Ski schools, climbing and mountain-sports instruction.',
  }),
  nace('93.11', 'outdoor', 'partial', {
    fr: 'Pistes de ski, murs d’escalade et autres installations sportives, parmi les stades et les piscines.',
    it: 'Piste da sci, pareti di arrampicata e altri impianti sportivi, tra stadi e piscine.',
    de: 'Skipisten, Kletterwände und andere Sportanlagen, neben Stadien und Bädern.',
    en: 'Ski slopes, climbing walls and other sports facilities, among stadiums and pools.',
  }),
  nace('93.12', 'outdoor', 'partial', {
    fr: 'Clubs alpins, de ski et d’escalade, parmi l’ensemble des clubs de sport.',
    it: 'Club alpini, sci club e club di arrampicata, tra tutte le società sportive.',
    de: 'Alpen-, Ski- und Kletterclubs, unter allen Sportvereinen.',
    en: 'Alpine, ski and climbing clubs, among all sports clubs.',
  }),
  nace('93.19', 'outdoor', 'core', {
    fr: 'Guides de haute montagne et organisateurs d’événements sportifs : surtout outdoor dans l’Espace Mont-Blanc.',
    it: 'Guide alpine e organizzatori di eventi sportivi: per lo più outdoor nell’Espace Mont-Blanc.',
    de: 'Bergführer und Veranstalter von Sportanlässen: im Espace Mont-Blanc überwiegend Outdoor.',
    en: 'Mountain guides and sports event organisers: mostly outdoor in the Espace Mont-Blanc.',
  }),
  nace('93.29', 'outdoor', 'partial', {
    fr: 'Parcs aventure, luges d’été et autres loisirs de plein air, parmi les activités récréatives.',
    it: 'Parchi avventura, slittovie estive e altri svaghi all’aperto, tra le attività di divertimento.',
    de: 'Seilparks, Sommerrodelbahnen und andere Freizeitangebote im Freien, unter den Unterhaltungsangeboten.',
    en: 'Adventure parks, summer toboggan runs and other outdoor leisure, among amusements.',
  }),
  nace('95.29', 'outdoor', 'partial', {
    fr: 'Entretien et réparation de skis et de vélos, parmi la réparation d’autres biens personnels.',
    it: 'Manutenzione e riparazione di sci e biciclette, tra la riparazione di altri beni personali.',
    de: 'Service und Reparatur von Ski und Velos, neben der Reparatur anderer Gebrauchsgüter.',
    en: 'Ski and bike servicing and repair, among repair of other personal goods.',
  }),

  // Phyto: the phyto-industry, well-being and health.
  nace('01.28', 'phyto', 'core', {
    fr: 'Culture de plantes médicinales, aromatiques et à épices (génépi, arnica) : la matière première de la filière.',
    it: 'Coltivazione di piante officinali, aromatiche e da spezie (genepì, arnica): la materia prima della filiera.',
    de: 'Anbau von Heil-, Aroma- und Gewürzpflanzen (Genepi, Arnika): der Rohstoff der Branche.',
    en: 'Growing of medicinal, aromatic and spice plants (genepi, arnica): the filière’s raw material.',
  }),
  nace('02.30', 'phyto', 'core', {
    fr: 'Cueillette sauvage de plantes, de baies, de champignons et de lichens.',
    it: 'Raccolta spontanea di piante, bacche, funghi e licheni.',
    de: 'Wildsammlung von Pflanzen, Beeren, Pilzen und Flechten.',
    en: 'Wild harvesting of plants, berries, mushrooms and lichens.',
  }),
  nace('10.83', 'phyto', 'partial', {
    fr: 'Tisanes et infusions, à côté de la transformation du thé et du café.',
    it: 'Tisane e infusi, accanto alla lavorazione di tè e caffè.',
    de: 'Kräutertees und Aufgüsse, neben der Verarbeitung von Tee und Kaffee.',
    en: 'Herbal teas and infusions, alongside tea and coffee processing.',
  }),
  nace('10.84', 'phyto', 'partial', {
    fr: 'Herbes séchées, mélanges d’épices et assaisonnements, parmi l’ensemble des condiments.',
    it: 'Erbe essiccate, miscele di spezie e insaporitori, tra tutti i condimenti.',
    de: 'Getrocknete Kräuter, Gewürzmischungen und Würzen, unter allen Würzmitteln.',
    en: 'Dried herbs, spice blends and seasonings, among all condiments.',
  }),
  nace('10.86', 'phyto', 'partial', {
    fr: 'Aliments diététiques et préparations à base de plantes, parmi les aliments homogénéisés et diététiques.',
    it: 'Alimenti dietetici e preparati a base vegetale, tra gli alimenti omogeneizzati e dietetici.',
    de: 'Diätetische Lebensmittel und pflanzliche Zubereitungen, unter homogenisierten und diätetischen Nahrungsmitteln.',
    en: 'Dietetic food and plant-based preparations, among homogenised and dietetic foods.',
  }),
  nace('10.89', 'phyto', 'partial', {
    fr: 'Compléments alimentaires et extraits de plantes, parmi d’autres produits alimentaires n.c.a.',
    it: 'Integratori alimentari ed estratti vegetali, tra altri prodotti alimentari n.c.a.',
    de: 'Nahrungsergänzungsmittel und Pflanzenextrakte, unter sonstigen Nahrungsmitteln a. n. g.',
    en: 'Food supplements and plant extracts, among other food products n.e.c.',
  }),
  nace('20.42', 'phyto', 'partial', {
    fr: 'Cosmétiques naturels et à base de plantes, parmi l’ensemble des parfums et produits de toilette.',
    it: 'Cosmetici naturali e a base vegetale, tra tutti i profumi e prodotti per toletta.',
    de: 'Natur- und Pflanzenkosmetik, unter allen Duftstoffen und Körperpflegemitteln.',
    en: 'Natural and plant-based cosmetics, among all perfumes and toilet preparations.',
  }),
  nace('20.53', 'phyto', 'core', {
    fr: 'Distillation d’huiles essentielles de plantes aromatiques et alpines.',
    it: 'Distillazione di oli essenziali da piante aromatiche e alpine.',
    de: 'Destillation ätherischer Öle aus Aroma- und Alpenpflanzen.',
    en: 'Distillation of essential oils from aromatic and alpine plants.',
  }),
  nace('21.10', 'phyto', 'partial', {
    fr: 'Principes actifs d’origine végétale, parmi l’ensemble des produits pharmaceutiques de base.',
    it: 'Principi attivi di origine vegetale, tra tutti i prodotti farmaceutici di base.',
    de: 'Pflanzliche Wirkstoffe, unter allen pharmazeutischen Grundstoffen.',
    en: 'Plant-derived active ingredients, among all basic pharmaceutical products.',
  }),
  nace('21.20', 'phyto', 'partial', {
    fr: 'Médicaments à base de plantes et préparations de phytothérapie, parmi l’ensemble des médicaments.',
    it: 'Medicinali vegetali e preparati fitoterapici, tra tutti i medicinali.',
    de: 'Pflanzliche Arzneimittel und Phytotherapeutika, unter allen Arzneimitteln.',
    en: 'Herbal medicines and phytotherapy preparations, among all medicines.',
  }),
  nace('46.45', 'phyto', 'partial', {
    fr: 'Commerce de gros de cosmétiques, dont une partie à base de plantes.',
    it: 'Commercio all’ingrosso di cosmetici, in parte a base vegetale.',
    de: 'Grosshandel mit Kosmetika, teils auf pflanzlicher Basis.',
    en: 'Wholesale of cosmetics, some of them plant-based.',
  }),
  nace('46.46', 'phyto', 'partial', {
    fr: 'Commerce de gros de produits pharmaceutiques, dont les médicaments à base de plantes.',
    it: 'Commercio all’ingrosso di prodotti farmaceutici, tra cui i medicinali vegetali.',
    de: 'Grosshandel mit pharmazeutischen Erzeugnissen, darunter pflanzliche Arzneimittel.',
    en: 'Wholesale of pharmaceutical goods, herbal medicines among them.',
  }),
  nace('47.73', 'phyto', 'partial', {
    fr: 'Pharmacies : les produits de phytothérapie parmi l’ensemble des médicaments.',
    it: 'Farmacie: i prodotti fitoterapici tra tutti i medicinali.',
    de: 'Apotheken: Phytotherapeutika unter allen Arzneimitteln.',
    en: 'Pharmacies: phytotherapy products among all medicines.',
  }),
  nace('47.75', 'phyto', 'partial', {
    fr: 'Parfumeries et herboristeries (l’ATECO nomme l’erboristeria), parmi tout le commerce de détail de produits de toilette.',
    it: 'Profumerie ed erboristerie (l’ATECO nomina l’erboristeria), tra tutto il commercio al dettaglio di articoli da toletta.',
    de: 'Kosmetik- und Kräuterfachgeschäfte (die ATECO nennt die erboristeria), im gesamten Detailhandel mit Körperpflegemitteln.',
    en: 'Cosmetics and herbalist shops (ATECO names erboristeria), among all toiletry retail.',
  }),
  nace('72.11', 'phyto', 'partial', {
    fr: 'Recherche en biotechnologie, dont les extraits de plantes et les composés actifs.',
    it: 'Ricerca biotecnologica, che studia tra l’altro estratti vegetali e principi attivi.',
    de: 'Biotechnologische Forschung, unter anderem zu Pflanzenextrakten und Wirkstoffen.',
    en: 'Biotechnology research, plant extracts and active compounds among its subjects.',
  }),
  nace('72.19', 'phyto', 'partial', {
    fr: 'Recherche sur les plantes, l’agronomie et la santé, parmi toute la recherche en sciences naturelles.',
    it: 'Ricerca su piante, agronomia e salute, tra tutta la ricerca nelle scienze naturali.',
    de: 'Forschung zu Pflanzen, Agronomie und Gesundheit, unter aller naturwissenschaftlichen Forschung.',
    en: 'Research on plants, agronomy and health, among all natural-science research.',
  }),
  nace('86.90', 'phyto', 'partial', {
    fr: 'Mêle ambulances, laboratoires et soins paramédicaux avec la naturopathie et d’autres thérapies.',
    it: 'Unisce ambulanze, laboratori e cure paramediche con la naturopatia e altre terapie.',
    de: 'Vereint Krankentransporte, Labors und paramedizinische Pflege mit Naturheilkunde und anderen Therapien.',
    en: 'Mixes ambulances, laboratories and paramedical care with naturopathy and other therapies.',
  }),
  national('naf', '86.90F', 'phyto', 'partial', {
    fr: 'Activités de santé humaine non classées ailleurs : naturopathes et autres praticiens de médecines complémentaires, avec les psychothérapeutes.',
    it: 'Attività sanitarie n.c.a.: naturopati e altri operatori delle medicine complementari, insieme agli psicoterapeuti.',
    de: 'Gesundheitswesen a. n. g.: Naturheilpraktiker und andere komplementärmedizinische Fachpersonen, mit Psychotherapeuten.',
    en: 'Health activities n.e.c.: naturopaths and other complementary practitioners, with psychotherapists.',
  }),
  nace('93.13', 'phyto', 'partial', {
    fr: 'Centres de culture physique : du bien-être, mais pas à base de plantes.',
    it: 'Palestre: benessere, ma non a base vegetale.',
    de: 'Fitnesscenter: Wohlbefinden, wenn auch nicht pflanzenbasiert.',
    en: 'Fitness centres: well-being, though not plant-based.',
  }),
  nace('96.04', 'phyto', 'core', {
    fr: 'Spas, bains thermaux, saunas et massages : le versant bien-être de la filière.',
    it: 'Spa, terme, saune e massaggi: il versante benessere della filiera.',
    de: 'Spas, Thermalbäder, Saunas und Massagen: die Wellness-Seite der Branche.',
    en: 'Spas, thermal baths, saunas and massage: the well-being side of the filière.',
  }),

  // Renovation: building renovation in mountain areas.
  nace('16.23', 'renovation', 'partial', {
    fr: 'Charpentes, menuiseries et éléments de construction en bois, pour le neuf comme pour l’existant.',
    it: 'Strutture, serramenti ed elementi costruttivi in legno, per edifici nuovi ed esistenti.',
    de: 'Holztragwerke, Bauschreinerei und Bauelemente aus Holz, für Neu- und Bestandsbauten.',
    en: 'Timber frames, joinery and wood building elements, for new and existing buildings.',
  }),
  nace('22.23', 'renovation', 'partial', {
    fr: 'Fenêtres, portes et autres éléments en plastique pour la construction, pour le neuf comme pour l’existant.',
    it: 'Finestre, porte e altri articoli in plastica per l’edilizia, per edifici nuovi ed esistenti.',
    de: 'Fenster, Türen und andere Baubedarfsartikel aus Kunststoff, für Neu- und Bestandsbauten.',
    en: 'Plastic windows, doors and other builders’ ware, for new and existing buildings.',
  }),
  nace('23.70', 'renovation', 'partial', {
    fr: 'Pierre de taille et lauzes pour le bâti traditionnel, parmi l’ensemble du travail de la pierre.',
    it: 'Pietra da taglio e lose per i tetti degli edifici tradizionali, tra tutta la lavorazione della pietra.',
    de: 'Werkstein und Steinplatten für die Dächer traditioneller Bauten (lauzes), unter aller Steinbearbeitung.',
    en: 'Cut stone and stone roofing slabs (lauzes) for traditional buildings, among all stone work.',
  }),
  nace('23.99', 'renovation', 'partial', {
    fr: 'Laine minérale et autres isolants minéraux, parmi les produits minéraux non métalliques n.c.a.',
    it: 'Lana minerale e altri isolanti minerali, tra i prodotti in minerali non metalliferi n.c.a.',
    de: 'Mineralwolle und andere mineralische Dämmstoffe, unter den Erzeugnissen aus nichtmetallischen Mineralien a. n. g.',
    en: 'Mineral wool and other mineral insulation, among non-metallic mineral products n.e.c.',
  }),
  nace('41.20', 'renovation', 'partial', {
    fr: 'Entreprises générales du bâtiment : mêlent construction neuve et rénovation.',
    it: 'Imprese edili generali: uniscono nuove costruzioni e ristrutturazioni.',
    de: 'Generalunternehmen im Hochbau: vereinen Neubau und Sanierung.',
    en: 'General building contractors: mixes new building and renovation.',
  }),
  nace('43.21', 'renovation', 'partial', {
    fr: 'Installation électrique, en rénovation comme en construction neuve.',
    it: 'Installazione di impianti elettrici, nelle ristrutturazioni come nelle nuove costruzioni.',
    de: 'Elektroinstallation, bei Sanierungen wie bei Neubauten.',
    en: 'Electrical installation, in renovations as in new buildings.',
  }),
  nace('43.22', 'renovation', 'partial', {
    fr: 'Chauffage, plomberie et ventilation (remplacement de chaudières, pompes à chaleur), dans le neuf et l’existant.',
    it: 'Riscaldamento, impianti idraulici e ventilazione (sostituzione di caldaie, pompe di calore), nel nuovo e nell’esistente.',
    de: 'Heizung, Sanitär und Lüftung (Ersatz von Heizkesseln, Wärmepumpen), in Neu- und Bestandsbauten.',
    en: 'Heating, plumbing and ventilation (heat-pump and boiler replacement), new and existing.',
  }),
  nace('43.29', 'renovation', 'partial', {
    fr: 'Mêle les travaux d’isolation, un métier de la rénovation énergétique, avec l’installation d’ascenseurs et d’autres travaux d’installation.',
    it: 'Unisce i lavori di isolamento, un mestiere della riqualificazione energetica, con l’installazione di ascensori e altri lavori di installazione.',
    de: 'Vereint Dämmarbeiten, ein Gewerk der energetischen Sanierung, mit dem Einbau von Aufzügen und anderen Installationsarbeiten.',
    en: 'Mixes insulation works, an energy-renovation trade, with lift installation and other installation work.',
  }),
  national('naf', '43.29A', 'renovation', 'core', {
    fr: 'Travaux d’isolation : le premier métier de la rénovation énergétique.',
    it: 'Lavori di isolamento (travaux d’isolation): il primo mestiere della riqualificazione energetica.',
    de: 'Dämmarbeiten (travaux d’isolation): das wichtigste Gewerk der energetischen Sanierung.',
    en: 'Insulation works (travaux d’isolation): the first energy-renovation trade.',
  }),
  national('ateco', '43.29.02', 'renovation', 'core', {
    fr: 'Travaux d’isolation thermique, acoustique et antivibratoire.',
    it: 'Lavori di isolamento termico, acustico e antivibrazioni.',
    de: 'Arbeiten zur Wärme-, Schall- und Schwingungsdämmung.',
    en: 'Thermal, acoustic and anti-vibration insulation works.',
  }),
  nace('43.31', 'renovation', 'partial', {
    fr: 'Plâtrerie, en rénovation comme en construction neuve.',
    it: 'Intonacatura, nelle ristrutturazioni come nelle nuove costruzioni.',
    de: 'Gipserarbeiten, bei Sanierungen wie bei Neubauten.',
    en: 'Plastering, in renovations as in new buildings.',
  }),
  nace('43.32', 'renovation', 'core', {
    fr: 'Pose de fenêtres et de portes : le remplacement des menuiseries se fait surtout sur le bâti existant.',
    it: 'Posa di finestre e porte: la sostituzione dei serramenti riguarda soprattutto edifici esistenti.',
    de: 'Einbau von Fenstern und Türen: der Ersatz von Fenstern betrifft vor allem bestehende Gebäude.',
    en: 'Window and door installation: replacement joinery is mostly work on existing buildings.',
  }),
  nace('43.33', 'renovation', 'partial', {
    fr: 'Revêtement des sols et des murs, en rénovation comme en construction neuve.',
    it: 'Rivestimento di pavimenti e pareti, nelle ristrutturazioni come nelle nuove costruzioni.',
    de: 'Boden- und Wandbeläge, bei Sanierungen wie bei Neubauten.',
    en: 'Floor and wall covering, in renovations as in new buildings.',
  }),
  nace('43.34', 'renovation', 'partial', {
    fr: 'Peinture et vitrerie, en rénovation comme en construction neuve.',
    it: 'Tinteggiatura e posa di vetri, nelle ristrutturazioni come nelle nuove costruzioni.',
    de: 'Maler- und Glaserarbeiten, bei Sanierungen wie bei Neubauten.',
    en: 'Painting and glazing, in renovations as in new buildings.',
  }),
  nace('43.39', 'renovation', 'partial', {
    fr: 'Autres travaux de finition, en rénovation comme en construction neuve.',
    it: 'Altri lavori di finitura, nelle ristrutturazioni come nelle nuove costruzioni.',
    de: 'Sonstige Ausbauarbeiten, bei Sanierungen wie bei Neubauten.',
    en: 'Other finishing work, in renovations as in new buildings.',
  }),
  nace('43.91', 'renovation', 'core', {
    fr: 'Couverture et charpente : la réfection des toitures existantes domine en montagne.',
    it: 'Coperture e carpenteria dei tetti: in montagna prevale il rifacimento dei tetti esistenti.',
    de: 'Dachdeckerei und Dachstühle: im Berggebiet überwiegt die Erneuerung bestehender Dächer.',
    en: 'Roofing and roof frames: re-roofing of existing buildings dominates in mountain areas.',
  }),
  nace('43.99', 'renovation', 'partial', {
    fr: 'Étanchéité, maçonnerie et autres travaux spécialisés, dans le neuf et l’existant.',
    it: 'Impermeabilizzazioni, muratura e altri lavori specializzati, nel nuovo e nell’esistente.',
    de: 'Abdichtung, Mauerwerk und andere spezialisierte Arbeiten, in Neu- und Bestandsbauten.',
    en: 'Waterproofing, masonry and other specialised work, new and existing.',
  }),
  nace('46.73', 'renovation', 'partial', {
    fr: 'Négoce de matériaux : bois, isolants et matériaux pour toute la construction.',
    it: 'Commercio di materiali edili: legname, isolanti e materiali per tutta l’edilizia.',
    de: 'Baustoffhandel: Holz, Dämmstoffe und Materialien für das gesamte Baugewerbe.',
    en: 'Builders’ merchants: timber, insulation and materials for all construction.',
  }),
  nace('47.52', 'renovation', 'partial', {
    fr: 'Quincailleries et magasins de bricolage, qui fournissent notamment la rénovation des logements.',
    it: 'Ferramenta e negozi di fai da te, che riforniscono tra l’altro la ristrutturazione della casa.',
    de: 'Eisenwarengeschäfte und Baumärkte, die unter anderem die Wohnungsrenovation beliefern.',
    en: 'Hardware and DIY stores, supplying home renovation among other uses.',
  }),
  nace('71.11', 'renovation', 'partial', {
    fr: 'Architectes : conception de rénovations comme de bâtiments neufs.',
    it: 'Architetti: progettazione di ristrutturazioni come di nuovi edifici.',
    de: 'Architekten: Planung von Sanierungen wie von Neubauten.',
    en: 'Architects: design of renovations as of new buildings.',
  }),
  nace('71.12', 'renovation', 'partial', {
    fr: 'Ingénierie du bâtiment, audits énergétiques et études thermiques, parmi toute l’ingénierie.',
    it: 'Ingegneria edile, diagnosi energetiche e studi termotecnici, tra tutta l’ingegneria.',
    de: 'Gebäudetechnik, Energieaudits und bauphysikalische Studien, unter allen Ingenieurdienstleistungen.',
    en: 'Building engineering, energy audits and thermal studies, among all engineering.',
  }),
  nace('74.10', 'renovation', 'partial', {
    fr: 'Architecture d’intérieur, parmi l’ensemble des activités de design spécialisé.',
    it: 'Design d’interni, tra tutte le attività di design specializzato.',
    de: 'Innenarchitektur, unter allen Tätigkeiten des spezialisierten Designs.',
    en: 'Interior design, among all specialised design activities.',
  }),
];
