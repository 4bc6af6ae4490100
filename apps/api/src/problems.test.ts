import { type Database, openDatabase } from '@mbi/db';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, problemOf, type TestApp } from './testing';

/*
 * A problem document speaks the request's language throughout: title, detail and every field message.
 *
 * Expected texts are written here, not computed:
 * - titles, details and field messages of the API are the translations of the `@mbi/i18n` catalogs
 *   (packages/i18n/src/internal/messages/{it,de}.ts), reviewed for Italian as written in Valle d'Aosta and for
 *   the Swiss Standard German of the Upper Valais (`ss`, never `ß`);
 * - messages of zod's standard issues are zod 4.6.7's own locales, quoted from zod/src/v4/locales/it.ts and
 *   de.ts (`invalid_type`, `too_big`), with the house typography: the German `Zu groß` is written `Zu gross`;
 * - the reason of a refused identifier is the `identifierError` label of packages/i18n/src/internal/labels.
 * Numbers are grouped as the project writes them (packages/i18n/README.md, "German is Swiss"): 65.536 in
 * Italian, 65'536 in German (Upper Valais), with the ASCII apostrophe.
 */

// La Poste's head office SIRET (INSEE SIRENE), valid; 356 000 000 49838 fails La Poste's digit-sum rule
// (packages/domain/src/french-identifiers.test.ts).
const SHOP = {
  country: 'FR',
  nationalIdentifier: '356 000 000 00048',
  name: 'Atelier de skis du Mont-Blanc',
  activityCode: '32.30Z',
  activityCodeScheme: 'naf',
  territoryUnitCode: '74056',
  sizeBand: '02',
  status: 'active',
  openedOn: '2018-03-01',
};
const MISSING_ID = '00000000-0000-4000-8000-000000000000';
const PARTNERS = 'cc-vallee-chamonix, cc-pays-mont-blanc, chambre-valdotaine, cimark';
// A whole minute on the rate limiter's clock: a refused request waits the full 60 seconds of its window.
const MINUTE_START = 1_700_000_040_000;

type Lang = 'it' | 'de' | 'en';

let database: Database;
let app: TestApp['app'];
let limitedApp: TestApp['app'];
const keys: Record<'admin' | 'viewer' | 'chamonix', string> = { admin: '', viewer: '', chamonix: '' };
let establishment: { id: string; version: number };

/** A request in a language: Italian by Accept-Language, German by `?lang=`, English by Accept-Language. */
function inLanguage(lang: Lang, path: string, init: RequestInit = {}): [string, RequestInit] {
  const headers = new Headers(init.headers);
  if (lang === 'de') return [`${path}${path.includes('?') ? '&' : '?'}lang=de`, { ...init, headers }];
  headers.set('Accept-Language', lang === 'it' ? 'it-IT,it;q=0.9' : 'en');
  return [path, { ...init, headers }];
}

const as = (who: keyof typeof keys, init: RequestInit = {}): RequestInit => ({
  ...init,
  headers: { Authorization: `Bearer ${keys[who]}`, 'Content-Type': 'application/json', ...init.headers },
});

const post = (body: unknown): RequestInit => ({ method: 'POST', body: JSON.stringify(body) });

interface Expected {
  readonly title: string;
  readonly detail: string;
  readonly errors?: readonly { field: string; code: string; message: string }[];
}

interface Failure {
  readonly status: number;
  readonly send: (lang: Lang) => Response | Promise<Response>;
  readonly it: Expected;
  readonly de: Expected;
}

const TITLE = {
  validation: { it: 'I dati inviati non sono validi.', de: 'Die übermittelten Daten sind ungültig.' },
  notFound: {
    it: 'La risorsa richiesta non è stata trovata.',
    de: 'Die angeforderte Ressource wurde nicht gefunden.',
  },
  forbidden: {
    it: 'Non si dispone dei permessi necessari per questa operazione.',
    de: 'Sie sind für diesen Vorgang nicht berechtigt.',
  },
  conflict: {
    it: 'I dati sono stati modificati nel frattempo. Ricaricarli e riprovare.',
    de: 'Die Daten wurden inzwischen geändert. Bitte laden Sie sie neu und versuchen Sie es noch einmal.',
  },
};

