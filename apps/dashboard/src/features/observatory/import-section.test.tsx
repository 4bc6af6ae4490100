import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { type Answers, fakeApi, renderApp } from '../../test/render-app';

const EMPTY = {
  items: [],
  years: [],
  legend: { measures: {}, statuses: {}, weights: {} },
  notes: { confidentiality: '', employees: '', partial: '' },
  filiereMapVersion: '2026.2',
};

function me(role: 'viewer' | 'editor' | 'admin', partnerId: string | null) {
  return { kind: 'user', id: 'u1', label: 'Someone', role, partnerId, csrfToken: 't' };
}

const JOB = {
  id: '0b6c2f4e-1111-4222-8333-944455556666',
  format: 'sirene-establishments',
  kind: 'establishments',
  year: 2024,
  partnerId: 'cc-vallee-chamonix',
  fileName: 'small.csv',
  actor: { kind: 'user', id: 'u1' },
  progress: { bytesRead: 10, bytesTotal: 10, rowsRead: 4 },
  error: null,
  startedAt: '2026-11-29T00:00:00Z',
};

function answers(extra: Answers): Answers {
  return {
    '/v1/observatory/indicators': EMPTY,
    '/v1/territories.geojson': { type: 'FeatureCollection', features: [] },
    ...extra,
  };
}

describe('the observatory’s import section', () => {
  it('is not offered to visitors nor to viewers', async () => {
    fakeApi(answers({}));
    await renderApp('/observatory?lang=en');
    await screen.findByRole('heading', { level: 1 });
    await new Promise((done) => setTimeout(done, 50));
    expect(screen.queryByRole('heading', { name: 'Import a file' })).toBeNull();
    cleanup();

    fakeApi(answers({ '/v1/auth/me': me('viewer', 'cimark') }));
    await renderApp('/observatory?lang=en');
    await screen.findByRole('heading', { level: 1 });
    await new Promise((done) => setTimeout(done, 50));
    expect(screen.queryByRole('heading', { name: 'Import a file' })).toBeNull();
  });

  it('lets an editor send a file, polls the job and shows its summary with the rejects link', async () => {
    let polls = 0;
    const requests = fakeApi(
      answers({
        '/v1/auth/me': me('editor', 'cc-vallee-chamonix'),
        '/v1/imports': () =>
          Response.json(
            {
              ...JOB,
              status: 'running',
              statusLabel: 'Running',
              summary: {
                read: 0,
                imported: 0,
                updated: 0,
                unchanged: 0,
                removed: 0,
                skipped: 0,
                rejected: 0,
              },
              finishedAt: null,
            },
            { status: 202 },
          ),
        [`/v1/imports/${JOB.id}`]: () => {
          polls += 1;
          return Response.json({
            ...JOB,
            status: 'succeeded',
            statusLabel: 'Succeeded',
            summary: { read: 4, imported: 2, updated: 0, unchanged: 0, removed: 0, skipped: 1, rejected: 1 },
            finishedAt: '2026-11-29T00:00:01Z',
          });
        },
      }),
    );
    await renderApp('/observatory?lang=en');
    expect(await screen.findByRole('heading', { name: 'Import a file' })).toBeTruthy();
    expect(screen.getByText(/up to 1 MB.*mbi import/)).toBeTruthy();
    expect((screen.getByLabelText('Format') as HTMLSelectElement).value).toBe('sirene-establishments');
    fireEvent.change(screen.getByLabelText('Reference year'), { target: { value: '2024' } });
    const file = new File(['siret\n1'], 'small.csv', { type: 'text/csv' });
    fireEvent.change(screen.getByLabelText('CSV file'), { target: { files: [file] } });
    fireEvent.click(screen.getByRole('button', { name: 'Import' }));

    await screen.findByText('Import: Succeeded', {}, { timeout: 3000 });
    expect(polls).toBeGreaterThan(0);
    const post = requests.find((request) => request.method === 'POST' && request.url.includes('/v1/imports'));
    expect(await post?.clone().json()).toEqual({
      format: 'sirene-establishments',
      fileName: 'small.csv',
      content: 'siret\n1',
      year: 2024,
    });
    const summary = Object.fromEntries(
      [...document.querySelectorAll('.observatory-import-summary > div')].map((entry) => [
        entry.querySelector('dt')?.textContent,
        entry.querySelector('dd')?.textContent,
      ]),
    );
    expect(summary).toEqual({
      Read: '4',
      Imported: '2',
      Updated: '0',
      Unchanged: '0',
      'Outside your territories': '1',
      Refused: '1',
    });
    const link = screen.getByRole('link', { name: 'Download the refused rows (CSV)' });
    expect(link.getAttribute('href')).toBe(`/v1/imports/${JOB.id}/rejects?format=csv&lang=en`);
    // The observatory's figures are read again.
    await waitFor(() =>
      expect(
        requests.filter((request) => request.url.includes('/v1/observatory/indicators')).length,
      ).toBeGreaterThan(1),
    );
  });

  it('shows a problem document of the API with the error state', async () => {
    fakeApi(
      answers({
        '/v1/auth/me': me('admin', null),
        '/v1/imports': () =>
          Response.json(
            {
              type: 'urn:mbi:problem:payload-too-large',
              code: 'payload-too-large',
              title: 'The body is too large',
              status: 413,
            },
            { status: 413, headers: { 'Content-Type': 'application/problem+json' } },
          ),
      }),
    );
    await renderApp('/observatory?lang=en');
    await screen.findByRole('heading', { name: 'Import a file' });
    fireEvent.change(screen.getByLabelText('Format'), { target: { value: 'bfs-population' } });
    expect(screen.queryByLabelText('Reference year')).toBeNull();
    const file = new File(['x'], 'big.csv', { type: 'text/csv' });
    fireEvent.change(screen.getByLabelText('CSV file'), { target: { files: [file] } });
    fireEvent.click(screen.getByRole('button', { name: 'Import' }));
    expect((await screen.findByRole('alert')).textContent).toContain('The body is too large');
  });
});
