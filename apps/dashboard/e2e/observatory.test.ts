import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTEFACTS, missingPrerequisite, type Stack, startStack } from './stack';

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
});