const FAILURES: Record<string, Failure> = {
  'a body field of the wrong type (zod invalid_type, received type from the value sent)': {
    status: 400,
    send: (lang) =>
      app.request(...inLanguage(lang, '/v1/establishments', as('admin', post({ ...SHOP, name: 42 })))),
    it: {
      title: TITLE.validation.it,
      detail: 'Il campo body.name non è valido.',
      errors: [
        {
          field: 'body.name',
          code: 'invalid_type',
          message: 'Input non valido: atteso string, ricevuto numero',
        },
      ],
    },
    de: {
      title: TITLE.validation.de,
      detail: 'Das Feld body.name ist ungültig.',
      errors: [
        {
          field: 'body.name',
          code: 'invalid_type',
          message: 'Ungültige Eingabe: erwartet string, erhalten Zahl',
        },
      ],
    },
  },
  'a body field too long (zod too_big; ß written ss)': {
    status: 400,
    send: (lang) =>
      app.request(
        ...inLanguage(lang, '/v1/establishments', as('admin', post({ ...SHOP, name: 'x'.repeat(201) }))),
      ),
    it: {
      title: TITLE.validation.it,
      detail: 'Il campo body.name non è valido.',
      errors: [
        { field: 'body.name', code: 'too_big', message: 'Troppo grande: string deve avere <=200 caratteri' },
      ],
    },
    de: {
      title: TITLE.validation.de,
      detail: 'Das Feld body.name ist ungültig.',
      errors: [
        { field: 'body.name', code: 'too_big', message: 'Zu gross: erwartet, dass string <=200 Zeichen hat' },
      ],
    },
  },
  'a cross-field rule of @mbi/domain (closing date of an active establishment)': {
    status: 400,
    send: (lang) =>
      app.request(
        ...inLanguage(lang, '/v1/establishments', as('admin', post({ ...SHOP, closedOn: '2024-12-31' }))),
      ),
    it: {
      title: TITLE.validation.it,
      detail: 'Il campo body.closedOn non è valido.',
      errors: [
        {
          field: 'body.closedOn',
          code: 'custom',
          message: 'Una data di cessazione è ammessa solo per un’unità locale cessata (status closed).',
        },
      ],
    },
    de: {
      title: TITLE.validation.de,
      detail: 'Das Feld body.closedOn ist ungültig.',
      errors: [
        {
          field: 'body.closedOn',
          code: 'custom',
          message:
            'Ein Schliessungsdatum ist nur bei einer geschlossenen Arbeitsstätte zulässig (status closed).',
        },
      ],
    },
  },
  'the same rule found by @mbi/db on the merged patch': {
    status: 400,
    send: (lang) =>
      app.request(
        ...inLanguage(
          lang,
          `/v1/establishments/${establishment.id}`,
          as('admin', {
            method: 'PATCH',
            body: JSON.stringify({ closedOn: '2024-12-31' }),
            headers: { 'If-Match': '*' },
          }),
        ),
      ),
    it: {
      title: TITLE.validation.it,
      detail: 'Il campo body.closedOn non è valido.',
      errors: [
        {
          field: 'body.closedOn',
          code: 'validation-failed',
          message: 'Una data di cessazione è ammessa solo per un’unità locale cessata (status closed).',
        },
      ],
    },
    de: {
      title: TITLE.validation.de,
      detail: 'Das Feld body.closedOn ist ungültig.',
      errors: [
        {
          field: 'body.closedOn',
          code: 'validation-failed',
          message:
            'Ein Schliessungsdatum ist nur bei einer geschlossenen Arbeitsstätte zulässig (status closed).',
        },
      ],
    },
  },
  'a SIRET that fails its check': {
    status: 400,
    send: (lang) =>
      app.request(
        ...inLanguage(
          lang,
          '/v1/establishments',
          as('admin', post({ ...SHOP, nationalIdentifier: '35600000049838' })),
        ),
      ),
    it: {
      title: TITLE.validation.it,
      detail: 'Il campo body.nationalIdentifier non è valido.',
      errors: [
        {
          field: 'body.nationalIdentifier',
          code: 'custom',
          message: 'L’identificativo 35600000049838 non è valido (carattere di controllo errato).',
        },
      ],
    },
    de: {
      title: TITLE.validation.de,
      detail: 'Das Feld body.nationalIdentifier ist ungültig.',
      errors: [
        {
          field: 'body.nationalIdentifier',
          code: 'custom',
          message: 'Die Kennung 35600000049838 ist ungültig (falsche Prüfziffer).',
        },
      ],
    },
  },
  'an amount of @mbi/budget out of range': {
    status: 400,
    send: (lang) =>
      app.request(
        ...inLanguage(lang, '/v1/calculations/cofinancing', {
          ...post({ eligible: '100.00', rate: '85' }),
          headers: { 'Content-Type': 'application/json' },
        }),
      ),
    it: {
      title: TITLE.validation.it,
      detail: 'Il campo body.rate non è valido.',
      errors: [
        {
          field: 'body.rate',
          code: 'out-of-range',
          message: 'Il tasso deve essere compreso tra 0 e 1 (scrivere 85% come "0.85").',
        },
      ],
    },
    de: {
      title: TITLE.validation.de,
      detail: 'Das Feld body.rate ist ungültig.',
      errors: [
        {
          field: 'body.rate',
          code: 'out-of-range',
          message: 'Der Satz muss zwischen 0 und 1 liegen (85 % als "0.85" schreiben).',
        },
      ],
    },
  },
  'no credentials': {
    status: 401,
    send: (lang) => app.request(...inLanguage(lang, '/v1/establishments')),
    it: {
      title: 'Autenticazione richiesta.',
      detail: 'Inviare una chiave API nell’intestazione Authorization (Bearer mbi_…) oppure accedere.',
    },
    de: {
      title: 'Authentifizierung erforderlich.',
      detail:
        'Senden Sie einen API-Schlüssel im Header Authorization (Bearer mbi_…) oder melden Sie sich an.',
    },
  },
  'an unknown API key': {
    status: 401,
    send: (lang) =>
      app.request(
        ...inLanguage(lang, '/v1/establishments', { headers: { Authorization: 'Bearer mbi_nope' } }),
      ),
    it: { title: 'Autenticazione richiesta.', detail: 'La chiave API è sconosciuta, revocata o malformata.' },
    de: {
      title: 'Authentifizierung erforderlich.',
      detail: 'Der API-Schlüssel ist unbekannt, widerrufen oder fehlerhaft.',
    },
  },
  'too small a role': {
    status: 403,
    send: (lang) => app.request(...inLanguage(lang, '/v1/establishments', as('viewer', post(SHOP)))),
    it: {
      title: TITLE.forbidden.it,
      detail: 'Questa operazione richiede il ruolo editor; il chiamante ha il ruolo viewer.',
    },
    de: {
      title: TITLE.forbidden.de,
      detail: 'Dieser Vorgang erfordert die Rolle editor; der Aufrufer hat die Rolle viewer.',
    },
  },
  'data of another partner': {
    status: 403,
    send: (lang) =>
      app.request(
        ...inLanguage(
          lang,
          `/v1/establishments/${establishment.id}`,
          as('chamonix', {
            method: 'PATCH',
            body: JSON.stringify({ sizeBand: '03' }),
            headers: { 'If-Match': '*' },
          }),
        ),
      ),
    it: {
      title: TITLE.forbidden.it,
      detail:
        'Con il ruolo editor, cc-vallee-chamonix può modificare solo i propri dati, non quelli di cc-pays-mont-blanc.',
    },
    de: {
      title: TITLE.forbidden.de,
      detail:
        'Mit der Rolle editor darf cc-vallee-chamonix nur eigene Daten ändern, nicht die Daten von cc-pays-mont-blanc.',
    },
  },
  'an unknown partner': {
    status: 404,
    send: (lang) => app.request(...inLanguage(lang, '/v1/partners/nowhere')),
    it: {
      title: TITLE.notFound.it,
      detail: `Nessun partner ha l’identificativo nowhere. Partner: ${PARTNERS}.`,
    },
    de: {
      title: TITLE.notFound.de,
      detail: `Es gibt keinen Partner mit der Kennung nowhere. Partner: ${PARTNERS}.`,
    },
  },
  'an unknown establishment': {
    status: 404,
    send: (lang) => app.request(...inLanguage(lang, `/v1/establishments/${MISSING_ID}`, as('viewer'))),
    it: { title: TITLE.notFound.it, detail: `Nessuna unità locale ha l’identificativo ${MISSING_ID}.` },
    de: { title: TITLE.notFound.de, detail: `Es gibt keine Arbeitsstätte mit der Kennung ${MISSING_ID}.` },
  },
  'an unknown route': {
    status: 404,
    send: (lang) => app.request(...inLanguage(lang, '/v1/nothing')),
    it: { title: TITLE.notFound.it, detail: 'Nessun percorso corrisponde a GET /v1/nothing.' },
    de: { title: TITLE.notFound.de, detail: 'Es gibt keine Route für GET /v1/nothing.' },
  },
  'a change without If-Match': {
    status: 428,
    send: (lang) =>
      app.request(
        ...inLanguage(
          lang,
          `/v1/establishments/${establishment.id}`,
          as('admin', { method: 'PATCH', body: JSON.stringify({ sizeBand: '03' }) }),
        ),
      ),
    it: {
      title: TITLE.conflict.it,
      detail:
        'Inviare l’intestazione If-Match con l’ETag dell’unità locale (dopo averla letta) perché nessuna modifica vada persa.',
    },
    de: {
      title: TITLE.conflict.de,
      detail:
        'Senden Sie den Header If-Match mit dem ETag der Arbeitsstätte (lesen Sie sie zuerst), damit keine Änderung verloren geht.',
    },
  },
  'a change of a stale version (versions from @mbi/db)': {
    status: 412,
    send: (lang) =>
      app.request(
        ...inLanguage(
          lang,
          `/v1/establishments/${establishment.id}`,
          as('admin', {
            method: 'PATCH',
            body: JSON.stringify({ sizeBand: '03' }),
            headers: { 'If-Match': `"${establishment.id}.1"` },
          }),
        ),
      ),
    it: { title: TITLE.conflict.it, detail: 'L’unità locale è alla versione 2, non alla 1: rileggerla.' },
    de: {
      title: TITLE.conflict.de,
      detail: 'Die Arbeitsstätte hat die Version 2, nicht 1: Bitte laden Sie sie neu.',
    },
  },
  'too many requests': {
    status: 429,
    send: (lang) => limitedApp.request(...inLanguage(lang, '/v1/partners')),
    it: {
      title: 'Troppe richieste. Riprovare tra 60 secondi.',
      detail: 'È stato raggiunto il limite di 1 richiesta al minuto.',
    },
    de: {
      title: 'Zu viele Anfragen. Bitte versuchen Sie es in 60 Sekunden erneut.',
      detail: 'Die Grenze von 1 Anfrage pro Minute ist erreicht.',
    },
  },
  'a body over the limit of 64 KiB': {
    status: 413,
    send: (lang) =>
      app.request(
        ...inLanguage(lang, '/v1/calculations/cofinancing', {
          ...post({ eligible: '1'.repeat(70_000), rate: '0.85' }),
          headers: { 'Content-Type': 'application/json' },
        }),
      ),
    it: {
      title: 'Il contenuto inviato è troppo voluminoso.',
      detail: 'Il corpo di una richiesta è limitato a 65.536 byte.',
    },
    de: {
      title: 'Der übermittelte Inhalt ist zu gross.',
      detail: "Der Inhalt einer Anfrage ist auf 65'536 Bytes begrenzt.",
    },
  },
  'a body that is not JSON': {
    status: 415,
    send: (lang) =>
      app.request(
        ...inLanguage(lang, '/v1/calculations/cofinancing', {
          method: 'POST',
          body: 'eligible=1',
          headers: { 'Content-Type': 'text/plain' },
        }),
      ),
    it: {
      title: 'La richiesta non è formulata correttamente.',
      detail: 'Inviare il corpo della richiesta come application/json, codificato in UTF-8.',
    },
    de: {
      title: 'Die Anfrage ist fehlerhaft.',
      detail: 'Senden Sie den Inhalt der Anfrage als application/json in UTF-8.',
    },
  },
  'a control character in a body field': {
    status: 400,
    send: (lang) =>
      app.request(
        ...inLanguage(lang, '/v1/calculations/cofinancing', {
          method: 'POST',
          body: '{"eligible":"1\\u0001","rate":"0.85"}',
          headers: { 'Content-Type': 'application/json' },
        }),
      ),
    it: {
      title: TITLE.validation.it,
      detail:
        'Il testo inviato in body.eligible contiene un carattere di controllo (U+0000–U+001F, U+007F–U+009F).',
      errors: [
        {
          field: 'body.eligible',
          code: 'control-character',
          message: 'Contiene un carattere di controllo (U+0000–U+001F, U+007F–U+009F).',
        },
      ],
    },
    de: {
      title: TITLE.validation.de,
      detail: 'Der in body.eligible gesendete Text enthält ein Steuerzeichen (U+0000–U+001F, U+007F–U+009F).',
      errors: [
        {
          field: 'body.eligible',
          code: 'control-character',
          message: 'Enthält ein Steuerzeichen (U+0000–U+001F, U+007F–U+009F).',
        },
      ],
    },
  },
};

