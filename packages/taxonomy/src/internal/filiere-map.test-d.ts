import type { Locale } from '@mbi/domain';
import { describe, expectTypeOf, it } from 'vitest';
import type { FiliereMatch } from './classify.ts';
import type { FiliereRationale } from './filiere-map.ts';
import type { FiliereMapEntry2025 } from './nace-2025.ts';

describe('rationale types', () => {
  it('keys a rationale on the locales of @mbi/domain', () => {
    expectTypeOf<keyof FiliereRationale>().toEqualTypeOf<Locale>();
    expectTypeOf<FiliereMatch['rationales']>().toEqualTypeOf<FiliereRationale>();
    expectTypeOf<FiliereMapEntry2025['rationales']>().toEqualTypeOf<FiliereRationale>();
  });

  it('makes a rationale missing a language a type error', () => {
    // @ts-expect-error: German is missing
    const rationale: FiliereRationale = { fr: 'Skis.', it: 'Sci.', en: 'Skis.' };
    expectTypeOf(rationale.fr).toEqualTypeOf<string>();
  });
});
