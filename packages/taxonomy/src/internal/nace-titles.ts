/**
 * Titles of NACE Rev.2 codes that are not in the generated INSEE data: the 21 sections (four languages), and
 * the English, Italian and German titles of the 88 divisions and of every class the filière map uses.
 *
 * Sources (official titles, copied as published; Italian and German section and division titles that the
 * publishers print in capitals are given here in sentence case):
 * - English: Eurostat, NACE Rev. 2 — Statistical classification of economic activities in the European
 *   Community (Regulation (EC) No 1893/2006, EN version).
 * - French section titles: INSEE, Nomenclature d'activités française NAF rév. 2 (2008). Division, group, class
 *   and sub-class French titles come from the generated INSEE list (`generated/naf-rev2.ts`).
 * - Italian: ISTAT, Classificazione delle attività economiche ATECO 2007 (the Italian version of NACE Rev. 2;
 *   titles identical to Regulation (EC) No 1893/2006, IT version, down to the class).
 * - German: Destatis, Klassifikation der Wirtschaftszweige WZ 2008 (the German national version of NACE Rev. 2,
 *   same codes down to the class). Swiss NOGA 2008 titles differ in spelling ("Grosshandel", "Motorfahrzeuge").
 */

/** Section letter, its title in the four languages and the divisions it covers (inclusive). */
export interface SectionTitleRow {
  readonly code: string;
  readonly from: string;
  readonly to: string;
  readonly fr: string;
  readonly en: string;
  readonly it: string;
  readonly de: string;
}

