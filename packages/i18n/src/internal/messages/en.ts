import type { Catalog } from '../catalog';
import { dashboardEn } from './dashboard/en';

/** English catalog, for EU readers (British spelling, as in EU documents). */
export const en: Catalog = {
  ...dashboardEn,
  'app.name': 'Mont-Blanc INNOVATION',
  'app.tagline': 'A cross-border economic dynamic around the priority sectors of the Espace Mont-Blanc',
  'app.programme': 'Interreg V-A France-Italy (ALCOTRA) 2014-2020 programme',
  'app.cofunded': 'Project co-financed by the European Union – European Regional Development Fund (ERDF)',

  'nav.home': 'Home',
  'nav.partners': 'Partners',
  'nav.financing': 'Financing plan',
  'nav.workPackages': 'Work packages',
  'nav.observatory': 'Economic observatory',
  'nav.map': 'Map',
  'nav.establishments': 'Establishments',
  'nav.events': 'Events',
  'nav.opportunities': 'Business opportunities',
  'nav.stakeholders': 'Stakeholders',

  'financing.caption': 'Financing plan by partner',
  'financing.column.partner': 'Partner',
  'financing.column.country': 'Country',
  'financing.column.role': 'Role',
  'financing.column.eligibleTotal': 'Eligible total',
  'financing.column.erdf': 'ERDF',
  'financing.column.rate': 'Rate',
  'financing.column.contribution': 'Partner contribution',
  'financing.row.totalErdf': 'Total ERDF',
  'financing.row.outsideErdf': 'Outside ERDF',
  'financing.note.swissFunding':
    'Swiss partners are funded by federal and cantonal funds. Their amounts in Swiss francs are not included in the ERDF totals.',
  'financing.note.rounding':
    'ERDF amounts are truncated to the cent. Totals are the sum of the partners’ amounts.',

  'count.partners': '{count, plural, one {# partner} other {# partners}}',
  'count.companies': '{count, plural, one {# company} other {# companies}}',
  'count.establishments': '{count, plural, one {# establishment} other {# establishments}}',
  'count.employees': '{count, plural, one {# employee} other {# employees}}',
  'count.municipalities': '{count, plural, one {# municipality} other {# municipalities}}',
  'count.results': '{count, plural, =0 {No results} one {# result} other {# results}}',

  'error.badRequest': 'The request is malformed.',
  'error.validationFailed': 'The data sent is not valid.',
  'error.invalidIdentifier': 'The identifier {identifier} is not valid ({reason}).',
  'error.unauthorized': 'Authentication required.',
  'error.forbidden': 'You do not have permission to perform this operation.',
  'error.notFound': 'The requested resource was not found.',
  'error.conflict': 'The data has been changed in the meantime. Reload it and try again.',
  'error.payloadTooLarge': 'The content sent is too large.',
  'error.tooManyRequests':
    'Too many requests. Try again in {seconds, plural, one {# second} other {# seconds}}.',
  'error.internal': 'An internal error occurred. Please try again later.',
  'error.serviceUnavailable': 'The service is temporarily unavailable. Please try again later.',
  'error.network': 'The server cannot be reached. Check your connection.',

  'validation.required': 'This field is required.',
  'validation.invalidAmount': 'The amount must be a decimal number with at most two decimal places.',
  'validation.invalidDate': 'Invalid date. Expected format: YYYY-MM-DD.',
  'validation.tooLong': 'At most {max, plural, one {# character} other {# characters}}.',

  'problem.detail.routeNotFound': 'No route matches {method} {path}.',
  'problem.detail.malformedJson': 'The request body is not valid JSON.',
  'problem.detail.notUtf8': 'The request body is not UTF-8 text.',
  'problem.detail.mediaType': 'Send the body as application/json, encoded in UTF-8.',
  'problem.detail.payloadTooLarge':
    'Request bodies are limited to {limit, plural, one {# byte} other {# bytes}}.',
  'problem.detail.pathEncoding': 'The path holds a %XX sequence that is malformed or not UTF-8.',
  'problem.detail.controlCharacter':
    'The text sent in {field} contains a control character (U+0000–U+001F, U+007F–U+009F).',
  'problem.detail.loneSurrogate':
    'The text sent in {field} is not valid Unicode (a lone UTF-16 surrogate was sent).',
  'problem.detail.validationFailed':
    '{count, plural, one {The field {fields} is not valid.} other {The fields {fields} are not valid.}}',
  'problem.detail.notAcceptable': 'This resource is available as application/json or text/csv.',
  'problem.detail.credentialsRequired':
    'Send an API key in the Authorization header (Bearer mbi_…) or sign in.',
  'problem.detail.invalidApiKey': 'The API key is unknown, revoked or malformed.',
  'problem.detail.wrongPassword': 'Wrong email or password.',
  'problem.detail.noSession': 'Only a signed-in user has a session to end.',
  'problem.detail.roleRequired': 'This operation needs the {required} role; the caller has the {role} role.',
  'problem.detail.partnerRequired': 'A key or user with the {role} role must belong to a partner.',
  'problem.detail.otherPartner':
    'With the editor role, {partner} may change its own data only, not data of {owner}.',
  'problem.detail.noPartnerData':
    'With the editor role, {partner} may change its own data only, not data without a partner.',
  'problem.detail.csrfFailed': 'Send the session’s CSRF token in the X-CSRF-Token header.',
  'problem.detail.rateLimited':
    'Limit of {limit, plural, one {# request} other {# requests}} a minute reached.',
  'problem.detail.authFailuresLimited':
    'Limit of {limit, plural, one {# failed authentication} other {# failed authentications}} a minute reached.',
  'problem.detail.establishmentNotFound': 'No establishment has the id {id}.',
  'problem.detail.partnerNotFound': 'No partner has the id {id}. Partners: {partners}.',
  'problem.detail.importNotFound': 'No import has the id {id}.',
  'problem.detail.importRunning':
    'The import is still running: its rejects report will be ready when it ends.',
  'problem.detail.apiKeyNotFound': 'No API key has the id or prefix {id}.',
  'problem.detail.preconditionRequired':
    'Send If-Match with the ETag of the establishment (GET it first) so that no change is lost.',
  'problem.detail.preconditionFailed':
    'The establishment is at version {current}, not {expected}: read it again.',
  'problem.detail.duplicateIdentifier':
    'An establishment with the identifier {identifier} already exists in this country ({country}).',
  'problem.detail.duplicateEmail': 'A user with this email address already exists.',
  'problem.detail.databaseUnavailable': 'The database does not answer.',
  'problem.detail.internal':
    'An internal error occurred; quote the request id (requestId) when you report it.',
  'problem.detail.httpError': 'The request was refused (HTTP {status}).',
  'problem.detail.headersTooLarge': 'The request headers are too large.',
  'problem.detail.requestTimeout': 'The request took too long to arrive.',
  'problem.detail.invalidHttp': 'The request is not valid HTTP/1.1.',
  'problem.detail.dashboardPath':
    'This path names no file of the dashboard (".." segments, control characters and backslashes are refused).',
  'problem.detail.userNotFound': 'No user has the id {id}.',
  'problem.detail.otherPartnerUsers': 'An administrator of {partner} manages the users of {partner} only.',
  'problem.detail.ownAccount':
    'You cannot disable yourself or change your own role: ask another administrator.',
  'problem.detail.passwordNeedsUser': 'Only a signed-in user has a password to change; an API key has none.',
  'problem.detail.wrongCurrentPassword': 'The current password is wrong.',
  'problem.detail.nomenclatureNotFound': 'The {system} classification has no code {code}.',
  'problem.field.samePassword': 'The new password must differ from the current one.',
  'problem.field.invalid': 'Invalid value.',
  'problem.field.controlCharacter': 'Contains a control character (U+0000–U+001F, U+007F–U+009F).',
  'problem.field.loneSurrogate': 'Is not valid Unicode (lone UTF-16 surrogate).',
  'problem.field.identifierScheme':
    '{country, select, FR {In France an establishment is identified by its SIRET (14 digits)} IT {In Italy an establishment is identified by its partita IVA or codice fiscale} other {In Switzerland an establishment is identified by its UID (CHE-123.456.789)}}. Identifier sent: {scheme}.',
  'problem.field.activitySchemeCountry':
    'The classification {scheme} does not apply {country, select, FR {in France} IT {in Italy} other {in Switzerland}}: use the national classification or NACE.',
  'problem.field.territoryCode':
    'The municipality code must be {country, select, FR {an INSEE code of 5 characters, e.g. 74056} IT {an ISTAT code of 6 digits, e.g. 007003} other {a BFS number of 1 to 4 digits, e.g. 6266}}.',
  'problem.field.closedBeforeOpened':
    'The closing date ({closedOn}) must not be before the opening date ({openedOn}).',
  'problem.field.closedWhileActive':
    'A closing date is allowed only for a closed establishment (status closed).',
  'problem.field.emptyPatch': 'A patch must change at least one field.',
  'problem.field.activityCodeMalformed': 'The code {code} does not have the shape of an activity code.',
  'problem.field.activityCodeUnknown': 'The code {code} does not exist in the classification.',
  'problem.field.activityCodeSchemeMismatch':
    'The code {code} does not have the shape of a code of the {scheme} classification.',
  'problem.field.activityCodeNotClass':
    'The code {code} is a section, division or group: filières are mapped to classes (4 digits) and their subclasses.',
  'problem.field.naceFilter':
    'The nace filter must be a NACE class, group or division such as 43.31, 43.3 or 43.',
  'problem.field.limitRange': 'The limit parameter must be a whole number from {min} to {max}.',
  'problem.field.offsetRange': 'The offset parameter must be a whole number, 0 or more.',
  'problem.field.invalidCursor': 'The cursor is not one this list returned.',
  'problem.field.amountNotANumber':
    'The amount must be a decimal number written as a string with a dot, e.g. "1234.56".',
  'problem.field.amountTooManyDecimals':
    'An amount in {currency} has at most {max, plural, one {# decimal} other {# decimals}}.',
  'problem.field.rateNotANumber':
    'The rate must be a decimal number between 0 and 1 written as a string, e.g. "0.85".',
  'problem.field.rateTooManyDecimals':
    'A rate has at most {max, plural, one {# decimal} other {# decimals}}.',
  'problem.field.rateOutOfRange': 'The rate must be between 0 and 1 (write 85% as "0.85").',

  'common.loading': 'Loading…',
  'common.retry': 'Try again',
  'common.search': 'Search',
  'common.filter': 'Filter',
  'common.all': 'All',
  'common.language': 'Language',
  'common.changeLanguage': 'Change language',
  'common.downloadCsv': 'Download (CSV)',
  'common.noData': 'No data available.',
  'common.source': 'Source: {source}',
  'common.lastUpdated': 'Updated on {date}',

  'pagination.range': '{from, number}–{to, number} of {total, number}',
  'pagination.previous': 'Previous page',
  'pagination.next': 'Next page',

  'field.name': 'Name',
  'field.identifier': 'Identifier',
  'field.filiere': 'Sector',
  'field.workPackage': 'Work package',
  'field.activity': 'Project activity',
  'field.municipality': 'Municipality',
  'field.activityCode': 'Activity code (NACE)',
  'field.sizeBand': 'Employee size band',
  'field.status': 'Status',
  'field.creationDate': 'Creation date',
  'field.role': 'Role',
  'financing.rule.fund': 'the fund amount is the eligible total times the rate, truncated to the cent',
  'financing.rule.totals': 'totals are sums of the partners’ rounded amounts',
  'financing.rule.outsideErdf': 'CHF budgets of Swiss partners are not part of the ERDF totals',
  'financing.rule.cofinancing':
    'fund = {eligible} × {rate}, truncated to the cent; contribution = eligible total − fund',
  'field.city': 'Seat',
  'field.fundingSource': 'Funding source',
  'field.currency': 'Currency',
  'field.weight': 'Membership',
  'field.rationale': 'Rationale',
  'field.country': 'Country',
  'field.scheme': 'Classification',
  'field.naceClass': 'NACE class',
  'field.closingDate': 'Closing date',
  'field.updatedAt': 'Last modified',

  'observatory.title': 'Economic observatory of the priority sectors',
  'observatory.establishmentsByFiliere': 'Establishments by sector',
  'observatory.employeesByCountry': 'Employees by country',
  'observatory.dataAsOf': 'Data as of {date}',
  'observatory.partialDisclosure':
    '{count, plural, one {# establishment with restricted disclosure is not shown in detail} other {# establishments with restricted disclosure are not shown in detail}}',
  'observatory.sources': 'Sources: INSEE (SIRENE), ISTAT (ASIA), FSO (STATENT)',
  'map.title': 'Map of establishments',

  'territory.column.country': 'Country',
  'territory.column.code': 'Official code',
  'territory.column.name': 'Name',
  'territory.column.kind': 'Kind of unit',
  'territory.column.partner': 'Partner',
  'territory.column.listYear': 'Year of the list',
  'territory.column.populationYear': 'Year of the population',
  'territory.column.population': 'Population',
  'territory.column.formerCodes': 'Former codes',
  'observatory.import.column.row': 'Row',
  'observatory.import.column.column': 'Column',
  'observatory.import.column.reason': 'Reason',
  'observatory.import.column.message': 'Explanation',
  'observatory.import.column.value': 'Value read',
  'observatory.import.status.running': 'Running',
  'observatory.import.status.succeeded': 'Succeeded',
  'observatory.import.status.failed': 'Failed, nothing was written',
  'observatory.import.status.abandoned': 'Interrupted, nothing was written',
  'dashboard.notBuilt.title': 'The dashboard is not built yet',
  'dashboard.notBuilt.explanation':
    'The API is running, but the dashboard’s files are missing. From the repository, the start command builds the API and the dashboard, then serves them:',
  'dashboard.notBuilt.alone': 'Or build the dashboard alone, then reload this page:',
  'dashboard.notBuilt.api': 'The API reference:',
  'nomenclature.note.partial':
    'Partial: the code mixes the filière with other markets; its counts belong to the filière only with a share or a second criterion.',
  'nomenclature.note.national': 'Through the national sub-class {entry}.',
  'nomenclature.note.refined': 'National sub-classes tell the filière’s part apart: {codes}.',
  'observatory.indicator.column.year': 'Year',
  'observatory.indicator.column.level': 'Level',
  'observatory.indicator.column.country': 'Country',
  'observatory.indicator.column.territory': 'Territory code',
  'observatory.indicator.column.name': 'Territory',
  'observatory.indicator.column.filiere': 'Filière',
  'observatory.indicator.column.naceClass': 'NACE class',
  'observatory.indicator.column.naceLabel': 'Class title',
  'observatory.indicator.column.measure': 'Measure',
  'observatory.indicator.column.value': 'Value',
  'observatory.indicator.column.low': 'Lower bound',
  'observatory.indicator.column.high': 'Upper bound',
  'observatory.indicator.column.status': 'Status',
  'observatory.indicator.column.weight': 'Weight in the filière',
  'observatory.indicator.column.source': 'Source',
  'observatory.indicator.column.employeesBasis': 'Basis of employees',
  'observatory.indicator.level.unit': 'Municipality',
  'observatory.indicator.level.partner': 'Partner territory',
  'observatory.indicator.level.country': 'Country',
  'observatory.indicator.measure.establishments': 'Establishments',
  'observatory.indicator.measure.employees': 'Employees (central estimate)',
  'observatory.indicator.measure.creations': 'Establishments opened',
  'observatory.indicator.measure.closures': 'Establishments closed',
  'observatory.indicator.measure.establishments-share': 'Share of the local economy’s establishments (%)',
  'observatory.indicator.measure.employees-share': 'Share of the local economy’s employees (%)',
  'observatory.indicator.measure.establishments-per-1000': 'Establishments per 1,000 inhabitants',
  'observatory.indicator.measure.employees-per-1000': 'Employees per 1,000 inhabitants',
  'observatory.indicator.measure.establishments-change': 'Change in establishments over one year',
  'observatory.indicator.measure.employees-change': 'Change in employees over one year',
  'observatory.indicator.measure.establishments-lq':
    'Location quotient of establishments (Espace Mont-Blanc = 1)',
  'observatory.indicator.measure.employees-lq': 'Location quotient of employees (Espace Mont-Blanc = 1)',
  'observatory.indicator.status.value': 'Published value',
  'observatory.indicator.status.suppressed-frequency': 'Confidential (fewer than 3 establishments)',
  'observatory.indicator.status.suppressed-dominance':
    'Confidential (one establishment holds more than 85% of employees)',
  'observatory.indicator.status.suppressed-secondary': 'Confidential (secondary suppression)',
  'observatory.indicator.status.suppressed-at-source': 'Suppressed by the source',
  'observatory.indicator.status.no-data': 'No data',
  'observatory.indicator.weight.core': 'Core of the filière',
  'observatory.indicator.weight.partial': 'Class only partly in the filière, counted in full',
  'observatory.indicator.weight.mixed': 'Total including classes only partly in the filière',
  'observatory.indicator.note.confidentiality':
    'Statistical confidentiality under INSEE’s rule: a cell of fewer than 3 establishments, or in which one establishment holds more than 85% of the employees, is not published; other cells are suppressed too (secondary suppression) so that none can be recovered by difference from the totals, and the pattern stays stable from one year to the next.',
  'observatory.indicator.note.employees':
    'Employees of establishment-level sources (SIRENE) estimated from INSEE’s employee size bands: a range from the bands’ bounds and a central estimate at the middle of each band (the lower bound for 10,000 employees or more). Count sources: as published (ISTAT ASIA: persons employed; FSO STATENT: employees).',
  'observatory.indicator.note.partial':
    'NACE classes that the filière map puts only partly in a filière are counted in full and flagged (weight “partial”, total “mixed”).',
};
