#!/usr/bin/env node
import cluster from 'node:cluster';
import { parseArgs } from 'node:util';
import {
  createApiKey,
  createUser,
  type Database,
  demoStatus,
  listApiKeys,
  loadDemoData,
  openDatabase,
  removeDemoData,
  revokeApiKey,
  seedReferenceData,
} from '@mbi/db';
import { PartnerIdSchema, type Principal, type Role, RoleSchema } from '@mbi/domain';
import { IMPORT_USAGE, importCommand, readFormat, synthCommand } from './commands/import';
import { type Env, readEnv } from './env';
import { announcement, prepareDatabase, startServer } from './server';

const USAGE = `mbi — Mont-Blanc INNOVATION common core

  mbi serve [--workers N]                        start the API (PGlite in DATA_DIR, or DATABASE_URL);
                                                 N processes (WORKERS) need DATABASE_URL
  mbi keys create --role <viewer|editor|admin> [--partner <id>] --label <text>
  mbi keys list [--partner <id>]
  mbi keys revoke <id or prefix>
  mbi users create --email <e> --name <n> --role <r> [--partner <id>]   (password from MBI_PASSWORD)
  mbi demo load                                  load the demo data (synthetic establishments, demo users);
                                                 does nothing when it is loaded
  mbi demo remove                                remove the demo data (its establishments, users, imports)
  mbi demo status                                whether the database holds demo data
${IMPORT_USAGE}

Configuration comes from the environment (see the README): PORT, HOST, DATABASE_URL, DATA_DIR, …`;

const CLI = { kind: 'system', id: 'cli', label: 'mbi CLI', role: 'admin', partnerId: null } as const;

function roleOf(value: string | undefined): Role {
  const role = RoleSchema.safeParse(value);
  if (!role.success) fail(`--role must be viewer, editor or admin (got ${JSON.stringify(value ?? '')}).`);
  return role.data;
}

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(2);
}

async function withDatabase<T>(run: (db: Database['db'], database: Database) => Promise<T>): Promise<T> {
  const env = readEnv();
  const database = await openDatabase({ url: env.DATABASE_URL, dataDir: env.DATA_DIR });
  try {
    await seedReferenceData(database.db);
    return await run(database.db, database);
  } finally {
    await database.close();
  }
}

