import type { Catalog } from '../catalog';

/** Italian catalog, a working language of the project. The apostrophe is ’ (U+2019), as in French. */
export const it: Catalog = {
  'app.name': 'Mont-Blanc INNOVATION',
  'app.tagline':
    'Una dinamica economica transfrontaliera attorno alle filiere d’eccellenza dell’Espace Mont-Blanc',
  'app.programme': 'Programma Interreg V-A Italia-Francia (ALCOTRA) 2014-2020',
  'app.cofunded': 'Progetto cofinanziato dall’Unione europea – Fondo europeo di sviluppo regionale (FESR)',

  'nav.home': 'Home',
  'nav.partners': 'Partner',
  'nav.financing': 'Piano finanziario',
  'nav.workPackages': 'Work package',
  'nav.observatory': 'Osservatorio economico',
  'nav.map': 'Mappa',
  'nav.establishments': 'Unità locali',
  'nav.events': 'Eventi',
  'nav.opportunities': 'Opportunità d’affari',
  'nav.stakeholders': 'Attori del territorio',

  'financing.caption': 'Piano finanziario per partner',
  'financing.column.partner': 'Partner',
  'financing.column.country': 'Paese',
  'financing.column.role': 'Ruolo',
  'financing.column.eligibleTotal': 'Totale ammissibile',
  'financing.column.erdf': 'FESR',
  'financing.column.rate': 'Tasso',
  'financing.column.contribution': 'Contropartita',
  'financing.row.totalErdf': 'Totale FESR',
  'financing.row.outsideErdf': 'Fuori FESR',
  'financing.note.swissFunding':
    'I partner svizzeri sono finanziati con fondi federali e cantonali. I loro importi in franchi svizzeri non sono compresi nei totali FESR.',
  'financing.note.rounding':
    'Gli importi FESR sono troncati al centesimo. I totali sono la somma degli importi dei partner.',

  'count.partners': '{count, plural, one {# partner} many {# di partner} other {# partner}}',
  'count.companies': '{count, plural, one {# impresa} many {# di imprese} other {# imprese}}',
  'count.establishments':
    '{count, plural, one {# unità locale} many {# di unità locali} other {# unità locali}}',
  'count.employees': '{count, plural, one {# dipendente} many {# di dipendenti} other {# dipendenti}}',
  'count.municipalities': '{count, plural, one {# comune} many {# di comuni} other {# comuni}}',
  'count.results':
    '{count, plural, =0 {Nessun risultato} one {# risultato} many {# di risultati} other {# risultati}}',

  'error.badRequest': 'La richiesta non è formulata correttamente.',
  'error.validationFailed': 'I dati inviati non sono validi.',
  'error.invalidIdentifier': 'L’identificativo {identifier} non è valido ({reason}).',
  'error.unauthorized': 'Autenticazione richiesta.',
  'error.forbidden': 'Non si dispone dei permessi necessari per questa operazione.',
  'error.notFound': 'La risorsa richiesta non è stata trovata.',
  'error.conflict': 'I dati sono stati modificati nel frattempo. Ricaricarli e riprovare.',
  'error.payloadTooLarge': 'Il contenuto inviato è troppo voluminoso.',
  'error.tooManyRequests':
    'Troppe richieste. Riprovare tra {seconds, plural, one {# secondo} many {# di secondi} other {# secondi}}.',
  'error.internal': 'Si è verificato un errore interno. Riprovare più tardi.',
  'error.serviceUnavailable': 'Il servizio è temporaneamente non disponibile. Riprovare più tardi.',
  'error.network': 'Impossibile raggiungere il server. Verificare la connessione.',

  'validation.required': 'Questo campo è obbligatorio.',
  'validation.invalidAmount': 'L’importo deve essere un numero decimale con al massimo due decimali.',
  'validation.invalidDate': 'Data non valida. Formato previsto: AAAA-MM-GG.',
  'validation.tooLong': 'Massimo {max, plural, one {# carattere} many {# di caratteri} other {# caratteri}}.',

  'common.loading': 'Caricamento…',
  'common.retry': 'Riprova',
  'common.search': 'Cerca',
  'common.filter': 'Filtra',
  'common.all': 'Tutti',
  'common.language': 'Lingua',
  'common.changeLanguage': 'Cambia lingua',
  'common.downloadCsv': 'Scarica (CSV)',
  'common.noData': 'Nessun dato disponibile.',
  'common.source': 'Fonte: {source}',
  'common.lastUpdated': 'Aggiornato il {date}',

  'pagination.range': '{from, number}–{to, number} di {total, number}',
  'pagination.previous': 'Pagina precedente',
  'pagination.next': 'Pagina successiva',

  'field.name': 'Nome',
  'field.identifier': 'Identificativo',
  'field.filiere': 'Filiera',
  'field.workPackage': 'Work package',
  'field.activity': 'Attività di progetto',
  'field.municipality': 'Comune',
  'field.activityCode': 'Codice di attività (NACE)',
  'field.sizeBand': 'Classe di dipendenti',
  'field.status': 'Stato di attività',
  'field.creationDate': 'Data di costituzione',
  'field.role': 'Ruolo',
  'financing.rule.fund':
    'l’importo del fondo è il totale ammissibile moltiplicato per il tasso, troncato al centesimo',
  'financing.rule.totals': 'i totali sono le somme degli importi arrotondati dei partner',
  'financing.rule.outsideErdf': 'i budget in CHF dei partner svizzeri non rientrano nei totali FESR',
  'financing.rule.cofinancing':
    'fondo = {eligible} × {rate}, troncato al centesimo; contropartita = totale ammissibile − fondo',
  'field.city': 'Sede',
  'field.fundingSource': 'Fonte di finanziamento',
  'field.currency': 'Valuta',
  'field.weight': 'Appartenenza',
  'field.rationale': 'Motivazione',
  'field.country': 'Paese',
  'field.scheme': 'Classificazione',
  'field.naceClass': 'Classe NACE',
  'field.closingDate': 'Data di cessazione',
  'field.updatedAt': 'Ultima modifica',

  'observatory.title': 'Osservatorio economico delle filiere',
  'observatory.establishmentsByFiliere': 'Unità locali per filiera',
  'observatory.employeesByCountry': 'Dipendenti per paese',
  'observatory.dataAsOf': 'Dati al {date}',
  'observatory.partialDisclosure':
    '{count, plural, one {# unità locale a diffusione parziale non è dettagliata} many {# di unità locali a diffusione parziale non sono dettagliate} other {# unità locali a diffusione parziale non sono dettagliate}}',
  'observatory.sources': 'Fonti: INSEE (SIRENE), ISTAT (ASIA), UST (STATENT)',
  'map.title': 'Mappa delle unità locali',
};
