import type { PartnerList, Project, WorkPackageList } from '@mbi/client';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeApi, renderApp } from '../../test/render-app';

// The programme and dates of the seed (application filed 2016-01-11, activities June 2017 – June 2020).
const PROJECT = {
  programme: {
    id: 'alcotra',
    name: 'Interreg V-A France–Italie ALCOTRA 2014–2020',
    shortName: 'ALCOTRA',
    fund: 'erdf',
    firstYear: 2014,
    lastYear: 2020,
    axis: { number: 1, title: 'Innovation appliquée' },
    investmentPriority: { code: '1B', title: 'Investissements des entreprises dans la R&I' },
    specificObjective: { code: '1.1', title: 'Accroître les projets d’innovation' },
  },
  project: {
    id: 'mbi',
    name: 'Mont-Blanc INNOVATION',
    acronym: 'MBI',
    subtitle: 'Filières d’excellence',
    programmeId: 'alcotra',
    filedOn: '2016-01-11',
    startMonth: '2017-06',
    endMonth: '2020-06',
    durationMonths: 36,
    objectiveIds: [],
    filiereIds: [],
  },
  objectives: [],
  filieres: [],
  stakeholders: [],
  accelerators: [],
  deliverables: [],
  indicators: [
    {
      id: 's3',
      label: 'Stratégie rédigée',
      unit: 'document',
      target: 1,
      achieved: null,
      activityId: '2.2',
      source: 'seed',
    },
    {
      id: 'meetings',
      label: 'Réunions',
      unit: 'réunions',
      target: 12,
      achieved: 9,
      activityId: '1.2',
      source: 'assumed',
    },
  ],
} as unknown as Project;

const WORK_PACKAGES = {
  items: [
    {
      id: 'wp1',
      number: 1,
      title: 'Gouvernance',
      label: 'Gouvernance',
      activities: [
        { id: '1.2', workPackageId: 'wp1', title: 'Think tank', description: 'Animer', label: 'Think tank' },
      ],
    },
    {
      id: 'wp2',
      number: 2,
      title: 'Communication',
      label: 'Communication',
      activities: [
        { id: '2.2', workPackageId: 'wp2', title: 'S3', description: 'Rédiger', label: 'Stratégie' },
      ],
    },
  ],
} as unknown as WorkPackageList;

describe('the overview', () => {
  it('gives the programme and the dates, and each work package its indicators, the assumed ones marked', async () => {
    fakeApi({
      '/v1/project': PROJECT,
      '/v1/work-packages': WORK_PACKAGES,
      '/v1/partners': { items: [] } as unknown as PartnerList,
      '/v1/territories.geojson': { type: 'FeatureCollection', features: [] },
    });
    await renderApp('/?lang=fr');
    expect((await screen.findByRole('heading', { level: 1 })).textContent).toContain('Mont-Blanc INNOVATION');
    expect(screen.getByText(/De juin 2017 à juin 2020 \(36 mois\)/)).toBeTruthy();
    expect(screen.getByText(/Candidature déposée le 11 janvier 2016/)).toBeTruthy();
    const governance = screen.getByRole('table', { name: 'Indicateurs — Gouvernance' });
    expect(within(governance).getByRole('rowheader').textContent).toBe('RéunionsValeur supposée');
    expect(
      within(governance)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['12 réunions', '9 réunions']);
    const communication = screen.getByRole('table', { name: 'Indicateurs — Communication' });
    expect(within(communication).getAllByRole('cell')[1]?.textContent).toBe('Non renseigné');
  });
});
