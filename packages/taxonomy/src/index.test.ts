import { describe, expect, it } from 'vitest';
import { classify, getLabel, parseActivityCode } from './index.ts';

// The usage example of README.md, statement by statement.
describe('README usage example', () => {
  it('runs as documented', () => {
    const lift = classify('4939C');
    expect(lift.ok && lift.value.naceClass).toBe('49.39');
    expect(lift.ok && lift.value.filieres).toEqual([
      {
        filiere: 'outdoor',
        weight: 'core',
        rationale: expect.any(String),
        rationales: {
          fr: expect.any(String),
          it: expect.any(String),
          de: expect.any(String),
          en: expect.any(String),
        },
        entry: '49.39C',
      },
    ]);
    // In the reader's language: the Italian rationale names the ski lifts (impianti di risalita).
    expect(lift.ok && lift.value.filieres[0]?.rationales.it).toMatch(/impianti di risalita/);

    const insulation = classify('43.29.02');
    expect(insulation.ok && insulation.value.filieres[0]?.weight).toBe('core');

    const shop = classify('47.63.00', 'ateco2025');
    expect(shop.ok && shop.value.filieres[0]?.filiere).toBe('outdoor');

    const bad = parseActivityCode('43.35');
    expect(!bad.ok && bad.error.code).toBe('unknown-code');

    expect(getLabel('43.31', 'fr')).toBe('Travaux de plâtrerie');
    expect(getLabel('F', 'de')).toBe('Baugewerbe/Bau');
  });
});
