import type { IndicatorList, IndicatorRow } from '@mbi/client';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { type Answers, fakeApi, renderApp } from '../../test/render-app';
import { embedSnippet } from './embed-section';

/** A square unit, its exterior ring counter-clockwise as RFC 7946 writes it. */
function unit(
  code: string,
  name: string,
  country: 'FR' | 'IT' | 'CH',
  partner: string,
  [x, y]: [number, number],
) {
  const ring = [
    [x, y],
    [x + 0.1, y],
    [x + 0.1, y + 0.1],
    [x, y + 0.1],
    [x, y],
  ];
  return {
    type: 'Feature',
    properties: { code, name, country, partner },
    geometry: { type: 'Polygon', coordinates: [ring] },
  };
}

// Chamonix north-west, Courmayeur south of it, Martigny to its east, Sion further east (no indicator row).
const BOUNDARIES = {
  type: 'FeatureCollection',
  features: [
    unit('74056', 'Chamonix-Mont-Blanc', 'FR', 'cc-vallee-chamonix', [6.8, 45.9]),
    unit('7022', 'Courmayeur', 'IT', 'chambre-valdotaine', [6.9, 45.7]),
    unit('6136', 'Martigny', 'CH', 'cimark', [7.0, 46.0]),
    unit('6266', 'Sion', 'CH', 'cimark', [7.3, 46.2]),
  ],
};

function row(
  year: number,
  country: 'FR' | 'IT' | 'CH',
  territory: string,
  name: string,
  value: number | null,
  status: IndicatorRow['status'] = 'value',
): IndicatorRow {
  return {
    year,
    level: 'unit',
    country,
    territory,
    name,
    filiere: 'outdoor',
    naceClass: null,
    naceLabel: null,
    measure: 'establishments',
    value,
    low: null,
    high: null,
    status,
    weight: 'core',
    source: 'sirene-establishments',
    employeesBasis: null,
  };
}

// 2021: values (one of them zero); 2022: Courmayeur under 3 establishments, Martigny hidden by secondary suppression.
const INDICATORS: IndicatorList = {
  items: [
    row(2021, 'FR', '74056', 'Chamonix-Mont-Blanc', 12),
    row(2021, 'IT', '7022', 'Courmayeur', 5),
    row(2021, 'CH', '6136', 'Martigny', 0),
    row(2022, 'FR', '74056', 'Chamonix-Mont-Blanc', 14),
    row(2022, 'IT', '7022', 'Courmayeur', null, 'suppressed-frequency'),
    row(2022, 'CH', '6136', 'Martigny', null, 'suppressed-secondary'),
  ],
  years: [2021, 2022],
  legend: { measures: {}, statuses: {}, weights: {} },
  notes: { confidentiality: 'Secret statistique (règle de l’INSEE).', employees: '', partial: '' },
  filiereMapVersion: '2026.2',
};

/** The API's answer, for whichever measure is asked (the figures are the same: the page does not compute them). */
function answers(): Answers {
  return {
    '/v1/observatory/indicators': (request: Request) => {
      const measure = (new URL(request.url).searchParams.get('measure') ??
        'establishments') as IndicatorRow['measure'];
      return Response.json({ ...INDICATORS, items: INDICATORS.items.map((item) => ({ ...item, measure })) });
    },
    '/v1/territories.geojson': BOUNDARIES,
  };
}

async function mapRegion(name: RegExp): Promise<HTMLElement> {
  return (await screen.findByRole('img', { name })) as HTMLElement;
}

function legendItems(): string[] {
  return within(screen.getByTestId('map-legend'))
    .getAllByRole('listitem')
    .map((item) => item.textContent?.trim() ?? '');
}

