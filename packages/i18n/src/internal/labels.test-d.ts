import type { FiliereId, SizeBand } from '@mbi/domain';
import { describe, expectTypeOf, it } from 'vitest';
import { getLabels, type Labels, type LabelValue, label } from './labels';

describe('label types', () => {
  it('keys each vocabulary on its domain enum', () => {
    expectTypeOf<LabelValue<'filiere'>>().toEqualTypeOf<FiliereId>();
    expectTypeOf<LabelValue<'sizeBand'>>().toEqualTypeOf<SizeBand>();
  });

  it('makes a vocabulary missing a value a type error', () => {
    const { outdoor: _outdoor, ...withoutOutdoor } = getLabels('fr').filiere;
    // @ts-expect-error: the outdoor filière has no label
    const filiere: Labels['filiere'] = withoutOutdoor;
    expectTypeOf(filiere).toEqualTypeOf<Labels['filiere']>();
  });

  it('accepts only the values of the vocabulary asked for', () => {
    expectTypeOf(label('sizeBand', '12', 'fr')).toEqualTypeOf<string>();
    // @ts-expect-error: '12' is a size band, not a filière
    label('filiere', '12', 'fr');
    // @ts-expect-error: not a vocabulary
    label('colour', 'red', 'fr');
    // @ts-expect-error: not a locale of the project
    label('filiere', 'outdoor', 'es');
  });
});
