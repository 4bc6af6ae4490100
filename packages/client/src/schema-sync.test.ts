import { readFile } from 'node:fs/promises';
import { expect, test } from 'vitest';
import { OPENAPI_FILE, renderSchema, SCHEMA_FILE } from '../scripts/render-schema';

// apps/api/src/openapi-drift.test.ts checks openapi.json against what the API serves; this checks the
// types generated from it, so that the chain API → openapi.json → schema.ts cannot drift unnoticed.
test('src/internal/generated/schema.ts is what `generate` makes of openapi.json', async () => {
  const document = JSON.parse(await readFile(OPENAPI_FILE, 'utf8'));
  const committed = await readFile(SCHEMA_FILE, 'utf8');
  expect(
    committed === (await renderSchema(document)),
    'The generated types are stale: run `pnpm --filter @mbi/client generate`.',
  ).toBe(true);
});
