import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as main from './index';
import * as vocabularies from './vocabularies-entry';

describe('@mbi/domain/vocabularies', () => {
  it('exports the same values as the main entry', () => {
    const exported = Object.entries(vocabularies);
    const mainExports = new Map(Object.entries(main));
    expect(exported.map(([name]) => name)).toEqual(expect.arrayContaining(['LOCALES', 'writeRefusal']));
    for (const [name, value] of exported) expect(mainExports.get(name), name).toBe(value);
  });

  it('imports no zod, so a page that needs only these values does not load it', () => {
    // The entry's own modules; each may import only the others.
    for (const file of ['vocabularies-entry.ts', 'vocabularies.ts', 'access-policy.ts']) {
      const source = readFileSync(new URL(file, import.meta.url), 'utf8');
      const imports = [...source.matchAll(/^(?:import|export)[^;]*? from '([^']+)';/gm)].map(
        (match) => match[1],
      );
      expect(imports.filter((path) => path !== './vocabularies' && path !== './access-policy')).toEqual([]);
    }
  });
});
