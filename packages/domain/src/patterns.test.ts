import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import * as domain from './index';
import { MONT_BLANC_INNOVATION } from './mont-blanc-innovation';

/**
 * The schemas of this package are published as JSON Schema (the API's OpenAPI document, partners' own
 * generators), where a `pattern` is an ECMA-262 source with no place for flags: a regex written with `/i`
 * or any other flag would be published without it (or mangled), and would then refuse valid values.
 */

interface ZodNode {
  readonly _zod: { readonly def: object };
}

const isZod = (value: unknown): value is ZodNode =>
  typeof value === 'object' && value !== null && '_zod' in value;

/** Every regex of a schema and of the schemas and checks inside it (shapes, arrays, unions, optionals, pipes…). */
function patternsOf(root: ZodNode): RegExp[] {
  const found: RegExp[] = [];
  const seen = new Set<unknown>();
  const visit = (value: unknown): void => {
    if (typeof value !== 'object' || value === null || seen.has(value)) return;
    seen.add(value);
    // A string's `.regex()` is a check whose definition holds the RegExp.
    if (value instanceof RegExp) {
      found.push(value);
      return;
    }
    if (Array.isArray(value)) {
      for (const item of value) visit(item);
      return;
    }
    if (isZod(value)) {
      for (const child of Object.values(value._zod.def)) visit(child);
      return;
    }
    // A plain object inside a definition: an object schema's shape.
    if (Object.getPrototypeOf(value) === Object.prototype)
      for (const child of Object.values(value)) visit(child);
  };
  visit(root);
  return found;
}

const exportedSchemas = Object.entries(domain as Record<string, unknown>).filter(
  (entry): entry is [string, ZodNode] => isZod(entry[1]),
);

describe('patterns of the published schemas', () => {
  test('the walk reaches the schemas that hold patterns (a guard against walking nothing)', () => {
    expect(exportedSchemas.map(([name]) => name)).toEqual(
      expect.arrayContaining(['ProgrammeSchema', 'TerritoryUnitSchema', 'EstablishmentSchema']),
    );
    // TerritoryUnitSchema: the INSEE, ISTAT and BFS code formats (territory.ts), one regex each.
    expect(patternsOf(domain.TerritoryUnitSchema).map(String)).toEqual(
      expect.arrayContaining(['/^(\\d{5}|2[AB]\\d{3})$/', '/^\\d{6}$/', '/^[1-9]\\d{0,3}$/']),
    );
  });

  test.each(exportedSchemas)('%s: every regex is written without flags', (_name, schema) => {
    for (const pattern of patternsOf(schema)) expect(pattern.flags, String(pattern)).toBe('');
  });

  test('the JSON Schema of the programme accepts its investment priority "1B" (ALCOTRA 2014–2020, axis 1)', () => {
    const json = z.toJSONSchema(domain.ProgrammeSchema) as unknown as {
      properties: { investmentPriority: { properties: { code: { pattern: string } } } };
    };
    const published = new RegExp(json.properties.investmentPriority.properties.code.pattern, 'u');
    expect(MONT_BLANC_INNOVATION.programme.investmentPriority.code).toBe('1B');
    expect(published.test('1B')).toBe(true);
    expect(published.test('1b')).toBe(true);
    expect(published.test('1BB')).toBe(false);
  });
});
