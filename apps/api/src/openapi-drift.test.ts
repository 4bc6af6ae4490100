import { readFile } from 'node:fs/promises';
import { expect, test } from 'vitest';
import { OPENAPI_FILE, servedOpenApiDocument } from '../scripts/write-openapi';

const FIX = 'run `pnpm --filter @mbi/api openapi:write && pnpm --filter @mbi/client generate`';

// Partners generate their clients from packages/client/openapi.json, and @mbi/client's types come from it:
// a route or schema change must reach that file in the same change. (packages/client's schema-sync test
// checks the next link: the generated types against this file.)
test('packages/client/openapi.json is the document the API serves', async () => {
  const committed: unknown = JSON.parse(await readFile(OPENAPI_FILE, 'utf8'));
  expect(
    committed,
    `packages/client/openapi.json differs from /v1/openapi.json: ${FIX}, and commit both files.`,
  ).toEqual(await servedOpenApiDocument());
});
