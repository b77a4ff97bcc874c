import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FixedClock } from '../../../src/ports/clock.js';
import type { BotDriver } from '../../helpers/bot-driver.js';
import { dialects, type TestDatabase } from '../../helpers/databases.js';
import { handlerIds, startReportApp } from '../../helpers/report-app.js';
import type { ReportWorker } from '../../../bot/report-worker.js';
import { reportServices } from '../../../bot/report-services.js';
import { writeToReporter } from '../../../src/reports/write-to-reporter.js';
import { alertText, type ReportClient } from '../../helpers/report-client.js';

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
    await writeToReporter(reportServices(bot.running.app).deps, { aadObjectId: handlerIds[0]!, name: 'Cecilia' }, { caseId: row!.id, kind: 'acknowledgement', text: 'Tack, vi har tagit emot din anmälan.' });
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

  it('throttles a thousand wrong codes in a minute (everyone alike, no IP kept) and lets the right code in afterwards', async () => {
    clock.advance(5 * 60 * 1000);
    const statuses: number[] = [];
    for (let batch = 0; batch < 10; batch++) {
      const guesses = Array.from({ length: 100 }, (_, i) => String(batch * 100 + i).padStart(20, '7'));
      const pages = await Promise.all(guesses.map((g) => client.post('/anmalan/inkorg', { code: g }, { 'x-forwarded-for': `198.51.100.${batch}` })));
      statuses.push(...pages.map((p) => p.status));
    }
    const throttled = statuses.filter((s) => s === 429).length;
    expect(statuses.filter((s) => s === 404).length).toBeLessThanOrEqual(10);
    expect(throttled).toBeGreaterThanOrEqual(990);
    const refused = await client.openInbox(code);
    expect(refused.status).toBe(429);
    expect(alertText(refused.html)).toContain('Vänta en minut');
    clock.advance(61 * 1000);
    expect((await client.openInbox(code)).status).toBe(200);
  });
});
