/**
 * Writes `src/internal/generated/naf-rev2.ts` from `@socialgouv/codes-naf` (INSEE NAF rév. 2, French titles).
 * Run with `pnpm run generate`; commit the result. `src/internal/generated/naf-rev2.test.ts` fails when the
 * committed file and this script's output differ.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type NafSourceEntry, renderNafModule } from './render-naf.ts';

const packageRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
const sourceDir = join(packageRoot, 'node_modules', '@socialgouv', 'codes-naf');

const entries = JSON.parse(readFileSync(join(sourceDir, 'index.json'), 'utf8')) as NafSourceEntry[];
const { version } = JSON.parse(readFileSync(join(sourceDir, 'package.json'), 'utf8')) as { version: string };

const target = join(packageRoot, 'src', 'internal', 'generated', 'naf-rev2.ts');
writeFileSync(target, renderNafModule(entries, version));
console.log(`wrote ${target} from @socialgouv/codes-naf@${version} (${entries.length} codes)`);
