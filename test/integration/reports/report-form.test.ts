import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FixedClock } from '../../../src/ports/clock.js';
import type { BotDriver } from '../../helpers/bot-driver.js';
import { dialects, type TestDatabase } from '../../helpers/databases.js';
import { startReportApp } from '../../helpers/report-app.js';
import { alertText, receiptCodeOf, reportFields, type ReportClient } from '../../helpers/report-client.js';

describe.each(dialects)('the anonymous form ($name)', ({ create }) => {
  let database: TestDatabase;
  let bot: BotDriver;
  let client: ReportClient;
  const clock = new FixedClock('2026-11-23T14:03:27Z');
  const count = async () => Number((await database.db.selectFrom('reports').select((eb) => eb.fn.countAll().as('n')).executeTakeFirst())?.n ?? 0);

  beforeAll(async () => {
    database = await create();
    ({ bot, client } = await startReportApp(database, { clock }));
  });
  afterAll(async () => {
    await bot?.stop();
    await database?.destroy();
  });

  it('serves a page that sets no cookie, loads nothing from elsewhere and may be framed only by Teams', async () => {
    const page = await client.get('/anmalan');
    expect(page.status).toBe(200);
    expect(page.headers.get('set-cookie')).toBeNull();
    const csp = page.headers.get('content-security-policy')!;
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("form-action 'self'");
    expect(csp).toMatch(/frame-ancestors 'self' https:\/\/teams\.microsoft\.com/);
    expect(page.headers.get('cache-control')).toBe('no-store');
    expect(page.headers.get('referrer-policy')).toBe('no-referrer');
    expect(page.html).not.toMatch(/(src|href|action)="(https?:)?\/\//);
    expect(page.html).toContain('Anmäl otillåten påverkan');
    expect((await client.get('/anmalan?lang=en')).html).toContain('Report undue influence');
  });

  it('serves its stylesheet and script from Tillit itself', async () => {
    const css = await client.get('/anmalan/stil.css');
    expect(css.status).toBe(200);
    expect(css.headers.get('content-type')).toContain('text/css');
    const js = await client.get('/anmalan/formular.js');
    expect(js.status).toBe(200);
    expect(js.headers.get('content-type')).toContain('javascript');
  });

  it('takes a report, shows a 20-digit receipt code once and stores the day, never the time', async () => {
    const before = await count();
    const page = await client.report(reportFields({ categories: ['threat', 'bribery'] }));
    expect(page.status).toBe(200);
    expect(page.code).toMatch(/^\d{20}$/);
    expect(page.html).toContain('Spara koden nu');
    expect(page.headers.get('set-cookie')).toBeNull();
    expect(await count()).toBe(before + 1);
    const rows = await database.db.selectFrom('reports').selectAll().execute();
    const row = rows.find((r) => r.categories_json === '["threat","bribery"]')!;
    expect(row).toMatchObject({ kind: 'anonymous', received_on: '2026-11-23', status: 'new', reporter_person_id: null, notified: 0 });
    expect(JSON.stringify(row)).not.toContain('14:03');
    expect(JSON.stringify(row)).not.toContain(page.code);
    expect(row.content).not.toContain('vet var jag bor');
  });

  it('refuses an empty form, names what is missing and stores nothing', async () => {
    const before = await count();
    const page = await client.post('/anmalan', { token: await client.formToken() });
    expect(page.status).toBe(400);
    expect(alertText(page.html)).toContain('Välj minst en sak som har hänt');
    expect(alertText(page.html)).toContain('Skriv några rader');
    expect(await count()).toBe(before);
  });

  it('keeps what was typed when a field is missing, so nothing is lost', async () => {
    const page = await client.post('/anmalan', { ...reportFields({ subject: '' }), token: await client.formToken() });
    expect(page.status).toBe(400);
    expect(page.html).toContain('Han sa att han vet var jag bor.');
    expect(page.html).toMatch(/value="threat" checked/);
  });

  it('refuses a megabyte of text with a clear page and stores nothing', async () => {
    const before = await count();
    const page = await client.post('/anmalan', { ...reportFields({ text: 'å'.repeat(1024 * 1024) }), token: await client.formToken() });
    expect(page.status).toBe(413);
    expect(page.html).toContain('högst 20 000 tecken');
    expect(page.html).not.toMatch(/at .*\.ts:\d+/);
    expect(await count()).toBe(before);
  });

  it('refuses 20 001 characters with the field marked, and takes 20 000', async () => {
    const long = await client.post('/anmalan', { ...reportFields({ text: 'x'.repeat(20_001) }), token: await client.formToken() });
    expect(long.status).toBe(400);
    expect(alertText(long.html)).toContain('Texten är för lång');
    expect((await client.report(reportFields({ text: 'x'.repeat(20_000) }))).status).toBe(200);
  });

  it('stores HTML and script as text and shows it escaped in the inbox', async () => {
    const { code } = await client.report(reportFields({ text: '<script>alert("x")</script><img src=x onerror=alert(1)>' }));
    const inbox = await client.openInbox(code!);
    expect(inbox.html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;');
    expect(inbox.html).not.toContain('<script>alert');
  });

  it('refuses the same post twice (back button, double click, replay) and keeps one report', async () => {
    const token = await client.formToken();
    const first = await client.post('/anmalan', { ...reportFields(), token, ...(await client.pow('report')) });
    expect(receiptCodeOf(first.html)).toBeDefined();
    const before = await count();
    // Even with fresh work done again, the form's one-time token was used.
    const again = await client.post('/anmalan', { ...reportFields(), token, ...(await client.pow('report')) });
    expect(again.status).toBe(409);
    expect(again.html).toContain('redan skickat');
    expect(receiptCodeOf(again.html)).toBeUndefined();
    expect(await count()).toBe(before);
  });

  it('refuses a forged or expired form token, keeping what was typed', async () => {
    const before = await count();
    const forged = await client.post('/anmalan', { ...reportFields(), token: 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA', ...(await client.pow('report')) });
    expect(forged.status).toBe(400);
    expect(alertText(forged.html)).toContain('Sidan hade varit öppen länge');
    expect(forged.html).toContain('Han sa att han vet var jag bor.');
    const token = await client.formToken();
    clock.advance(25 * 3600 * 1000);
    const expired = await client.post('/anmalan', { ...reportFields(), token, ...(await client.pow('report')) });
    expect(expired.status).toBe(400);
    expect(await count()).toBe(before);
  });

  it('refuses unknown categories and units, and forged fields change nothing', async () => {
    const before = await count();
    const page = await client.post('/anmalan', { ...reportFields({ categories: ['espionage'], unit: 'Kommunstyrelsens hemliga rum' }), token: await client.formToken(), reporter_person_id: 'x', status: 'closed' });
    expect(page.status).toBe(400);
    expect(alertText(page.html)).toContain('Välj minst en sak');
    expect(alertText(page.html)).toContain('Välj en del av verksamheten');
    expect(await count()).toBe(before);
  });

  it('leaves no per-request log line for the form, only counts at the batch', async () => {
    const lines = bot.logs.lines.filter((l) => l.includes('/anmalan'));
    expect(lines).toEqual([]);
  });
});
