/**
 * Writes the generated title tables and commits nothing by itself; run with `pnpm run generate` and commit:
 * - `src/internal/generated/naf-rev2.ts` from `@socialgouv/codes-naf` (INSEE NAF rév. 2, French titles);
 * - `src/internal/generated/noga2008-titles.ts` from `data/noga2008-titles.csv` (BFS NOGA 2008, Italian, German
 *   and English titles).
 * The tests next to each generated file fail when the committed file and this script's output differ.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type NafSourceEntry, renderNafModule } from './render-naf.ts';
import { renderNogaModule } from './render-noga.ts';

const packageRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
const generatedDir = join(packageRoot, 'src', 'internal', 'generated');
const sourceDir = join(packageRoot, 'node_modules', '@socialgouv', 'codes-naf');

const entries = JSON.parse(readFileSync(join(sourceDir, 'index.json'), 'utf8')) as NafSourceEntry[];
const { version } = JSON.parse(readFileSync(join(sourceDir, 'package.json'), 'utf8')) as { version: string };

const nafTarget = join(generatedDir, 'naf-rev2.ts');
writeFileSync(nafTarget, renderNafModule(entries, version));
console.log(`wrote ${nafTarget} from @socialgouv/codes-naf@${version} (${entries.length} codes)`);

const nogaSource = join(packageRoot, 'data', 'noga2008-titles.csv');
const nogaTarget = join(generatedDir, 'noga2008-titles.ts');
writeFileSync(nogaTarget, renderNogaModule(readFileSync(nogaSource, 'utf8')));
console.log(`wrote ${nogaTarget} from ${nogaSource}`);
