import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { OPENAPI_FILE, renderSchema, SCHEMA_FILE } from './render-schema';

// `pnpm --filter @mbi/client generate`: openapi.json → src/internal/generated/schema.ts.
const document = JSON.parse(await readFile(OPENAPI_FILE, 'utf8'));
await writeFile(SCHEMA_FILE, await renderSchema(document));
process.stderr.write(`Wrote ${fileURLToPath(SCHEMA_FILE)}\n`);
