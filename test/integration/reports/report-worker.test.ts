import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ReportWorker } from '../../../app/report-worker.js';
import { listAudit } from '../../../src/reports/audit-log.js';
import { FixedClock } from '../../../src/ports/clock.js';
import { installationUpdate, testUser, type TestUser } from '../../helpers/activities.js';
import type { BotDriver } from '../../helpers/bot-driver.js';
import { cardText, expectValidCard } from '../../helpers/cards.js';
import { CaseApi } from '../../helpers/case-api.js';
import { dialects, type TestDatabase } from '../../helpers/databases.js';
import { FakeEntra } from '../../helpers/fake-entra.js';
import { handlerIds, startReportApp } from '../../helpers/report-app.js';
import { reportFields, type ReportClient } from '../../helpers/report-client.js';

const [cecilia, david] = handlerIds as [string, string];
const securityChief = '5e1a7e57-0000-4000-8000-000000000a06';

describe.each(dialects)('the report worker ($name)', ({ create }) => {
  let database: TestDatabase;
  let bot: BotDriver;
  let client: ReportClient;
  let worker: ReportWorker;
  let entra: FakeEntra;
  let api: CaseApi;
  const clock = new FixedClock('2026-11-23T06:30:00Z');
  const people: Record<string, TestUser> = {};
  const cardsTo = (aad: string) => bot.connector.cards(`a:personal-${people[aad]!.id}`);

  beforeAll(async () => {
    database = await create();
    entra = await new FakeEntra().start();
    ({ bot, client, worker } = await startReportApp(database, {
      clock,
      env: { ...entra.env(), TILLIT_REPORT_ESCALATION: securityChief, TILLIT_REPORT_RETENTION_DAYS: '60' },
    }));
    for (const [aad, name] of [[cecilia, 'Cecilia Carlsson'], [david, 'David Dahl'], [securityChief, 'Fredrik Falk']] as const) {
      people[aad] = testUser({ aadObjectId: aad, name });
      bot.knowUser(people[aad]!);
      await bot.post(installationUpdate(people[aad]!, 'add', bot.serviceUrl));
    }
    api = new CaseApi(bot.baseUrl, await entra.token(cecilia, { name: 'Cecilia Carlsson' }));
    await worker.tick(); // the catch-up round after start
  });
  afterAll(async () => {
    await bot?.stop();
    await entra?.stop();
    await database?.destroy();
  });
  beforeEach(() => bot.connector.clear());

  let threatCode = '';

  it('releases new reports only at the fixed times, with a notification of category and reference only', async () => {
    threatCode = (await client.report(reportFields({ categories: ['threat'], text: 'Hemlig kanarietext ett' }))).code!;
    expect((await client.openInbox(threatCode)).status).toBe(200);
    clock.set('2026-11-23T06:59:00Z'); // 07:59 in Stockholm
    await worker.tick();
    expect(bot.connector.sent()).toHaveLength(0);
    expect((await api.list()).body.cases).toEqual([]);
    clock.set('2026-11-23T07:00:30Z'); // 08:00:30
    await worker.tick();
    const [card] = cardsTo(cecilia);
    expectValidCard(card);
    expect(cardText(card)).toContain('Ny anmälan mottagen, kategori hot');
    expect(JSON.stringify(card)).not.toContain('kanarietext');
    expect(cardsTo(david)).toHaveLength(1);
    expect(cardsTo(securityChief)).toHaveLength(0);
    expect((await api.list()).body.cases).toHaveLength(1);
  });

  it('notifies once: a second tick in the same slot sends nothing', async () => {
    await worker.tick();
    expect(bot.connector.sent()).toHaveLength(0);
  });

  it('tells handlers about a reporter’s answer at the next slot, and not an excluded handler', async () => {
    const { code } = await client.report(reportFields({ categories: ['bribery'] }));
    clock.set('2026-11-23T12:00:10Z'); // 13:00
    await worker.tick();
    const id = (await api.list()).body.cases.find((c: any) => c.categories[0] === 'bribery').id;
    // David has a conflict of interest and says so himself.
    const asDavid = new CaseApi(bot.baseUrl, await entra.token(david, { name: 'David Dahl' }));
    expect((await asDavid.act(id, 'exclude', { handlerId: david })).status).toBe(200);
    const inbox = await client.openInbox(code!);
    await client.answer(inbox.session!, inbox.token!, 'Mer information');
    bot.connector.clear();
    clock.set('2026-11-24T07:00:10Z');
    await worker.tick();
    expect(cardText(cardsTo(cecilia)[0])).toMatch(/Nya svar från anmälare i [A-Z0-9]{3}-[A-Z0-9]{3}/);
    expect(cardsTo(david)).toHaveLength(0);
  });

  it('reminds before the acknowledgement deadline, once, and escalates to the security chief when it is missed', async () => {
    clock.set('2026-11-28T07:00:10Z'); // two days before 30 Nov
    await worker.tick();
    const reminders = cardsTo(cecilia).map(cardText).filter((t) => t.includes('Påminnelse: bekräfta'));
    expect(reminders).toHaveLength(2); // the threat and the bribery case
    expect(cardsTo(securityChief)).toHaveLength(0);
    bot.connector.clear();
    clock.set('2026-11-28T12:00:10Z');
    await worker.tick();
    expect(bot.connector.cards().filter((c) => cardText(c).includes('Påminnelse'))).toHaveLength(0);
    clock.set('2026-12-01T07:00:10Z');
    await worker.tick();
    const escalation = cardsTo(securityChief).map(cardText).find((t) => t.includes('Fristen har passerat'));
    expect(escalation).toContain('2026-11-30');
    expect(cardsTo(cecilia).map(cardText).filter((t) => t.includes('Fristen har passerat'))).toHaveLength(2);
    const audit = await listAudit(database.db);
    expect(audit.filter((a) => a.action === 'escalated' && a.detail === 'acknowledge_overdue')).toHaveLength(2);
    expect(audit.every((a) => a.actorId === null || handlerIds.includes(a.actorId))).toBe(true);
  });

  it('warns before purging a closed case, purges it after the retention period and keeps only counts', async () => {
    const id = (await api.list()).body.cases.find((c: any) => c.categories[0] === 'threat').id;
    await api.act(id, 'security-chief');
    await api.act(id, 'police', { decision: 'not_reported', note: 'Inte ett brott' });
    const closed = await api.act(id, 'close', { outcome: 'no_action' });
    expect(closed.body.case.deadlines.purgeOn).toBe('2027-01-30');
    const reference = closed.body.case.reference;
    bot.connector.clear();
    clock.set('2026-12-31T07:00:10Z');
    await worker.tick();
    expect(cardsTo(cecilia).map(cardText).find((t) => t.includes('raderas'))).toContain(reference);
    clock.set('2027-01-30T07:00:10Z');
    await worker.tick();
    expect((await api.open(id)).status).toBe(404);
    expect(await database.db.selectFrom('report_messages').selectAll().where('report_id', '=', id).execute()).toEqual([]);
    const counts = await database.db.selectFrom('report_stat_counts').selectAll().orderBy('dimension').execute();
    expect(counts.map((c) => [c.quarter, c.dimension, c.value, c.count])).toEqual([
      ['2026-Q4', 'category', 'threat', 1],
      ['2026-Q4', 'total', '', 1],
      ['2026-Q4', 'unit', 'Socialtjänst', 1],
    ]);
    expect((await listAudit(database.db, reference)).at(-1)).toMatchObject({ action: 'purged', actorId: null });
    const replayed = await client.openInbox(threatCode);
    expect(replayed.status).toBe(404);
    expect(replayed.html).toContain('Ingen anmälan hittades med den koden');
  });

  it('logs counts, never identities or text', () => {
    const log = bot.logs.text;
    expect(log).toContain('"code":"report_batch"');
    expect(log).toContain('"code":"report_routes"');
    for (const canary of ['kanarietext', 'Mer information', 'Cecilia Carlsson', cecilia, people[cecilia]!.id]) expect(log).not.toContain(canary);
  });
});
