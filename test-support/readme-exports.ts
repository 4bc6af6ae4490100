import { readFileSync } from 'node:fs';

/**
 * The names a package's `src/index.ts` exports (types included) that its README never names in code
 * (`` `name` ``, `` `name(` ``, `` `name<`` or `` `type name``): every public name must be documented where
 * users look first.
 *
 * @example expect(undocumentedExports(new URL('../', import.meta.url))).toEqual([]);
 */
export function undocumentedExports(packageRoot: URL): string[] {
  const read = (file: string) =>
    readFileSync(decodeURIComponent(new URL(file, packageRoot).pathname), 'utf8');
  const readme = read('README.md');
  const index = read('src/index.ts');
  const names: string[] = [];
  for (const match of index.matchAll(/export (?:type )?\{([^}]*)\}/g)) {
    for (const name of (match[1] ?? '').split(',')) {
      const exported =
        name
          .trim()
          .split(/\s+as\s+/)
          .at(-1)
          ?.trim() ?? '';
      if (exported !== '') names.push(exported.replace(/^type\s+/, ''));
    }
  }
  const named = (name: string) =>
    [`\`${name}\``, `\`${name}(`, `\`${name}<`, `\`type ${name}\``, `\`type ${name}<`].some((form) =>
      readme.includes(form),
    );
  return names.filter((name) => !named(name));
}
