import { createRequire } from 'node:module';
import { join } from 'node:path';
import { createMbiClient } from '@mbi/client';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTEFACTS, missingPrerequisite, type Stack, startStack, USERS } from './stack';

// The golden amounts are the seed's financing table (Total ERDF: 1,244,137.34 EUR; CimArk: 306,200 CHF),
// written as CLDR writes them: French groups with U+202F and puts U+00A0 before €, Italian with dots,
// Swiss German with an apostrophe.
const TOTAL_ERDF_FR = '1\u202f244\u202f137,34\u00a0€';
const TOTAL_ERDF_IT = '1.244.137,34\u00a0€';
const CIMARK_DE_CH = 'CHF\u00a0306’200.00'.replace('’', "'");

const axeSource: string = (createRequire(import.meta.url)('axe-core') as { source: string }).source;

let stack: Stack;
let page: Page;

// Without Chromium (or the builds) the tests fail, each saying why: they are never skipped.
const prerequisite = missingPrerequisite();

beforeAll(async () => {
  if (prerequisite !== null) return;
  stack = await startStack();
  page = await stack.browser.newPage();
});

afterAll(async () => {
  await stack?.stop();
});

async function open(path: string): Promise<void> {
  if (prerequisite !== null) throw new Error(prerequisite);
  await page.goto(`${stack.baseUrl}${path}`);
  await page.locator('main h1').first().waitFor();
}

async function shoot(name: string): Promise<void> {
  await page.screenshot({ path: join(ARTEFACTS, `${name}.png`), fullPage: true });
}

/** Runs axe-core on the page; returns the serious and critical violations, with their nodes. */
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
  await open('/sign-in');
  await page.getByLabel(/e-mail/i).fill(user.email);
  await page.getByLabel(/mot de passe|password/i).fill(user.password);
  await page
    .getByRole('button', { name: /se connecter|sign in|accedi|anmelden/i })
    .last()
    .click();
  await page.waitForURL(/\/establishments/);
}

async function signOut(): Promise<void> {
  await page.getByRole('button', { name: /se déconnecter|sign out|esci|abmelden/i }).click();
  await page.waitForURL((url) => url.pathname === '/');
}

