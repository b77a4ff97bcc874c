import fs from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { E2eSession, screenshotDir } from './harness.js';

const anna = '5e1a7e57-0000-4000-8000-000000000a01';
const cecilia = '5e1a7e57-0000-4000-8000-000000000a03';

async function openPage(browser: Browser, url: string, viewport = { width: 1280, height: 900 }): Promise<{ page: Page; foreign: string[] }> {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  page.setDefaultTimeout(30_000);
  const foreign: string[] = [];
  page.on('request', (request) => {
    const host = new URL(request.url()).hostname;
    if (host !== 'localhost' && host !== '127.0.0.1') foreign.push(request.url());
  });
  await page.route(/^https?:\/\/(?!localhost|127\.0\.0\.1)/, (route) => route.abort());
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  return { page, foreign };
}

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `${screenshotDir}/${name}.png`, fullPage: true });
}

describe('the anonymous report channel, end to end', () => {
  let session: E2eSession;
  let receiptCode = '';
  let reportedMonth = '';
  let handler: Page;

  beforeAll(async () => {
    // `tillit start` without Teams credentials: the local mode, which releases reports within a minute.
    session = await E2eSession.start({ env: { TILLIT_REPORT_HANDLERS: `${anna},${cecilia}`, TILLIT_REPORT_LOCAL_RELEASE_SECONDS: '5' } });
  });
  afterAll(async () => {
    // Tillit's own output, kept beside the screenshots for whoever reads a failure.
    if (session) fs.writeFileSync(`${screenshotDir}/reports-tillit-output.log`, session.log);
    await session?.stop();
  });

  it('answers "anmäl" in chat with the form link and a QR code for a private phone', async () => {
    await session.chat.card('Hej Anna!').waitFor();
    await session.chat.say('anmäl');
    const card = session.chat.card('Starkast skydd');
    await card.waitFor();
    await session.chat.screenshot('report-chat-card');
    await card.getByText('Öppna formuläret').waitFor();
    expect(await card.locator('img').count()).toBeGreaterThan(0);
  });

  it('lets a staff member report on a phone-sized screen and shows the receipt code once', async () => {
    const { page, foreign } = await openPage(session.browser, `${session.botUrl}/anmalan`, { width: 390, height: 844 });
    await page.getByRole('heading', { name: 'Anmäl otillåten påverkan' }).waitFor();
    await shot(page, 'report-form-phone');
    await page.getByRole('checkbox', { name: /^Hot\b/ }).check();
    await page.getByRole('checkbox', { name: /^Mutor\b/ }).check();
    await page.getByRole('radio', { name: 'Mot mig' }).check();
    await page.getByLabel('I vilken del av verksamheten?').selectOption('Socialtjänst');
    const months = await page.locator('#month-select option').evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
    reportedMonth = months.find((m) => /^\d{4}-\d{2}$/.test(m))!;
    await page.locator('#month-select').selectOption(reportedMonth);
    await page.getByLabel('Berätta vad som hände').fill('En sökande erbjöd mig pengar för att ändra ett beslut och sa sedan att han vet var jag bor.');
    await page.getByRole('button', { name: 'Skicka anonymt' }).click();
    const code = page.locator('#receipt-code');
    await code.waitFor();
    receiptCode = (await code.innerText()).replace(/\s/g, '');
    expect(receiptCode).toMatch(/^\d{20}$/);
    await page.getByText('Spara koden nu').waitFor();
    await shot(page, 'report-receipt-phone');
    expect(foreign).toEqual([]);
    await page.context().close();
  });

  it('shows the form calmly on a desktop too, loading nothing from other hosts', async () => {
    const { page, foreign } = await openPage(session.browser, `${session.botUrl}/anmalan`);
    await page.getByRole('heading', { name: 'Anmäl otillåten påverkan' }).waitFor();
    await shot(page, 'report-form-desktop');
    expect(foreign).toEqual([]);
    await page.context().close();
  });

  it('says at start that the local mode releases reports within a minute', () => {
    expect(session.log).toContain('Lokalt läge: nya anmälningar och svar visas för rapportmottagarna inom en minut.');
  });

  it('tells the handlers within a minute in the local mode, without any content', async () => {
    const card = session.chat.card('Ny anmälan mottagen');
    await card.waitFor({ timeout: 150_000 });
    const text = await card.innerText();
    expect(text).toContain('kategori hot, mutor');
    expect(text).not.toContain('pengar');
    await session.chat.screenshot('report-handler-notification');
  }, 180_000);

  it('lets a handler sign in to the case view and acknowledge with a question', async () => {
    ({ page: handler } = await openPage(session.browser, `${session.botUrl}/arenden`));
    await handler.getByRole('button', { name: 'Logga in som Cecilia Carlsson' }).click();
    const link = handler.getByRole('link', { name: /^[A-Z0-9]{3}-[A-Z0-9]{3}$/ }).first();
    await link.waitFor();
    await shot(handler, 'case-list');
    await link.click();
    await handler.getByText('En sökande erbjöd mig pengar').waitFor();
    // The month as the reporter chose it, in words ("november 2026"), not "2026-11".
    const monthInWords = new Intl.DateTimeFormat('sv-SE', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${reportedMonth}-01T00:00:00Z`));
    await handler.getByText(monthInWords, { exact: true }).waitFor();
    expect(await handler.locator('.facts').innerText()).not.toContain(reportedMonth);
    await handler.getByText('Vad skickar du?').waitFor();
    await handler.getByText('Lokalt läge: nya anmälningar och svar visas inom en minut.', { exact: false }).waitFor();
    await handler.getByLabel('Meddelande', { exact: true }).fill('Tack för din anmälan, vi har tagit emot den. Vilken dag hände det?');
    await handler.getByRole('button', { name: 'Skicka' }).click();
    await handler.getByText('Sparat.').waitFor();
    await handler.getByText('Bekräftad', { exact: true }).first().waitFor();
    await shot(handler, 'case-view');
    await handler.setViewportSize({ width: 390, height: 844 });
    await shot(handler, 'case-view-phone');
    await handler.setViewportSize({ width: 1280, height: 900 });
  });

  it('lets the reporter read the question with the code and answer it', async () => {
    const { page } = await openPage(session.browser, `${session.botUrl}/anmalan/inkorg`, { width: 390, height: 844 });
    await page.getByLabel('Kvittokod (20 siffror)').fill(receiptCode.replace(/(\d{4})(?=\d)/g, '$1 '));
    await page.getByRole('button', { name: 'Öppna inkorgen' }).click();
    await page.getByText('Vilken dag hände det?').waitFor();
    await page.getByLabel('Svara eller lägg till information').fill('Det var i tisdags, vid receptionen.');
    await page.getByRole('button', { name: 'Skicka' }).click();
    await page.getByText('Tack, det är sparat').waitFor();
    await page.getByText('Det var i tisdags, vid receptionen.').waitFor();
    await shot(page, 'report-inbox-phone');
    await page.context().close();
  });

  it('shows the answer to the handler within a minute in the local mode', async () => {
    await expect
      .poll(
        async () => {
          await handler.reload({ waitUntil: 'domcontentloaded' });
          // The case view fetches the case after the page has loaded: give it a moment before counting.
          return handler
            .getByText('Det var i tisdags, vid receptionen.')
            .waitFor({ timeout: 4000 })
            .then(() => 1)
            .catch(() => 0);
        },
        { timeout: 150_000, interval: 3_000 },
      )
      .toBeGreaterThan(0);
    await shot(handler, 'case-view-answer');
  }, 180_000);

  it('refuses a signed-in person who is not a handler (403)', async () => {
    const { page } = await openPage(session.browser, `${session.botUrl}/arenden`);
    const refused = page.waitForResponse((r) => r.url().endsWith('/api/cases'));
    await page.getByRole('button', { name: 'Logga in som Bertil Berg' }).click();
    expect((await refused).status()).toBe(403);
    await page.getByText('Du har inte behörighet').waitFor();
    await shot(page, 'case-view-forbidden');
    await page.context().close();
  });

  it('keeps report text and the code out of Tillit’s output', () => {
    expect(session.log).not.toContain('erbjöd mig pengar');
    expect(session.log).not.toContain('tisdags');
    expect(session.log).not.toContain(receiptCode);
    expect(session.log).toContain('HUVUDNYCKEL SKAPAD');
  });
});
