import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countByState } from '../../../src/reminders/outbox-repository.js';
import { bulkSeed } from '../../helpers/bulk-seed.js';
import { dialects, type TestDatabase } from '../../helpers/databases.js';
import { FakeConnector } from '../../helpers/fake-connector.js';
import { spawnReminderRun, spawnTillit, waitUntil, waitUntilAsync, type ReminderChild } from '../../helpers/reminder-child.js';
import { teamsLimitsPolicy } from '../../helpers/teams-limits.js';

const clock = '2024-10-24T08:00:00Z';
const fanOut = 240;
const tenantLimit = 40;

/** Cron runs `tillit reminders run --once` while `tillit serve` (reminders on) runs too: they must share, not collide. */
describe.each(dialects)('tillit serve and reminders run --once on one database at the same time ($name)', ({ create }) => {
  let database: TestDatabase;
  let connector: FakeConnector;
  let serve: ReminderChild | undefined;
  beforeAll(async () => {
    database = await create();
    connector = await new FakeConnector().start();
  });
  afterAll(async () => {
    if (serve && serve.process.exitCode === null) serve.process.kill('SIGKILL');
    await connector?.stop();
    await database?.destroy();
  });

  it('send every reminder exactly once within the shared budget, and both end cleanly', { timeout: 90_000 }, async () => {
    const { conversationIds } = await bulkSeed(database.db, { measures: fanOut, people: fanOut, serviceUrl: connector.url, deadline: '2024-10-31' });
    const limits = teamsLimitsPolicy({ tenantPerSecond: tenantLimit });
    connector.policy = limits.policy;
    const env = { TILLIT_TEST_CLOCK: clock, TILLIT_TENANT_RATE_LIMIT: String(tenantLimit), TILLIT_REMINDER_LEASE_SECONDS: '30' };

    serve = spawnTillit(['serve'], database.url, { ...env, PORT: '0', HOST: '127.0.0.1', TILLIT_REMINDER_INTERVAL_SECONDS: '1' });
    // The cron run starts once serve is up, so both are at work at the same time even on a slow machine.
    await waitUntil(() => /http:\/\/localhost:\d+/.test(serve!.output.join('')), 30_000, `serve to listen (${serve.output.join('')})`);
    const once = spawnReminderRun(database.url, env);
    const base = `http://127.0.0.1:${serve.output.join('').match(/http:\/\/localhost:(\d+)/)![1]}`;
    const done = await once.exited;
    expect(done.code, once.output.join('')).toBe(0);

    await waitUntilAsync(async () => (await countByState(database.db)).sent === fanOut, 60_000, 'every reminder sent');
    expect((await fetch(`${base}/readyz`)).status).toBe(200);
    serve.process.kill('SIGTERM');
    expect((await serve.exited).code, serve.output.join('')).toBe(0);

    const received = conversationIds.map((id) => limits.stats.perConversation.get(id) ?? 0);
    expect(received.filter((n) => n !== 1)).toEqual([]);
    const workers = await database.db.selectFrom('reminder_outbox').select('claimed_by').distinct().execute();
    expect(workers).toHaveLength(2);
    // A shared budget that is not shared (a budget per process) gets 90–140 × 429 here; a stall of one process
    // can cost a few (4 seen on a busy machine), so the bound is 10: far from broken, calm under jitter.
    expect(limits.stats.throttled).toBeLessThanOrEqual(10);
    expect(await countByState(database.db)).toMatchObject({ sent: fanOut, pending: 0, sending: 0, failed: 0 });
  });
});
