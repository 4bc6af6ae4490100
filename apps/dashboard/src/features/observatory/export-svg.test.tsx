import type { IndicatorList } from '@mbi/client';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import '../../test/render-app';
import { renderIn } from '../../test/with-i18n';
import { wrap } from './export-svg';
import { ObservatoryMap } from './observatory-map';

const square = (x: number, y: number) => [
  [x, y],
  [x + 0.1, y],
  [x + 0.1, y + 0.1],
  [x, y + 0.1],
  [x, y],
];

const COLLECTION = {
  type: 'FeatureCollection' as const,
  features: [
    {
      type: 'Feature' as const,
      properties: {
        code: '7022',
        name: 'Courmayeur',
        country: 'IT' as const,
        partner: 'chambre-valdotaine' as const,
      },
      geometry: { type: 'Polygon' as const, coordinates: [square(6.9, 45.7)] },
    },
    {
      type: 'Feature' as const,
      properties: { code: '6136', name: 'Martigny', country: 'CH' as const, partner: 'cimark' as const },
      geometry: { type: 'Polygon' as const, coordinates: [square(7.0, 46.0)] },
    },
  ],
};

const LIST = {
  items: [
    {
      year: 2021,
      level: 'unit',
      country: 'IT',
      territory: '7022',
      name: 'Courmayeur',
      filiere: 'outdoor',
      naceClass: null,
      naceLabel: null,
      measure: 'establishments',
      value: null,
      low: null,
      high: null,
      status: 'suppressed-at-source',
      weight: 'core',
      source: 'istat-asia-local-units',
      employeesBasis: null,
    },
  ],
  years: [2021],
  legend: { measures: {}, statuses: {}, weights: {} },
  notes: { confidentiality: 'Statistical secrecy as INSEE practises it.', employees: '', partial: '' },
  filiereMapVersion: '2026.2',
} as IndicatorList;

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the map as an SVG file', () => {
  it('carries the title, the legend with its hatching, the source, the date and the confidentiality note, and nothing of the page', async () => {
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:map';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    renderIn(
      'en',
      <ObservatoryMap
        collection={COLLECTION}
        list={LIST}
        selection={{ filiere: 'outdoor', measure: 'establishments', level: 'unit' }}
        year={2021}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Download the map (SVG)' }));
    expect(click).toHaveBeenCalledOnce();
    expect(blobs[0]?.type).toBe('image/svg+xml');
    const text = await (blobs[0] as Blob).text();
    const svg = new DOMParser().parseFromString(text, 'image/svg+xml').documentElement;
    expect(svg.getAttribute('xmlns')).toBe('http://www.w3.org/2000/svg');
    const lines = [...svg.querySelectorAll('text')].map((node) => node.textContent);
    expect(lines[0]).toBe('Establishments — Mountain outdoor industry, winter and summer, 2021');
    expect(lines).toContain('confidential (statistical secrecy, hatched): 1 territory');
    expect(lines.join(' ')).toContain('Statistical secrecy as INSEE practises it.');
    expect(lines.join(' ')).toContain('filière map 2026.2');
    expect(lines.join(' ')).toMatch(/Downloaded on \d{1,2} \w+ \d{4}\./);
    // The suppressed unit and its legend swatch use the hatch pattern the file itself defines.
    const pattern = svg.querySelector('pattern')?.getAttribute('id');
    expect(pattern).toBeTruthy();
    expect(
      [...svg.querySelectorAll('[fill]')].filter((node) => node.getAttribute('fill') === `url(#${pattern})`),
    ).toHaveLength(2);
    expect(svg.querySelector('[tabindex], [role], [class]')).toBeNull();
  });

  it('draws the same file to a PNG at twice its size, and says so when the browser cannot', async () => {
    vi.spyOn(URL, 'createObjectURL').mockImplementation(() => 'blob:map');
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const names: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      names.push(this.download);
    });
    // jsdom has no canvas: the browser's part is stubbed, the page's part (size, scale, file) is tested.
    Object.defineProperty(HTMLImageElement.prototype, 'decode', {
      configurable: true,
      value: () => Promise.resolve(),
    });
    const drawn: number[][] = [];
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockImplementation(function (
      this: HTMLCanvasElement,
    ) {
      drawn.push([this.width, this.height]);
      return { scale: () => undefined, drawImage: () => undefined } as unknown as CanvasRenderingContext2D;
    } as never);
    let png: Blob | null = new Blob(['png'], { type: 'image/png' });
    vi.spyOn(HTMLCanvasElement.prototype, 'toBlob').mockImplementation((callback) => callback(png));
    renderIn(
      'en',
      <ObservatoryMap
        collection={COLLECTION}
        list={LIST}
        selection={{ filiere: 'outdoor', measure: 'establishments', level: 'unit' }}
        year={2021}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Download the map (PNG)' }));
    await waitFor(() => expect(names).toEqual(['observatory-outdoor-establishments-unit-2021.png']));
    expect(drawn[0]?.[0]).toBe(1280);
    png = null;
    fireEvent.click(screen.getByRole('button', { name: 'Download the map (PNG)' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'This browser could not draw the PNG image; download the map as SVG.',
    );
  });

  it('wraps long notes at spaces, keeping no-break spaces inside words', () => {
    expect(wrap('a bb ccc dddd', 6)).toEqual(['a bb', 'ccc', 'dddd']);
    expect(wrap('1\u00a0000 habitants', 8)).toEqual(['1\u00a0000', 'habitants']);
  });
});
