// Adds up the Vitest JSON reports of every workspace package into CI's closing line "N passed, N failed".
// A package that has a test script but wrote no report (it crashed before reporting) counts as one failure;
// a skipped or todo test counts as a failure too (the project has none by rule: a test runs or is removed).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

let passed = 0;
let failed = 0;
for (const root of ['packages', 'apps']) {
  if (!existsSync(root)) continue;
  for (const name of readdirSync(root)) {
    const dir = join(root, name);
    const manifest = join(dir, 'package.json');
    if (!existsSync(manifest)) continue;
    const { scripts = {} } = JSON.parse(readFileSync(manifest, 'utf8'));
    if (!scripts.test) continue;
    const report = join(dir, 'test-results', 'vitest.json');
    if (!existsSync(report)) {
      console.error(`${dir}: no test report (tests did not run or crashed)`);
      failed += 1;
      continue;
    }
    const result = JSON.parse(readFileSync(report, 'utf8'));
    const skipped = (result.numPendingTests ?? 0) + (result.numTodoTests ?? 0);
    passed += result.numPassedTests;
    failed +=
      result.numFailedTests +
      skipped +
      (result.numTotalTestSuites > 0 && !result.success && result.numFailedTests === 0 ? 1 : 0);
    console.error(
      `${dir}: ${result.numPassedTests} passed, ${result.numFailedTests} failed` +
        (skipped > 0 ? `, ${skipped} skipped (counted as failed)` : ''),
    );
  }
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
