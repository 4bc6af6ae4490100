import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import '../test/render-app';
import { renderIn } from '../test/with-i18n';
import { BarChart, barFractions } from './bar-chart';

describe('barFractions', () => {
  it('scales to the largest value, keeps a sliver for tiny values and nothing for zero', () => {
    expect(barFractions([200, 100, 0])).toEqual([1, 0.5, 0]);
    expect(barFractions([1_000_000, 1])[1]).toBe(0.005);
    expect(barFractions([0, 0])).toEqual([0, 0]);
  });
});

describe('BarChart', () => {
  it('writes every value beside its bar, and shows the same values as a table on request', () => {
    renderIn(
      'fr',
      <BarChart
        title="Budget"
        series={[
          { key: 'eligible', label: 'Total éligible', className: 'fill-1' },
          { key: 'erdf', label: 'FEDER', className: 'fill-2' },
        ]}
        rows={[
          {
            key: 'a',
            label: 'Chamonix',
            values: {
              eligible: { size: 425694, text: '425 694,00 €' },
              erdf: { size: 361839.9, text: '361 839,90 €' },
            },
          },
        ]}
      />,
    );
    expect(screen.getByText('425 694,00 €')).toBeTruthy();
    const toggle = screen.getByRole('button', { name: 'Voir sous forme de tableau' });
    expect(toggle.getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(toggle);
    const table = screen.getByRole('table');
    expect(screen.getByRole('columnheader', { name: 'FEDER' })).toBeTruthy();
    expect(screen.getByRole('rowheader', { name: 'Chamonix' })).toBeTruthy();
    expect(table.textContent).toContain('361 839,90 €');
    expect(
      screen.getByRole('button', { name: 'Voir sous forme de graphique' }).getAttribute('aria-pressed'),
    ).toBe('true');
  });
});