export const SECTION_TITLES: readonly SectionTitleRow[] = [
  {
    code: 'A',
    from: '01',
    to: '03',
    fr: 'Agriculture, sylviculture et pêche',
    en: 'Agriculture, forestry and fishing',
    it: 'Agricoltura, silvicoltura e pesca',
    de: 'Land- und Forstwirtschaft, Fischerei',
  },
  {
    code: 'B',
    from: '05',
    to: '09',
    fr: 'Industries extractives',
    en: 'Mining and quarrying',
    it: 'Estrazione di minerali da cave e miniere',
    de: 'Bergbau und Gewinnung von Steinen und Erden',
  },
  {
    code: 'C',
    from: '10',
    to: '33',
    fr: 'Industrie manufacturière',
    en: 'Manufacturing',
    it: 'Attività manifatturiere',
    de: 'Verarbeitendes Gewerbe',
  },
  {
    code: 'D',
    from: '35',
    to: '35',
    fr: "Production et distribution d'électricité, de gaz, de vapeur et d'air conditionné",
    en: 'Electricity, gas, steam and air conditioning supply',
    it: 'Fornitura di energia elettrica, gas, vapore e aria condizionata',
    de: 'Energieversorgung',
  },
  {
    code: 'E',
    from: '36',
    to: '39',
    fr: "Production et distribution d'eau ; assainissement, gestion des déchets et dépollution",
    en: 'Water supply; sewerage, waste management and remediation activities',
    it: 'Fornitura di acqua; reti fognarie, attività di gestione dei rifiuti e risanamento',
    de: 'Wasserversorgung; Abwasser- und Abfallentsorgung und Beseitigung von Umweltverschmutzungen',
  },
  {
    code: 'F',
    from: '41',
    to: '43',
    fr: 'Construction',
    en: 'Construction',
    it: 'Costruzioni',
    de: 'Baugewerbe',
  },
  {
    code: 'G',
    from: '45',
    to: '47',
    fr: "Commerce ; réparation d'automobiles et de motocycles",
    en: 'Wholesale and retail trade; repair of motor vehicles and motorcycles',
    it: "Commercio all'ingrosso e al dettaglio; riparazione di autoveicoli e motocicli",
    de: 'Handel; Instandhaltung und Reparatur von Kraftfahrzeugen',
  },
  {
    code: 'H',
    from: '49',
    to: '53',
    fr: 'Transports et entreposage',
    en: 'Transportation and storage',
    it: 'Trasporto e magazzinaggio',
    de: 'Verkehr und Lagerei',
  },
  {
    code: 'I',
    from: '55',
    to: '56',
    fr: 'Hébergement et restauration',
    en: 'Accommodation and food service activities',
    it: 'Attività dei servizi di alloggio e di ristorazione',
    de: 'Gastgewerbe',
  },
  {
    code: 'J',
    from: '58',
    to: '63',
    fr: 'Information et communication',
    en: 'Information and communication',
    it: 'Servizi di informazione e comunicazione',
    de: 'Information und Kommunikation',
  },
  {
    code: 'K',
    from: '64',
    to: '66',
    fr: "Activités financières et d'assurance",
    en: 'Financial and insurance activities',
    it: 'Attività finanziarie e assicurative',
    de: 'Erbringung von Finanz- und Versicherungsdienstleistungen',
  },
  {
    code: 'L',
    from: '68',
    to: '68',
    fr: 'Activités immobilières',
    en: 'Real estate activities',
    it: 'Attività immobiliari',
    de: 'Grundstücks- und Wohnungswesen',
  },
  {
    code: 'M',
    from: '69',
    to: '75',
    fr: 'Activités spécialisées, scientifiques et techniques',
    en: 'Professional, scientific and technical activities',
    it: 'Attività professionali, scientifiche e tecniche',
    de: 'Erbringung von freiberuflichen, wissenschaftlichen und technischen Dienstleistungen',
  },
  {
    code: 'N',
    from: '77',
    to: '82',
    fr: 'Activités de services administratifs et de soutien',
    en: 'Administrative and support service activities',
    it: 'Noleggio, agenzie di viaggio, servizi di supporto alle imprese',
    de: 'Erbringung von sonstigen wirtschaftlichen Dienstleistungen',
  },
  {
    code: 'O',
    from: '84',
    to: '84',
    fr: 'Administration publique',
    en: 'Public administration and defence; compulsory social security',
    it: 'Amministrazione pubblica e difesa; assicurazione sociale obbligatoria',
    de: 'Öffentliche Verwaltung, Verteidigung; Sozialversicherung',
  },
  {
    code: 'P',
    from: '85',
    to: '85',
    fr: 'Enseignement',
    en: 'Education',
    it: 'Istruzione',
    de: 'Erziehung und Unterricht',
  },
  {
    code: 'Q',
    from: '86',
    to: '88',
    fr: 'Santé humaine et action sociale',
    en: 'Human health and social work activities',
    it: 'Sanità e assistenza sociale',
    de: 'Gesundheits- und Sozialwesen',
  },
  {
    code: 'R',
    from: '90',
    to: '93',
    fr: 'Arts, spectacles et activités récréatives',
    en: 'Arts, entertainment and recreation',
    it: 'Attività artistiche, sportive, di intrattenimento e divertimento',
    de: 'Kunst, Unterhaltung und Erholung',
  },
  {
    code: 'S',
    from: '94',
    to: '96',
    fr: 'Autres activités de services',
    en: 'Other service activities',
    it: 'Altre attività di servizi',
    de: 'Erbringung von sonstigen Dienstleistungen',
  },
  {
    code: 'T',
    from: '97',
    to: '98',
    fr: "Activités des ménages en tant qu'employeurs ; activités indifférenciées des ménages en tant que producteurs de biens et services pour usage propre",
    en: 'Activities of households as employers; undifferentiated goods- and services-producing activities of households for own use',
    it: 'Attività di famiglie e convivenze come datori di lavoro per personale domestico; produzione di beni e servizi indifferenziati per uso proprio da parte di famiglie e convivenze',
    de: 'Private Haushalte mit Hauspersonal; Herstellung von Waren und Erbringung von Dienstleistungen durch private Haushalte für den Eigenbedarf ohne ausgeprägten Schwerpunkt',
  },
  {
    code: 'U',
    from: '99',
    to: '99',
    fr: 'Activités extra-territoriales',
    en: 'Activities of extraterritorial organisations and bodies',
    it: 'Organizzazioni ed organismi extraterritoriali',
    de: 'Exterritoriale Organisationen und Körperschaften',
  },
];

/** English, Italian and German titles of a division or class: `[en, it, de]`. */
export type TitleTriple = readonly [en: string, it: string, de: string];

