import { expect, test } from 'vitest';
import { undocumentedExports } from '../../../test-support/readme-exports';

test('the README names every public export', () => {
  expect(undocumentedExports(new URL('../', import.meta.url))).toEqual([]);
});
