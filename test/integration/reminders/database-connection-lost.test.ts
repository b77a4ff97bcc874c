import { afterEach, describe, expect, it } from 'vitest';
import { countByState } from '../../../src/reminders/outbox-repository.js';
import { messageActivity, testUser } from '../../helpers/activities.js';
import { bulkSeed } from '../../helpers/bulk-seed.js';
import { createOwnPostgresDatabase, type OwnPostgresDatabase } from '../../helpers/databases.js';
import { FakeConnector } from '../../helpers/fake-connector.js';
import { spawnReminderRun, spawnTillit, waitUntil, waitUntilAsync, type ReminderChild } from '../../helpers/reminder-child.js';
import { teamsLimitsPolicy, type TeamsLimitStats } from '../../helpers/teams-limits.js';

// Thursday 24 October 2024, 10:00 in Stockholm: the 7-day reminder of every measure is due.
const clock = '2024-10-24T08:00:00Z';
const concurrency = 16;
const env = { TILLIT_TEST_CLOCK: clock, TILLIT_TENANT_RATE_LIMIT: '200', TILLIT_REMINDER_LEASE_SECONDS: '5', TILLIT_REMINDER_CONCURRENCY: String(concurrency) };

/** A raw crash ("Unhandled 'error' event", a stack trace) instead of Tillit's own lines. */
function crashed(child: ReminderChild): boolean {
  const text = child.output.join('');
  return /Unhandled|\n\s+at .+\(.+:\d+:\d+\)|Connection terminated/.test(text);
}

function deliveries(stats: TeamsLimitStats, conversationIds: string[]) {
  const received = conversationIds.map((id) => stats.perConversation.get(id) ?? 0);
  return { lost: received.filter((n) => n === 0).length, duplicates: received.reduce((sum, n) => sum + Math.max(0, n - 1), 0) };
}

/**
 * PostgreSQL drops Tillit's connections (pg_terminate_backend: what a
 * failover or a server restart does to them) in the middle of a fan-out
 * and of requests. The process must stay up, lose nothing and send at most
 * its in-flight messages twice; `serve` answers /readyz 503 while the
 * database refuses connections and recovers on its own.
 */
describe('PostgreSQL connections lost mid-work', () => {
  let database: OwnPostgresDatabase | undefined;
  let connector: FakeConnector | undefined;
  let child: ReminderChild | undefined;
  afterEach(async () => {
    if (child && child.process.exitCode === null && child.process.signalCode === null) child.process.kill('SIGKILL');
    await connector?.stop();
    await database?.destroy();
  });

  it('reminders run --once keeps going through three terminations: exit 0, nothing lost, duplicates at most in flight', { timeout: 90_000 }, async () => {
    database = await createOwnPostgresDatabase();
    connector = await new FakeConnector().start();
    connector.answerDelayMs = 20;
    const fanOut = 120;
    const { conversationIds } = await bulkSeed(database.db, { measures: fanOut, people: fanOut, serviceUrl: connector.url, deadline: '2024-10-31' });
    const limits = teamsLimitsPolicy({ tenantPerSecond: 1000 });
    connector.policy = limits.policy;

    child = spawnReminderRun(database.url, env);
    const terminated: number[] = [];
    for (const at of [25, 55, 85]) {
      await waitUntil(() => limits.stats.accepted >= at || child!.process.exitCode !== null, 60_000, `${at} sends (${child!.output.join('')})`);
      expect(child.process.exitCode, child.output.join('')).toBeNull();
      terminated.push(await database.terminateConnections());
    }
    const done = await child.exited;
    expect(done.code, child.output.join('')).toBe(0);
    expect(crashed(child), child.output.join('')).toBe(false);
    expect(terminated.every((n) => n > 0), `connections terminated: ${terminated.join(', ')}`).toBe(true);

    const { lost, duplicates } = deliveries(limits.stats, conversationIds);
    console.log(`--once: ${fanOut} reminders, connections terminated ${terminated.join('/')}, lost ${lost}, duplicates ${duplicates}`);
    expect(lost).toBe(0);
    expect(duplicates).toBeLessThanOrEqual(concurrency);
    expect(await countByState(database.db)).toMatchObject({ sent: fanOut, pending: 0, sending: 0, failed: 0 });
  });

  it('serve survives terminations mid-request and a restart, answering /readyz 503 meanwhile, and finishes the fan-out', { timeout: 90_000 }, async () => {
    database = await createOwnPostgresDatabase();
    connector = await new FakeConnector().start();
    connector.answerDelayMs = 20;
    const fanOut = 120;
    const { conversationIds } = await bulkSeed(database.db, { measures: fanOut, people: fanOut, serviceUrl: connector.url, deadline: '2024-10-31' });
    const limits = teamsLimitsPolicy({ tenantPerSecond: 1000 });
    connector.policy = limits.policy;

    child = spawnTillit(['serve'], database.url, { ...env, PORT: '0', HOST: '127.0.0.1', TILLIT_REMINDER_INTERVAL_SECONDS: '1', TILLIT_TENANT_RATE_LIMIT: '30' });
    await waitUntil(() => /http:\/\/localhost:\d+/.test(child!.output.join('')), 30_000, `serve to listen (${child.output.join('')})`);
    const base = `http://127.0.0.1:${child.output.join('').match(/http:\/\/localhost:(\d+)/)![1]}`;
    const status = async (path: string) => (await fetch(`${base}${path}`)).status;
    expect(await status('/readyz')).toBe(200);
    expect(await status('/livez')).toBe(200);

    // Mid-request: chat messages and readiness probes in flight while the connections are cut.
    const user = testUser();
    const post = () => fetch(`${base}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(messageActivity(user, 'hjälp', connector!.url)) }).then((r) => r.status);
    await waitUntil(() => limits.stats.accepted >= 20, 60_000, `the fan-out to start (${child.output.join('')})`);
    const inFlight = [...Array.from({ length: 8 }, post), ...Array.from({ length: 8 }, () => status('/readyz'))];
    const terminated = [await database.terminateConnections()];
    const answers = await Promise.all(inFlight);
    expect(answers.filter((s) => s >= 500 && s !== 503), `answers ${answers.join(', ')}`).toEqual([]);

    // A restart: every connection cut and new ones refused (55000) for a while.
    await database.acceptConnections(false);
    terminated.push(await database.terminateConnections());
    await waitUntilAsync(async () => (await status('/readyz')) === 503, 20_000, '/readyz 503 while the database is down');
    expect(await status('/livez')).toBe(200);
    await database.acceptConnections(true);
    await waitUntilAsync(async () => (await status('/readyz')) === 200, 20_000, '/readyz 200 after the restart');

    await waitUntilAsync(async () => (await countByState(database!.db)).sent === fanOut, 60_000, `every reminder sent (${child.output.join('')})`);
    expect(child.process.exitCode).toBeNull();
    child.process.kill('SIGTERM');
    const done = await child.exited;
    expect(done.code, child.output.join('')).toBe(0);
    expect(crashed(child), child.output.join('')).toBe(false);
    expect(terminated.every((n) => n > 0), `connections terminated: ${terminated.join(', ')}`).toBe(true);

    const { lost, duplicates } = deliveries(limits.stats, conversationIds);
    console.log(`serve: ${fanOut} reminders, connections terminated ${terminated.join('/')}, lost ${lost}, duplicates ${duplicates}`);
    expect(lost).toBe(0);
    expect(duplicates).toBeLessThanOrEqual(concurrency);
    expect(await countByState(database.db)).toMatchObject({ sent: fanOut, pending: 0, sending: 0, failed: 0 });
  });
});
