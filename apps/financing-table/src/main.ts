#!/usr/bin/env node
import { LOCALES } from '@mbi/domain';
import { resolveLocale } from '@mbi/i18n';
import { buildFinancingTable, renderText } from './financing-table';

// Language: `--lang it` (fr, it, de, en), else the environment's LANG (e.g. de_CH.UTF-8), else French.
const flag = process.argv.indexOf('--lang');
const requested = flag >= 0 ? process.argv[flag + 1] : undefined;
const fromEnv = (process.env.LANG ?? '').split('.')[0]?.replace('_', '-');
const locale = resolveLocale(requested, fromEnv);
if (requested !== undefined && !(LOCALES as readonly string[]).includes(requested)) {
  process.stderr.write(`Unknown language "${requested}": use one of ${LOCALES.join(', ')}.\n`);
  process.exit(2);
}
process.stdout.write(`${renderText(buildFinancingTable(locale))}\n`);
