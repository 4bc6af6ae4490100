/**
 * Writes the README's screenshots (docs/screenshots/*.png) from the built dashboard served by the built API,
 * in headless Debian Chromium: the overview in French, the budget in Italian, the directory signed in.
 *
 *   pnpm turbo run build --filter @mbi/dashboard --filter @mbi/api && pnpm --filter @mbi/dashboard screenshots
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { dashboardRoot, startStack, USERS } from '../e2e/stack';

const out = resolve(dashboardRoot, '../../docs/screenshots');
mkdirSync(out, { recursive: true });

const stack = await startStack();
try {
  const page = await stack.browser.newPage();
  const shoot = async (path: string, file: string, width: number, height: number, waitFor = 'main h1') => {
    await page.setViewportSize({ width, height });
    await page.goto(`${stack.baseUrl}${path}`);
    await page.locator(waitFor).first().waitFor();
    await page.waitForLoadState('networkidle');
    await page.screenshot({ path: join(out, file) });
    console.log(`docs/screenshots/${file}`);
  };
  await shoot('/?lang=fr', 'overview-fr.png', 1280, 1500, 'figure.map svg');
  await shoot('/budget?lang=it', 'budget-it.png', 1280, 1000);
  await page.goto(`${stack.baseUrl}/sign-in?lang=fr`);
  await page.getByLabel(/e-mail/i).fill(USERS.admin.email);
  await page.getByLabel(/mot de passe/i).fill(USERS.admin.password);
  await page.getByRole('button', { name: 'Se connecter' }).last().click();
  await page.waitForURL(/\/establishments/);
  await shoot('/establishments?lang=fr', 'establishments-fr-mobile.png', 360, 780);
} finally {
  await stack.stop();
}
