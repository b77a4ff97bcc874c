import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { allFeatures } from '../app/create-app.js';
import { routeMounters } from '../web/mounters.js';
import { demoPeople } from '../src/directory/demo-people.js';
import { BotDriver } from '../test/helpers/bot-driver.js';
import { createSqliteTestDatabase } from '../test/helpers/databases.js';
import { seedNorrtalje } from '../test/helpers/norrtalje-scenario.js';
import { localPage } from './screenshot-render.js';

const shot = async (page: Page, outDir: string, name: string, files: string[]) => {
  const file = path.join(outDir, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  files.push(file);
};

/** Tries `step` every few seconds for up to two minutes. */
async function until(step: () => Promise<boolean>): Promise<void> {
  for (let i = 0; i < 24; i++) if (await step()) return;
  throw new Error('gave up after two minutes');
}

/** The dashboard tab (signed in locally as the plan's reader) and the about page, on the Norrtälje plan. */
export async function planPages(browser: Browser, outDir: string): Promise<string[]> {
  const database = await createSqliteTestDatabase();
  const s = await seedNorrtalje(database.db);
  const anna = demoPeople[0]!;
  await database.db.updateTable('people').set({ aad_object_id: anna.aadObjectId }).where('id', '=', s.people.anna).execute();
  const bot = await BotDriver.start(database, { clock: s.clock, mounters: routeMounters, env: { TILLIT_REMINDERS: 'off' } });
  const files: string[] = [];
  try {
    const page = await localPage(browser);
    await page.goto(`${bot.baseUrl}/oversikt`);
    await page.getByRole('button', { name: `Logga in som ${anna.name}` }).click();
    await page.getByRole('heading', { name: /Socialnämndens handlingsplan/ }).waitFor();
    await shot(page, outDir, 'page-dashboard', files);
    await page.setViewportSize({ width: 390, height: 844 });
    await shot(page, outDir, 'page-dashboard-phone', files);
    await page.goto(`${bot.baseUrl}/`);
    await shot(page, outDir, 'page-about', files);
    await page.context().close();
  } finally {
    await bot.stop();
    await database.destroy();
  }
  return files;
}

/**
 * The anonymous channel as tried locally: the form, its receipt, the case
 * view with the released report, and the reporter's inbox with the handler's question.
 */
export async function reportPages(browser: Browser, outDir: string): Promise<string[]> {
  const database = await createSqliteTestDatabase();
  const handlers = demoPeople.filter((p) => p.name === 'Cecilia Carlsson' || p.name === 'David Dahl');
  const bot = await BotDriver.start(database, {
    ...allFeatures,
    env: { TILLIT_REMINDERS: 'off', TILLIT_REPORT_RELEASE: 'immediate', TILLIT_REPORT_HANDLERS: handlers.map((p) => p.aadObjectId).join(','), TILLIT_FOLLOW_TEAMS_LOCALE: 'false' },
  });
  const files: string[] = [];
  try {
    const form = await localPage(browser, { width: 390, height: 844 });
    await form.goto(`${bot.baseUrl}/anmalan`);
    await form.getByRole('heading', { name: 'Anmäl otillåten påverkan' }).waitFor();
    await shot(form, outDir, 'page-report-form-phone', files);
    await form.getByRole('checkbox', { name: /^Hot\b/ }).check();
    await form.getByRole('radio', { name: 'Mot mig' }).check();
    const months = await form.locator('#month-select option').evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
    await form.locator('#month-select').selectOption(months.find((m) => /^\d{4}-\d{2}$/.test(m))!);
    await form.getByLabel('Berätta vad som hände').fill('En sökande sa att han vet var jag bor när han fick avslag.');
    await form.getByRole('button', { name: 'Skicka anonymt' }).click();
    const code = form.locator('#receipt-code');
    await code.waitFor();
    const receipt = (await code.innerText()).replace(/\s/g, '');
    await shot(form, outDir, 'page-report-receipt-phone', files);
    await form.context().close();

    const cases = await localPage(browser);
    await cases.goto(`${bot.baseUrl}/arenden`);
    await shot(cases, outDir, 'page-case-view-sign-in', files);
    await cases.getByRole('button', { name: `Logga in som ${handlers[0]!.name}` }).click();
    const link = cases.getByRole('link', { name: /^[A-Z0-9]{3}-[A-Z0-9]{3}$/ }).first();
    // The local mode releases a report within a minute; the list shows it after a reload.
    await shot(cases, outDir, 'page-case-list-empty', files);
    await until(async () => {
      await cases.reload({ waitUntil: 'domcontentloaded' });
      return link.waitFor({ timeout: 5000 }).then(() => true, () => false);
    });
    await shot(cases, outDir, 'page-case-list', files);
    await link.click();
    await cases.getByText('En sökande sa').waitFor();
    await cases.getByLabel('Meddelande', { exact: true }).fill('Tack för din anmälan. Vilken dag hände det?');
    await cases.getByRole('button', { name: 'Skicka' }).click();
    await cases.getByText('Sparat.').waitFor();
    await shot(cases, outDir, 'page-case-view', files);
    await cases.context().close();

    const inbox = await localPage(browser, { width: 390, height: 844 });
    // The handler's question reaches the reporter within a minute in the local mode.
    await until(async () => {
      await inbox.goto(`${bot.baseUrl}/anmalan/inkorg`);
      await inbox.getByLabel('Kvittokod (20 siffror)').fill(receipt);
      await inbox.getByRole('button', { name: 'Öppna inkorgen' }).click();
      return inbox.getByText('Vilken dag hände det?').waitFor({ timeout: 5000 }).then(() => true, () => false);
    });
    await shot(inbox, outDir, 'page-reporter-inbox-phone', files);
    await inbox.context().close();
  } finally {
    await bot.stop();
    await database.destroy();
  }
  return files;
}