/** One process, or a primary that prepares the database and keeps `WORKERS` processes serving. */
async function serve(env: Env): Promise<void> {
  if (cluster.isWorker) {
    const running = await startServer(env, undefined, { bootstrap: false, announce: false });
    process.once('SIGTERM', () => void running.close().then(() => process.exit(0)));
    process.once('SIGINT', () => {});
    return;
  }
  if (env.WORKERS === 1) {
    const running = await startServer(env);
    const stop = () => {
      void running.close().then(() => process.exit(0));
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    return;
  }
  const created = await prepareDatabase(env);
  let stopping = false;
  const fork = () => cluster.fork();
  let listening = 0;
  cluster.on('listening', (_worker, address) => {
    listening += 1;
    if (listening === env.WORKERS) {
      const url = `http://${env.HOST}:${address.port}`;
      process.stderr.write(announcement(url, `${env.WORKERS} processes, database: postgres`, created));
    }
  });
  cluster.on('exit', (worker, code) => {
    if (stopping) return;
    process.stderr.write(`API process ${worker.process.pid} ended (${code}); starting another.\n`);
    fork();
  });
  for (let index = 0; index < env.WORKERS; index += 1) fork();
  const stop = () => {
    stopping = true;
    for (const worker of Object.values(cluster.workers ?? {})) worker?.kill('SIGTERM');
    cluster.once('exit', () => {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
    });
    setTimeout(() => process.exit(0), 5_000).unref();
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

async function main(argv: string[]): Promise<void> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      role: { type: 'string' },
      partner: { type: 'string' },
      label: { type: 'string' },
      email: { type: 'string' },
      name: { type: 'string' },
      workers: { type: 'string' },
      year: { type: 'string' },
      mapping: { type: 'string' },
      rejects: { type: 'string' },
      rows: { type: 'string' },
      seed: { type: 'string' },
      'in-territory': { type: 'string' },
      bad: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const [command = 'serve', sub, arg] = positionals;
  if (values.help || command === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  if (command === 'serve') {
    const env = readEnv(
      values.workers === undefined ? process.env : { ...process.env, WORKERS: values.workers },
    );
    await serve(env);
    return;
  }
  if (command === 'keys' && sub === 'create') {
    const created = await withDatabase((db) =>
      createApiKey(
        db,
        { label: values.label ?? '', role: roleOf(values.role), partnerId: values.partner ?? null },
        { principal: CLI },
      ),
    );
    if (!created.ok) fail(`Cannot create the key: ${created.error.message}`);
    const { key, token } = created.value;
    process.stdout.write(`${token}\n`);
    process.stderr.write(
      `Created ${key.role} key ${key.prefix} (${key.label}). The key above is shown once: store it now.\n`,
    );
    return;
  }
  if (command === 'keys' && sub === 'list') {
    const keys = await withDatabase((db) =>
      listApiKeys(db, values.partner === undefined ? {} : { partnerId: values.partner }),
    );
    for (const key of keys) {
      const state = key.revokedAt === null ? 'active' : `revoked ${key.revokedAt.toISOString()}`;
      process.stdout.write(
        `${key.prefix}  ${key.role.padEnd(6)}  ${(key.partnerId ?? '-').padEnd(18)}  ${state}  ${key.label}\n`,
      );
    }
    return;
  }
  if (command === 'keys' && sub === 'revoke') {
    if (arg === undefined) fail('Give the id or prefix of the key to revoke.');
    const revoked = await withDatabase((_db, database) => revokeApiKey(database, arg, { principal: CLI }));
    if (!revoked.ok) fail(`Cannot revoke: ${revoked.error.message}`);
    process.stderr.write(`Revoked key ${revoked.value.prefix}.\n`);
    return;
  }
  if (command === 'users' && sub === 'create') {
    const password = process.env.MBI_PASSWORD;
    if (password === undefined) fail('Set the new user’s password in MBI_PASSWORD (at least 12 characters).');
    const created = await withDatabase((db) =>
      createUser(
        db,
        {
          email: values.email ?? '',
          name: values.name ?? '',
          password,
          role: roleOf(values.role),
          partnerId: values.partner ?? null,
        },
        { principal: CLI },
      ),
    );
    if (!created.ok) fail(`Cannot create the user: ${created.error.message}`);
    process.stderr.write(`Created user ${created.value.email} (${created.value.role}).\n`);
    return;
  }
  if (command === 'demo' && (sub === 'load' || sub === 'remove' || sub === 'status')) {
    await withDatabase(async (db, database) => {
      if (sub === 'status') {
        const status = await demoStatus(db);
        process.stdout.write(
          status?.loaded
            ? `Demo data loaded ${status.at}: ${status.establishments} establishments, ${status.users} users.\n`
            : 'No demo data.\n',
        );
        return;
      }
      if (sub === 'remove') {
        const removed = await removeDemoData(database);
        process.stderr.write(
          `Removed the demo data: ${removed.establishments} establishments, ${removed.users} users.\n`,
        );
        return;
      }
      const loaded = await loadDemoData(database);
      if (!loaded.loaded) {
        process.stderr.write(`Demo data is loaded already (${loaded.establishments} establishments).\n`);
        return;
      }
      process.stderr.write(
        `Loaded ${loaded.establishments} synthetic establishments and ${loaded.users.length} demo users:\n${loaded.users
          .map((user) => `  ${user.email}  ${user.role}  ${user.partnerId}`)
          .join('\n')}\nTheir password (shown once): ${loaded.password}\n`,
      );
    });
    return;
  }
  if (command === 'import') {
    const format = readFormat(sub, values.mapping);
    if (typeof format === 'string') fail(format);
    const file = values.mapping === undefined ? arg : (arg ?? sub);
    if (file === undefined) fail('Give the file to import: mbi import <format> <file>.');
    const year = values.year === undefined ? undefined : Number(values.year);
    if (year !== undefined && !Number.isInteger(year)) fail('--year must be a year, e.g. 2024.');
    let principal: Principal = CLI;
    if (values.partner !== undefined) {
      const partner = PartnerIdSchema.safeParse(values.partner);
      if (!partner.success) fail(`--partner must be a partner id, not ${JSON.stringify(values.partner)}.`);
      principal = { kind: 'system', id: 'cli', label: 'mbi CLI', role: 'editor', partnerId: partner.data };
    }
    const status = await withDatabase((_db, database) =>
      importCommand(database, { format, file, year, principal, rejectsFile: values.rejects }),
    );
    process.exitCode = status;
    return;
  }
  if (command === 'synth') {
    const number = (text: string | undefined, fallback: number) =>
      text === undefined ? fallback : Number(text);
    const options = {
      rows: number(values.rows, 1000),
      seed: number(values.seed, 1),
      inTerritory: number(values['in-territory'], 1),
      year: values.year === undefined ? undefined : Number(values.year),
      bad: number(values.bad, 0),
    };
    if (!Number.isInteger(options.rows) || options.rows < 0) fail('--rows must be a whole number.');
    if (!(options.inTerritory >= 0 && options.inTerritory <= 1))
      fail('--in-territory must be between 0 and 1.');
    process.exitCode = await synthCommand(sub, options);
    return;
  }
  fail(USAGE);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