beforeAll(async () => {
  database = await openDatabase({ dataDir: 'memory://' });
  const api = await createTestApp(database);
  app = api.app;
  keys.admin = await api.key('admin', null);
  keys.viewer = await api.key('viewer', 'cimark');
  keys.chamonix = await api.key('editor', 'cc-vallee-chamonix');
  // An establishment of another partner than Chamonix's, changed once: it is at version 2.
  const created = await app.request(
    '/v1/establishments',
    as('admin', post({ ...SHOP, partnerId: 'cc-pays-mont-blanc' })),
  );
  expect(created.status).toBe(201);
  const { id } = (await created.json()) as { id: string };
  const changed = await app.request(
    `/v1/establishments/${id}`,
    as('admin', { method: 'PATCH', body: JSON.stringify({ sizeBand: '11' }), headers: { 'If-Match': '*' } }),
  );
  expect(changed.status).toBe(200);
  establishment = (await changed.json()) as { id: string; version: number };
  expect(establishment.version).toBe(2);
  // One request a minute, on a clock that stands at the start of a minute; the first request passes.
  limitedApp = (await createTestApp(database, { rateLimitPerMinute: 1, now: () => MINUTE_START })).app;
  expect((await limitedApp.request('/v1/partners')).status).toBe(200);
});
afterAll(async () => {
  await database.close();
});

describe.each(Object.entries(FAILURES))('the problem document of %s', (_name, failure) => {
  test.each(['it', 'de'] as const)('is in the request’s language: %s', async (lang) => {
    const response = await failure.send(lang);
    expect(response.status).toBe(failure.status);
    expect(response.headers.get('content-language')).toBe(lang);
    const problem = await problemOf(response);
    const expected = failure[lang];
    expect(problem.title).toBe(expected.title);
    expect(problem.detail).toBe(expected.detail);
    expect(problem.errors).toEqual(expected.errors);
  });

  test('holds no English text of the same failure under it', async () => {
    const english = await problemOf(await failure.send('en'));
    const italian = await problemOf(await failure.send('it'));
    expect(english.code).toBe(italian.code);
    const texts = [
      english.title,
      english.detail,
      ...((english.errors as { message: string }[] | undefined) ?? []).map((error) => error.message),
    ];
    expect(texts.every((text) => typeof text === 'string' && text.length > 0)).toBe(true);
    const document = JSON.stringify(italian);
    for (const text of texts) expect(document).not.toContain(JSON.stringify(text).slice(1, -1));
  });
});
