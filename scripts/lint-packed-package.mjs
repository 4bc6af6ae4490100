// Lints the package in the current directory as npm will receive it. `pnpm pack` applies `publishConfig`
// (the clean `exports` map), so the tarball is what `pnpm publish` uploads; this checks that it holds only
// the built files, README and licence, and a package.json without the workspace's `@mbi/source` condition
// or `workspace:` ranges, then runs attw on that tarball. (`attw --pack` would run `npm pack`, which ignores
// publishConfig and so checks a package.json nobody receives.) Run by each package's `lint:package`.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

const shell = process.platform === 'win32';

/** The regular files of a tar archive, by path (ustar headers: name, size, type, prefix). */
function readTar(archive) {
  const files = new Map();
  let offset = 0;
  while (offset + 512 <= archive.length) {
    const header = archive.subarray(offset, offset + 512);
    if (header.every((byte) => byte === 0)) break;
    const field = (start, length) =>
      header
        .subarray(start, start + length)
        .toString('utf8')
        .replace(/\0[\s\S]*$/, '');
    const size = Number.parseInt(field(124, 12).trim() || '0', 8);
    const type = field(156, 1);
    const prefix = field(345, 155);
    const name = prefix ? `${prefix}/${field(0, 100)}` : field(0, 100);
    if (type === '0' || type === '') files.set(name, archive.subarray(offset + 512, offset + 512 + size));
    offset += 512 + Math.ceil(size / 512) * 512;
  }
  return files;
}

const destination = mkdtempSync(join(tmpdir(), 'mbi-pack-'));
try {
  const pack = spawnSync(
    'pnpm',
    ['pack', '--pack-destination', destination, '--config.ignore-scripts=true'],
    {
      encoding: 'utf8',
      shell,
    },
  );
  if (pack.status !== 0) throw new Error(`pnpm pack failed:\n${pack.stdout}${pack.stderr}`);
  const tarball = readdirSync(destination).find((file) => file.endsWith('.tgz'));
  if (tarball === undefined) throw new Error('pnpm pack wrote no .tgz file');
  const path = join(destination, tarball);

  const files = readTar(gunzipSync(readFileSync(path)));
  const manifestBytes = files.get('package/package.json');
  if (manifestBytes === undefined) throw new Error(`${tarball} has no package.json`);
  const manifestText = manifestBytes.toString('utf8');
  const manifest = JSON.parse(manifestText);

  const problems = [];
  // What may ship: package.json, README, licence, and the entries of `files` (dist, and e.g. openapi.json).
  const listed = (manifest.files ?? []).filter((entry) => !entry.startsWith('!'));
  const allowed = (file) =>
    /^(package\.json|README(\.md)?|LICEN[CS]E(\.\w+)?)$/i.test(file) ||
    listed.some((entry) => file === entry || file.startsWith(`${entry.replace(/\/$/, '')}/`));
  for (const name of files.keys()) {
    const file = name.replace(/^package\//, '');
    if (file.startsWith('src/')) problems.push(`ships source file ${file}`);
    else if (!allowed(file))
      problems.push(`ships ${file}, which is neither built output, README nor licence`);
  }
  if (listed.some((entry) => entry === 'src' || entry.startsWith('src/'))) {
    problems.push(`"files" lists source: ${JSON.stringify(manifest.files)}`);
  }
  // The condition may only appear in a script (a generator run in the workspace), never where resolution looks.
  const resolution = JSON.stringify([
    manifest.exports,
    manifest.imports,
    manifest.main,
    manifest.module,
    manifest.types,
  ]);
  if (resolution.includes('@mbi/source')) {
    problems.push('package.json keeps the workspace-only "@mbi/source" condition: set publishConfig.exports');
  }
  if (manifestText.includes('"workspace:')) problems.push('package.json keeps a "workspace:" range');
  if (problems.length > 0) {
    throw new Error(
      `${manifest.name}: the packed package is not what npm should receive:\n- ${problems.join('\n- ')}`,
    );
  }
  process.stdout.write(`${manifest.name}: ${tarball} holds ${files.size} files, no source, clean exports\n`);

  const attw = spawnSync('attw', [path, '--profile', 'node16'], { stdio: 'inherit', shell });
  process.exitCode = attw.status ?? 1;
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
} finally {
  rmSync(destination, { recursive: true, force: true });
}
