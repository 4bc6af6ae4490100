import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const index = readFileSync(new URL('./index.ts', import.meta.url), 'utf8');

/** Every name exported by src/index.ts, types included. */
function exportedNames(): string[] {
  const names: string[] = [];
  for (const match of index.matchAll(/export (?:type )?\{([^}]*)\}/g)) {
    for (const name of (match[1] ?? '').split(',')) if (name.trim()) names.push(name.trim());
  }
  return names;
}

describe('README', () => {
  test('lists every public export', () => {
    const missing = exportedNames().filter(
      (name) => !readme.includes(`\`${name}\``) && !readme.includes(`\`${name}(`),
    );
    expect(missing).toEqual([]);
  });
});