export const DIVISION_TITLES: Readonly<Record<string, TitleTriple>> = {
  '01': [
    'Crop and animal production, hunting and related service activities',
    'Coltivazioni agricole e produzione di prodotti animali, caccia e servizi connessi',
    'Landwirtschaft, Jagd und damit verbundene Tätigkeiten',
  ],
  '02': [
    'Forestry and logging',
    'Silvicoltura ed utilizzo di aree forestali',
    'Forstwirtschaft und Holzeinschlag',
  ],
  '03': ['Fishing and aquaculture', 'Pesca e acquacoltura', 'Fischerei und Aquakultur'],
  '05': ['Mining of coal and lignite', 'Estrazione di carbone (esclusa torba)', 'Kohlenbergbau'],
  '06': [
    'Extraction of crude petroleum and natural gas',
    'Estrazione di petrolio greggio e di gas naturale',
    'Gewinnung von Erdöl und Erdgas',
  ],
  '07': ['Mining of metal ores', 'Estrazione di minerali metalliferi', 'Erzbergbau'],
  '08': [
    'Other mining and quarrying',
    'Altre attività di estrazione di minerali da cave e miniere',
    'Gewinnung von Steinen und Erden, sonstiger Bergbau',
  ],
  '09': [
    'Mining support service activities',
    "Attività dei servizi di supporto all'estrazione",
    'Erbringung von Dienstleistungen für den Bergbau und für die Gewinnung von Steinen und Erden',
  ],
  '10': [
    'Manufacture of food products',
    'Industrie alimentari',
    'Herstellung von Nahrungs- und Futtermitteln',
  ],
  '11': ['Manufacture of beverages', 'Industria delle bevande', 'Getränkeherstellung'],
  '12': ['Manufacture of tobacco products', 'Industria del tabacco', 'Tabakverarbeitung'],
  '13': ['Manufacture of textiles', 'Industrie tessili', 'Herstellung von Textilien'],
  '14': [
    'Manufacture of wearing apparel',
    'Confezione di articoli di abbigliamento; confezione di articoli in pelle e pelliccia',
    'Herstellung von Bekleidung',
  ],
  '15': [
    'Manufacture of leather and related products',
    'Fabbricazione di articoli in pelle e simili',
    'Herstellung von Leder, Lederwaren und Schuhen',
  ],
  '16': [
    'Manufacture of wood and of products of wood and cork, except furniture; manufacture of articles of straw and plaiting materials',
    'Industria del legno e dei prodotti in legno e sughero (esclusi i mobili); fabbricazione di articoli in paglia e materiali da intreccio',
    'Herstellung von Holz-, Flecht-, Korb- und Korkwaren (ohne Möbel)',
  ],
  '17': [
    'Manufacture of paper and paper products',
    'Fabbricazione di carta e di prodotti di carta',
    'Herstellung von Papier, Pappe und Waren daraus',
  ],
  '18': [
    'Printing and reproduction of recorded media',
    'Stampa e riproduzione di supporti registrati',
    'Herstellung von Druckerzeugnissen; Vervielfältigung von bespielten Ton-, Bild- und Datenträgern',
  ],
  '19': [
    'Manufacture of coke and refined petroleum products',
    'Fabbricazione di coke e prodotti derivanti dalla raffinazione del petrolio',
    'Kokerei und Mineralölverarbeitung',
  ],
  '20': [
    'Manufacture of chemicals and chemical products',
    'Fabbricazione di prodotti chimici',
    'Herstellung von chemischen Erzeugnissen',
  ],
  '21': [
    'Manufacture of basic pharmaceutical products and pharmaceutical preparations',
    'Fabbricazione di prodotti farmaceutici di base e di preparati farmaceutici',
    'Herstellung von pharmazeutischen Erzeugnissen',
  ],
  '22': [
    'Manufacture of rubber and plastic products',
    'Fabbricazione di articoli in gomma e materie plastiche',
    'Herstellung von Gummi- und Kunststoffwaren',
  ],
  '23': [
    'Manufacture of other non-metallic mineral products',
    'Fabbricazione di altri prodotti della lavorazione di minerali non metalliferi',
    'Herstellung von Glas und Glaswaren, Keramik, Verarbeitung von Steinen und Erden',
  ],
  '24': ['Manufacture of basic metals', 'Metallurgia', 'Metallerzeugung und -bearbeitung'],
  '25': [
    'Manufacture of fabricated metal products, except machinery and equipment',
    'Fabbricazione di prodotti in metallo (esclusi macchinari e attrezzature)',
    'Herstellung von Metallerzeugnissen',
  ],
  '26': [
    'Manufacture of computer, electronic and optical products',
    'Fabbricazione di computer e prodotti di elettronica e ottica; apparecchi elettromedicali, apparecchi di misurazione e di orologi',
    'Herstellung von Datenverarbeitungsgeräten, elektronischen und optischen Erzeugnissen',
  ],
  '27': [
    'Manufacture of electrical equipment',
    'Fabbricazione di apparecchiature elettriche ed apparecchiature per uso domestico non elettriche',
    'Herstellung von elektrischen Ausrüstungen',
  ],
  '28': [
    'Manufacture of machinery and equipment n.e.c.',
    'Fabbricazione di macchinari ed apparecchiature nca',
    'Maschinenbau',
  ],
  '29': [
    'Manufacture of motor vehicles, trailers and semi-trailers',
    'Fabbricazione di autoveicoli, rimorchi e semirimorchi',
    'Herstellung von Kraftwagen und Kraftwagenteilen',
  ],
  '30': [
    'Manufacture of other transport equipment',
    'Fabbricazione di altri mezzi di trasporto',
    'Sonstiger Fahrzeugbau',
  ],
  '31': ['Manufacture of furniture', 'Fabbricazione di mobili', 'Herstellung von Möbeln'],
  '32': ['Other manufacturing', 'Altre industrie manifatturiere', 'Herstellung von sonstigen Waren'],
  '33': [
    'Repair and installation of machinery and equipment',
    'Riparazione, manutenzione ed installazione di macchine ed apparecchiature',
    'Reparatur und Installation von Maschinen und Ausrüstungen',
  ],
  '35': [
    'Electricity, gas, steam and air conditioning supply',
    'Fornitura di energia elettrica, gas, vapore e aria condizionata',
    'Energieversorgung',
  ],
  '36': [
    'Water collection, treatment and supply',
    'Raccolta, trattamento e fornitura di acqua',
    'Wasserversorgung',
  ],
  '37': ['Sewerage', 'Gestione delle reti fognarie', 'Abwasserentsorgung'],
  '38': [
    'Waste collection, treatment and disposal activities; materials recovery',
    'Attività di raccolta, trattamento e smaltimento dei rifiuti; recupero dei materiali',
    'Sammlung, Behandlung und Beseitigung von Abfällen; Rückgewinnung',
  ],
  '39': [
    'Remediation activities and other waste management services',
    'Attività di risanamento e altri servizi di gestione dei rifiuti',
    'Beseitigung von Umweltverschmutzungen und sonstige Entsorgung',
  ],
  '41': ['Construction of buildings', 'Costruzione di edifici', 'Hochbau'],
  '42': ['Civil engineering', 'Ingegneria civile', 'Tiefbau'],
  '43': [
    'Specialised construction activities',
    'Lavori di costruzione specializzati',
    'Vorbereitende Baustellenarbeiten, Bauinstallation und sonstiges Ausbaugewerbe',
  ],
  '45': [
    'Wholesale and retail trade and repair of motor vehicles and motorcycles',
    "Commercio all'ingrosso e al dettaglio e riparazione di autoveicoli e motocicli",
    'Handel mit Kraftfahrzeugen; Instandhaltung und Reparatur von Kraftfahrzeugen',
  ],
  '46': [
    'Wholesale trade, except of motor vehicles and motorcycles',
    "Commercio all'ingrosso (escluso quello di autoveicoli e di motocicli)",
    'Großhandel (ohne Handel mit Kraftfahrzeugen)',
  ],
  '47': [
    'Retail trade, except of motor vehicles and motorcycles',
    'Commercio al dettaglio (escluso quello di autoveicoli e di motocicli)',
    'Einzelhandel (ohne Handel mit Kraftfahrzeugen)',
  ],
  '49': [
    'Land transport and transport via pipelines',
    'Trasporto terrestre e trasporto mediante condotte',
    'Landverkehr und Transport in Rohrfernleitungen',
  ],
  '50': ['Water transport', "Trasporto marittimo e per vie d'acqua", 'Schifffahrt'],
  '51': ['Air transport', 'Trasporto aereo', 'Luftfahrt'],
  '52': [
    'Warehousing and support activities for transportation',
    'Magazzinaggio e attività di supporto ai trasporti',
    'Lagerei sowie Erbringung von sonstigen Dienstleistungen für den Verkehr',
  ],
  '53': [
    'Postal and courier activities',
    'Servizi postali e attività di corriere',
    'Post-, Kurier- und Expressdienste',
  ],
  '55': ['Accommodation', 'Alloggio', 'Beherbergung'],
  '56': ['Food and beverage service activities', 'Attività dei servizi di ristorazione', 'Gastronomie'],
  '58': ['Publishing activities', 'Attività editoriali', 'Verlagswesen'],
  '59': [
    'Motion picture, video and television programme production, sound recording and music publishing activities',
    'Attività di produzione cinematografica, di video e di programmi televisivi, di registrazioni musicali e sonore',
    'Herstellung, Verleih und Vertrieb von Filmen und Fernsehprogrammen; Kinos; Tonstudios und Verlegen von Musik',
  ],
  '60': [
    'Programming and broadcasting activities',
    'Attività di programmazione e trasmissione',
    'Rundfunkveranstalter',
  ],
  '61': ['Telecommunications', 'Telecomunicazioni', 'Telekommunikation'],
  '62': [
    'Computer programming, consultancy and related activities',
    'Produzione di software, consulenza informatica e attività connesse',
    'Erbringung von Dienstleistungen der Informationstechnologie',
  ],
  '63': [
    'Information service activities',
    "Attività dei servizi d'informazione e altri servizi informatici",
    'Informationsdienstleistungen',
  ],
  '64': [
    'Financial service activities, except insurance and pension funding',
    'Attività di servizi finanziari (escluse le assicurazioni e i fondi pensione)',
    'Erbringung von Finanzdienstleistungen',
  ],
  '65': [
    'Insurance, reinsurance and pension funding, except compulsory social security',
    'Assicurazioni, riassicurazioni e fondi pensione (escluse le assicurazioni sociali obbligatorie)',
    'Versicherungen, Rückversicherungen und Pensionskassen (ohne Sozialversicherung)',
  ],
  '66': [
    'Activities auxiliary to financial services and insurance activities',
    'Attività ausiliarie dei servizi finanziari e delle attività assicurative',
    'Mit Finanz- und Versicherungsdienstleistungen verbundene Tätigkeiten',
  ],
  '68': ['Real estate activities', 'Attività immobiliari', 'Grundstücks- und Wohnungswesen'],
  '69': [
    'Legal and accounting activities',
    'Attività legali e contabilità',
    'Rechts- und Steuerberatung, Wirtschaftsprüfung',
  ],
  '70': [
    'Activities of head offices; management consultancy activities',
    'Attività di direzione aziendale e di consulenza gestionale',
    'Verwaltung und Führung von Unternehmen und Betrieben; Unternehmensberatung',
  ],
  '71': [
    'Architectural and engineering activities; technical testing and analysis',
    "Attività degli studi di architettura e d'ingegneria; collaudi ed analisi tecniche",
    'Architektur- und Ingenieurbüros; technische, physikalische und chemische Untersuchung',
  ],
  '72': [
    'Scientific research and development',
    'Ricerca scientifica e sviluppo',
    'Forschung und Entwicklung',
  ],
  '73': ['Advertising and market research', 'Pubblicità e ricerche di mercato', 'Werbung und Marktforschung'],
  '74': [
    'Other professional, scientific and technical activities',
    'Altre attività professionali, scientifiche e tecniche',
    'Sonstige freiberufliche, wissenschaftliche und technische Tätigkeiten',
  ],
  '75': ['Veterinary activities', 'Servizi veterinari', 'Veterinärwesen'],
  '77': [
    'Rental and leasing activities',
    'Attività di noleggio e leasing operativo',
    'Vermietung von beweglichen Sachen',
  ],
  '78': [
    'Employment activities',
    'Attività di ricerca, selezione, fornitura di personale',
    'Vermittlung und Überlassung von Arbeitskräften',
  ],
  '79': [
    'Travel agency, tour operator reservation service and related activities',
    'Attività dei servizi delle agenzie di viaggio, dei tour operator e servizi di prenotazione e attività connesse',
    'Reisebüros, Reiseveranstalter und Erbringung sonstiger Reservierungsdienstleistungen',
  ],
  '80': [
    'Security and investigation activities',
    'Servizi di vigilanza e investigazione',
    'Wach- und Sicherheitsdienste sowie Detekteien',
  ],
  '81': [
    'Services to buildings and landscape activities',
    'Attività di servizi per edifici e paesaggio',
    'Gebäudebetreuung; Garten- und Landschaftsbau',
  ],
  '82': [
    'Office administrative, office support and other business support activities',
    "Attività di supporto per le funzioni d'ufficio e altri servizi di supporto alle imprese",
    'Erbringung von wirtschaftlichen Dienstleistungen für Unternehmen und Privatpersonen a. n. g.',
  ],
  '84': [
    'Public administration and defence; compulsory social security',
    'Amministrazione pubblica e difesa; assicurazione sociale obbligatoria',
    'Öffentliche Verwaltung, Verteidigung; Sozialversicherung',
  ],
  '85': ['Education', 'Istruzione', 'Erziehung und Unterricht'],
  '86': ['Human health activities', 'Assistenza sanitaria', 'Gesundheitswesen'],
  '87': [
    'Residential care activities',
    'Servizi di assistenza sociale residenziale',
    'Heime (ohne Erholungs- und Ferienheime)',
  ],
  '88': [
    'Social work activities without accommodation',
    'Assistenza sociale non residenziale',
    'Sozialwesen (ohne Heime)',
  ],
  '90': [
    'Creative, arts and entertainment activities',
    'Attività creative, artistiche e di intrattenimento',
    'Kreative, künstlerische und unterhaltende Tätigkeiten',
  ],
  '91': [
    'Libraries, archives, museums and other cultural activities',
    'Attività di biblioteche, archivi, musei ed altre attività culturali',
    'Bibliotheken, Archive, Museen, botanische und zoologische Gärten',
  ],
  '92': [
    'Gambling and betting activities',
    'Attività riguardanti le lotterie, le scommesse, le case da gioco',
    'Spiel-, Wett- und Lotteriewesen',
  ],
  '93': [
    'Sports activities and amusement and recreation activities',
    'Attività sportive, di intrattenimento e di divertimento',
    'Erbringung von Dienstleistungen des Sports, der Unterhaltung und der Erholung',
  ],
  '94': [
    'Activities of membership organisations',
    'Attività di organizzazioni associative',
    'Interessenvertretungen sowie kirchliche und sonstige religiöse Vereinigungen (ohne Sozialwesen und Sport)',
  ],
  '95': [
    'Repair of computers and personal and household goods',
    'Riparazione di computer e di beni per uso personale e per la casa',
    'Reparatur von Datenverarbeitungsgeräten und Gebrauchsgütern',
  ],
  '96': [
    'Other personal service activities',
    'Altre attività di servizi per la persona',
    'Erbringung von sonstigen überwiegend persönlichen Dienstleistungen',
  ],
  '97': [
    'Activities of households as employers of domestic personnel',
    'Attività di famiglie e convivenze come datori di lavoro per personale domestico',
    'Private Haushalte mit Hauspersonal',
  ],
  '98': [
    'Undifferentiated goods- and services-producing activities of private households for own use',
    'Produzione di beni e servizi indifferenziati per uso proprio da parte di famiglie e convivenze',
    'Herstellung von Waren und Erbringung von Dienstleistungen durch private Haushalte für den Eigenbedarf ohne ausgeprägten Schwerpunkt',
  ],
  '99': [
    'Activities of extraterritorial organisations and bodies',
    'Organizzazioni ed organismi extraterritoriali',
    'Exterritoriale Organisationen und Körperschaften',
  ],
};

