import { describe, expect, test } from 'vitest';
import { inMemoryApp } from '../../test-hooks';

const app = inMemoryApp();

describe('GET /v1/budget (golden values: the seed financing table, BRIEF.md)', () => {
  test('partner rows and totals as decimal strings with currency', async () => {
    const response = await app.request('/v1/budget');
    expect(response.status).toBe(200);
    const body = (await response.json()) as {
      partners: { partnerId: string; erdf: { amount: string; currency: string } | null; inErdf: boolean }[];
      totals: {
        erdf: { erdf: { amount: string }; eligible: { amount: string } };
        outsideErdf: { eligible: unknown }[];
      };
    };
    expect(body.partners.map((p) => [p.partnerId, p.erdf?.amount ?? null])).toEqual([
      ['cc-vallee-chamonix', '361839.90'],
      ['cc-pays-mont-blanc', '359139.70'],
      ['chambre-valdotaine', '523157.74'],
      ['cimark', null],
    ]);
    expect(body.totals.erdf.erdf).toEqual({ amount: '1244137.34', currency: 'EUR' });
    expect(body.totals.erdf.eligible).toEqual({ amount: '1463691.00', currency: 'EUR' });
    expect(body.totals.outsideErdf).toEqual([{ eligible: { amount: '306200.00', currency: 'CHF' } }]);
  });

  test('CSV for fr: BOM, semicolons, decimal comma, French headers, CRLF', async () => {
    const response = await app.request('/v1/budget?format=csv', { headers: { 'Accept-Language': 'fr-FR' } });
    expect(response.headers.get('content-type')).toMatch(/^text\/csv; charset=utf-8/);
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes.slice(3)).split('\r\n');
    expect(lines[0]).toBe('Partenaire;Pays;Devise;Total éligible;Taux;FEDER;Contrepartie');
    expect(lines[1]).toBe('CC Vallée de Chamonix Mont-Blanc;FR;EUR;425694,00;0,85;361839,90;63854,10');
    expect(lines).toContain('Total FEDER;;EUR;1463691,00;;1244137,34;219553,66');
  });

  test('CSV for en uses commas and a decimal point; Accept: text/csv works too', async () => {
    const response = await app.request('/v1/budget?lang=en', { headers: { Accept: 'text/csv' } });
    const text = await response.text();
    expect(text.split('\r\n')[0]).toBe(
      'Partner,Country,Currency,Eligible total,Rate,ERDF,Partner contribution',
    );
    expect(text).toContain(',1244137.34,');
  });

  test('ETag and 304 on If-None-Match; the ETag differs by language', async () => {
    const first = await app.request('/v1/budget?lang=it');
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^"[^"]+"$/);
    const again = await app.request('/v1/budget?lang=it', { headers: { 'If-None-Match': etag ?? '' } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    const german = await app.request('/v1/budget?lang=de');
    expect(german.headers.get('etag')).not.toBe(etag);
  });
});