describe('the dashboard served by the API, in Chromium', () => {
  it('has Debian’s Chromium and the built API and dashboard to run against', () => {
    expect(prerequisite).toBeNull();
  });

  it('shows the budget totals of the seed in French and in Italian, and CimArk in Swiss francs in German', async () => {
    await open('/budget?lang=fr');
    await expect.poll(() => page.locator('tfoot').textContent()).toContain(TOTAL_ERDF_FR);
    await shoot('budget-fr');
    await open('/budget?lang=it');
    await expect.poll(() => page.locator('tfoot').textContent()).toContain(TOTAL_ERDF_IT);
    await open('/budget?lang=de');
    await expect.poll(() => page.locator('main').textContent()).toContain(CIMARK_DE_CH);
  });

  it('switches the language from the header and remembers it', async () => {
    await open('/budget?lang=fr');
    expect(await page.locator('main h1').textContent()).toBe('Budget du projet');
    await page.getByLabel('Langue').selectOption('it');
    await expect.poll(() => page.locator('main h1').textContent()).toBe('Budget del progetto');
    expect(page.url()).toContain('lang=it');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('it');
    // A page opened without ?lang= comes back in the language chosen last.
    await open('/filieres');
    expect(await page.locator('main h1').textContent()).toBe('Esplora le filiere');
    await page.getByLabel('Lingua').selectOption('fr');
    await expect.poll(() => page.locator('main h1').textContent()).toBe('Explorateur des filières');
  });

  it('finds the filière of an activity code', async () => {
    await open('/filieres?lang=fr');
    await page.getByLabel('Code ou intitulé d’activité').fill('43.31Z');
    await page.getByRole('button', { name: 'Rechercher' }).click();
    const result = page.locator('section[aria-labelledby="search-result"]');
    // The NAF code's row: its NACE class and its filière (the seed's renovation filière).
    await expect.poll(() => result.textContent()).toMatch(/43\.31Z.*43\.31.*Rénovation/);
    expect(page.url()).toContain('q=43.31Z');
    await shoot('filieres-fr');
  });

  it('lets an editor create an establishment, refusing an invalid SIRET inline first', async () => {
    await signIn(USERS.editor);
    await open('/establishments/new?lang=fr');
    const siret = page.getByLabel('Identifiant', { exact: true });
    // 356 000 000 00049: the last digit breaks the Luhn check (00048 is valid, as @mbi/client's README shows).
    await siret.fill('35600000000049');
    await siret.blur();
    expect(await siret.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await siret.getAttribute('aria-describedby')) ?? '';
    expect(await page.locator(`[id="${describedBy.split(' ').at(-1)}"]`).textContent()).toMatch(
      /n’est pas valide/,
    );
    await siret.fill('356 000 000 00048');
    expect(await siret.getAttribute('aria-invalid')).toBeNull();
    await expect.poll(() => page.locator('.field-ok').textContent()).toMatch(/SIRET/);
    await page.getByLabel('Nom', { exact: true }).fill('Atelier de skis du Mont-Blanc (e2e)');
    await page.getByLabel('Code d’activité (NACE)').fill('32.30Z');
    await page.getByLabel('Commune').fill('74056');
    await page.getByLabel('Date de création').fill('2018-03-01');
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await page.waitForURL(/\/establishments\/[0-9a-f-]{36}/);
    await expect
      .poll(() => page.locator('main h1').textContent())
      .toContain('Atelier de skis du Mont-Blanc (e2e)');
    await shoot('establishment-edit-fr');
  });

  it('shows an editor another partner’s establishment read-only, with no action the API would refuse', async () => {
    if (prerequisite !== null) throw new Error(prerequisite);
    const admin = createMbiClient({ baseUrl: stack.baseUrl, apiKey: stack.adminKey });
    const created = await admin.createEstablishment({
      country: 'CH',
      nationalIdentifier: 'CHE-102.909.703',
      name: 'Herboristerie du Valais (e2e)',
      activityCode: '204200',
      activityCodeScheme: 'noga',
      territoryUnitCode: '6266',
      sizeBand: '01',
      status: 'active',
      openedOn: '2019-05-01',
      partnerId: 'cimark',
    });
    expect(created.ok).toBe(true);
    if (!created.ok) return;
    await open(`/establishments/${created.value.establishment.id}?lang=fr`);
    await expect.poll(() => page.locator('main').textContent()).toContain('appartient à CimArk');
    expect(await page.getByRole('button', { name: 'Enregistrer' }).count()).toBe(0);
    await open('/establishments?lang=fr&q=Herboristerie');
    const row = page.locator('tr', { hasText: 'Herboristerie du Valais (e2e)' });
    await row.waitFor();
    expect(await row.getByRole('link', { name: /Modifier/ }).count()).toBe(0);
    await signOut();
  });

  it('keeps the directory’s filters and page in the URL across a reload', async () => {
    await signIn(USERS.admin);
    await open('/establishments?lang=fr&country=CH');
    await page.reload();
    await page.locator('main h1').waitFor();
    expect(await page.getByLabel('Pays').inputValue()).toBe('CH');
    expect(await page.locator('tbody').textContent()).toContain('Herboristerie du Valais (e2e)');
  });

  it('has no serious or critical axe-core violation on any page, at 360 px and 1920 px', async () => {
    const pages = [
      '/',
      '/budget',
      '/filieres?q=43.31Z&entry=naf:43.31Z',
      '/establishments',
      '/establishments/new',
      '/admin',
      '/account',
      '/sign-in',
    ];
    const found: string[] = [];
    for (const width of [360, 1920]) {
      await page.setViewportSize({ width, height: 900 });
      for (const path of pages) {
        await open(`${path}${path.includes('?') ? '&' : '?'}lang=fr`);
        await page.waitForLoadState('networkidle');
        for (const violation of await seriousViolations()) found.push(`${width}px ${path} ${violation}`);
        // Nothing wider than the screen: tables scroll inside their own region.
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        if (overflow > 1) found.push(`${width}px ${path} overflows by ${overflow}px`);
      }
    }
    await open('/?lang=fr');
    await shoot('overview-fr-1920');
    expect(found).toEqual([]);
  });
});
