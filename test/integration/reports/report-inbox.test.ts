import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FixedClock } from '../../../src/ports/clock.js';
import type { BotDriver } from '../../helpers/bot-driver.js';
import { dialects, type TestDatabase } from '../../helpers/databases.js';
import { handlerIds, startReportApp } from '../../helpers/report-app.js';
import type { ReportWorker } from '../../../app/report-worker.js';
import { writeToReporter } from '../../../src/reports/write-to-reporter.js';
import { leadingZeroBits, powHash } from '../../../src/reports/proof-of-work.js';
import { alertText, solvePow, type ReportClient } from '../../helpers/report-client.js';
import { tamperedToken } from '../../helpers/tamper.js';

describe.each(dialects)('the reporter’s inbox ($name)', ({ create }) => {
  let database: TestDatabase;
  let bot: BotDriver;
  let client: ReportClient;
  let worker: ReportWorker;
  let code: string;
  const clock = new FixedClock('2026-11-23T09:00:00Z');
  const messages = async () => Number((await database.db.selectFrom('report_messages').select((eb) => eb.fn.countAll().as('n')).executeTakeFirst())?.n ?? 0);

  beforeAll(async () => {
    database = await create();
    ({ bot, client, worker } = await startReportApp(database, { clock }));
    code = (await client.report()).code!;
  });
  afterAll(async () => {
    await bot?.stop();
    await database?.destroy();
  });

  it('opens with the receipt code, typed with spaces, and shows the report', async () => {
    const inbox = await client.openInbox(code.replace(/(\d{4})/g, '$1 '));
    expect(inbox.status).toBe(200);
    expect(inbox.html).toContain('Han sa att han vet var jag bor.');
    expect(inbox.session).toBeDefined();
    expect(inbox.headers.get('set-cookie')).toBeNull();
    expect(inbox.headers.get('cache-control')).toBe('no-store');
  });

  it('writes nothing to the database when the inbox is read (a write would date the visit)', async () => {
    await worker.tick();
    const [row] = await database.db.selectFrom('reports').select('id').execute();
    await writeToReporter(bot.running.app.reports().deps, { aadObjectId: handlerIds[0]!, name: 'Cecilia' }, { caseId: row!.id, kind: 'acknowledgement', text: 'Tack, vi har tagit emot din anmälan.' });
    const snapshot = async () => JSON.stringify([await database.db.selectFrom('reports').selectAll().orderBy('id').execute(), await database.db.selectFrom('report_messages').selectAll().orderBy('id').execute()]);
    const before = await snapshot();
    await client.openInbox(code);
    expect(await snapshot()).toBe(before);
    expect((await client.openInbox(code)).html).toContain('Tack, vi har tagit emot din anmälan.');
  });

  it('takes an answer, once, and shows it', async () => {
    const inbox = await client.openInbox(code);
    const before = await messages();
    const sent = await client.answer(inbox.session!, inbox.token!, 'Det hände igen i går.');
    expect(sent.status).toBe(200);
    expect(sent.html).toContain('Tack, det är sparat');
    expect(sent.html).toContain('Det hände igen i går.');
    const replay = await client.answer(inbox.session!, inbox.token!, 'Det hände igen i går.');
    expect(replay.status).toBe(409);
    expect(alertText(replay.html)).toContain('redan skickat');
    expect(await messages()).toBe(before + 1);
    const stored = await database.db.selectFrom('report_messages').selectAll().execute();
    expect(stored.every((m) => m.sent_on === '2026-11-23' && !m.body.includes('igen'))).toBe(true);
  });

  it('refuses an empty answer and a forged session, changing nothing', async () => {
    const inbox = await client.openInbox(code);
    const before = await messages();
    const empty = await client.answer(inbox.session!, inbox.token!, '   ');
    expect(empty.status).toBe(400);
    expect(alertText(empty.html)).toContain('Skriv några rader');
    const forged = await client.answer('x'.repeat(40), inbox.token!, 'Hej');
    expect(forged.status).toBe(410);
    expect(alertText(forged.html)).toContain('Skriv in kvittokoden igen');
    expect(await messages()).toBe(before);
  });

  it('closes the inbox after 30 minutes without activity', async () => {
    const inbox = await client.openInbox(code);
    clock.advance(31 * 60 * 1000);
    const late = await client.answer(inbox.session!, inbox.token!, 'Hej igen');
    expect(late.status).toBe(410);
  });

  it('says a code of the wrong length is not a code, without counting it as a guess', async () => {
    const page = await client.openInbox('1234 5678');
    expect(page.status).toBe(400);
    expect(alertText(page.html)).toContain('20 siffror');
  });

  it('says the same for a wrong code as for a purged report, and nothing more', async () => {
    const wrong = await client.openInbox('0000 0000 0000 0000 0000');
    expect(wrong.status).toBe(404);
    expect(alertText(wrong.html)).toContain('Ingen anmälan hittades med den koden');
  });

  it('refuses a thousand code guesses without work cheaply, and never locks the reporter out', async () => {
    const statuses: number[] = [];
    for (let batch = 0; batch < 10; batch++) {
      const guesses = Array.from({ length: 100 }, (_, i) => String(batch * 100 + i).padStart(20, '7'));
      const pages = await Promise.all(guesses.map((g) => client.post('/anmalan/inkorg', { code: g, pow: 'x'.repeat(40), powNonce: '1' }, { 'x-forwarded-for': `198.51.100.${batch}` })));
      statuses.push(...pages.map((p) => p.status));
    }
    expect(statuses.filter((s) => s === 400)).toHaveLength(1000);
    const refused = await client.post('/anmalan/inkorg', { code: '7'.repeat(20), lang: 'sv' });
    expect(alertText(refused.html)).toContain('skyddsberäkning');
    // Straight after the flood, the right code opens the inbox: no lockout.
    expect((await client.openInbox(code)).status).toBe(200);
  });

  it('makes guessing dearer as guesses with real work pile up, and the right code still opens at once', async () => {
    const bitsNow = async () => ((await (await fetch(`${client.baseUrl}/anmalan/utmaning?for=inbox`)).json()) as { bits: number }).bits;
    const calm = await bitsNow();
    // 35 guesses with real work in the same minute: more than the calm 30.
    const solved = await Promise.all(Array.from({ length: 35 }, () => client.pow('inbox')));
    const wrong = (await Promise.all(solved.map((pow, i) => client.post('/anmalan/inkorg', { code: String(i).padStart(20, '3'), lang: 'sv', ...pow })))).map((p) => p.status);
    expect(new Set(wrong)).toEqual(new Set([404]));
    expect(await bitsNow()).toBeGreaterThan(calm);
    expect((await client.openInbox(code)).status).toBe(200);
    clock.advance(61 * 1000);
    expect(await bitsNow()).toBe(calm);
  }, 120_000);

  it('refuses a challenge used twice, made for the form, expired, forged or not solved', async () => {
    const solved = await client.pow('inbox');
    expect((await client.post('/anmalan/inkorg', { code, lang: 'sv', ...solved })).status).toBe(200);
    expect((await client.post('/anmalan/inkorg', { code, lang: 'sv', ...solved })).status).toBe(400);
    expect((await client.post('/anmalan/inkorg', { code, lang: 'sv', ...(await client.pow('report')) })).status).toBe(400);
    const old = await client.pow('inbox');
    clock.advance(6 * 60 * 1000);
    expect((await client.post('/anmalan/inkorg', { code, lang: 'sv', ...old })).status).toBe(400);
    const fresh = await client.pow('inbox');
    expect((await client.post('/anmalan/inkorg', { code, lang: 'sv', pow: tamperedToken(fresh.pow), powNonce: fresh.powNonce })).status).toBe(400);
    const { challenge, bits } = (await (await fetch(`${client.baseUrl}/anmalan/utmaning?for=inbox`)).json()) as { challenge: string; bits: number };
    let lazy = 0;
    while (leadingZeroBits(powHash(challenge, String(lazy))) >= bits) lazy++;
    const unsolved = await client.post('/anmalan/inkorg', { code, lang: 'sv', pow: challenge, powNonce: String(lazy) });
    expect(unsolved.status).toBe(400);
    expect(unsolved.html).not.toContain('name="session"');
    expect((await client.post('/anmalan/inkorg', { code, lang: 'sv', pow: challenge, powNonce: solvePow(challenge, bits) })).status).toBe(200);
  });
});
