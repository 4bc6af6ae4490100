import { readFile, rename, writeFile } from 'node:fs/promises';
import {
  type Budget,
  createMbiClient,
  type Establishment,
  isEstablishmentChange,
  type Money,
  type Problem,
} from '@mbi/client';

// A partner's own tool on @mbi/client: prints the project's financing table, then keeps a local copy of the
// establishments in a JSON file, brought up to date on each run from the API's change feed.
//
//   MBI_URL=http://127.0.0.1:8787 MBI_API_KEY=mbi_… tsx sync.ts [copy.json]

/** The local copy: every establishment by id, and the feed's cursor it is up to date with. */
interface Copy {
  cursor: string;
  establishments: Record<string, Establishment>;
}

function fail(what: string, problem: Problem): never {
  process.stderr.write(`${what}: ${problem.status} ${problem.code} — ${problem.title}\n`);
  if (problem.detail !== undefined) process.stderr.write(`  ${problem.detail}\n`);
  process.exit(1);
}

const money = (value: Money | null): string => (value === null ? '—' : `${value.amount} ${value.currency}`);

/** The financing table as aligned text. Amounts stay the API's decimal strings: no float arithmetic. */
function budgetTable(budget: Budget): string {
  const rows = [
    ['partner', 'eligible', 'ERDF rate', 'ERDF', 'contribution'],
    ...budget.partners.map((row) => [
      row.partner,
      money(row.eligible),
      row.erdfRate ?? '—',
      money(row.erdf),
      money(row.contribution),
    ]),
    [
      'Total ERDF',
      money(budget.totals.erdf.eligible),
      '',
      money(budget.totals.erdf.erdf),
      money(budget.totals.erdf.contribution),
    ],
  ];
  const widths =
    rows[0]?.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length))) ?? [];
  return rows
    .map((row) =>
      row.map((cell, column) =>
        column === 0 ? cell.padEnd(widths[0] ?? 0) : cell.padStart(widths[column] ?? 0),
      ),
    )
    .map((cells) => cells.join('  '))
    .join('\n');
}

/** The copy written by an earlier run, `null` when there is none; a file of another shape stops the tool. */
async function readCopy(file: string): Promise<Copy | null> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    return null;
  }
  const copy = JSON.parse(text) as Partial<Copy> | null;
  if (typeof copy?.cursor !== 'string' || typeof copy.establishments !== 'object') {
    process.stderr.write(`${file} is not a copy written by this tool; move it away to start afresh.\n`);
    process.exit(2);
  }
  return copy as Copy;
}

/** The tool's inputs: MBI_URL and MBI_API_KEY from the environment, the copy's file as argument. */
function readConfig(env: Record<string, string | undefined>, args: readonly string[]) {
  const apiKey = env.MBI_API_KEY ?? '';
  if (apiKey === '') {
    process.stderr.write('Set MBI_API_KEY to an API key (any role; `mbi keys create --role viewer …`).\n');
    process.exit(2);
  }
  return { baseUrl: env.MBI_URL ?? 'http://127.0.0.1:8787', apiKey, file: args[0] ?? 'establishments.json' };
}

const { baseUrl, apiKey, file } = readConfig(process.env, process.argv.slice(2));
const client = createMbiClient({ baseUrl, apiKey, lang: 'en' });

const budget = await client.getBudget();
if (!budget.ok) fail('GET /v1/budget', budget.problem);
process.stdout.write(`${budgetTable(budget.value)}\n\n`);

let copy = await readCopy(file);
if (copy === null) {
  // First run: note where the feed stands *before* copying, so that a change made during the copy comes
  // again through the feed (applying it twice is harmless), then copy everything with the bulk-sync cursor.
  const latest = await client.listChanges({ since: 'latest' });
  if (!latest.ok) fail('GET /v1/changes', latest.problem);
  copy = { cursor: latest.value.nextCursor, establishments: {} };
  for await (const page of client.syncEstablishments({ limit: 1000 })) {
    if (!page.ok) fail('GET /v1/establishments', page.problem);
    for (const establishment of page.value.items) copy.establishments[establishment.id] = establishment;
  }
}

let applied = 0;
for await (const page of client.syncChanges({ since: copy.cursor, limit: 1000 })) {
  if (!page.ok) fail('GET /v1/changes', page.problem);
  for (const change of page.value.items) {
    if (!isEstablishmentChange(change)) continue;
    const known = copy.establishments[change.id];
    if (change.representation === null) delete copy.establishments[change.id];
    // By id and version: a change already in the copy (or older than it) changes nothing.
    else if (known === undefined || known.version < change.representation.version)
      copy.establishments[change.id] = change.representation;
    applied += 1;
  }
  copy.cursor = page.value.nextCursor;
}

// Write then rename: an interrupted run leaves the previous copy, never half a file.
await writeFile(`${file}.tmp`, `${JSON.stringify(copy, null, 2)}\n`);
await rename(`${file}.tmp`, file);
const establishments = Object.values(copy.establishments);
const perFiliere = (['outdoor', 'phyto', 'renovation'] as const).map(
  (filiere) => `${filiere} ${establishments.filter((item) => item.filieres.includes(filiere)).length}`,
);
process.stdout.write(
  `${applied} changes applied; ${establishments.length} establishments (${perFiliere.join(', ')}) → ${file}\n`,
);
