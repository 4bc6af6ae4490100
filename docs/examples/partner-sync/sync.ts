import { writeFile } from 'node:fs/promises';
import { type Budget, createMbiClient, type Money, type Problem } from '@mbi/client';

// A partner's own tool on @mbi/client: prints the project's financing table, then pulls every establishment
// of a filière (all pages, with the bulk-sync cursor) and writes how many there are per commune as CSV.
//
//   MBI_URL=http://127.0.0.1:8787 MBI_API_KEY=mbi_… tsx sync.ts [filière] [output.csv]

const FILIERES = ['outdoor', 'phyto', 'renovation'] as const;

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

/** The tool's inputs: MBI_URL and MBI_API_KEY from the environment, the filière and output file as arguments. */
function readConfig(env: Record<string, string | undefined>, args: readonly string[]) {
  const apiKey = env.MBI_API_KEY ?? '';
  if (apiKey === '') {
    process.stderr.write('Set MBI_API_KEY to an API key (any role; `mbi keys create --role viewer …`).\n');
    process.exit(2);
  }
  const filiere = FILIERES.find((candidate) => candidate === (args[0] ?? 'outdoor'));
  if (filiere === undefined) {
    process.stderr.write(`The filière must be one of ${FILIERES.join(', ')}.\n`);
    process.exit(2);
  }
  return {
    baseUrl: env.MBI_URL ?? 'http://127.0.0.1:8787',
    apiKey,
    filiere,
    output: args[1] ?? `${filiere}-by-commune.csv`,
  };
}

const { baseUrl, apiKey, filiere, output } = readConfig(process.env, process.argv.slice(2));
const client = createMbiClient({ baseUrl, apiKey, lang: 'en' });

const budget = await client.getBudget();
if (!budget.ok) fail('GET /v1/budget', budget.problem);
process.stdout.write(`${budgetTable(budget.value)}\n\n`);

// Per commune (country + INSEE/ISTAT/BFS code): establishments, and how many of them are active.
const communes = new Map<string, { country: string; code: string; total: number; active: number }>();
let count = 0;
for await (const page of client.syncEstablishments({ filiere, limit: 500 })) {
  if (!page.ok) fail('GET /v1/establishments', page.problem);
  for (const establishment of page.value.items) {
    const key = `${establishment.country}:${establishment.territoryUnitCode}`;
    const commune = communes.get(key) ?? {
      country: establishment.country,
      code: establishment.territoryUnitCode,
      total: 0,
      active: 0,
    };
    commune.total += 1;
    if (establishment.status === 'active') commune.active += 1;
    communes.set(key, commune);
    count += 1;
  }
}

const lines = [
  'country,commune,establishments,active',
  ...[...communes.values()]
    .sort((a, b) => a.country.localeCompare(b.country) || a.code.localeCompare(b.code))
    .map((commune) => `${commune.country},${commune.code},${commune.total},${commune.active}`),
];
await writeFile(output, `${lines.join('\n')}\n`);
process.stdout.write(
  `${count} establishments of the ${filiere} filière in ${communes.size} communes → ${output}\n`,
);
