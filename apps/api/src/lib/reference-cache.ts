import type { Locale, ReferenceDataset } from '@mbi/domain';
import { type CsvColumn, csvOptionsFor, toCsv } from './csv';
import { type Representation, representation } from './respond';

/**
 * Serialised reference representations, built on first use and kept for the life of the dataset version:
 * reference data changes only when the dataset is re-seeded, so every response after the first is a
 * ready string with an ETag derived from the version (no hashing of bodies per request).
 */
export class ReferenceCache {
  readonly dataset: ReferenceDataset;
  readonly version: string;
  readonly #entries = new Map<string, Representation>();

  constructor(dataset: ReferenceDataset, version: string) {
    this.dataset = dataset;
    this.version = version;
  }

  json(resource: string, locale: Locale, build: () => unknown): Representation {
    const key = `${resource}|${locale}|json`;
    let entry = this.#entries.get(key);
    if (entry === undefined) {
      entry = representation(
        JSON.stringify(build()),
        'application/json; charset=utf-8',
        `${this.version}-${key}`,
      );
      this.#entries.set(key, entry);
    }
    return entry;
  }

  csv<Row>(
    resource: string,
    locale: Locale,
    separator: string | undefined,
    build: () => { columns: readonly CsvColumn<Row>[]; rows: Iterable<Row> },
  ): Representation {
    const options = csvOptionsFor(locale, separator);
    const key = `${resource}|${locale}|csv${options.separator}`;
    let entry = this.#entries.get(key);
    if (entry === undefined) {
      const { columns, rows } = build();
      entry = representation(
        toCsv(columns, rows, options),
        'text/csv; charset=utf-8; header=present',
        `${this.version}-${key}`,
      );
      this.#entries.set(key, entry);
    }
    return entry;
  }
}
