import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { overviewTabRoutes } from '../../web/overview-tab-routes.js';
import { reportDownloadRoutes } from '../../web/report-download-routes.js';
import { BotDriver } from '../helpers/bot-driver.js';
import { createSqliteTestDatabase, type TestDatabase } from '../helpers/databases.js';
import { fakeTabViewer } from '../helpers/fake-tab-viewer.js';
import { seedNorrtalje, type NorrtaljeScenario } from '../helpers/norrtalje-scenario.js';
import { launchChromium, screenshotDir } from './harness.js';

/**
 * Stands in for the Teams host: the page's /tab/static/teams.js is answered with
 * a small fake SDK whose token names the given person (accepted by the
 * test's tab authenticator). Everything else is the real page and server.
 */
function fakeTeamsSdk(personId: string, theme = 'default'): string {
  return `window.microsoftTeams = {
    app: { initialize: async () => {}, getContext: async () => ({ app: { theme: '${theme}', locale: 'sv-SE' } }), registerOnThemeChangeHandler: () => {} },
    authentication: { getAuthToken: async () => 'test-${personId}' },
  };`;
}

describe('the dashboard tab in Chromium', () => {
  let database: TestDatabase;
  let s: NorrtaljeScenario;
  let bot: BotDriver;
  let browser: Browser;

  async function open(personId: string, viewport: { width: number; height: number }, query = '', theme = 'default'): Promise<Page> {
    const page = await browser.newPage({ viewport });
    await page.route('**/tab/static/teams.js', (route) => route.fulfill({ contentType: 'application/javascript', body: fakeTeamsSdk(personId, theme) }));
    await page.goto(`${bot.baseUrl}/oversikt${query}`);
    return page;
  }

  async function shot(page: Page, name: string): Promise<void> {
    fs.mkdirSync(screenshotDir, { recursive: true });
    await page.screenshot({ path: path.join(screenshotDir, `${name}.png`), fullPage: true });
  }

  beforeAll(async () => {
    database = await createSqliteTestDatabase();
    s = await seedNorrtalje(database.db);
    bot = await BotDriver.start(database, { clock: s.clock, mounters: [overviewTabRoutes(fakeTabViewer), reportDownloadRoutes] });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await bot?.stop();
    await database?.destroy();
  });

  it('shows a reader the overview, timeline and chart on a laptop', async () => {
    const page = await open(s.people.anna, { width: 1366, height: 900 });
    await page.getByRole('heading', { name: /Socialnämndens handlingsplan/ }).waitFor();
    await expect.poll(() => page.locator('.tl-row').count()).toBe(8);
    expect(await page.locator('.chart svg rect').count()).toBeGreaterThan(10);
    expect(await page.getByText('Sista datum har passerats (5)').count()).toBe(1);
    await shot(page, 'overview-tab-laptop');
    await page.close();
  });

  it('narrows the table and timeline when a filter is chosen', async () => {
    const page = await open(s.people.anna, { width: 1366, height: 900 });
    await page.locator('select[name="status"]').waitFor();
    await page.locator('select[name="status"]').selectOption('overdue');
    await page.getByText('Visar 5 av 8 åtgärder').waitFor();
    expect(await page.locator('.tl-row').count()).toBe(5);
    expect(new URL(page.url()).searchParams.get('status')).toBe('overdue');
    await page.close();
  });

  it('stays readable at Teams mobile width', async () => {
    const page = await open(s.people.anna, { width: 375, height: 812 });
    await page.getByRole('heading', { name: /Socialnämndens handlingsplan/ }).waitFor();
    await shot(page, 'overview-tab-mobile');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.close();
  });

  it('follows Teams’ dark theme', async () => {
    const page = await open(s.people.anna, { width: 1024, height: 800 }, '?area=2', 'dark');
    await page.getByText('Visar 6 av 8 åtgärder').waitFor();
    expect(await page.evaluate(() => document.body.classList.contains('theme-dark'))).toBe(true);
    await shot(page, 'overview-tab-dark');
    await page.close();
  });

  it('shows someone without read access only the polite refusal', async () => {
    const page = await open(s.people.olle, { width: 1024, height: 600 });
    await page.getByText('Status för handlingsplanen visas för de chefer').waitFor();
    expect(await page.content()).not.toContain('Norrtälje');
    await page.close();
  });

  it('says it must be opened in Teams when there is no Teams host', async () => {
    const page = await browser.newPage();
    await page.route('**/tab/static/teams.js', (route) => route.fulfill({ contentType: 'application/javascript', body: '/* no host */' }));
    await page.goto(`${bot.baseUrl}/oversikt`);
    await page.getByText('Den här sidan är en flik i Microsoft Teams').waitFor();
    await page.close();
  });
});
