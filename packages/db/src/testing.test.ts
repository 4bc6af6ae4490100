import { validateSiret } from '@mbi/domain';
import { expect, test } from 'vitest';
import { siretFor } from './testing';

test('siretFor completes SIRETs as INSEE does (golden: 732 829 320 00074, python-stdnum docs)', () => {
  expect(siretFor('732829320', 7)).toBe('73282932000074');
  // An 8-digit SIREN stem is completed first; the result passes the domain's own validator.
  const generated = siretFor('41234567', 900);
  expect(validateSiret(generated)).toEqual({ ok: true, value: generated });
});
