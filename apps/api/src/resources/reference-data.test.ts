import { describe, expect, test } from 'vitest';
import { inMemoryApp } from '../test-hooks';
import { problemOf } from '../testing';

const app = inMemoryApp();

describe('reference resources', () => {
  test('partners, localised by Accept-Language with regional fallback (de-CH → de)', async () => {
    const response = await app.request('/v1/partners', { headers: { 'Accept-Language': 'de-CH, fr;q=0.5' } });
    const body = (await response.json()) as {
      items: { id: string; countryLabel: string; roleLabel: string }[];
    };
    expect(body.items.map((p) => p.id)).toEqual([
      'cc-vallee-chamonix',
      'cc-pays-mont-blanc',
      'chambre-valdotaine',
      'cimark',
    ]);
    expect(body.items[3]?.countryLabel).toBe('Schweiz');
  });

  test('one partner, and a problem document for an unknown one', async () => {
    const found = await app.request('/v1/partners/chambre-valdotaine?lang=it');
    expect(((await found.json()) as { delegatedBody?: { name: string } }).delegatedBody?.name).toMatch(
      /Unioncamere Piemonte/,
    );
    const missing = await app.request('/v1/partners/nobody?lang=en');
    expect(missing.status).toBe(404);
    const problem = await problemOf(missing);
    expect(problem.code).toBe('not-found');
    expect(problem.type).toBe('urn:mbi:problem:not-found');
    expect(problem.title).toBe('The requested resource was not found.');
    expect(problem.requestId).toBe(missing.headers.get('x-request-id'));
  });

  test('project, work packages and filières', async () => {
    const project = (await (await app.request('/v1/project')).json()) as { project: { filedOn: string } };
    expect(project.project.filedOn).toBe('2016-01-11');
    const wps = (await (await app.request('/v1/work-packages')).json()) as {
      items: { id: string; activities: { id: string }[] }[];
    };
    expect(wps.items.map((wp) => [wp.id, wp.activities.map((a) => a.id)])).toEqual([
      ['wp1', ['1.1', '1.2']],
      ['wp2', ['2.1', '2.2']],
      ['wp3', ['3.1', '3.2']],
      ['wp4', ['4.1', '4.2']],
    ]);
    const filieres = (await (await app.request('/v1/filieres')).json()) as {
      items: { id: string; codes: { code: string }[] }[];
    };
    expect(filieres.items.map((f) => f.id)).toEqual(['outdoor', 'phyto', 'renovation']);
    // NAF 49.39C (téléphériques et remontées mécaniques) is the ski lifts' code
    expect(filieres.items[0]?.codes.map((code) => code.code)).toContain('49.39C');
  });

  test('an Accept header that allows neither JSON nor CSV gets 406', async () => {
    const response = await app.request('/v1/partners', { headers: { Accept: 'application/xml' } });
    expect(response.status).toBe(406);
  });
});
