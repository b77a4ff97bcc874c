import { describe, expect, it } from 'vitest';
import { getPerson } from '../../../src/directory/people-repository.js';
import { defaultBackoff } from '../../../src/reminders/backoff.js';
import { countByState } from '../../../src/reminders/outbox-repository.js';
import { bulkSeed } from '../../helpers/bulk-seed.js';
import { cardText, expectValidCard } from '../../helpers/cards.js';
import { dialects } from '../../helpers/databases.js';
import { useReminderDelivery } from '../../helpers/reminder-delivery.js';
import { waitUntilAsync } from '../../helpers/reminder-child.js';
import { outboxRows, testCycle } from '../../helpers/reminder-setup.js';
import { busiestSecond, teamsLimitsPolicy } from '../../helpers/teams-limits.js';

/** Teams' limits and failures: 429 with Retry-After, 5xx and network errors, per-conversation pacing, the shared budget, blocked and deleted conversations. */
describe.each(dialects)('reminder delivery against Teams’ limits and failures ($name)', ({ create }) => {
  const h = useReminderDelivery(create);

  it('waits for Retry-After when Teams answers 429 before trying that conversation again, without holding back the others, and delivers each reminder once', async () => {
    const { bertil, cecilia } = await h.seedPlan();
    let refused = 0;
    h.bot.connector.policy = (call) =>
      call.conversationId === bertil.conversationId && call.method === 'POST' && call.path.includes('/activities') && refused++ < 1 ? { status: 429, headers: { 'retry-after': '2' } } : undefined;
    const { dispatched } = await h.cycle().cycle.runOnce(30_000);
    expect(dispatched.throttled).toBe(1);
    // The connector's own record: Bertil's retry came at least Retry-After (2 s) after the 429 ...
    const [throttledCall, retried, ...more] = h.bot.connector.sent(bertil.conversationId);
    expect(more).toEqual([]);
    expect(retried!.at - throttledCall!.at).toBeGreaterThanOrEqual(2000);
    // ... while Cecilia's message did not wait for Bertil's Retry-After.
    const ceciliaCalls = h.bot.connector.sent(cecilia.conversationId);
    expect(ceciliaCalls).toHaveLength(1);
    expect(ceciliaCalls[0]!.at).toBeLessThan(throttledCall!.at + 2000);
    expect(await countByState(h.database.db)).toMatchObject({ sent: 3, pending: 0, sending: 0 });
    const delivered = new Set((await outboxRows(h.database.db)).map((r) => r.delivery_id));
    expect(delivered.size).toBe(2);
  });

  it('backs off after 5xx and network errors and delivers once when Teams recovers', async () => {
    const { bertil } = await h.seedPlan();
    let failures = 0;
    h.bot.connector.policy = (call) => (call.conversationId === bertil.conversationId && call.method === 'POST' && failures++ < 2 ? { status: 503 } : undefined);
    await h.cycle().cycle.runOnce(30_000);
    expect(failures).toBe(3);
    expect(h.bot.connector.sent(bertil.conversationId)).toHaveLength(3);
    const rows = (await outboxRows(h.database.db)).filter((r) => r.recipient_id === bertil.personId);
    expect(rows.every((r) => r.state === 'sent' && Number(r.failures) === 2)).toBe(true);
  });

  it('gives up after repeated 5xx and marks the rows failed, without losing track of them', async () => {
    const { bertil } = await h.seedPlan();
    h.bot.connector.policy = (call) => (call.conversationId === bertil.conversationId ? { status: 500 } : undefined);
    const { dispatched } = await h.cycle().cycle.runOnce(30_000);
    expect(dispatched.failedRows).toBe(2);
    expect((await outboxRows(h.database.db)).filter((r) => r.recipient_id === bertil.personId).map((r) => [r.state, r.outcome])).toEqual([
      ['failed', 'gave_up'],
      ['failed', 'gave_up'],
    ]);
  });

  it('with the default policy, retries after the 11th failure and gives up at the 12th', async () => {
    const { bertil } = await h.seedPlan();
    h.bot.connector.policy = (call) => (call.conversationId === bertil.conversationId ? { status: 500 } : undefined);
    const { cycle: c } = h.cycle({ backoff: defaultBackoff });
    await c.runOnce();
    const bertilRows = async () => (await outboxRows(h.database.db)).filter((r) => r.recipient_id === bertil.personId);
    const comeDueAfter = async (failures: number) => {
      await h.database.db.updateTable('reminder_outbox').set({ failures, next_attempt_at: h.clock.now().toISOString() }).where('recipient_id', '=', bertil.personId).execute();
      await c.runOnce();
    };
    expect((await bertilRows()).map((r) => [r.state, Number(r.failures)])).toEqual([['pending', 1], ['pending', 1]]);
    await comeDueAfter(10);
    expect((await bertilRows()).map((r) => [r.state, Number(r.failures)])).toEqual([['pending', 11], ['pending', 11]]);
    // The wait after the 11th failure is capped at 15 minutes.
    const waitMs = Date.parse((await bertilRows())[0]!.next_attempt_at) - h.clock.now().getTime();
    expect(waitMs).toBeLessThanOrEqual(15 * 60_000);
    expect(waitMs).toBeGreaterThan(7 * 60_000);
    await comeDueAfter(11);
    expect((await bertilRows()).map((r) => [r.state, r.outcome])).toEqual([['failed', 'gave_up'], ['failed', 'gave_up']]);
  });

  it("paces one person's nine messages within Teams' per-conversation limits: no 429, at most 7 in a second and 8 in two", async () => {
    const { conversationIds } = await bulkSeed(h.database.db, { measures: 9, people: 1, serviceUrl: h.bot.serviceUrl, deadline: '2024-10-31' });
    const limits = teamsLimitsPolicy({ tenantPerSecond: 1000 });
    h.bot.connector.policy = limits.policy;
    await h.cycle({ maxItemsPerMessage: 1 }).cycle.runOnce(10_000);
    const times = h.bot.connector.sent(conversationIds[0]).map((c) => c.at);
    expect(times).toHaveLength(9);
    expect(limits.stats.throttled).toBe(0);
    expect(busiestSecond(times)).toBe(7);
    const inTwoSeconds = Math.max(...times.map((t) => times.filter((u) => u >= t && u - t < 2000).length));
    expect(inTwoSeconds).toBeLessThanOrEqual(8);
  });

  it('pauses every dispatcher through the shared budget row after a burst of 429s, one that saw none of them included', async () => {
    await bulkSeed(h.database.db, { measures: 30, people: 30, serviceUrl: h.bot.serviceUrl, deadline: '2024-10-31' });
    let refused = 0;
    h.bot.connector.policy = (call) => (call.method === 'POST' && call.path.includes('/activities') && refused++ < 3 ? { status: 429, headers: { 'retry-after': '2' } } : undefined);
    // Three recipients per claim: the first holds at most 3 queued + 3 in flight while paused, so rows are left for the second.
    const settings = { concurrency: 3, tenantRatePerSecond: 20, claimRecipients: 3 };
    const first = h.cycle(settings).cycle.runOnce(10_000);
    // The burst is written to the shared row: nobody may send before it ends.
    let pausedUntil = 0;
    await waitUntilAsync(async () => {
      const row = await h.database.db.selectFrom('reminder_rate_budget').select('tat_us').executeTakeFirst();
      pausedUntil = Number(row?.tat_us ?? 0) / 1000;
      return pausedUntil > Date.now() + 1000;
    }, 10_000, 'the burst to pause the shared budget');
    // A second dispatcher that never saw a 429 starts now, sending through a recorder around the same messenger.
    const secondSends: number[] = [];
    const messenger = h.bot.running.app.messenger;
    const recording = { send: (target: Parameters<typeof messenger.send>[0], message: Parameters<typeof messenger.send>[1]) => (secondSends.push(Date.now()), messenger.send(target, message)) };
    const second = testCycle({ db: h.database.db, dialect: h.database.dialect, clock: h.clock, messenger: recording }, settings).cycle.runOnce(10_000);
    await Promise.all([first, second]);
    expect(secondSends.length).toBeGreaterThan(0);
    expect(Math.min(...secondSends)).toBeGreaterThanOrEqual(pausedUntil - 20);
    expect(await countByState(h.database.db)).toMatchObject({ sent: 30, pending: 0, sending: 0 });
  });

  it('marks someone who blocked Tillit (403) unreachable, stops trying, and tells the coordinator the person "nås inte i Teams"', async () => {
    const { bertil, cecilia, anna } = await h.seedPlan();
    h.bot.connector.policy = (call) => (call.conversationId === bertil.conversationId ? { status: 403, body: { error: { code: 'BotDisabledByAdmin' } } } : undefined);
    await h.cycle().cycle.runOnce();
    expect(h.bot.connector.sent(bertil.conversationId)).toHaveLength(1);
    expect(h.bot.connector.cards(cecilia.conversationId)).toHaveLength(1);
    expect((await getPerson(h.database.db, bertil.personId))!.unreachableReason).toBe('blocked');
    const digest = h.bot.connector.cards(anna.conversationId);
    expect(digest).toHaveLength(1);
    expectValidCard(digest[0]);
    expect(cardText(digest[0])).toContain('Nås inte i Teams (1)');
    expect(cardText(digest[0])).toContain('**Bertil Berg** har blockerat Tillit i Teams. Gäller: 1.1, 2.1');

    h.bot.connector.clear();
    h.clock.set('2024-10-31T08:00:00Z'); // the due date: Bertil is not tried again, Anna is not told again
    await h.cycle().cycle.runOnce();
    expect(h.bot.connector.sent(bertil.conversationId)).toHaveLength(0);
    expect(h.bot.connector.sent(anna.conversationId)).toHaveLength(0);
    expect(h.bot.connector.cards(cecilia.conversationId)).toHaveLength(1);
  });

  it('treats a deleted conversation (404) as unreachable too', async () => {
    const { bertil } = await h.seedPlan();
    h.bot.connector.policy = (call) => (call.conversationId === bertil.conversationId ? { status: 404 } : undefined);
    await h.cycle().cycle.runOnce();
    expect((await getPerson(h.database.db, bertil.personId))!.unreachableReason).toBe('conversation_gone');
    expect((await outboxRows(h.database.db)).filter((r) => r.recipient_id === bertil.personId).every((r) => r.state === 'unreachable')).toBe(true);
  });
});
