import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { overviewTabRoutes } from '../../web/overview-tab-routes.js';
import { tabAuthRoutes } from '../../web/tab-sign-in.js';
import { tabViewerFromSignIn } from '../../web/tab-viewer.js';
import { demoPeople } from '../../src/directory/demo-people.js';
import { BotDriver } from '../helpers/bot-driver.js';
import { createSqliteTestDatabase, type TestDatabase } from '../helpers/databases.js';
import { seedNorrtalje, type NorrtaljeScenario } from '../helpers/norrtalje-scenario.js';
import { launchChromium, screenshotDir } from './harness.js';

/**
 * Tillit run locally without Teams credentials: the dashboard opened in a
 * plain browser offers the demo people, with the real teams.js,
 * the real local sign-in and the real access check.
 */
describe('the dashboard tab in a plain browser, signed in locally', () => {
  let database: TestDatabase;
  let s: NorrtaljeScenario;
  let bot: BotDriver;
  let browser: Browser;
  const [anna, bertil] = demoPeople;

  beforeAll(async () => {
    database = await createSqliteTestDatabase();
    s = await seedNorrtalje(database.db);
    // The scenario's Anna, a reader of the plan, is the demo's Anna.
    await database.db.updateTable('people').set({ aad_object_id: anna!.aadObjectId }).where('id', '=', s.people.anna).execute();
    bot = await BotDriver.start(database, { clock: s.clock, mounters: [tabAuthRoutes, overviewTabRoutes(tabViewerFromSignIn)] });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await bot?.stop();
    await database?.destroy();
  });

  it('lets a reader choose herself among the demo people and see the overview', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${bot.baseUrl}/oversikt`);
    await page.getByRole('heading', { name: 'Lokal demo-inloggning' }).waitFor();
    await page.getByRole('button', { name: `Logga in som ${anna!.name}` }).click();
    await page.getByRole('heading', { name: /Socialnämndens handlingsplan/ }).waitFor();
    expect(await page.locator('.tl-row').count()).toBe(8);
    fs.mkdirSync(screenshotDir, { recursive: true });
    await page.screenshot({ path: path.join(screenshotDir, 'overview-tab-local-sign-in.png'), fullPage: true });
    // The choice holds for the browser tab's session: a reload goes straight to the overview.
    await page.reload();
    await page.getByRole('heading', { name: /Socialnämndens handlingsplan/ }).waitFor();
    await page.close();
  });

  it('shows a demo person Tillit does not know nothing of the plan and lets them choose again', async () => {
    const page = await browser.newPage();
    await page.goto(`${bot.baseUrl}/oversikt`);
    await page.getByRole('button', { name: `Logga in som ${bertil!.name}` }).click();
    await page.getByText('Den inloggningen gick inte').waitFor();
    expect(await page.content()).not.toContain('Norrtälje');
    await page.getByRole('button', { name: `Logga in som ${anna!.name}` }).click();
    await page.getByRole('heading', { name: /Socialnämndens handlingsplan/ }).waitFor();
    await page.close();
  });

  it('says who is signed in and lets her sign out and switch to someone else', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${bot.baseUrl}/oversikt`);
    await page.getByRole('button', { name: `Logga in som ${anna!.name}` }).click();
    await page.getByRole('heading', { name: /Socialnämndens handlingsplan/ }).waitFor();
    await page.getByText(`Inloggad som ${anna!.name} (lokal demo)`).waitFor();
    await page.screenshot({ path: path.join(screenshotDir, 'overview-tab-local-who.png') });
    await page.getByRole('button', { name: 'Logga ut och byt person' }).click();
    await page.getByRole('heading', { name: 'Lokal demo-inloggning' }).waitFor();
    expect(await page.evaluate(() => sessionStorage.getItem('tillit.tabToken'))).toBeNull();
    await page.getByRole('button', { name: `Logga in som ${bertil!.name}` }).click();
    await page.getByText('Den inloggningen gick inte').waitFor();
    expect(await page.content()).not.toContain('Norrtälje');
    await page.close();
  });
});
