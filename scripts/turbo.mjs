// Runs turbo with its anonymous telemetry off, for the repository's own scripts (and for `pnpm turbo …`,
// which runs the root script of that name). turbo 2 has no turbo.json or repository setting for telemetry,
// only the TURBO_TELEMETRY_DISABLED variable, and a `VAR=1 turbo` prefix does not work in every shell.
import { spawnSync } from 'node:child_process';

const result = spawnSync('turbo', process.argv.slice(2), {
  stdio: 'inherit',
  shell: process.platform === 'win32',
  env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1' },
});
if (result.error) process.stderr.write(`could not run turbo: ${result.error.message}\n`);
process.exitCode = result.status ?? 1;
