import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countByState } from '../../../src/reminders/outbox-repository.js';
import { bulkSeed } from '../../helpers/bulk-seed.js';
import { dialects, type TestDatabase } from '../../helpers/databases.js';
import { FakeConnector } from '../../helpers/fake-connector.js';
import { spawnReminderRun, waitUntil } from '../../helpers/reminder-child.js';
import { teamsLimitsPolicy } from '../../helpers/teams-limits.js';

// Thursday 24 October 2024, 10:00 in Stockholm: the 7-day reminder of every measure is due.
const clockStart = Date.parse('2024-10-24T08:00:00Z');
const fanOut = 300;
const concurrency = 16;

describe.each(dialects)('a dispatcher killed with SIGKILL mid fan-out ($name)', ({ create }) => {
  let database: TestDatabase;
  let connector: FakeConnector;
  beforeAll(async () => {
    database = await create();
    connector = await new FakeConnector().start();
  });
  afterAll(async () => {
    await connector?.stop();
    await database?.destroy();
  });

  it('loses nothing and sends twice at most the messages that were in flight at the kill (and some were)', { timeout: 120_000 }, async () => {
    const { conversationIds } = await bulkSeed(database.db, { measures: fanOut, people: fanOut, serviceUrl: connector.url, deadline: '2024-10-31' });
    const limits = teamsLimitsPolicy({ tenantPerSecond: 400 });
    connector.policy = limits.policy;
    const env = { TILLIT_TENANT_RATE_LIMIT: '400', TILLIT_REMINDER_LEASE_SECONDS: '5', TILLIT_REMINDER_CONCURRENCY: String(concurrency) };

    // The connector holds every answer a while, so the kill lands while sends are in flight.
    connector.answerDelayMs = 150;
    const firstStarted = Date.now();
    const first = spawnReminderRun(database.url, { ...env, TILLIT_TEST_CLOCK: new Date(clockStart).toISOString() });
    await waitUntil(() => limits.stats.accepted >= fanOut / 3 && connector.open > 0, 60_000, `a third of the fan-out (${first.output.join('')})`);
    first.process.kill('SIGKILL');
    const killed = await first.exited;
    expect(killed.signal).toBe('SIGKILL');
    await waitUntil(() => connector.open === 0, 10_000, 'the connector to answer what it held');
    connector.answerDelayMs = 0;

    // In flight at the kill: messages Teams accepted whose rows were not marked sent.
    const atCrash = await countByState(database.db);
    const inFlight = limits.stats.accepted - atCrash.sent;
    expect(inFlight).toBeGreaterThan(0);
    expect(inFlight).toBeLessThanOrEqual(concurrency);

    // The restarted process's clock continues where the first one's would be.
    const second = spawnReminderRun(database.url, { ...env, TILLIT_TEST_CLOCK: new Date(clockStart + (Date.now() - firstStarted)).toISOString() });
    const done = await second.exited;
    expect(done.code, second.output.join('')).toBe(0);

    const received = conversationIds.map((id) => limits.stats.perConversation.get(id) ?? 0);
    const lost = received.filter((n) => n === 0).length;
    const duplicates = received.reduce((sum, n) => sum + Math.max(0, n - 1), 0);
    console.log(`${database.dialect}: ${fanOut} reminders, killed after ${atCrash.sent} marked sent with ${inFlight} messages in flight; lost ${lost}, duplicates ${duplicates}`);
    expect(lost).toBe(0);
    expect(await countByState(database.db)).toMatchObject({ sent: fanOut, pending: 0, sending: 0, failed: 0 });
    expect(duplicates).toBeLessThanOrEqual(inFlight);
  });
});
