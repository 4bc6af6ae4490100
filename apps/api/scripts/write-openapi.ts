import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDatabase } from '@mbi/db';
import { createTestApp } from '../src/testing';

/**
 * Writes the OpenAPI document the API serves to `packages/client/openapi.json`, from which `@mbi/client`
 * generates its types. Run `pnpm --filter @mbi/api openapi:write`, then `pnpm --filter @mbi/client generate`;
 * `src/openapi-drift.test.ts` fails while the committed file differs from what the app serves.
 */

/** The committed copy of the document, in the client package. */
export const OPENAPI_FILE = fileURLToPath(new URL('../../../packages/client/openapi.json', import.meta.url));

/** The document as `/v1/openapi.json` serves it, from an app on an in-memory database. */
export async function servedOpenApiDocument(): Promise<unknown> {
  const database = await openDatabase({ dataDir: 'memory://' });
  try {
    const { app } = await createTestApp(database);
    const response = await app.request('/v1/openapi.json');
    if (response.status !== 200) throw new Error(`/v1/openapi.json answered ${response.status}`);
    return await response.json();
  } finally {
    await database.close();
  }
}

/** The file's text: two-space indentation and a final newline, so that diffs stay readable. */
export function serialiseOpenApi(document: unknown): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}

async function main(): Promise<void> {
  await writeFile(OPENAPI_FILE, serialiseOpenApi(await servedOpenApiDocument()));
  process.stderr.write(`Wrote ${OPENAPI_FILE}\n`);
}

// Run only as a script (`tsx scripts/write-openapi.ts`), not when the drift test imports the helpers above.
if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  });
}
