import type { Catalog } from '../catalog';
import { dashboardDe } from './dashboard/de';

/**
 * German catalog, for the Upper Valais: written in Swiss Standard German, so `ss` where Germany writes `ß`
 * (`gross`, `ausserhalb`).
 */
export const de: Catalog = {
  ...dashboardDe,
  'app.name': 'Mont-Blanc INNOVATION',
  'app.tagline':
    'Eine grenzüberschreitende Wirtschaftsdynamik rund um die Schwerpunktbranchen des Espace Mont-Blanc',
  'app.programme': 'Programm Interreg V-A Frankreich-Italien (ALCOTRA) 2014-2020',
  'app.cofunded':
    'Von der Europäischen Union kofinanziertes Projekt – Europäischer Fonds für regionale Entwicklung (EFRE)',

  'nav.home': 'Startseite',
  'nav.partners': 'Partner',
  'nav.financing': 'Finanzierungsplan',
  'nav.workPackages': 'Arbeitspakete',
  'nav.observatory': 'Wirtschaftsobservatorium',
  'nav.map': 'Karte',
  'nav.establishments': 'Arbeitsstätten',
  'nav.events': 'Veranstaltungen',
  'nav.opportunities': 'Geschäftsmöglichkeiten',
  'nav.stakeholders': 'Akteure der Region',

  'financing.caption': 'Finanzierungsplan nach Partner',
  'financing.column.partner': 'Partner',
  'financing.column.country': 'Land',
  'financing.column.role': 'Rolle',
  'financing.column.eligibleTotal': 'Förderfähige Gesamtkosten',
  'financing.column.erdf': 'EFRE',
  'financing.column.rate': 'Fördersatz',
  'financing.column.contribution': 'Kofinanzierung',
  'financing.row.totalErdf': 'Total EFRE',
  'financing.row.outsideErdf': 'Ausserhalb EFRE',
  'financing.note.swissFunding':
    'Die Schweizer Partner werden mit Mitteln von Bund und Kantonen finanziert. Ihre Beträge in Schweizer Franken sind in den EFRE-Summen nicht enthalten.',
  'financing.note.rounding':
    'EFRE-Beträge werden auf den Cent abgerundet. Die Summen ergeben sich aus den Beträgen der einzelnen Partner.',

  'count.partners': '{count, plural, one {# Partner} other {# Partner}}',
  'count.companies': '{count, plural, one {# Unternehmen} other {# Unternehmen}}',
  'count.establishments': '{count, plural, one {# Arbeitsstätte} other {# Arbeitsstätten}}',
  'count.employees': '{count, plural, one {# beschäftigte Person} other {# Beschäftigte}}',
  'count.municipalities': '{count, plural, one {# Gemeinde} other {# Gemeinden}}',
  'count.results': '{count, plural, =0 {Keine Ergebnisse} one {# Ergebnis} other {# Ergebnisse}}',

  'error.badRequest': 'Die Anfrage ist fehlerhaft.',
  'error.validationFailed': 'Die übermittelten Daten sind ungültig.',
  'error.invalidIdentifier': 'Die Kennung {identifier} ist ungültig ({reason}).',
  'error.unauthorized': 'Authentifizierung erforderlich.',
  'error.forbidden': 'Sie sind für diesen Vorgang nicht berechtigt.',
  'error.notFound': 'Die angeforderte Ressource wurde nicht gefunden.',
  'error.conflict':
    'Die Daten wurden inzwischen geändert. Bitte laden Sie sie neu und versuchen Sie es noch einmal.',
  'error.payloadTooLarge': 'Der übermittelte Inhalt ist zu gross.',
  'error.tooManyRequests':
    'Zu viele Anfragen. Bitte versuchen Sie es in {seconds, plural, one {# Sekunde} other {# Sekunden}} erneut.',
  'error.internal': 'Ein interner Fehler ist aufgetreten. Bitte versuchen Sie es später erneut.',
  'error.serviceUnavailable':
    'Der Dienst ist vorübergehend nicht verfügbar. Bitte versuchen Sie es später erneut.',
  'error.network': 'Der Server ist nicht erreichbar. Bitte prüfen Sie Ihre Verbindung.',

  'validation.required': 'Dieses Feld ist erforderlich.',
  'validation.invalidAmount': 'Der Betrag muss eine Dezimalzahl mit höchstens zwei Nachkommastellen sein.',
  'validation.invalidDate': 'Ungültiges Datum. Erwartetes Format: JJJJ-MM-TT.',
  'validation.tooLong': 'Höchstens {max, plural, one {# Zeichen} other {# Zeichen}}.',

  'problem.detail.routeNotFound': 'Es gibt keine Route für {method} {path}.',
  'problem.detail.malformedJson': 'Der Inhalt der Anfrage ist kein gültiges JSON.',
  'problem.detail.notUtf8': 'Der Inhalt der Anfrage ist kein UTF-8-codierter Text.',
  'problem.detail.mediaType': 'Senden Sie den Inhalt der Anfrage als application/json in UTF-8.',
  'problem.detail.payloadTooLarge':
    'Der Inhalt einer Anfrage ist auf {limit, plural, one {# Byte} other {# Bytes}} begrenzt.',
  'problem.detail.pathEncoding':
    'Der Pfad enthält eine fehlerhafte %XX-Sequenz oder eine, die kein UTF-8 ist.',
  'problem.detail.controlCharacter':
    'Der in {field} gesendete Text enthält ein Steuerzeichen (U+0000–U+001F, U+007F–U+009F).',
  'problem.detail.loneSurrogate':
    'Der in {field} gesendete Text ist kein gültiges Unicode (ein einzelnes UTF-16-Surrogat wurde gesendet).',
  'problem.detail.validationFailed':
    '{count, plural, one {Das Feld {fields} ist ungültig.} other {Die Felder {fields} sind ungültig.}}',
  'problem.detail.notAcceptable': 'Diese Ressource ist als application/json oder text/csv verfügbar.',
  'problem.detail.credentialsRequired':
    'Senden Sie einen API-Schlüssel im Header Authorization (Bearer mbi_…) oder melden Sie sich an.',
  'problem.detail.invalidApiKey': 'Der API-Schlüssel ist unbekannt, widerrufen oder fehlerhaft.',
  'problem.detail.wrongPassword': 'E-Mail-Adresse oder Passwort ist falsch.',
  'problem.detail.noSession': 'Nur wer angemeldet ist, hat eine Sitzung, die beendet werden kann.',
  'problem.detail.roleRequired':
    'Dieser Vorgang erfordert die Rolle {required}; der Aufrufer hat die Rolle {role}.',
  'problem.detail.partnerRequired':
    'Ein Schlüssel oder Benutzer mit der Rolle {role} muss einem Partner zugeordnet sein.',
  'problem.detail.otherPartner':
    'Mit der Rolle editor darf {partner} nur eigene Daten ändern, nicht die Daten von {owner}.',
  'problem.detail.noPartnerData':
    'Mit der Rolle editor darf {partner} nur eigene Daten ändern, keine Daten ohne Partner.',
  'problem.detail.csrfFailed': 'Senden Sie das CSRF-Token der Sitzung im Header X-CSRF-Token.',
  'problem.detail.rateLimited':
    'Die Grenze von {limit, plural, one {# Anfrage} other {# Anfragen}} pro Minute ist erreicht.',
  'problem.detail.authFailuresLimited':
    'Die Grenze von {limit, plural, one {# fehlgeschlagenen Anmeldung} other {# fehlgeschlagenen Anmeldungen}} pro Minute ist erreicht.',
  'problem.detail.establishmentNotFound': 'Es gibt keine Arbeitsstätte mit der Kennung {id}.',
  'problem.detail.partnerNotFound': 'Es gibt keinen Partner mit der Kennung {id}. Partner: {partners}.',
  'problem.detail.importNotFound': 'Es gibt keinen Import mit der Kennung {id}.',
  'problem.detail.importRunning':
    'Der Import läuft noch: sein Bericht der abgewiesenen Zeilen ist am Ende bereit.',
  'problem.detail.apiKeyNotFound': 'Es gibt keinen API-Schlüssel mit der Kennung oder dem Präfix {id}.',
  'problem.detail.preconditionRequired':
    'Senden Sie den Header If-Match mit dem ETag der Arbeitsstätte (lesen Sie sie zuerst), damit keine Änderung verloren geht.',
  'problem.detail.preconditionFailed':
    'Die Arbeitsstätte hat die Version {current}, nicht {expected}: Bitte laden Sie sie neu.',
  'problem.detail.duplicateIdentifier':
    'In diesem Land ({country}) gibt es bereits eine Arbeitsstätte mit der Kennung {identifier}.',
  'problem.detail.duplicateEmail': 'Es gibt bereits einen Benutzer mit dieser E-Mail-Adresse.',
  'problem.detail.databaseUnavailable': 'Die Datenbank antwortet nicht.',
  'problem.detail.internal':
    'Ein interner Fehler ist aufgetreten. Bitte geben Sie bei einer Meldung die Kennung der Anfrage (requestId) an.',
  'problem.detail.httpError': 'Die Anfrage wurde abgelehnt (HTTP {status}).',
  'problem.detail.headersTooLarge': 'Die Header der Anfrage sind zu gross.',
  'problem.detail.requestTimeout': 'Die Übermittlung der Anfrage hat zu lange gedauert.',
  'problem.detail.invalidHttp': 'Die Anfrage ist kein gültiges HTTP/1.1.',
  'problem.detail.dashboardPath':
    'Dieser Pfad bezeichnet keine Datei des Dashboards („..“-Segmente, Steuerzeichen und Backslashes werden abgelehnt).',
  'problem.detail.userNotFound': 'Kein Benutzer hat die ID {id}.',
  'problem.detail.otherPartnerUsers':
    'Ein Administrator von {partner} verwaltet nur die Benutzer von {partner}.',
  'problem.detail.ownAccount':
    'Sie können sich weder selbst deaktivieren noch Ihre eigene Rolle ändern: Bitten Sie eine andere Administratorin oder einen anderen Administrator darum.',
  'problem.detail.passwordNeedsUser':
    'Nur angemeldete Benutzer haben ein Passwort zu ändern; ein API-Schlüssel hat keines.',
  'problem.detail.wrongCurrentPassword': 'Das aktuelle Passwort ist falsch.',
  'problem.detail.nomenclatureNotFound': 'Die Nomenklatur {system} hat keinen Code {code}.',
  'problem.field.samePassword': 'Das neue Passwort muss sich vom aktuellen unterscheiden.',
  'problem.field.invalid': 'Ungültiger Wert.',
  'problem.field.controlCharacter': 'Enthält ein Steuerzeichen (U+0000–U+001F, U+007F–U+009F).',
  'problem.field.loneSurrogate': 'Ist kein gültiges Unicode (einzelnes UTF-16-Surrogat).',
  'problem.field.identifierScheme':
    '{country, select, FR {In Frankreich wird eine Arbeitsstätte mit ihrer SIRET-Nummer (14 Ziffern) identifiziert} IT {In Italien wird eine Arbeitsstätte mit der Partita IVA oder dem Codice fiscale identifiziert} other {In der Schweiz wird eine Arbeitsstätte mit ihrer UID (CHE-123.456.789) identifiziert}}. Gesendete Kennung: {scheme}.',
  'problem.field.activitySchemeCountry':
    'Die Klassifikation {scheme} gilt nicht {country, select, FR {in Frankreich} IT {in Italien} other {in der Schweiz}}: Verwenden Sie die nationale Klassifikation oder die NACE.',
  'problem.field.territoryCode':
    'Der Gemeindecode muss {country, select, FR {ein INSEE-Code mit 5 Zeichen sein, zum Beispiel 74056} IT {ein ISTAT-Code mit 6 Ziffern sein, zum Beispiel 007003} other {eine BFS-Gemeindenummer mit 1 bis 4 Ziffern sein, zum Beispiel 6266}}.',
  'problem.field.closedBeforeOpened':
    'Das Schliessungsdatum ({closedOn}) darf nicht vor dem Gründungsdatum ({openedOn}) liegen.',
  'problem.field.closedWhileActive':
    'Ein Schliessungsdatum ist nur bei einer geschlossenen Arbeitsstätte zulässig (status closed).',
  'problem.field.emptyPatch': 'Eine Änderung muss mindestens ein Feld betreffen.',
  'problem.field.activityCodeMalformed': 'Der Code {code} hat nicht die Form eines Tätigkeitscodes.',
  'problem.field.activityCodeUnknown': 'Den Code {code} gibt es in der Klassifikation nicht.',
  'problem.field.activityCodeSchemeMismatch':
    'Der Code {code} hat nicht die Form eines Codes der Klassifikation {scheme}.',
  'problem.field.activityCodeNotClass':
    'Der Code {code} bezeichnet einen Abschnitt, eine Abteilung oder eine Gruppe: Branchen werden den Klassen (4 Ziffern) und ihren Unterklassen zugeordnet.',
  'problem.field.naceFilter':
    'Der Filter nace muss eine NACE-Klasse, -Gruppe oder -Abteilung sein, zum Beispiel 43.31, 43.3 oder 43.',
  'problem.field.limitRange': 'Der Parameter limit muss eine ganze Zahl von {min} bis {max} sein.',
  'problem.field.offsetRange': 'Der Parameter offset muss eine ganze Zahl grösser oder gleich 0 sein.',
  'problem.field.invalidCursor': 'Dieser Cursor stammt nicht aus dieser Liste.',
  'problem.field.amountNotANumber':
    'Der Betrag muss eine Dezimalzahl als Zeichenkette mit Punkt sein, zum Beispiel "1234.56".',
  'problem.field.amountTooManyDecimals':
    'Ein Betrag in {currency} hat höchstens {max, plural, one {# Nachkommastelle} other {# Nachkommastellen}}.',
  'problem.field.rateNotANumber':
    'Der Satz muss eine Dezimalzahl zwischen 0 und 1 als Zeichenkette sein, zum Beispiel "0.85".',
  'problem.field.rateTooManyDecimals':
    'Ein Satz hat höchstens {max, plural, one {# Nachkommastelle} other {# Nachkommastellen}}.',
  'problem.field.rateOutOfRange': 'Der Satz muss zwischen 0 und 1 liegen (85 % als "0.85" schreiben).',

  'common.loading': 'Wird geladen…',
  'common.retry': 'Erneut versuchen',
  'common.search': 'Suchen',
  'common.filter': 'Filtern',
  'common.all': 'Alle',
  'common.language': 'Sprache',
  'common.changeLanguage': 'Sprache wechseln',
  'common.downloadCsv': 'Herunterladen (CSV)',
  'common.noData': 'Keine Daten verfügbar.',
  'common.source': 'Quelle: {source}',
  'common.lastUpdated': 'Aktualisiert am {date}',

  'pagination.range': '{from, number}–{to, number} von {total, number}',
  'pagination.previous': 'Vorherige Seite',
  'pagination.next': 'Nächste Seite',

  'field.name': 'Name',
  'field.identifier': 'Kennung',
  'field.filiere': 'Branche',
  'field.workPackage': 'Arbeitspaket',
  'field.activity': 'Projektaktivität',
  'field.municipality': 'Gemeinde',
  'field.activityCode': 'Tätigkeitscode (NACE)',
  'field.sizeBand': 'Grössenklasse (Beschäftigte)',
  'field.status': 'Status',
  'field.creationDate': 'Gründungsdatum',
  'field.role': 'Rolle',
  'financing.rule.fund':
    'der Fondsbetrag ist die förderfähige Summe mal der Satz, auf den Cent abgeschnitten',
  'financing.rule.totals': 'die Summen sind Summen der gerundeten Beträge der Partner',
  'financing.rule.outsideErdf': 'die CHF-Budgets der Schweizer Partner gehören nicht zu den EFRE-Summen',
  'financing.rule.cofinancing':
    'Fonds = {eligible} × {rate}, auf den Cent abgeschnitten; Eigenanteil = förderfähige Summe − Fonds',
  'field.city': 'Sitz',
  'field.fundingSource': 'Finanzierungsquelle',
  'field.currency': 'Währung',
  'field.weight': 'Zugehörigkeit',
  'field.rationale': 'Begründung',
  'field.country': 'Land',
  'field.scheme': 'Klassifikation',
  'field.naceClass': 'NACE-Klasse',
  'field.closingDate': 'Schliessungsdatum',
  'field.updatedAt': 'Letzte Änderung',

  'observatory.title': 'Wirtschaftsobservatorium der Schwerpunktbranchen',
  'observatory.establishmentsByFiliere': 'Arbeitsstätten nach Branche',
  'observatory.employeesByCountry': 'Beschäftigte nach Land',
  'observatory.dataAsOf': 'Datenstand: {date}',
  'observatory.partialDisclosure':
    '{count, plural, one {# Arbeitsstätte mit eingeschränkter Veröffentlichung wird nicht einzeln ausgewiesen} other {# Arbeitsstätten mit eingeschränkter Veröffentlichung werden nicht einzeln ausgewiesen}}',
  'observatory.sources': 'Quellen: INSEE (SIRENE), ISTAT (ASIA), BFS (STATENT)',
  'map.title': 'Karte der Arbeitsstätten',

  'territory.column.country': 'Land',
  'territory.column.code': 'Amtliche Nummer',
  'territory.column.name': 'Name',
  'territory.column.kind': 'Art der Einheit',
  'territory.column.partner': 'Partner',
  'territory.column.listYear': 'Jahr des Verzeichnisses',
  'territory.column.populationYear': 'Jahr der Bevölkerungszahl',
  'territory.column.population': 'Bevölkerung',
  'territory.column.formerCodes': 'Frühere Nummern',
  'observatory.import.column.row': 'Zeile',
  'observatory.import.column.column': 'Spalte',
  'observatory.import.column.reason': 'Grund',
  'observatory.import.column.message': 'Erläuterung',
  'observatory.import.column.value': 'Gelesener Wert',
  'observatory.import.status.running': 'Läuft',
  'observatory.import.status.succeeded': 'Abgeschlossen',
  'observatory.import.status.failed': 'Fehlgeschlagen, nichts wurde geschrieben',
  'observatory.import.status.abandoned': 'Abgebrochen, nichts wurde geschrieben',
  'dashboard.notBuilt.title': 'Das Dashboard ist noch nicht gebaut',
  'dashboard.notBuilt.explanation':
    'Die API läuft, aber die Dateien des Dashboards fehlen. Im Repository baut der Startbefehl die API und das Dashboard und stellt sie bereit:',
  'dashboard.notBuilt.alone': 'Oder bauen Sie nur das Dashboard und laden Sie diese Seite neu:',
  'dashboard.notBuilt.api': 'Die Referenz der API:',
  'nomenclature.note.partial':
    'Teilweise: Der Code vermischt die Branche mit anderen Märkten; seine Zahlen zählen nur mit einem Anteil oder einem zweiten Kriterium zur Branche.',
  'nomenclature.note.national': 'Über die nationale Unterklasse {entry}.',
  'nomenclature.note.refined':
    'Die nationalen Unterklassen bestimmen den Anteil der Branche genauer: {codes}.',
  'observatory.indicator.column.year': 'Jahr',
  'observatory.indicator.column.level': 'Ebene',
  'observatory.indicator.column.country': 'Land',
  'observatory.indicator.column.territory': 'Gebietscode',
  'observatory.indicator.column.name': 'Gebiet',
  'observatory.indicator.column.filiere': 'Branche',
  'observatory.indicator.column.naceClass': 'NACE-Klasse',
  'observatory.indicator.column.naceLabel': 'Bezeichnung der Klasse',
  'observatory.indicator.column.measure': 'Grösse',
  'observatory.indicator.column.value': 'Wert',
  'observatory.indicator.column.low': 'Untergrenze',
  'observatory.indicator.column.high': 'Obergrenze',
  'observatory.indicator.column.status': 'Status',
  'observatory.indicator.column.weight': 'Gewicht in der Branche',
  'observatory.indicator.column.source': 'Quelle',
  'observatory.indicator.column.employeesBasis': 'Grundlage der Beschäftigten',
  'observatory.indicator.level.unit': 'Gemeinde',
  'observatory.indicator.level.partner': 'Partnergebiet',
  'observatory.indicator.level.country': 'Land',
  'observatory.indicator.measure.establishments': 'Arbeitsstätten',
  'observatory.indicator.measure.employees': 'Beschäftigte (zentrale Schätzung)',
  'observatory.indicator.measure.creations': 'Gründungen von Arbeitsstätten',
  'observatory.indicator.measure.closures': 'Schliessungen von Arbeitsstätten',
  'observatory.indicator.measure.establishments-share':
    'Anteil an den Arbeitsstätten der lokalen Wirtschaft (%)',
  'observatory.indicator.measure.employees-share': 'Anteil an den Beschäftigten der lokalen Wirtschaft (%)',
  'observatory.indicator.measure.establishments-per-1000': 'Arbeitsstätten je 1000 Einwohner',
  'observatory.indicator.measure.employees-per-1000': 'Beschäftigte je 1000 Einwohner',
  'observatory.indicator.measure.establishments-change':
    'Veränderung der Arbeitsstätten gegenüber dem Vorjahr',
  'observatory.indicator.measure.employees-change': 'Veränderung der Beschäftigten gegenüber dem Vorjahr',
  'observatory.indicator.measure.establishments-lq':
    'Standortquotient der Arbeitsstätten (Espace Mont-Blanc = 1)',
  'observatory.indicator.measure.employees-lq': 'Standortquotient der Beschäftigten (Espace Mont-Blanc = 1)',
  'observatory.indicator.status.value': 'Veröffentlichter Wert',
  'observatory.indicator.status.suppressed-frequency': 'Geheimhaltung (weniger als 3 Arbeitsstätten)',
  'observatory.indicator.status.suppressed-dominance':
    'Geheimhaltung (eine Arbeitsstätte hat mehr als 85 % der Beschäftigten)',
  'observatory.indicator.status.suppressed-secondary': 'Geheimhaltung (sekundäre Sperrung)',
  'observatory.indicator.status.suppressed-at-source': 'Von der Quelle gesperrt',
  'observatory.indicator.status.no-data': 'Keine Daten',
  'observatory.indicator.weight.core': 'Kern der Branche',
  'observatory.indicator.weight.partial': 'Klasse nur teilweise in der Branche, ganz gezählt',
  'observatory.indicator.weight.mixed': 'Summe mit Klassen, die nur teilweise zur Branche gehören',
  'observatory.indicator.note.confidentiality':
    'Statistische Geheimhaltung nach der Regel des INSEE: Ein Feld mit weniger als 3 Arbeitsstätten oder in dem eine Arbeitsstätte mehr als 85 % der Beschäftigten hat, wird nicht veröffentlicht; weitere Felder werden gesperrt (sekundäre Sperrung), damit keines aus den Summen errechnet werden kann, und das Sperrmuster bleibt von Jahr zu Jahr stabil.',
  'observatory.indicator.note.employees':
    'Beschäftigte der Quellen mit Einzelbetrieben (SIRENE) aus den Beschäftigtengrössenklassen des INSEE geschätzt: Spanne der Klassengrenzen und zentrale Schätzung in der Mitte jeder Klasse (Untergrenze für 10 000 und mehr Beschäftigte). Quellen mit Zählungen: veröffentlichte Werte (ISTAT ASIA: addetti; BFS STATENT: Beschäftigte).',
  'observatory.indicator.note.partial':
    'NACE-Klassen, die die Branchenkarte nur teilweise einer Branche zuordnet, werden ganz gezählt und gekennzeichnet (Gewicht «partial», Summe «mixed»).',
};
