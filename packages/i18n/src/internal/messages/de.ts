import type { Catalog } from '../catalog';

/**
 * German catalog, for the Upper Valais: written in Swiss Standard German, so `ss` where Germany writes `ß`
 * (`gross`, `ausserhalb`).
 */
export const de: Catalog = {
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
};