describe('the observatory page', () => {
  it('asks for a rate by default (establishments per 1,000 inhabitants, outdoor, communes) and shows the latest year', async () => {
    const requests = fakeApi(answers());
    const { router } = await renderApp('/observatory?lang=en');
    expect((await screen.findByRole('heading', { level: 1 })).textContent).toBe(
      'Economic observatory of the priority sectors',
    );
    await screen.findByRole('table');
    const call = requests.find((request) => request.url.includes('/v1/observatory/indicators'));
    const query = new URL(call?.url ?? 'http://x').searchParams;
    expect([query.get('filiere'), query.get('measure'), query.get('level'), query.get('year')]).toEqual([
      'outdoor',
      'establishments-per-1000',
      'unit',
      null,
    ]);
    expect(screen.getByLabelText(/Year: 2022/)).toBeTruthy();
    expect(router.state.location.search).toEqual({ lang: 'en' });
  });

  it('keeps filière, measure, year and level in the URL, drops values that do not parse, and the CSV follows them', async () => {
    fakeApi(answers());
    const { router } = await renderApp(
      '/observatory?lang=fr&measure=bogus&year=abc&level=planet&filiere=phyto',
    );
    await screen.findByRole('table');
    expect(router.state.location.search).toEqual({ lang: 'fr', filiere: 'phyto' });
    fireEvent.change(screen.getByLabelText('Mesure'), { target: { value: 'establishments' } });
    await waitFor(() => expect(router.state.location.search).toMatchObject({ measure: 'establishments' }));
    // Testing Library folds the no-break space before the colon into a plain space.
    fireEvent.change(await screen.findByLabelText(/Année : 2022/), { target: { value: '0' } });
    await waitFor(() => expect(router.state.location.search).toMatchObject({ year: 2021 }));
    expect(router.state.location.search).toEqual({
      lang: 'fr',
      filiere: 'phyto',
      measure: 'establishments',
      year: 2021,
    });
    const csv = screen.getByRole('link', { name: 'Télécharger (CSV)' }).getAttribute('href') ?? '';
    expect(Object.fromEntries(new URL(csv, 'http://x').searchParams)).toEqual({
      filiere: 'phyto',
      measure: 'establishments',
      level: 'unit',
      year: '2021',
      format: 'csv',
      lang: 'fr',
    });
  });

  it('gives every territory a spoken label, in English and in French, "confidential" for a suppressed cell', async () => {
    fakeApi(answers());
    await renderApp('/observatory?lang=en&measure=establishments&year=2021');
    expect((await mapRegion(/^Courmayeur/)).getAttribute('aria-label')).toBe(
      'Courmayeur, Outdoor, 2021: 5 establishments',
    );
    expect((await mapRegion(/^Martigny/)).getAttribute('aria-label')).toBe(
      'Martigny, Outdoor, 2021: 0 establishments',
    );
    expect((await mapRegion(/^Sion/)).getAttribute('aria-label')).toBe('Sion, Outdoor, 2021: no data');
  });

  it('says the same in French, with French typography', async () => {
    fakeApi(answers());
    await renderApp('/observatory?lang=fr&measure=establishments&year=2022');
    expect((await mapRegion(/^Courmayeur/)).getAttribute('aria-label')).toBe(
      'Courmayeur, Outdoor, 2022\u00a0: confidentiel',
    );
    expect((await mapRegion(/^Chamonix/)).getAttribute('aria-label')).toBe(
      'Chamonix-Mont-Blanc, Outdoor, 2022\u00a0: 14 établissements',
    );
  });

  it('hatches suppressed cells with a legend entry of their own, apart from zero and from no data', async () => {
    fakeApi(answers());
    await renderApp('/observatory?lang=en&year=2021');
    await mapRegion(/^Courmayeur/);
    // Breaks from both years' values (0, 5, 12, 14): one break at 10, the same whichever year is shown.
    expect(legendItems()).toEqual([
      'under 10: 1 territory',
      '10 and over: 1 territory',
      'zero: 1 territory',
      'confidential (statistical secrecy, hatched): 0 territories',
      'no data: 1 territory',
    ]);
    expect((await mapRegion(/^Martigny/)).getAttribute('data-fill')).toBe('#ffffff');
    expect((await mapRegion(/^Sion/)).getAttribute('data-fill')).not.toBe('hatch');
  });

  it('moves the legend counts, not the breaks, when the year changes; suppressed cells become hatched', async () => {
    fakeApi(answers());
    await renderApp('/observatory?lang=en&year=2022');
    await mapRegion(/^Courmayeur/);
    expect(legendItems()).toEqual([
      'under 10: 0 territories',
      '10 and over: 1 territory',
      'zero: 0 territories',
      'confidential (statistical secrecy, hatched): 2 territories',
      'no data: 1 territory',
    ]);
    const courmayeur = await mapRegion(/^Courmayeur/);
    const martigny = await mapRegion(/^Martigny/);
    const sion = await mapRegion(/^Sion/);
    expect([courmayeur, martigny, sion].map((region) => region.getAttribute('data-fill'))).toEqual([
      'hatch',
      'hatch',
      '#8c959f',
    ]);
    expect(courmayeur.getAttribute('fill')).toMatch(/^url\(#hatch-/);
  });

  it('moves the focus from a territory to its neighbour with the arrow keys, one territory in the tab order', async () => {
    fakeApi(answers());
    await renderApp('/observatory?lang=en&measure=establishments&year=2021');
    const chamonix = await mapRegion(/^Chamonix/);
    const regions = screen.getAllByRole('img').filter((element) => element.tagName.toLowerCase() === 'g');
    expect(regions.filter((region) => region.getAttribute('tabindex') === '0')).toEqual([chamonix]);
    chamonix.focus();
    fireEvent.keyDown(chamonix, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(await mapRegion(/^Courmayeur/));
    fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowRight' });
    expect(document.activeElement).toBe(await mapRegion(/^Martigny/));
    fireEvent.keyDown(document.activeElement as Element, { key: 'End' });
    expect(document.activeElement).toBe(await mapRegion(/^Sion/));
    expect((await mapRegion(/^Sion/)).getAttribute('tabindex')).toBe('0');
  });

  it('ranks the territories, confidential ones last, and sorts by name on request', async () => {
    fakeApi(answers());
    await renderApp('/observatory?lang=en&measure=establishments&year=2022');
    const table = await screen.findByRole('table', { name: 'Ranking — Establishments, 2022' });
    const names = () =>
      within(table)
        .getAllByRole('rowheader')
        .map((cell) => cell.textContent);
    expect(names()).toEqual(['Chamonix-Mont-Blanc', 'Courmayeur', 'Martigny']);
    expect(within(table).getAllByRole('row')[2]?.textContent).toContain('confidential');
    fireEvent.click(within(table).getByRole('button', { name: 'Sort by: Territory' }));
    expect(names()).toEqual(['Martigny', 'Courmayeur', 'Chamonix-Mont-Blanc']);
    fireEvent.click(within(table).getByRole('button', { name: 'Sort by: Territory' }));
    expect(names()).toEqual(['Chamonix-Mont-Blanc', 'Courmayeur', 'Martigny']);
    expect(screen.getByText('Secret statistique (règle de l’INSEE).')).toBeTruthy();
    expect(screen.getByText(/filière map 2026\.2/)).toBeTruthy();
  });

  it('draws raw counts as symbols whose area follows the value, on one scale for every year, suppressed units still hatched', async () => {
    fakeApi(answers());
    const { container } = await renderApp('/observatory?lang=en&measure=establishments&year=2022');
    expect((await mapRegion(/^Courmayeur/)).getAttribute('data-fill')).toBe('hatch');
    // 2022: only Chamonix (14, the largest value of both years) has a value; its circle has the largest radius.
    const circles = [...container.querySelectorAll('.map-symbols circle')];
    expect(circles.map((circle) => Number(circle.getAttribute('r')))).toEqual([22]);
    expect(legendItems()).toEqual([
      'with a value (proportional circle): 1 territory',
      'zero: 0 territories',
      'confidential (statistical secrecy, hatched): 2 territories',
      'no data: 1 territory',
    ]);
    expect(screen.getByText('10 establishments')).toBeTruthy();
    expect(screen.getByText('2 establishments')).toBeTruthy();
  });

  it('draws a partner territory as one focusable shape made of its units, at the partner level', async () => {
    const partnerRow = (
      territory: string,
      name: string,
      country: 'FR' | 'IT' | 'CH',
      value: number | null,
    ) => ({
      ...row(2021, country, territory, name, value, value === null ? 'suppressed-dominance' : 'value'),
      level: 'partner' as const,
      measure: 'establishments-per-1000' as const,
    });
    const requests = fakeApi({
      '/v1/observatory/indicators': {
        ...INDICATORS,
        items: [
          partnerRow('cc-vallee-chamonix', 'Vallée de Chamonix-Mont-Blanc', 'FR', 12.5),
          partnerRow('chambre-valdotaine', 'Vallée d’Aoste', 'IT', null),
          partnerRow('cimark', 'Valais', 'CH', 3.25),
        ],
        years: [2021],
      },
      '/v1/territories.geojson': BOUNDARIES,
    });
    await renderApp('/observatory?lang=en&level=partner');
    const valais = await mapRegion(/^Valais/);
    expect(valais.getAttribute('aria-label')).toBe(
      'Valais, Outdoor, 2021: 3.25 establishments per 1,000 inhabitants',
    );
    // Martigny and Sion, CimArk's units, are one territory.
    expect(valais.querySelectorAll('path')).toHaveLength(2);
    expect((await mapRegion(/^Vallée d’Aoste/)).getAttribute('aria-label')).toBe(
      'Vallée d’Aoste, Outdoor, 2021: confidential',
    );
    const call = requests.find((request) => request.url.includes('/v1/observatory/indicators'));
    expect(new URL(call?.url ?? 'http://x').searchParams.get('level')).toBe('partner');
  });

  it('lets a person choose the class breaks, checked inline, kept in the URL across years and dropped with another measure', async () => {
    fakeApi(answers());
    const { router } = await renderApp('/observatory?lang=fr&year=2021');
    const input = await screen.findByLabelText('Seuils des classes (de 1 à 4)');
    fireEvent.change(input, { target: { value: '1; 2; 3; 4; 5' } });
    fireEvent.click(screen.getByRole('button', { name: 'Appliquer les seuils' }));
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText(/Saisissez de 1 à 4 nombres/)).toBeTruthy();
    fireEvent.change(input, { target: { value: '2,5 ; 10' } });
    fireEvent.click(screen.getByRole('button', { name: 'Appliquer les seuils' }));
    await waitFor(() => expect(router.state.location.search).toMatchObject({ breaks: [2.5, 10] }));
    await waitFor(() =>
      expect(legendItems().slice(0, 3)).toEqual([
        'moins de 2,5\u00a0: 0 territoire',
        'de 2,5 à moins de 10\u00a0: 1 territoire',
        '10 et plus\u00a0: 1 territoire',
      ]),
    );
    fireEvent.change(await screen.findByLabelText(/Année : 2021/), { target: { value: '1' } });
    await waitFor(() =>
      expect(router.state.location.search).toMatchObject({ year: 2022, breaks: [2.5, 10] }),
    );
    fireEvent.change(screen.getByLabelText('Mesure'), { target: { value: 'employees-per-1000' } });
    await waitFor(() =>
      expect(router.state.location.search).toEqual({ lang: 'fr', year: 2022, measure: 'employees-per-1000' }),
    );
  });
});

describe('the observatory selection and time series', () => {
  it('keeps the selection in the URL (sel=code,code), from the ranking table and from the map', async () => {
    fakeApi(answers());
    const { router } = await renderApp('/observatory?lang=en&measure=establishments&sel=74056');
    await screen.findByRole('table');
    expect(router.state.location.search).toMatchObject({ sel: '74056' });
    const courmayeur = screen.getByRole('checkbox', { name: 'Select Courmayeur for the time series' });
    expect((screen.getByRole('checkbox', { name: /Chamonix/ }) as HTMLInputElement).checked).toBe(true);
    fireEvent.click(courmayeur);
    await waitFor(() => expect(router.state.location.search).toMatchObject({ sel: '74056,7022' }));
    expect(router.state.location.href).toContain('sel=74056%2C7022');
    fireEvent.click(await mapRegion(/^Martigny/));
    await waitFor(() => expect(router.state.location.search).toMatchObject({ sel: '74056,7022,6136' }));
    expect((await mapRegion(/^Martigny.*\(selected\)$/)).getAttribute('data-selected')).toBe('true');
    fireEvent.keyDown(await mapRegion(/^Chamonix/), { key: 'Enter' });
    await waitFor(() => expect(router.state.location.search).toMatchObject({ sel: '7022,6136' }));
    fireEvent.change(screen.getByLabelText('Level'), { target: { value: 'partner' } });
    await waitFor(() => expect(router.state.location.search).toMatchObject({ level: 'partner' }));
    expect(router.state.location.search).not.toHaveProperty('sel');
    fireEvent.change(screen.getByLabelText('Level'), { target: { value: 'unit' } });
    fireEvent.click(await screen.findByRole('checkbox', { name: /^Select Courmayeur/ }));
    await waitFor(() => expect(router.state.location.search).toMatchObject({ sel: '7022' }));
    fireEvent.click(screen.getByRole('button', { name: 'Clear the selection' }));
    await waitFor(() => expect(router.state.location.search).not.toHaveProperty('sel'));
    expect(screen.queryByRole('heading', { name: 'Time series of the selected territories' })).toBeNull();
  });

  it('drops a selection that does not parse', async () => {
    fakeApi(answers());
    const { router } = await renderApp('/observatory?lang=en&sel=74056,%3Cscript%3E');
    await screen.findByRole('table');
    expect(router.state.location.search).toEqual({ lang: 'en' });
  });

  it('draws the measure over every year for the selected territories, a confidential year as a hatched gap, never zero', async () => {
    fakeApi(answers());
    await renderApp('/observatory?lang=en&measure=establishments&sel=74056,7022');
    const heading = await screen.findByRole('heading', { name: 'Time series of the selected territories' });
    const section = heading.closest('section') as HTMLElement;
    const chart = section.querySelector('svg[role="img"]') as SVGSVGElement;
    expect(chart.getAttribute('aria-label')).toMatch(/^Establishments — Mountain outdoor.*every year$/);
    // Courmayeur: 5 in 2021, confidential in 2022: one point, no line through 2022, a hatched mark instead.
    const courmayeur = chart.querySelector('[data-series="7022"]') as SVGGElement;
    expect(courmayeur.querySelectorAll('[data-gap="suppressed"]')).toHaveLength(1);
    expect(courmayeur.querySelectorAll('path[fill="none"]')).toHaveLength(1);
    expect(chart.querySelector('desc')?.textContent).toContain(
      'Courmayeur: 2021 5 establishments, 2022 confidential',
    );
    expect(within(section).getByText('confidential (statistical secrecy, hatched)')).toBeTruthy();
    fireEvent.click(within(section).getByRole('button', { name: 'View as table' }));
    const table = within(section).getByRole('table');
    const rows = within(table)
      .getAllByRole('row')
      .map((row) => row.textContent);
    expect(rows).toEqual([
      'Chamonix-Mont-BlancCourmayeur',
      '202112 establishments5 establishments',
      '202214 establishmentsconfidential',
    ]);
  });
});

describe('the comparison of two territories', () => {
  it('shows both territories side by side for the filière and year, across the measures, each cell with its state', async () => {
    const requests = fakeApi({
      ...answers(),
      '/v1/observatory/indicators': (request: Request) => {
        const query = new URL(request.url).searchParams;
        const measures = (query.get('measure') ?? 'establishments').split(',') as IndicatorRow['measure'][];
        const years = query.get('year')?.split(',').map(Number);
        return Response.json({
          ...INDICATORS,
          items: measures.flatMap((measure) =>
            INDICATORS.items
              .filter((item) => years === undefined || years.includes(item.year))
              .map((item) =>
                // No creations counted for Chamonix in the source: "no data", not "confidential".
                measure === 'creations' && item.territory === '74056'
                  ? { ...item, measure, value: null, status: 'no-data' as const }
                  : { ...item, measure },
              ),
          ),
          legend: {
            ...INDICATORS.legend,
            statuses: { 'suppressed-frequency': 'fewer than 3 establishments' },
          },
        });
      },
    });
    await renderApp('/observatory?lang=en&measure=establishments&year=2022&sel=74056,7022');
    const table = await screen.findByRole('table', {
      name: /^Chamonix-Mont-Blanc and Courmayeur — .*, 2022, every measure$/,
    });
    const call = requests.find((request) => request.url.includes('year=2022'));
    expect(new URL(call?.url ?? 'http://x').searchParams.get('measure')?.split(',')).toHaveLength(12);
    const cells = (measure: string) =>
      within(within(table).getByRole('rowheader', { name: measure }).closest('tr') as HTMLElement)
        .getAllByRole('cell')
        .map((cell) => cell.textContent);
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual(['Measure', 'Chamonix-Mont-Blanc', 'Courmayeur']);
    expect(cells('Establishments')).toEqual(['14', 'confidential (fewer than 3 establishments)']);
    expect(cells('Establishments opened')).toEqual(['no data', 'confidential (fewer than 3 establishments)']);
  });

  it('is not offered with one or three territories', async () => {
    fakeApi(answers());
    await renderApp('/observatory?lang=en&sel=74056,7022,6136');
    await screen.findByRole('heading', { name: 'Time series of the selected territories' });
    expect(screen.queryByRole('heading', { name: 'Two territories side by side' })).toBeNull();
    expect(screen.getByText('Select exactly two territories to compare them side by side.')).toBeTruthy();
  });
});

describe('the embeddable view', () => {
  it('renders only the map with its legend, source and confidentiality note: no header, no navigation', async () => {
    fakeApi(answers());
    await renderApp('/embed/observatory?lang=en&measure=establishments&year=2022&filters=0&border=0');
    expect(await screen.findByTestId('map-legend')).toBeTruthy();
    expect(screen.queryByRole('navigation')).toBeNull();
    expect(screen.queryByRole('banner')).toBeNull();
    expect(screen.queryByRole('contentinfo')).toBeNull();
    expect(document.querySelector('search')).toBeNull();
    expect(screen.queryByRole('button', { name: /Download the map/ })).toBeNull();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toMatch(/^Establishments — /);
    expect(screen.getByText('Secret statistique (règle de l’INSEE).')).toBeTruthy();
    expect(screen.getByText(/^Source: INSEE/)).toBeTruthy();
    expect(legendItems().some((item) => item.startsWith('confidential (statistical secrecy, hatched)'))).toBe(
      true,
    );
    expect(document.querySelector('.embed-border')).toBeNull();
  });

  it('renders the chart of the selected territories with the filters when asked', async () => {
    fakeApi(answers());
    await renderApp('/embed/observatory?lang=en&measure=establishments&view=chart&sel=74056,7022');
    expect(
      await screen.findByRole('heading', { name: 'Time series of the selected territories' }),
    ).toBeTruthy();
    expect(document.querySelector('search')).not.toBeNull();
    expect(screen.getByText('confidential (statistical secrecy, hatched)')).toBeTruthy();
    expect(screen.queryByTestId('map-legend')).toBeNull();
    expect(document.querySelector('.embed-border')).not.toBeNull();
  });

  it('gives the iframe HTML of the current view, with the chosen options', async () => {
    fakeApi(answers());
    await renderApp('/observatory?lang=en&measure=establishments&sel=74056,7022');
    const code = (await screen.findByLabelText('HTML to copy')) as HTMLTextAreaElement;
    expect(code.value).toMatch(
      /^<iframe src="http:\/\/[^"]+\/embed\/observatory\?[^"]+" title="Establishments — [^"]+" width="100%" height="760" style="border:0;max-width:100%" loading="lazy"><\/iframe>$/,
    );
    const src = new URL((code.value.match(/src="([^"]+)"/)?.[1] ?? '').replaceAll('&amp;', '&'));
    expect(Object.fromEntries(src.searchParams)).toEqual({
      lang: 'en',
      measure: 'establishments',
      sel: '74056,7022',
      year: '2022',
      view: 'map',
      filters: '0',
    });
    fireEvent.click(screen.getByRole('radio', { name: 'The time series of the selected territories' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Show the filters' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Show a border' }));
    const after = new URL((code.value.match(/src="([^"]+)"/)?.[1] ?? '').replaceAll('&amp;', '&'));
    expect(Object.fromEntries(after.searchParams)).toMatchObject({ view: 'chart', border: '0' });
    expect(after.searchParams.has('filters')).toBe(false);
    expect(code.value).toContain('height="560"');
  });

  it('offers only the map without a selection', async () => {
    fakeApi(answers());
    await renderApp('/observatory?lang=en');
    await screen.findByLabelText('HTML to copy');
    expect(
      (screen.getByRole('radio', { name: 'The time series of the selected territories' }) as HTMLInputElement)
        .disabled,
    ).toBe(true);
  });
});

describe('embedSnippet', () => {
  it('escapes the attributes', () => {
    expect(
      embedSnippet({ src: 'https://x.eu/embed/observatory?a=1&b="2"', title: 'A <b> & "c"', height: 500 }),
    ).toBe(
      '<iframe src="https://x.eu/embed/observatory?a=1&amp;b=&quot;2&quot;" title="A &lt;b&gt; &amp; &quot;c&quot;" width="100%" height="500" style="border:0;max-width:100%" loading="lazy"></iframe>',
    );
  });
});
