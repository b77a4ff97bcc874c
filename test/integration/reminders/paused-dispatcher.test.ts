import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countByState } from '../../../src/reminders/outbox-repository.js';
import { bulkSeed } from '../../helpers/bulk-seed.js';
import { dialects, type TestDatabase } from '../../helpers/databases.js';
import { FakeConnector } from '../../helpers/fake-connector.js';
import { spawnReminderRun, waitUntil } from '../../helpers/reminder-child.js';
import { teamsLimitsPolicy } from '../../helpers/teams-limits.js';

// Thursday 24 October 2024, 10:00 in Stockholm: the 7-day reminder of every measure is due.
const clockStart = Date.parse('2024-10-24T08:00:00Z');
const fanOut = 120;
const concurrency = 4;

/**
 * A dispatcher frozen past its lease (SIGSTOP: a suspended VM or container)
 * while another process takes its rows over and sends them. When it wakes
 * up it must notice its leases are gone and send none of the jobs it still
 * had queued: at most the sends it had in flight may reach Teams twice.
 */
describe.each(dialects)('a dispatcher paused past its lease while another drains the outbox ($name)', ({ create }) => {
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

  it('sends nothing it no longer holds when it resumes: nothing lost, duplicates at most its sends in flight', { timeout: 90_000 }, async () => {
    const { conversationIds } = await bulkSeed(database.db, { measures: fanOut, people: fanOut, serviceUrl: connector.url, deadline: '2024-10-31' });
    const limits = teamsLimitsPolicy({ tenantPerSecond: 1000 });
    connector.policy = limits.policy;
    const env = { TILLIT_REMINDER_LEASE_SECONDS: '5', TILLIT_REMINDER_CONCURRENCY: String(concurrency) };

    // A slow tenant budget keeps most of the first process's claim queued when it is frozen.
    const startedAt = Date.now();
    const paused = spawnReminderRun(database.url, { ...env, TILLIT_TENANT_RATE_LIMIT: '10', TILLIT_TEST_CLOCK: new Date(clockStart).toISOString() });
    await waitUntil(() => limits.stats.accepted >= 5, 30_000, `the first sends (${paused.output.join('')})`);
    paused.process.kill('SIGSTOP');
    const held = (await countByState(database.db)).sending;
    expect(held).toBeGreaterThan(20);

    // The other process's clock runs on from the same start: it takes the rows over once the lease lapses.
    const other = spawnReminderRun(database.url, { ...env, TILLIT_TENANT_RATE_LIMIT: '200', TILLIT_TEST_CLOCK: new Date(clockStart + (Date.now() - startedAt)).toISOString() });
    const drained = await other.exited;
    expect(drained.code, other.output.join('')).toBe(0);
    expect(await countByState(database.db)).toMatchObject({ sent: fanOut, pending: 0, sending: 0 });
    const beforeResume = limits.stats.accepted;

    paused.process.kill('SIGCONT');
    const resumed = await paused.exited;
    expect(resumed.code, paused.output.join('')).toBe(0);

    const received = conversationIds.map((id) => limits.stats.perConversation.get(id) ?? 0);
    const duplicates = received.reduce((sum, n) => sum + Math.max(0, n - 1), 0);
    console.log(`${database.dialect}: frozen holding ${held} rows; after resuming it sent ${limits.stats.accepted - beforeResume} more, duplicates ${duplicates}`);
    expect(received.filter((n) => n === 0)).toEqual([]);
    expect(duplicates).toBeLessThanOrEqual(concurrency);
    expect(await countByState(database.db)).toMatchObject({ sent: fanOut, pending: 0, sending: 0, failed: 0 });
  });
});
