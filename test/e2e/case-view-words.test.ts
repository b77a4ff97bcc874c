import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPeople } from '../../src/directory/demo-people.js';
import { caseViewRoutes } from '../../web/case-view-routes.js';
import { tabAuthRoutes } from '../../web/tab-sign-in.js';
import { BotDriver } from '../helpers/bot-driver.js';
import { createSqliteTestDatabase, type TestDatabase } from '../helpers/databases.js';
import { launchChromium } from './harness.js';

/**
 * The case view's words are filled in the browser: plural forms too, as the
 * server's catalogue fills them ("2 rapportmottagare kan inte nås …", never a bare "2").
 */
describe('the case view’s words in a plain browser, signed in locally', () => {
  let database: TestDatabase;
  let bot: BotDriver;
  let browser: Browser;
  const handlers = demoPeople.filter((p) => p.name === 'Cecilia Carlsson' || p.name === 'David Dahl');

  beforeAll(async () => {
    database = await createSqliteTestDatabase();
    bot = await BotDriver.start(database, {
      mounters: [tabAuthRoutes, caseViewRoutes],
      env: { TILLIT_REPORT_HANDLERS: handlers.map((p) => p.aadObjectId).join(','), TILLIT_REMINDERS: 'off' },
    });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await bot?.stop();
    await database?.destroy();
  });

  it('tells a handler in a whole sentence that both handlers cannot be reached', async () => {
    const page = await browser.newPage();
    await page.goto(`${bot.baseUrl}/arenden`);
    await page.getByRole('button', { name: `Logga in som ${handlers[0]!.name}` }).click();
    await page.getByText('Inga ärenden just nu.').waitFor();
    await page.getByText('2 rapportmottagare kan inte nås i Teams (har inte installerat Tillit) och får inga aviseringar.').waitFor();
    expect(await page.locator('main').innerText()).not.toMatch(/\{count|plural,|^\s*2\s*$/mu);
    await page.close();
  });
});
