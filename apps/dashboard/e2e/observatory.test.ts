import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTEFACTS, missingPrerequisite, type Stack, startStack, USERS } from './stack';

const axeSource: string = (createRequire(import.meta.url)('axe-core') as { source: string }).source;

let stack: Stack;
let page: Page;

// Without Chromium (or the builds) the test fails, saying why: it is never skipped.
const prerequisite = missingPrerequisite();

beforeAll(async () => {
  if (prerequisite !== null) return;
  stack = await startStack();
  page = await stack.browser.newPage();
});

afterAll(async () => {
  await stack?.stop();
});

/** The serious and critical axe-core violations of the page, with their nodes. */
async function seriousViolations(): Promise<string[]> {
  await page.evaluate(axeSource);
  const results = await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run: (context: Document) => Promise<unknown> } }).axe;
    return (await axe.run(document)) as {
      violations: { id: string; impact: string | null; nodes: { target: string[] }[] }[];
    };
  });
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    );
}

async function signIn(user: { email: string; password: string }): Promise<void> {
  await page.goto(`${stack.baseUrl}/sign-in?lang=en`);
  await page.getByLabel('Email address').fill(user.email);
  await page.getByLabel('Password', { exact: true }).fill(user.password);
  await page
    .getByRole('button', { name: /sign in/i })
    .last()
    .click();
  await page.waitForURL(/\/establishments/);
}

