import type { Catalog } from '../catalog';
import { dashboardIt } from './dashboard/it';

/** Italian catalog, a working language of the project. The apostrophe is ’ (U+2019), as in French. */
export const it: Catalog = {
  ...dashboardIt,
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

  'problem.detail.routeNotFound': 'Nessun percorso corrisponde a {method} {path}.',
  'problem.detail.malformedJson': 'Il corpo della richiesta non è un JSON valido.',
  'problem.detail.notUtf8': 'Il corpo della richiesta non è testo codificato in UTF-8.',
  'problem.detail.mediaType': 'Inviare il corpo della richiesta come application/json, codificato in UTF-8.',
  'problem.detail.payloadTooLarge':
    'Il corpo di una richiesta è limitato a {limit, plural, one {# byte} many {# di byte} other {# byte}}.',
  'problem.detail.pathEncoding': 'Il percorso contiene una sequenza %XX non valida o che non è UTF-8.',
  'problem.detail.controlCharacter':
    'Il testo inviato in {field} contiene un carattere di controllo (U+0000–U+001F, U+007F–U+009F).',
  'problem.detail.loneSurrogate':
    'Il testo inviato in {field} non è Unicode valido (è stato inviato un surrogato UTF-16 isolato).',
  'problem.detail.validationFailed':
    '{count, plural, one {Il campo {fields} non è valido.} many {I campi {fields} non sono validi.} other {I campi {fields} non sono validi.}}',
  'problem.detail.notAcceptable': 'Questa risorsa è disponibile come application/json o text/csv.',
  'problem.detail.credentialsRequired':
    'Inviare una chiave API nell’intestazione Authorization (Bearer mbi_…) oppure accedere.',
  'problem.detail.invalidApiKey': 'La chiave API è sconosciuta, revocata o malformata.',
  'problem.detail.wrongPassword': 'Indirizzo e-mail o password errati.',
  'problem.detail.noSession': 'Solo chi ha effettuato l’accesso ha una sessione da chiudere.',
  'problem.detail.roleRequired':
    'Questa operazione richiede il ruolo {required}; il chiamante ha il ruolo {role}.',
  'problem.detail.partnerRequired':
    'Una chiave o un utente con il ruolo {role} deve essere associato a un partner.',
  'problem.detail.otherPartner':
    'Con il ruolo editor, {partner} può modificare solo i propri dati, non quelli di {owner}.',
  'problem.detail.noPartnerData':
    'Con il ruolo editor, {partner} può modificare solo i propri dati, non dati senza partner.',
  'problem.detail.csrfFailed': 'Inviare il token CSRF della sessione nell’intestazione X-CSRF-Token.',
  'problem.detail.rateLimited':
    'È stato raggiunto il limite di {limit, plural, one {# richiesta} many {# di richieste} other {# richieste}} al minuto.',
  'problem.detail.authFailuresLimited':
    'È stato raggiunto il limite di {limit, plural, one {# autenticazione fallita} many {# di autenticazioni fallite} other {# autenticazioni fallite}} al minuto.',
  'problem.detail.establishmentNotFound': 'Nessuna unità locale ha l’identificativo {id}.',
  'problem.detail.partnerNotFound': 'Nessun partner ha l’identificativo {id}. Partner: {partners}.',
  'problem.detail.importNotFound': 'Nessuna importazione ha l’identificativo {id}.',
  'problem.detail.importRunning':
    'L’importazione è ancora in corso: il rapporto degli scarti sarà pronto alla fine.',
  'problem.detail.apiKeyNotFound': 'Nessuna chiave API ha l’identificativo o il prefisso {id}.',
  'problem.detail.preconditionRequired':
    'Inviare l’intestazione If-Match con l’ETag dell’unità locale (dopo averla letta) perché nessuna modifica vada persa.',
  'problem.detail.preconditionFailed':
    'L’unità locale è alla versione {current}, non alla {expected}: rileggerla.',
  'problem.detail.duplicateIdentifier':
    'Esiste già un’unità locale con l’identificativo {identifier} in questo paese ({country}).',
  'problem.detail.duplicateEmail': 'Esiste già un utente con questo indirizzo e-mail.',
  'problem.detail.databaseUnavailable': 'Il database non risponde.',
  'problem.detail.internal':
    'Si è verificato un errore interno. Indicare l’identificativo della richiesta (requestId) nella segnalazione.',
  'problem.detail.httpError': 'La richiesta è stata rifiutata (HTTP {status}).',
  'problem.detail.headersTooLarge': 'Le intestazioni della richiesta sono troppo voluminose.',
  'problem.detail.requestTimeout': 'La richiesta ha impiegato troppo tempo ad arrivare.',
  'problem.detail.invalidHttp': 'La richiesta non è HTTP/1.1 valido.',
  'problem.detail.dashboardPath':
    'Questo percorso non indica un file del cruscotto (segmenti «..», caratteri di controllo o barre rovesciate rifiutati).',
  'problem.detail.userNotFound': 'Nessun utente ha l’identificativo {id}.',
  'problem.detail.otherPartnerUsers': 'Un amministratore di {partner} gestisce solo gli utenti di {partner}.',
  'problem.detail.ownAccount':
    'Non può disattivare sé stesso né cambiare il proprio ruolo: lo chieda a un altro amministratore.',
  'problem.detail.passwordNeedsUser':
    'Solo un utente collegato ha una password da cambiare; una chiave API non ne ha.',
  'problem.detail.wrongCurrentPassword': 'La password attuale è errata.',
  'problem.detail.nomenclatureNotFound': 'La classificazione {system} non ha il codice {code}.',
  'problem.field.samePassword': 'La nuova password deve essere diversa da quella attuale.',
  'problem.field.invalid': 'Valore non valido.',
  'problem.field.controlCharacter': 'Contiene un carattere di controllo (U+0000–U+001F, U+007F–U+009F).',
  'problem.field.loneSurrogate': 'Non è Unicode valido (surrogato UTF-16 isolato).',
  'problem.field.identifierScheme':
    '{country, select, FR {In Francia un’unità locale è identificata dal SIRET (14 cifre)} IT {In Italia un’unità locale è identificata dalla partita IVA o dal codice fiscale} other {In Svizzera un’unità locale è identificata dall’IDI (CHE-123.456.789)}}. Identificativo inviato: {scheme}.',
  'problem.field.activitySchemeCountry':
    'La classificazione {scheme} non si applica {country, select, FR {in Francia} IT {in Italia} other {in Svizzera}}: utilizzare la classificazione nazionale o la NACE.',
  'problem.field.territoryCode':
    'Il codice del comune deve essere {country, select, FR {un codice INSEE di 5 caratteri, ad esempio 74056} IT {un codice ISTAT di 6 cifre, ad esempio 007003} other {un numero UST da 1 a 4 cifre, ad esempio 6266}}.',
  'problem.field.closedBeforeOpened':
    'La data di cessazione ({closedOn}) non può precedere la data di costituzione ({openedOn}).',
  'problem.field.closedWhileActive':
    'Una data di cessazione è ammessa solo per un’unità locale cessata (status closed).',
  'problem.field.emptyPatch': 'Una modifica deve cambiare almeno un campo.',
  'problem.field.activityCodeMalformed': 'Il codice {code} non ha la forma di un codice di attività.',
  'problem.field.activityCodeUnknown': 'Il codice {code} non esiste nella classificazione.',
  'problem.field.activityCodeSchemeMismatch':
    'Il codice {code} non ha la forma di un codice della classificazione {scheme}.',
  'problem.field.activityCodeNotClass':
    'Il codice {code} indica una sezione, una divisione o un gruppo: le filiere sono attribuite alle classi (4 cifre) e alle loro sottoclassi.',
  'problem.field.naceFilter':
    'Il filtro nace deve essere una classe, un gruppo o una divisione NACE, ad esempio 43.31, 43.3 o 43.',
  'problem.field.limitRange': 'Il parametro limit deve essere un numero intero da {min} a {max}.',
  'problem.field.offsetRange': 'Il parametro offset deve essere un numero intero maggiore o uguale a 0.',
  'problem.field.invalidCursor': 'Questo cursore non è stato restituito da questo elenco.',
  'problem.field.amountNotANumber':
    'L’importo deve essere un numero decimale scritto come stringa, con il punto, ad esempio "1234.56".',
  'problem.field.amountTooManyDecimals':
    'Un importo in {currency} ha al massimo {max, plural, one {# decimale} many {# di decimali} other {# decimali}}.',
  'problem.field.rateNotANumber':
    'Il tasso deve essere un numero decimale tra 0 e 1 scritto come stringa, ad esempio "0.85".',
  'problem.field.rateTooManyDecimals':
    'Un tasso ha al massimo {max, plural, one {# decimale} many {# di decimali} other {# decimali}}.',
  'problem.field.rateOutOfRange': 'Il tasso deve essere compreso tra 0 e 1 (scrivere 85% come "0.85").',

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

  'territory.column.country': 'Paese',
  'territory.column.code': 'Codice ufficiale',
  'territory.column.name': 'Nome',
  'territory.column.kind': 'Tipo di unità',
  'territory.column.partner': 'Partner',
  'territory.column.listYear': 'Anno dell’elenco',
  'territory.column.populationYear': 'Anno della popolazione',
  'territory.column.population': 'Popolazione',
  'territory.column.formerCodes': 'Codici precedenti',
  'observatory.import.column.row': 'Riga',
  'observatory.import.column.column': 'Colonna',
  'observatory.import.column.reason': 'Motivo',
  'observatory.import.column.message': 'Spiegazione',
  'observatory.import.column.value': 'Valore letto',
  'observatory.import.status.running': 'In corso',
  'observatory.import.status.succeeded': 'Completata',
  'observatory.import.status.failed': 'Non riuscita, nulla è stato scritto',
  'observatory.import.status.abandoned': 'Interrotta, nulla è stato scritto',
  'dashboard.notBuilt.title': 'Il cruscotto non è ancora stato compilato',
  'dashboard.notBuilt.explanation':
    'L’API funziona, ma i file del cruscotto mancano. Dal repository, il comando di avvio compila l’API e il cruscotto, poi li serve:',
  'dashboard.notBuilt.alone': 'Oppure compili solo il cruscotto, poi ricarichi questa pagina:',
  'dashboard.notBuilt.api': 'Il riferimento dell’API:',
  'nomenclature.note.partial':
    'Parziale: il codice mescola la filiera con altri mercati; i suoi conteggi valgono per la filiera solo con una quota o un secondo criterio.',
  'nomenclature.note.national': 'Tramite la sottocategoria nazionale {entry}.',
  'nomenclature.note.refined': 'Le sottocategorie nazionali precisano la parte della filiera: {codes}.',
  'observatory.indicator.column.year': 'Anno',
  'observatory.indicator.column.level': 'Livello',
  'observatory.indicator.column.country': 'Paese',
  'observatory.indicator.column.territory': 'Codice del territorio',
  'observatory.indicator.column.name': 'Territorio',
  'observatory.indicator.column.filiere': 'Filiera',
  'observatory.indicator.column.naceClass': 'Classe NACE',
  'observatory.indicator.column.naceLabel': 'Denominazione della classe',
  'observatory.indicator.column.measure': 'Misura',
  'observatory.indicator.column.value': 'Valore',
  'observatory.indicator.column.low': 'Limite inferiore',
  'observatory.indicator.column.high': 'Limite superiore',
  'observatory.indicator.column.status': 'Stato',
  'observatory.indicator.column.weight': 'Peso nella filiera',
  'observatory.indicator.column.source': 'Fonte',
  'observatory.indicator.column.employeesBasis': 'Base degli addetti',
  'observatory.indicator.level.unit': 'Comune',
  'observatory.indicator.level.partner': 'Territorio del partner',
  'observatory.indicator.level.country': 'Paese',
  'observatory.indicator.measure.establishments': 'Unità locali',
  'observatory.indicator.measure.employees': 'Addetti (stima centrale)',
  'observatory.indicator.measure.creations': 'Aperture di unità locali',
  'observatory.indicator.measure.closures': 'Chiusure di unità locali',
  'observatory.indicator.measure.establishments-share': 'Quota delle unità locali dell’economia locale (%)',
  'observatory.indicator.measure.employees-share': 'Quota degli addetti dell’economia locale (%)',
  'observatory.indicator.measure.establishments-per-1000': 'Unità locali ogni 1.000 abitanti',
  'observatory.indicator.measure.employees-per-1000': 'Addetti ogni 1.000 abitanti',
  'observatory.indicator.measure.establishments-change': 'Variazione annua delle unità locali',
  'observatory.indicator.measure.employees-change': 'Variazione annua degli addetti',
  'observatory.indicator.measure.establishments-lq':
    'Quoziente di localizzazione delle unità locali (Espace Mont-Blanc = 1)',
  'observatory.indicator.measure.employees-lq':
    'Quoziente di localizzazione degli addetti (Espace Mont-Blanc = 1)',
  'observatory.indicator.status.value': 'Valore diffuso',
  'observatory.indicator.status.suppressed-frequency': 'Segreto statistico (meno di 3 unità locali)',
  'observatory.indicator.status.suppressed-dominance':
    'Segreto statistico (un’unità supera l’85% degli addetti)',
  'observatory.indicator.status.suppressed-secondary': 'Segreto statistico (oscuramento secondario)',
  'observatory.indicator.status.suppressed-at-source': 'Oscurato dalla fonte',
  'observatory.indicator.status.no-data': 'Dati non disponibili',
  'observatory.indicator.weight.core': 'Nucleo della filiera',
  'observatory.indicator.weight.partial': 'Classe solo in parte nella filiera, contata per intero',
  'observatory.indicator.weight.mixed': 'Totale con classi solo in parte nella filiera',
  'observatory.indicator.note.confidentiality':
    'Segreto statistico secondo la regola dell’INSEE: una cella con meno di 3 unità locali, o in cui una sola unità supera l’85% degli addetti, non è diffusa; altre celle sono oscurate (oscuramento secondario) perché nessuna si possa ricavare per differenza dai totali, e lo schema di oscuramento resta stabile da un anno all’altro.',
  'observatory.indicator.note.employees':
    'Addetti delle fonti per unità (SIRENE) stimati dalle classi di addetti dell’INSEE: intervallo dei limiti delle classi e stima centrale al centro di ogni classe (limite inferiore per 10.000 addetti e oltre). Fonti di conteggi: valori pubblicati (ISTAT ASIA: addetti; UST STATENT: impieghi).',
  'observatory.indicator.note.partial':
    'Le classi NACE che la mappa delle filiere collega solo in parte a una filiera sono contate per intero e segnalate (peso «partial», totale «mixed»).',
};
