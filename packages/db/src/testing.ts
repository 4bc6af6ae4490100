import { randomUUID } from 'node:crypto';
import postgres from 'postgres';
import { type Database, openDatabase } from './connection';

/** One database engine the test suites run against. */
export interface TestEngine {
  readonly name: 'pglite' | 'postgres';
  /**
   * A fresh, migrated, empty database; `close()` also drops it (PostgreSQL). On PostgreSQL `url` reaches it,
   * for tests that start other processes on it.
   */
  open(): Promise<Database & { readonly url?: string }>;
}

/**
 * The engines to test on: always PGlite in memory, plus the real PostgreSQL when `TEST_DATABASE_URL` is
 * set (CI sets it). Each `open()` on PostgreSQL creates a new database `mbi_test_…` and drops it on close,
 * so runs never see each other's rows.
 *
 * @example
 * describe.each(testEngines())('on $name', (engine) => { … await engine.open() … })
 */
export function testEngines(env: Record<string, string | undefined> = process.env): TestEngine[] {
  const engines: TestEngine[] = [{ name: 'pglite', open: () => openDatabase({ dataDir: 'memory://' }) }];
  const adminUrl = env.TEST_DATABASE_URL;
  if (adminUrl) {
    engines.push({
      name: 'postgres',
      open: async () => {
        const name = `mbi_test_${randomUUID().replaceAll('-', '')}`;
        const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
        await admin.unsafe(`create database ${name}`);
        const url = new URL(adminUrl);
        url.pathname = `/${name}`;
        const database = await openDatabase({ url: url.toString() });
        return {
          ...database,
          url: url.toString(),
          close: async () => {
            await database.close();
            await admin.unsafe(`drop database if exists ${name} with (force)`);
            await admin.end({ timeout: 5 });
          },
        };
      },
    });
  }
  return engines;
}

/** The Luhn check digit that completes a digit string (the rule of SIREN and SIRET numbers, INSEE). */
export function luhnCheckDigit(payload: string): string {
  let sum = 0;
  for (let fromRight = 0; fromRight < payload.length; fromRight += 1) {
    const digit = Number(payload[payload.length - 1 - fromRight]);
    // Counted from the right of the completed number, whose last digit is the check digit.
    const weighted = fromRight % 2 === 0 ? digit * 2 : digit;
    sum += weighted > 9 ? weighted - 9 : weighted;
  }
  return String((10 - (sum % 10)) % 10);
}

/**
 * A Luhn-valid SIRET for test data: a SIREN (9 digits, or 8 to be completed) and an establishment number.
 *
 * @example
 * siretFor('732829320', 1) // '73282932000017'
 */
export function siretFor(siren: string, establishment: number): string {
  const fullSiren = siren.length === 8 ? `${siren}${luhnCheckDigit(siren)}` : siren;
  const payload = `${fullSiren}${String(establishment).padStart(4, '0')}`;
  if (!/^\d{13}$/.test(payload)) throw new Error(`siretFor: ${siren}/${establishment} is not 13 digits`);
  return `${payload}${luhnCheckDigit(payload)}`;
}