/** The check digit that makes `payload` + digit pass the Luhn test (SIREN and SIRET). */
function luhn(payload: string): string {
  let sum = 0;
  for (let index = 0; index < payload.length; index += 1) {
    let digit = Number(payload[payload.length - 1 - index]);
    if (index % 2 === 0) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return String((10 - (sum % 10)) % 10);
}

/** A small SIRENE stock: `rows` active outdoor establishments (NAF 32.30Z) in one commune. */
function sireneCsv(commune: string, rows: number): string {
  const header = [
    'siren',
    'nic',
    'siret',
    'statutDiffusionEtablissement',
    'dateCreationEtablissement',
    'trancheEffectifsEtablissement',
    'codeCommuneEtablissement',
    'dateDebut',
    'etatAdministratifEtablissement',
    'enseigne1Etablissement',
    'denominationUsuelleEtablissement',
    'activitePrincipaleEtablissement',
    'nomenclatureActivitePrincipaleEtablissement',
  ];
  const lines = [header.join(',')];
  for (let index = 0; index < rows; index += 1) {
    const sirenPayload = `9876543${index}`;
    const siren = `${sirenPayload}${luhn(sirenPayload)}`;
    const nic = '0001';
    const siret = `${siren}${nic}${luhn(`${siren}${nic}`)}`;
    lines.push(
      [
        siren,
        nic,
        siret,
        'O',
        '2015-03-01',
        '03',
        commune,
        '2015-03-01',
        'A',
        `E2E Skis ${index + 1}`,
        '',
        '32.30Z',
        'NAFRev2',
      ].join(','),
    );
  }
  return `${lines.join('\n')}\n`;
}

describe('the observatory page on the demo data, in Chromium', () => {
  it('draws every unit as a focusable territory with a spoken label, moves with the arrow keys, and has no serious axe-core violation at 360 px and 1920 px', async () => {
    if (prerequisite !== null) throw new Error(prerequisite);
    await page.goto(`${stack.baseUrl}/observatory?lang=en&measure=establishments`);
    const regions = page.locator('main svg g.map-region');
    await regions.first().waitFor();
    // The partners' units (communes, comuni, municipalities), each one territory of the map.
    expect(await regions.count()).toBeGreaterThan(100);
    const label = (await regions.first().getAttribute('aria-label')) ?? '';
    expect(label).toMatch(/^.+, Outdoor, \d{4}: (?:[\d,]+ establishments?|confidential|no data)$/);
    expect(await page.getByTestId('map-legend').textContent()).toContain(
      'confidential (statistical secrecy, hatched)',
    );
    // One territory in the tab order; the arrow keys move the focus to another territory.
    const first = page.locator('main svg g.map-region[tabindex="0"]');
    expect(await first.count()).toBe(1);
    await first.focus();
    const before = await page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
    await page.keyboard.press('End');
    const after = await page.evaluate(() => ({
      label: document.activeElement?.getAttribute('aria-label'),
      region: document.activeElement?.classList.contains('map-region'),
    }));
    expect(after.region).toBe(true);
    expect(after.label).not.toBe(before);

    // The map saves as SVG and, drawn by the browser's canvas, as PNG.
    for (const [name, extension] of [
      ['Download the map (SVG)', 'svg'],
      ['Download the map (PNG)', 'png'],
    ] as const) {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(
        new RegExp(`^observatory-outdoor-establishments-unit-\\d{4}\\.${extension}$`),
      );
    }

    const found: string[] = [];
    for (const width of [360, 1920]) {
      await page.setViewportSize({ width, height: 900 });
      // The page with a selection (time series, comparison, embed section), and the embeddable views.
      for (const path of [
        '/observatory?lang=fr&sel=74056,74143',
        '/embed/observatory?lang=fr',
        '/embed/observatory?lang=fr&view=chart&sel=74056&filters=0&border=0',
      ]) {
        await page.goto(`${stack.baseUrl}${path}`);
        await page
          .locator(path.includes('view=chart') ? 'main figure svg' : 'main svg g.map-region')
          .first()
          .waitFor();
        await page.waitForLoadState('networkidle');
        for (const violation of await seriousViolations()) found.push(`${width}px ${path} ${violation}`);
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        if (overflow > 1) found.push(`${width}px ${path} overflows by ${overflow}px`);
      }
    }
    await page.screenshot({ path: join(ARTEFACTS, 'observatory-fr-1920.png'), fullPage: true });
    expect(found).toEqual([]);
  });

  it('lets the Chamonix editor import a small SIRENE file and the map shows the new figures', async () => {
    if (prerequisite !== null) throw new Error(prerequisite);
    await page.setViewportSize({ width: 1280, height: 900 });
    await signIn(USERS.editor);
    await page.goto(`${stack.baseUrl}/observatory?lang=en&measure=establishments&filiere=outdoor`);
    const chamonix = page.locator('main svg g.map-region[aria-label^="Chamonix-Mont-Blanc,"]');
    await chamonix.waitFor();
    const before = (await chamonix.getAttribute('aria-label')) ?? '';
    const year = Number(before.match(/, (\d{4}): /)?.[1]);
    expect(year).toBeGreaterThan(2000);

    await page.getByLabel('Format').selectOption('sirene-establishments');
    await page.getByLabel('Reference year').fill(String(year));
    await page.getByLabel('CSV file').setInputFiles({
      name: 'e2e-chamonix.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(sireneCsv('74056', 5), 'utf8'),
    });
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByText('Import: Succeeded').waitFor({ timeout: 30_000 });
    const summary = await page.locator('.observatory-import-summary').textContent();
    expect(summary).toContain('Imported5');
    expect(summary).toContain('Refused0');

    // The map reads its figures again: Chamonix's label now counts the new establishments.
    await page.waitForFunction(
      (label) =>
        document
          .querySelector('main svg g.map-region[aria-label^="Chamonix-Mont-Blanc,"]')
          ?.getAttribute('aria-label') !== label,
      before,
      { timeout: 15_000 },
    );
    const after = (await chamonix.getAttribute('aria-label')) ?? '';
    const count = (label: string) =>
      Number(label.match(/: ([\d,]+) establishments?$/)?.[1]?.replace(/,/g, '') ?? 0);
    expect(after).toMatch(/: [\d,]+ establishments?$/);
    expect(count(after)).toBeGreaterThan(count(before));
  });
});