/** Every class the filière map uses (a test checks that none is missing). */
export const CLASS_TITLES: Readonly<Record<string, TitleTriple>> = {
  '01.28': [
    'Growing of spices, aromatic, drug and pharmaceutical crops',
    'Coltivazione di spezie, piante aromatiche e farmaceutiche',
    'Anbau von Gewürzpflanzen, Pflanzen für aromatische, narkotische und pharmazeutische Zwecke',
  ],
  '02.30': [
    'Gathering of wild growing non-wood products',
    'Raccolta di prodotti selvatici non legnosi',
    'Sammeln von wild wachsenden Produkten (ohne Holz)',
  ],
  '10.83': [
    'Processing of tea and coffee',
    'Lavorazione del tè e del caffè',
    'Verarbeitung von Kaffee und Tee, Herstellung von Kaffee-Ersatz',
  ],
  '10.84': [
    'Manufacture of condiments and seasonings',
    'Produzione di condimenti e spezie',
    'Herstellung von Würzmitteln und Soßen',
  ],
  '10.86': [
    'Manufacture of homogenised food preparations and dietetic food',
    'Produzione di preparati omogeneizzati e di alimenti dietetici',
    'Herstellung von homogenisierten und diätetischen Nahrungsmitteln',
  ],
  '10.89': [
    'Manufacture of other food products n.e.c.',
    'Produzione di altri prodotti alimentari nca',
    'Herstellung von sonstigen Nahrungsmitteln a. n. g.',
  ],
  '13.92': [
    'Manufacture of made-up textile articles, except apparel',
    'Confezionamento di articoli tessili, esclusi gli articoli di abbigliamento',
    'Herstellung von konfektionierten Textilwaren (ohne Bekleidung)',
  ],
  '13.94': [
    'Manufacture of cordage, rope, twine and netting',
    'Fabbricazione di spago, corde, funi e reti',
    'Herstellung von Seilerwaren',
  ],
  '14.13': [
    'Manufacture of other outerwear',
    'Confezione di altro abbigliamento esterno',
    'Herstellung von sonstiger Oberbekleidung',
  ],
  '14.19': [
    'Manufacture of other wearing apparel and accessories',
    'Confezione di altri articoli di abbigliamento ed accessori',
    'Herstellung von sonstiger Bekleidung und Bekleidungszubehör a. n. g.',
  ],
  '15.20': ['Manufacture of footwear', 'Fabbricazione di calzature', 'Herstellung von Schuhen'],
  '16.23': [
    "Manufacture of other builders' carpentry and joinery",
    "Fabbricazione di altri elementi in legno e di falegnameria per l'edilizia",
    'Herstellung von sonstigen Konstruktionsteilen, Fertigbauteilen, Ausbauelementen und Fertigteilbauten aus Holz',
  ],
  '20.42': [
    'Manufacture of perfumes and toilet preparations',
    'Fabbricazione di prodotti per toletta: profumi, cosmetici, saponi e simili',
    'Herstellung von Körperpflegemitteln und Duftstoffen',
  ],
  '20.53': [
    'Manufacture of essential oils',
    'Fabbricazione di oli essenziali',
    'Herstellung von etherischen Ölen',
  ],
  '21.10': [
    'Manufacture of basic pharmaceutical products',
    'Fabbricazione di prodotti farmaceutici di base',
    'Herstellung von pharmazeutischen Grundstoffen',
  ],
  '21.20': [
    'Manufacture of pharmaceutical preparations',
    'Fabbricazione di medicinali e preparati farmaceutici',
    'Herstellung von pharmazeutischen Spezialitäten und sonstigen pharmazeutischen Erzeugnissen',
  ],
  '22.19': [
    'Manufacture of other rubber products',
    'Fabbricazione di altri prodotti in gomma',
    'Herstellung von sonstigen Gummiwaren',
  ],
  '22.23': [
    "Manufacture of builders' ware of plastic",
    "Fabbricazione di articoli in plastica per l'edilizia",
    'Herstellung von Baubedarfsartikeln aus Kunststoffen',
  ],
  '22.29': [
    'Manufacture of other plastic products',
    'Fabbricazione di altri articoli in materie plastiche',
    'Herstellung von sonstigen Kunststoffwaren',
  ],
  '23.70': [
    'Cutting, shaping and finishing of stone',
    'Taglio, modellatura e finitura di pietre',
    'Be- und Verarbeitung von Naturwerksteinen und Natursteinen a. n. g.',
  ],
  '23.99': [
    'Manufacture of other non-metallic mineral products n.e.c.',
    'Fabbricazione di altri prodotti in minerali non metalliferi nca',
    'Herstellung von sonstigen Erzeugnissen aus nichtmetallischen Mineralien a. n. g.',
  ],
  '28.22': [
    'Manufacture of lifting and handling equipment',
    'Fabbricazione di macchine e apparecchi di sollevamento e movimentazione',
    'Herstellung von Hebezeugen und Fördermitteln',
  ],
  '30.92': [
    'Manufacture of bicycles and invalid carriages',
    'Fabbricazione di biciclette e veicoli per invalidi',
    'Herstellung von Fahrrädern sowie von Behindertenfahrzeugen',
  ],
  '32.30': [
    'Manufacture of sports goods',
    'Fabbricazione di articoli sportivi',
    'Herstellung von Sportgeräten',
  ],
  '41.20': [
    'Construction of residential and non-residential buildings',
    'Costruzione di edifici residenziali e non residenziali',
    'Bau von Gebäuden',
  ],
  '43.21': ['Electrical installation', 'Installazione di impianti elettrici', 'Elektroinstallation'],
  '43.22': [
    'Plumbing, heat and air-conditioning installation',
    "Installazione di impianti idraulici, di riscaldamento e di condizionamento dell'aria",
    'Gas-, Wasser-, Heizungs- sowie Lüftungs- und Klimainstallation',
  ],
  '43.29': [
    'Other construction installation',
    'Altri lavori di costruzione e installazione',
    'Sonstige Bauinstallation',
  ],
  '43.31': ['Plastering', 'Intonacatura', 'Anbringen von Stuckaturen, Gipserei und Verputzerei'],
  '43.32': ['Joinery installation', 'Posa in opera di infissi', 'Bautischlerei und -schlosserei'],
  '43.33': [
    'Floor and wall covering',
    'Rivestimento di pavimenti e di muri',
    'Fußboden-, Fliesen- und Plattenlegerei, Tapeziererei',
  ],
  '43.34': ['Painting and glazing', 'Tinteggiatura e posa in opera di vetri', 'Malerei und Glaserei'],
  '43.39': [
    'Other building completion and finishing',
    'Altri lavori di completamento e di finitura degli edifici',
    'Sonstiger Ausbau a. n. g.',
  ],
  '43.91': ['Roofing activities', 'Realizzazione di coperture', 'Dachdeckerei und Zimmerei'],
  '43.99': [
    'Other specialised construction activities n.e.c.',
    'Altri lavori specializzati di costruzione nca',
    'Sonstige spezialisierte Bautätigkeiten a. n. g.',
  ],
  '46.45': [
    'Wholesale of perfume and cosmetics',
    "Commercio all'ingrosso di profumi e cosmetici",
    'Großhandel mit kosmetischen Erzeugnissen und Körperpflegemitteln',
  ],
  '46.46': [
    'Wholesale of pharmaceutical goods',
    "Commercio all'ingrosso di prodotti farmaceutici",
    'Großhandel mit pharmazeutischen, medizinischen und orthopädischen Erzeugnissen',
  ],
  '46.49': [
    'Wholesale of other household goods',
    "Commercio all'ingrosso di altri beni di consumo finale",
    'Großhandel mit sonstigen Gebrauchs- und Verbrauchsgütern',
  ],
  '46.73': [
    'Wholesale of wood, construction materials and sanitary equipment',
    "Commercio all'ingrosso di legname e di materiali da costruzione, apparecchi igienico-sanitari",
    'Großhandel mit Holz, Baustoffen, Anstrichmitteln und Sanitärkeramik',
  ],
  '47.52': [
    'Retail sale of hardware, paints and glass in specialised stores',
    'Commercio al dettaglio di ferramenta, vernici, vetro piano e materiale elettrico e termoidraulico',
    'Einzelhandel mit Metallwaren, Anstrichmitteln, Bau- und Heimwerkerbedarf',
  ],
  '47.64': [
    'Retail sale of sporting equipment in specialised stores',
    'Commercio al dettaglio di articoli sportivi in esercizi specializzati',
    'Einzelhandel mit Fahrrädern, Sport- und Campingartikeln',
  ],
  '47.73': [
    'Dispensing chemist in specialised stores',
    'Commercio al dettaglio di medicinali in esercizi specializzati',
    'Apotheken',
  ],
  '47.75': [
    'Retail sale of cosmetic and toilet articles in specialised stores',
    'Commercio al dettaglio di cosmetici, di articoli di profumeria e di erboristeria in esercizi specializzati',
    'Einzelhandel mit kosmetischen Erzeugnissen und Körperpflegemitteln',
  ],
  '49.39': [
    'Other passenger land transport n.e.c.',
    'Altre attività di trasporti terrestri di passeggeri nca',
    'Sonstige Personenbeförderung im Landverkehr a. n. g.',
  ],
  '71.11': ['Architectural activities', 'Attività degli studi di architettura', 'Architekturbüros'],
  '71.12': [
    'Engineering activities and related technical consultancy',
    "Attività degli studi d'ingegneria ed altri studi tecnici",
    'Ingenieurbüros',
  ],
  '72.11': [
    'Research and experimental development on biotechnology',
    'Ricerca e sviluppo sperimentale nel campo delle biotecnologie',
    'Forschung und Entwicklung im Bereich Biotechnologie',
  ],
  '72.19': [
    'Other research and experimental development on natural sciences and engineering',
    "Altre attività di ricerca e sviluppo sperimentale nel campo delle scienze naturali e dell'ingegneria",
    'Sonstige Forschung und Entwicklung im Bereich Natur-, Ingenieur-, Agrarwissenschaften und Medizin',
  ],
  '74.10': [
    'Specialised design activities',
    'Attività di design specializzate',
    'Ateliers für Textil-, Schmuck-, Grafik- u. ä. Design',
  ],
  '77.21': [
    'Renting and leasing of recreational and sports goods',
    'Noleggio di attrezzature sportive e ricreative',
    'Vermietung von Sport- und Freizeitgeräten',
  ],
  '79.12': ['Tour operator activities', 'Attività dei tour operator', 'Reiseveranstalter'],
  '85.51': [
    'Sports and recreation education',
    'Corsi sportivi e ricreativi',
    'Sport- und Freizeitunterricht',
  ],
  '86.90': [
    'Other human health activities',
    'Altri servizi di assistenza sanitaria',
    'Gesundheitswesen a. n. g.',
  ],
  '93.11': ['Operation of sports facilities', 'Gestione di impianti sportivi', 'Betrieb von Sportanlagen'],
  '93.12': ['Activities of sport clubs', 'Attività di club sportivi', 'Sportvereine'],
  '93.13': ['Fitness facilities', 'Gestione di palestre', 'Fitnesszentren'],
  '93.19': [
    'Other sports activities',
    'Altre attività sportive',
    'Erbringung von sonstigen Dienstleistungen des Sports',
  ],
  '93.29': [
    'Other amusement and recreation activities',
    'Altre attività ricreative e di divertimento',
    'Erbringung von sonstigen Dienstleistungen der Unterhaltung und der Erholung',
  ],
  '95.29': [
    'Repair of other personal and household goods',
    'Riparazione di altri beni per uso personale e per la casa',
    'Reparatur von sonstigen Gebrauchsgütern',
  ],
  '96.04': [
    'Physical well-being activities',
    'Servizi dei centri per il benessere fisico',
    'Saunas, Solarien, Bäder u. Ä.',
  ],
};
