import type { StatusValue } from '../../../src/status/status.js';
import { seedStatuses } from '../../helpers/status-seeds.js';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { getPerson } from '../../../src/directory/people-repository.js';
import { findMeasureByCode } from '../../../src/plans/plan-repository.js';
import { countByState } from '../../../src/reminders/outbox-repository.js';
import { defaultBackoff } from '../../../src/reminders/backoff.js';
import { bulkSeed } from '../../helpers/bulk-seed.js';
import { waitUntilAsync } from '../../helpers/reminder-child.js';
import { busiestSecond, teamsLimitsPolicy } from '../../helpers/teams-limits.js';
import { previewReminders } from '../../../src/reminders/preview-reminders.js';
import { verbs } from '../../../cards/verbs.js';
import { cardInvoke, type TestUser } from '../../helpers/activities.js';
import { BotDriver } from '../../helpers/bot-driver.js';
import { cardText, expectValidCard } from '../../helpers/cards.js';
import { dialects, type TestDatabase } from '../../helpers/databases.js';
import { measureDraft, planDraft, storeDraft } from '../../helpers/plan-builders.js';
import { makeCoordinators, outboxRows, putInUnit, reachablePerson, resetReminderData, testCycle } from '../../helpers/reminder-setup.js';
import { SteerableClock } from '../../helpers/steerable-clock.js';

// Thursday 24 October 2024, 10:00 in Stockholm: seven days before "Oktober 2024" is due.
const thursday = '2024-10-24T08:00:00Z';

describe.each(dialects)('reminder delivery ($name)', ({ create }) => {
  let database: TestDatabase;
  let bot: BotDriver;
  const clock = new SteerableClock(thursday);

  beforeAll(async () => {
    database = await create();
    bot = await BotDriver.start(database, { clock, env: { TILLIT_REMINDERS: 'off' } });
  });
  afterAll(async () => {
    await bot?.stop();
    await database?.destroy();
  });
  beforeEach(async () => {
    await resetReminderData(database.db);
    bot.connector.clear();
    bot.connector.policy = () => undefined;
    clock.set(thursday);
  });

  const cycle = (settings = {}) => testCycle({ db: database.db, dialect: database.dialect, clock, messenger: bot.running.app.messenger }, settings);

  /** Bertil owns 1.1 and 2.1, Cecilia owns 1.1, Anna coordinates; 3.1 is continuous. */
  async function seedPlan(options: { bertilTimeZone?: string; draft?: Parameters<typeof planDraft>[0] } = {}) {
    const draft = planDraft({
      measures: [
        measureDraft({ code: '1.1', title: 'Utbildning för chefer', ownerUnits: ['Samordnarna'], deadline: 'Oktober 2024' }),
        measureDraft({ code: '2.1', title: 'Kartlägga riskområden', ownerUnits: ['Enhet för säkerhet'], deadline: 'Oktober 2024' }),
        measureDraft({ code: '3.1', title: 'Omvärldsbevakning', ownerUnits: ['Samordnarna'], deadline: 'Löpande' }),
      ],
      ...options.draft,
    });
    const { plan } = await storeDraft(database.db, clock, draft);
    const bertil = await reachablePerson(database.db, clock, { email: 'bertil.berg@kommun.example', name: 'Bertil Berg', serviceUrl: bot.serviceUrl, timeZone: options.bertilTimeZone });
    const cecilia = await reachablePerson(database.db, clock, { email: 'cecilia.carlsson@kommun.example', name: 'Cecilia Carlsson', serviceUrl: bot.serviceUrl });
    const anna = await reachablePerson(database.db, clock, { email: 'anna.andersson@kommun.example', name: 'Anna Andersson', serviceUrl: bot.serviceUrl });
    await putInUnit(database.db, 'Samordnarna', [bertil.personId, cecilia.personId]);
    await putInUnit(database.db, 'Enhet för säkerhet', [bertil.personId]);
    await makeCoordinators(database.db, plan.id, [anna.personId]);
    const m = async (code: string) => (await findMeasureByCode(database.db, plan.id, code))!;
    return { plan, bertil, cecilia, anna, m11: await m('1.1'), m21: await m('2.1'), m31: await m('3.1') };
  }

  async function recordStatus(measureId: string, personId: string, status: StatusValue, recordedAt: string, forecast: string | null = null) {
    await seedStatuses(database.db, [{ measureId, status, at: recordedAt, by: personId, ...(forecast ? { forecastDate: forecast } : {}) }]);
  }

  it('sends each owner one message listing all their measures due, and each owner of a measure their own', async () => {
    const { bertil, cecilia, anna } = await seedPlan();
    const { cycle: c } = cycle();
    const { dispatched } = await c.runOnce();

    const bertilCards = bot.connector.cards(bertil.conversationId);
    expect(bertilCards).toHaveLength(1);
    expectValidCard(bertilCards[0]);
    expect(cardText(bertilCards[0])).toContain('Påminnelse: 2 åtgärder');
    expect(cardText(bertilCards[0])).toMatch(/1\.1[\s\S]*Utbildning för chefer[\s\S]*2\.1[\s\S]*Kartlägga riskområden/);
    expect(cardText(bertilCards[0])).toContain('31 oktober 2024 (i planen: Oktober 2024)');
    expect(bot.connector.sent(bertil.conversationId)[0]!.body.summary).toBe('Påminnelse om 2 åtgärder i handlingsplanen');

    const ceciliaCards = bot.connector.cards(cecilia.conversationId);
    expect(ceciliaCards).toHaveLength(1);
    expect(cardText(ceciliaCards[0])).toContain('Påminnelse: 1.1 Utbildning för chefer');
    expect(bot.connector.cards(anna.conversationId)).toHaveLength(0);
    expect(dispatched).toMatchObject({ messages: 2, sentRows: 3 });
    expect((await outboxRows(database.db)).every((r) => r.state === 'sent' && r.delivery_id && r.activity_id)).toBe(true);
  });

  it('sends nothing twice when it runs again, however often', async () => {
    await seedPlan();
    const { cycle: c } = cycle();
    await c.runOnce();
    await c.runOnce();
    await cycle().cycle.runOnce();
    expect(bot.connector.sent()).toHaveLength(2);
    expect(await countByState(database.db)).toMatchObject({ sent: 3, pending: 0, sending: 0 });
  });

  it('does not remind about a measure whose status was reported this week', async () => {
    const { bertil, cecilia, m11 } = await seedPlan();
    await recordStatus(m11.id, cecilia.personId, 'on_track', '2024-10-21T12:00:00Z');
    await cycle().cycle.runOnce();
    expect(bot.connector.cards(cecilia.conversationId)).toHaveLength(0);
    const [card] = bot.connector.cards(bertil.conversationId);
    expect(cardText(card)).toContain('Påminnelse: 2.1 Kartlägga riskområden');
    expect(cardText(card)).not.toContain('Utbildning för chefer');
    const skipped = (await outboxRows(database.db)).filter((r) => r.state === 'skipped');
    expect(skipped.map((r) => r.outcome)).toEqual(['recently_reported', 'recently_reported']);
  });

  it('never reminds about a measure that is done', async () => {
    const { bertil, m11, m21 } = await seedPlan();
    await recordStatus(m11.id, bertil.personId, 'done', '2024-09-01T12:00:00Z');
    await recordStatus(m21.id, bertil.personId, 'cancelled', '2024-09-01T12:00:00Z');
    await cycle().cycle.runOnce();
    expect(bot.connector.sent()).toHaveLength(0);
  });

  it('waits for Retry-After when Teams answers 429 before trying that conversation again, without holding back the others, and delivers each reminder once', async () => {
    const { bertil, cecilia } = await seedPlan();
    let refused = 0;
    bot.connector.policy = (call) =>
      call.conversationId === bertil.conversationId && call.method === 'POST' && call.path.includes('/activities') && refused++ < 1 ? { status: 429, headers: { 'retry-after': '2' } } : undefined;
    const { dispatched } = await cycle().cycle.runOnce(30_000);
    expect(dispatched.throttled).toBe(1);
    // The connector's own record: Bertil's retry came at least Retry-After (2 s) after the 429 ...
    const [throttledCall, retried, ...more] = bot.connector.sent(bertil.conversationId);
    expect(more).toEqual([]);
    expect(retried!.at - throttledCall!.at).toBeGreaterThanOrEqual(2000);
    // ... while Cecilia's message did not wait for Bertil's Retry-After.
    const ceciliaCalls = bot.connector.sent(cecilia.conversationId);
    expect(ceciliaCalls).toHaveLength(1);
    expect(ceciliaCalls[0]!.at).toBeLessThan(throttledCall!.at + 2000);
    expect(await countByState(database.db)).toMatchObject({ sent: 3, pending: 0, sending: 0 });
    const delivered = new Set((await outboxRows(database.db)).map((r) => r.delivery_id));
    expect(delivered.size).toBe(2);
  });

  it('backs off after 5xx and network errors and delivers once when Teams recovers', async () => {
    const { bertil } = await seedPlan();
    let failures = 0;
    bot.connector.policy = (call) => (call.conversationId === bertil.conversationId && call.method === 'POST' && failures++ < 2 ? { status: 503 } : undefined);
    await cycle().cycle.runOnce(30_000);
    expect(failures).toBe(3);
    expect(bot.connector.sent(bertil.conversationId)).toHaveLength(3);
    const rows = (await outboxRows(database.db)).filter((r) => r.recipient_id === bertil.personId);
    expect(rows.every((r) => r.state === 'sent' && Number(r.failures) === 2)).toBe(true);
  });

  it('gives up after repeated 5xx and marks the rows failed, without losing track of them', async () => {
    const { bertil } = await seedPlan();
    bot.connector.policy = (call) => (call.conversationId === bertil.conversationId ? { status: 500 } : undefined);
    const { dispatched } = await cycle().cycle.runOnce(30_000);
    expect(dispatched.failedRows).toBe(2);
    expect((await outboxRows(database.db)).filter((r) => r.recipient_id === bertil.personId).map((r) => [r.state, r.outcome])).toEqual([
      ['failed', 'gave_up'],
      ['failed', 'gave_up'],
    ]);
  });

  it('with the default policy, retries after the 11th failure and gives up at the 12th', async () => {
    const { bertil } = await seedPlan();
    bot.connector.policy = (call) => (call.conversationId === bertil.conversationId ? { status: 500 } : undefined);
    const { cycle: c } = cycle({ backoff: defaultBackoff });
    await c.runOnce();
    const bertilRows = async () => (await outboxRows(database.db)).filter((r) => r.recipient_id === bertil.personId);
    const comeDueAfter = async (failures: number) => {
      await database.db.updateTable('reminder_outbox').set({ failures, next_attempt_at: clock.now().toISOString() }).where('recipient_id', '=', bertil.personId).execute();
      await c.runOnce();
    };
    expect((await bertilRows()).map((r) => [r.state, Number(r.failures)])).toEqual([['pending', 1], ['pending', 1]]);
    await comeDueAfter(10);
    expect((await bertilRows()).map((r) => [r.state, Number(r.failures)])).toEqual([['pending', 11], ['pending', 11]]);
    // The wait after the 11th failure is capped at 15 minutes.
    const waitMs = Date.parse((await bertilRows())[0]!.next_attempt_at) - clock.now().getTime();
    expect(waitMs).toBeLessThanOrEqual(15 * 60_000);
    expect(waitMs).toBeGreaterThan(7 * 60_000);
    await comeDueAfter(11);
    expect((await bertilRows()).map((r) => [r.state, r.outcome])).toEqual([['failed', 'gave_up'], ['failed', 'gave_up']]);
  });

  it("paces one person's nine messages within Teams' per-conversation limits: no 429, at most 7 in a second and 8 in two", async () => {
    const { conversationIds } = await bulkSeed(database.db, { measures: 9, people: 1, serviceUrl: bot.serviceUrl, deadline: '2024-10-31' });
    const limits = teamsLimitsPolicy({ tenantPerSecond: 1000 });
    bot.connector.policy = limits.policy;
    await cycle({ maxItemsPerMessage: 1 }).cycle.runOnce(10_000);
    const times = bot.connector.sent(conversationIds[0]).map((c) => c.at);
    expect(times).toHaveLength(9);
    expect(limits.stats.throttled).toBe(0);
    expect(busiestSecond(times)).toBe(7);
    const inTwoSeconds = Math.max(...times.map((t) => times.filter((u) => u >= t && u - t < 2000).length));
    expect(inTwoSeconds).toBeLessThanOrEqual(8);
  });

  it('pauses every dispatcher through the shared budget row after a burst of 429s, one that saw none of them included', async () => {
    await bulkSeed(database.db, { measures: 30, people: 30, serviceUrl: bot.serviceUrl, deadline: '2024-10-31' });
    let refused = 0;
    bot.connector.policy = (call) => (call.method === 'POST' && call.path.includes('/activities') && refused++ < 3 ? { status: 429, headers: { 'retry-after': '2' } } : undefined);
    // Three recipients per claim: the first holds at most 3 queued + 3 in flight while paused, so rows are left for the second.
    const settings = { concurrency: 3, tenantRatePerSecond: 20, claimRecipients: 3 };
    const first = cycle(settings).cycle.runOnce(10_000);
    // The burst is written to the shared row: nobody may send before it ends.
    let pausedUntil = 0;
    await waitUntilAsync(async () => {
      const row = await database.db.selectFrom('reminder_rate_budget').select('tat_us').executeTakeFirst();
      pausedUntil = Number(row?.tat_us ?? 0) / 1000;
      return pausedUntil > Date.now() + 1000;
    }, 10_000, 'the burst to pause the shared budget');
    // A second dispatcher that never saw a 429 starts now, sending through a recorder around the same messenger.
    const secondSends: number[] = [];
    const messenger = bot.running.app.messenger;
    const recording = { send: (target: Parameters<typeof messenger.send>[0], message: Parameters<typeof messenger.send>[1]) => (secondSends.push(Date.now()), messenger.send(target, message)) };
    const second = testCycle({ db: database.db, dialect: database.dialect, clock, messenger: recording }, settings).cycle.runOnce(10_000);
    await Promise.all([first, second]);
    expect(secondSends.length).toBeGreaterThan(0);
    expect(Math.min(...secondSends)).toBeGreaterThanOrEqual(pausedUntil - 20);
    expect(await countByState(database.db)).toMatchObject({ sent: 30, pending: 0, sending: 0 });
  });

  it('marks someone who blocked Tillit (403) unreachable, stops trying, and tells the coordinator the person "nås inte i Teams"', async () => {
    const { bertil, cecilia, anna } = await seedPlan();
    bot.connector.policy = (call) => (call.conversationId === bertil.conversationId ? { status: 403, body: { error: { code: 'BotDisabledByAdmin' } } } : undefined);
    await cycle().cycle.runOnce();
    expect(bot.connector.sent(bertil.conversationId)).toHaveLength(1);
    expect(bot.connector.cards(cecilia.conversationId)).toHaveLength(1);
    expect((await getPerson(database.db, bertil.personId))!.unreachableReason).toBe('blocked');
    const digest = bot.connector.cards(anna.conversationId);
    expect(digest).toHaveLength(1);
    expectValidCard(digest[0]);
    expect(cardText(digest[0])).toContain('Nås inte i Teams (1)');
    expect(cardText(digest[0])).toContain('**Bertil Berg** har blockerat Tillit i Teams. Gäller: 1.1, 2.1');

    bot.connector.clear();
    clock.set('2024-10-31T08:00:00Z'); // the due date: Bertil is not tried again, Anna is not told again
    await cycle().cycle.runOnce();
    expect(bot.connector.sent(bertil.conversationId)).toHaveLength(0);
    expect(bot.connector.sent(anna.conversationId)).toHaveLength(0);
    expect(bot.connector.cards(cecilia.conversationId)).toHaveLength(1);
  });

  it('treats a deleted conversation (404) as unreachable too', async () => {
    const { bertil } = await seedPlan();
    bot.connector.policy = (call) => (call.conversationId === bertil.conversationId ? { status: 404 } : undefined);
    await cycle().cycle.runOnce();
    expect((await getPerson(database.db, bertil.personId))!.unreachableReason).toBe('conversation_gone');
    expect((await outboxRows(database.db)).filter((r) => r.recipient_id === bertil.personId).every((r) => r.state === 'unreachable')).toBe(true);
  });

  it('tells the coordinator about an owner who never installed Tillit, once', async () => {
    const { anna, plan } = await seedPlan();
    const { ensurePersonByEmail } = await import('../../../src/directory/people-repository.js');
    const david = await ensurePersonByEmail(database.db, 'david.dahl@kommun.example', thursday);
    await putInUnit(database.db, 'Enhet för säkerhet', [david.id]);
    await cycle().cycle.runOnce();
    const [digest] = bot.connector.cards(anna.conversationId);
    expect(cardText(digest)).toContain('**david.dahl@kommun.example** har inte Tillit installerat i Teams. Gäller: 2.1');
    expect(plan.id).toBeTruthy();
    clock.set('2024-10-31T08:00:00Z');
    bot.connector.clear();
    await cycle().cycle.runOnce();
    expect(bot.connector.sent(anna.conversationId)).toHaveLength(0);
  });

  it('escalates to the coordinator with ONE card listing every measure overdue for two weeks', async () => {
    const { anna, bertil } = await seedPlan();
    clock.set('2024-11-18T08:00:00Z'); // Monday, 18 days after the due date
    await cycle().cycle.runOnce();
    const digests = bot.connector.cards(anna.conversationId);
    expect(digests).toHaveLength(1);
    const text = cardText(digests[0]);
    expect(text).toContain('Försenade åtgärder (2)');
    expect(text).toMatch(/1\.1[\s\S]*2\.1/);
    expect(text).toContain('Ansvariga: Bertil Berg');
    const owner = bot.connector.cards(bertil.conversationId);
    expect(owner).toHaveLength(1);
    expect(cardText(owner[0])).toContain('försenad sedan 2 veckor');
  });

  it('stops reminders and escalations when the plan’s validity ends, with one final notice to the coordinator', async () => {
    const { anna, bertil } = await seedPlan({ draft: { validity: { from: '2024-05-01', to: '2024-11-30' } } });
    clock.set('2024-11-18T08:00:00Z'); // still valid: the usual escalation
    await cycle().cycle.runOnce();
    expect(bot.connector.cards(anna.conversationId)).toHaveLength(1);
    bot.connector.clear();
    for (const monday of ['2024-12-02T08:00:00Z', '2024-12-09T08:00:00Z', '2025-06-02T08:00:00Z']) {
      clock.set(monday);
      await cycle().cycle.runOnce();
    }
    expect(bot.connector.cards(bertil.conversationId)).toHaveLength(0);
    const last = bot.connector.cards(anna.conversationId);
    expect(last).toHaveLength(1);
    expectValidCard(last[0]);
    expect(cardText(last[0])).toContain('Planen gällde till och med 30 november 2024. Tillit skickar inga fler påminnelser eller eskaleringar för den.');
    expect(cardText(last[0])).not.toContain('Försenade åtgärder');
  });

  it('gives a coordinator of several plans one digest per send, not one message per plan', async () => {
    const { anna } = await seedPlan();
    const { plan: second } = await storeDraft(
      database.db,
      clock,
      planDraft({ key: 'andra-planen', name: 'Handlingsplan för äldreomsorgen', measures: [measureDraft({ code: '1.1', title: 'Rutin för gåvor', ownerUnits: ['Samordnarna'], deadline: 'Oktober 2024' })] }),
    );
    await makeCoordinators(database.db, second.id, [anna.personId]);
    clock.set('2024-11-18T08:00:00Z');
    await cycle().cycle.runOnce();
    const digests = bot.connector.cards(anna.conversationId);
    expect(digests).toHaveLength(1);
    expectValidCard(digests[0]);
    const text = cardText(digests[0]);
    expect(text).toContain('Lägesbild för samordnare: 2 planer');
    // In the order of the plans' names: one card, a part per plan.
    expect(text).toMatch(/Handlingsplan för äldreomsorgen[\s\S]*Försenade åtgärder \(1\)[\s\S]*Handlingsplan mot välfärdsbrott 2024-2025[\s\S]*Försenade åtgärder \(2\)/);
  });

  it('sends an owner who is also the plan’s coordinator ONE message per send: the reminder with the overview below it', async () => {
    const { plan, bertil } = await seedPlan();
    await makeCoordinators(database.db, plan.id, [bertil.personId]);
    for (const monday of ['2024-11-18T08:00:00Z', '2024-11-25T08:00:00Z']) {
      bot.connector.clear();
      clock.set(monday); // overdue: Bertil is reminded as owner and escalated to as coordinator
      await cycle().cycle.runOnce();
      const sent = bot.connector.sent(bertil.conversationId);
      expect(sent).toHaveLength(1);
      const [card] = bot.connector.cards(bertil.conversationId);
      expectValidCard(card);
      const text = cardText(card);
      expect(text).toMatch(/Påminnelse: 2 åtgärder[\s\S]*Lägesbild för samordnare: Handlingsplan mot välfärdsbrott 2024-2025[\s\S]*Försenade åtgärder \(2\)/);
      expect(sent[0]!.body.summary).toBe('Påminnelse om 2 åtgärder i handlingsplanen · Lägesbild: Handlingsplan mot välfärdsbrott 2024-2025');
      // The owner's buttons stay with the reminder, above the overview.
      const json = JSON.stringify(card);
      expect(json.indexOf('Rapportera status')).toBeGreaterThan(-1);
      expect(json.indexOf('Påminn mig om en vecka')).toBeLessThan(json.indexOf('Lägesbild för samordnare'));
    }
    expect((await outboxRows(database.db)).filter((r) => r.recipient_id === bertil.personId).every((r) => r.state === 'sent')).toBe(true);
  });

  it('sends only in working hours, in the recipient’s own zone', async () => {
    const { bertil, cecilia } = await seedPlan({ bertilTimeZone: 'America/New_York' });
    clock.set('2024-10-24T16:00:00Z'); // 18:00 in Stockholm, 12:00 in New York
    await cycle().cycle.runOnce();
    expect(bot.connector.sent(cecilia.conversationId)).toHaveLength(0);
    expect(bot.connector.sent(bertil.conversationId)).toHaveLength(1);
    const waiting = (await outboxRows(database.db)).filter((r) => r.recipient_id === cecilia.personId);
    expect(waiting.map((r) => [r.state, r.next_attempt_at])).toEqual([['pending', '2024-10-25T06:30:00.000Z']]);

    clock.set('2024-10-25T06:31:00Z');
    await cycle().cycle.runOnce();
    expect(bot.connector.sent(cecilia.conversationId)).toHaveLength(1);
  });

  it('tells owners once when a revision moves a deadline, and reminds about the new date only', async () => {
    const { bertil, cecilia } = await seedPlan();
    const revised = planDraft({
      measures: [
        measureDraft({ code: '1.1', title: 'Utbildning för chefer', ownerUnits: ['Samordnarna'], deadline: 'Oktober 2024' }),
        measureDraft({ code: '2.1', title: 'Kartlägga riskområden', ownerUnits: ['Enhet för säkerhet'], deadline: 'December 2024' }),
        measureDraft({ code: '3.1', title: 'Omvärldsbevakning', ownerUnits: ['Samordnarna'], deadline: 'Löpande' }),
      ],
    });
    await storeDraft(database.db, clock, revised, 'revision-2.yaml');
    await cycle().cycle.runOnce();
    const [card] = bot.connector.cards(bertil.conversationId);
    const text = cardText(card);
    expect(text).toContain('Sista datum har ändrats i planen, från Oktober 2024 till December 2024.');
    expect(text).toContain('30 december 2024 (i planen: December 2024)');
    expect(bot.connector.cards(cecilia.conversationId)).toHaveLength(1);
    const changes = await database.db.selectFrom('plan_changes').selectAll().execute();
    expect(changes.every((c) => c.notified_at !== null)).toBe(true);

    bot.connector.clear();
    await cycle().cycle.runOnce();
    expect(bot.connector.sent()).toHaveLength(0);
  });

  it('tells a new owner they are now responsible and a former owner they are not, once each', async () => {
    const { bertil, cecilia } = await seedPlan();
    await cycle().cycle.runOnce();
    bot.connector.clear();
    await putInUnit(database.db, 'Enhet för analys', [cecilia.personId]);
    const revised = planDraft({
      measures: [
        measureDraft({ code: '1.1', title: 'Utbildning för chefer', ownerUnits: ['Samordnarna'], deadline: 'Oktober 2024' }),
        measureDraft({ code: '2.1', title: 'Kartlägga riskområden', ownerUnits: ['Enhet för analys'], deadline: 'Oktober 2024' }),
        measureDraft({ code: '3.1', title: 'Omvärldsbevakning', ownerUnits: ['Samordnarna'], deadline: 'Löpande' }),
      ],
    });
    await storeDraft(database.db, clock, revised, 'revision-2.yaml');
    await cycle().cycle.runOnce();
    const [toCecilia] = bot.connector.cards(cecilia.conversationId);
    expect(cardText(toCecilia)).toContain('Du är nu ansvarig för åtgärden, genom Enhet för analys.');
    expect(cardText(toCecilia)).toContain('7 dagar kvar'); // and today's reminder for it, in the same message
    const [toBertil] = bot.connector.cards(bertil.conversationId);
    expect(cardText(toBertil)).toContain('Du är inte längre ansvarig för åtgärden: Enhet för säkerhet står inte längre som ansvarig.');
    expect(bot.connector.sent()).toHaveLength(2);

    bot.connector.clear();
    await cycle().cycle.runOnce();
    expect(bot.connector.sent()).toHaveLength(0);
  });

  it('snoozes from the card for a week, then reminds once on that day', async () => {
    const { bertil, cecilia, m11, m21 } = await seedPlan();
    await cycle().cycle.runOnce();
    const person = (await getPerson(database.db, bertil.personId))!;
    const user: TestUser = { id: person.teamsUserId!, aadObjectId: randomUUID(), name: 'Bertil Berg', email: 'bertil.berg@kommun.example', locale: 'sv-SE' };
    const res = await bot.post(cardInvoke(user, verbs.snoozeReminder, { measureIds: [m11.id, m21.id] }, bot.serviceUrl));
    expect(res.status).toBe(200);
    expectValidCard(res.body.value);
    expect(cardText(res.body.value)).toContain('Jag påminner dig igen 31 oktober 2024');

    bot.connector.clear();
    clock.set('2024-10-28T08:00:00Z'); // snoozed: nothing, although a cycle runs
    await cycle().cycle.runOnce();
    expect(bot.connector.sent(bertil.conversationId)).toHaveLength(0);

    clock.set('2024-10-31T08:00:00Z');
    await cycle().cycle.runOnce();
    const cards = bot.connector.cards(bertil.conversationId);
    expect(cards).toHaveLength(1);
    expect(cardText(cards[0])).toContain('Du bad mig påminna dig igen i dag.');
    expect(bot.connector.cards(cecilia.conversationId)).toHaveLength(1); // Cecilia did not snooze: her due-date reminder
  });

  it('refuses a snooze from someone who does not own the measure', async () => {
    const { m21 } = await seedPlan();
    const outsider: TestUser = { id: `29:${randomUUID()}`, aadObjectId: randomUUID(), name: 'Utomstående', locale: 'sv-SE' };
    const res = await bot.post(cardInvoke(outsider, verbs.snoozeReminder, { measureIds: [m21.id] }, bot.serviceUrl));
    expect(cardText(res.body.value)).toContain('Du står inte som ansvarig för den här åtgärden');
    expect(await database.db.selectFrom('reminder_snoozes').selectAll().execute()).toEqual([]);
  });

  it('runs a status round before a committee follow-up and shows the coordinator the answer rate', async () => {
    const draft = {
      followUps: [{ kind: 'followUp' as const, period: (await import('../../../src/plans/parse-period.js')).parsePeriod('2024-11-15'), note: null }],
      measures: [
        measureDraft({ code: '1.1', title: 'Utbildning för chefer', ownerUnits: ['Samordnarna'], deadline: 'December 2025' }),
        measureDraft({ code: '2.1', title: 'Kartlägga riskområden', ownerUnits: ['Enhet för säkerhet'], deadline: 'December 2025' }),
        measureDraft({ code: '3.1', title: 'Omvärldsbevakning', ownerUnits: ['Samordnarna'], deadline: 'Löpande' }),
      ],
    };
    const { anna, bertil, cecilia, m31 } = await seedPlan({ draft });
    clock.set('2024-11-01T08:00:00Z'); // the round opens: 14 days before 15 November
    await cycle().cycle.runOnce();
    const asked = cardText(bot.connector.cards(bertil.conversationId)[0]);
    expect(asked).toContain('Statusrunda inför nämndens uppföljning (2024-11-15)');
    expect(asked).toContain('Omvärldsbevakning');
    await recordStatus(m31.id, cecilia.personId, 'on_track', '2024-11-05T09:00:00Z');

    bot.connector.clear();
    clock.set('2024-11-12T08:00:00Z'); // three days before: the coordinator's summary
    await cycle().cycle.runOnce();
    const [digest] = bot.connector.cards(anna.conversationId);
    expectValidCard(digest);
    expect(cardText(digest)).toContain('1 av 3 åtgärder har aktuell status (33 %).');
    expect(cardText(digest)).toMatch(/Status saknas för:[\s\S]*1\.1[\s\S]*2\.1/);
  });

  it('previews who would get what and when, without writing anything', async () => {
    await seedPlan();
    const preview = await previewReminders({ db: database.db, clock, organisationZone: 'Europe/Stockholm' }, { days: 14 });
    expect(preview.map((p) => [p.at.toISOString().slice(0, 16), p.recipientName, p.items.map((i) => `${i.code}:${i.rule}`).join(',')])).toEqual([
      ['2024-10-24T08:00', 'Bertil Berg', '1.1:before,2.1:before'],
      ['2024-10-24T08:00', 'Cecilia Carlsson', '1.1:before'],
      ['2024-10-31T07:30', 'Bertil Berg', '1.1:deadline,2.1:deadline'],
      ['2024-10-31T07:30', 'Cecilia Carlsson', '1.1:deadline'],
    ]);
    expect(await countByState(database.db)).toMatchObject({ pending: 0, sent: 0 });
    expect(bot.connector.sent()).toHaveLength(0);
  });

  it('logs codes and counts only — no names, e-mail addresses or message text', async () => {
    const { bertil } = await seedPlan();
    bot.connector.policy = (call) => (call.conversationId === bertil.conversationId ? { status: 403 } : undefined);
    const { cycle: c, logs } = cycle();
    await c.runOnce();
    expect(logs.text).toContain('reminders_dispatched');
    expect(logs.text).not.toMatch(/Bertil|Cecilia|kommun\.example|Utbildning|Kartlägga/);
  });
});
