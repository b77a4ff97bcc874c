import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signDownload } from '../../../src/committee-report/download-link.js';
import { grantPlanRole } from '../../../src/plans/plan-repository.js';
import { FixedClock } from '../../../src/ports/clock.js';
import { bulkSeed } from '../../helpers/bulk-seed.js';
import { norrtaljePlan } from '../../helpers/norrtalje-plan.js';
import { assignToUnit, storeDraft } from '../../helpers/plan-builders.js';
import { createPostgresTestDatabase, type TestDatabase } from '../../helpers/databases.js';
import { FakeConnector } from '../../helpers/fake-connector.js';
import { spawnTillit, waitUntil, waitUntilAsync, type ReminderChild } from '../../helpers/reminder-child.js';
import { ReportClient } from '../../helpers/report-client.js';
import { teamsLimitsPolicy } from '../../helpers/teams-limits.js';

// Thursday 24 October 2024, 10:00 in Stockholm (a working day): every seeded measure's 7-day reminder is due.
// 20 s before a full minute: the replicas are usually up early in the next one (see the proof of work's test).
const clock = '2024-10-24T07:59:40Z';
const linkSecret = randomBytes(24).toString('base64url');
const concurrency = 4;
const baseBits = 6;

/**
 * Three `tillit serve` processes on one PostgreSQL schema, as a scaled-out
 * deployment runs them: what must hold across them lives in the database.
 */
describe('three tillit serve processes on one PostgreSQL', () => {
  let database: TestDatabase;
  let connector: FakeConnector;
  let limits: ReturnType<typeof teamsLimitsPolicy>;
  const replicas: ReminderChild[] = [];
  const bases: string[] = [];

  const outbox = async (planId: string) => {
    return database.db.selectFrom('reminder_outbox').select(['id', 'state', 'claimed_by as claimedBy']).where('plan_id', '=', planId).execute();
  };

  const anchor = Date.now();
  /** The replicas' clock (they all read `clock` at `anchor`). */
  const replicaNow = () => Date.parse(clock) + (Date.now() - anchor);

  beforeAll(async () => {
    database = await createPostgresTestDatabase();
    connector = await new FakeConnector().start();
    limits = teamsLimitsPolicy({ tenantPerSecond: 200 });
    connector.policy = limits.policy;
    const env = {
      PORT: '0',
      HOST: '127.0.0.1',
      TILLIT_TEST_CLOCK: clock,
      // One test time for all three, whenever each finishes starting: leases are compared across processes.
      TILLIT_TEST_CLOCK_ANCHOR: String(anchor),
      TILLIT_REMINDER_INTERVAL_SECONDS: '1',
      TILLIT_REMINDER_LEASE_SECONDS: '5',
      TILLIT_REMINDER_CONCURRENCY: String(concurrency),
      TILLIT_TENANT_RATE_LIMIT: '200',
      TILLIT_MASTER_KEY: randomBytes(32).toString('base64'),
      TILLIT_LINK_SECRET: linkSecret,
      TILLIT_REPORT_UNITS: 'Socialtjänst;Vård och omsorg',
      TILLIT_REPORT_POW_BITS: String(baseBits),
      PUBLIC_URL: 'https://tillit.test',
    };
    for (let i = 0; i < 3; i++) replicas.push(spawnTillit(['serve'], database.url, env));
    for (const r of replicas) {
      await waitUntil(() => /http:\/\/localhost:\d+/.test(r.output.join('')), 60_000, `serve to listen (exit ${String(r.process.exitCode)}: ${r.output.join('')})`);
      bases.push(`http://127.0.0.1:${r.output.join('').match(/http:\/\/localhost:(\d+)/)![1]}`);
    }
    expect(new Set(bases).size).toBe(3);
  }, 90_000);

  afterAll(async () => {
    for (const r of replicas) if (r.process.exitCode === null && r.process.signalCode === null) r.process.kill('SIGKILL');
    await Promise.all(replicas.map((r) => r.exited));
    await connector?.stop();
    await database?.destroy();
  });

  it('share the proof of work: load solved at any process raises the difficulty at all, and a challenge is spent once everywhere', { timeout: 60_000 }, async () => {
    const clients = bases.map((b) => new ReportClient(b));
    const bitsAt = async (c: ReportClient) => ((await (await fetch(`${c.baseUrl}/anmalan/utmaning?for=inbox`)).json()) as { bits: number }).bits;
    // The load is counted per minute: start with most of a minute ahead (a wait only on a slow start).
    const intoMinute = replicaNow() % 60_000;
    console.log(`replicas up ${Math.round(intoMinute / 1000)} s into the minute${intoMinute > 30_000 ? ': waiting for the next' : ''}`);
    if (intoMinute > 30_000) await new Promise((r) => setTimeout(r, 60_000 - intoMinute + 500));
    expect(await Promise.all(clients.map(bitsAt))).toEqual([baseBits, baseBits, baseBits]);

    // 31 wrong codes with real work, over the three processes (at most 11 each): more than the calm 30 a minute in total.
    const solved = await Promise.all(Array.from({ length: 31 }, (_, i) => clients[i % 3]!.pow('inbox'))); // issued by one process …
    const statuses = await Promise.all(solved.map(async (pow, i) => (await clients[(i + 1) % 3]!.post('/anmalan/inkorg', { code: String(i).padStart(20, '5'), lang: 'sv', ...pow })).status)); // … spent at the next
    const first = solved[0]!;
    expect(new Set(statuses)).toEqual(new Set([404]));
    expect(await Promise.all(clients.map(bitsAt))).toEqual([baseBits + 1, baseBits + 1, baseBits + 1]);

    // The first challenge was spent at process 1: processes 0 and 2 refuse it too.
    for (const c of [clients[0]!, clients[2]!]) expect((await c.post('/anmalan/inkorg', { code: '6'.repeat(20), lang: 'sv', ...first })).status).toBe(400);
  });

  it('refuse a revoked download link in every process', { timeout: 60_000 }, async () => {
    // The Norrtälje plan (decided May 2024), read by Anna, who owns nothing in it (so nobody is reminded of it).
    const planId = (await storeDraft(database.db, new FixedClock('2024-05-02T09:00:00Z'), norrtaljePlan())).plan.id;
    const anna = await assignToUnit(database.db, 'Revisionen', 'anna.andersson@norrtalje.example', '2024-05-02T09:00:00Z');
    await grantPlanRole(database.db, planId, anna, 'reader', '2024-05-02T09:00:00Z');
    const token = signDownload({ planId, personId: anna, format: 'xlsx', asOf: '2024-10-24', expiresAt: Math.floor(Date.parse(clock) / 1000) + 3600 }, Buffer.from(linkSecret, 'utf8'));
    for (const base of bases) expect((await fetch(`${base}/rapport/hamta?t=${token}`)).status).toBe(200);

    const revoke = spawnTillit(['link', 'revoke', `https://tillit.test/rapport/hamta?t=${token}`], database.url);
    expect((await revoke.exited).code, revoke.output.join('')).toBe(0);

    for (const base of bases) {
      const refused = await fetch(`${base}/rapport/hamta?t=${token}`);
      expect(refused.status).toBe(410);
      expect(await refused.text()).toContain('dragits tillbaka');
    }
  });

  it('send every reminder exactly once between them', { timeout: 60_000 }, async () => {
    // All three poll the same outbox (claims with SKIP LOCKED). A process claims ahead while it has rows to take,
    // so whichever wakes first may take all 90: how the work is shared is not the promise, once-only is; the next
    // test shows the others finishing a process's rows.
    connector.answerDelayMs = 150;
    const { planId, conversationIds } = await bulkSeed(database.db, { measures: 90, people: 90, serviceUrl: connector.url, deadline: '2024-10-31' });
    await waitUntilAsync(async () => (await outbox(planId)).filter((r) => r.state === 'sent').length === 90, 45_000, 'every reminder sent');
    connector.answerDelayMs = 0;
    const received = conversationIds.map((id) => limits.stats.perConversation.get(id) ?? 0);
    const senders = new Set((await outbox(planId)).map((r) => r.claimedBy?.split('/')[1]));
    console.log(`3 replicas: 90 reminders, lost ${received.filter((n) => n === 0).length}, duplicates ${received.reduce((s, n) => s + Math.max(0, n - 1), 0)}, sent by ${senders.size} processes`);
    expect(received.filter((n) => n !== 1)).toEqual([]);
  });

  it('lose nothing when one is killed with SIGKILL mid-dispatch: its leased rows are taken over after the lease', { timeout: 60_000 }, async () => {
    connector.answerDelayMs = 150; // sends are in flight when the kill lands
    const { planId, conversationIds } = await bulkSeed(database.db, { measures: 150, people: 150, serviceUrl: connector.url, deadline: '2024-10-31' });
    const pids = new Map(replicas.map((r) => [String(r.process.pid), r]));
    let victim: ReminderChild | undefined;
    await waitUntilAsync(
      async () => {
        const leased = (await outbox(planId)).filter((r) => r.state === 'sending').map((r) => r.claimedBy?.split('/')[1] ?? '');
        victim = leased.map((pid) => pids.get(pid)).find((r) => r !== undefined);
        return victim !== undefined && connector.open > 0;
      },
      45_000,
      'a replica holding leased rows with sends in flight',
    );
    const victimPid = String(victim!.process.pid);
    const held = (await outbox(planId)).filter((r) => r.state === 'sending' && r.claimedBy?.split('/')[1] === victimPid).map((r) => r.id);
    const heldAtKill = held.length;
    victim!.process.kill('SIGKILL');
    expect((await victim!.exited).signal).toBe('SIGKILL');

    await waitUntilAsync(async () => (await outbox(planId)).filter((r) => r.state === 'sent').length === 150, 45_000, 'every reminder sent by the survivors');
    connector.answerDelayMs = 0;
    const received = conversationIds.map((id) => limits.stats.perConversation.get(id) ?? 0);
    const duplicates = received.reduce((s, n) => s + Math.max(0, n - 1), 0);
    console.log(`killed a replica holding ${heldAtKill} leased rows: lost ${received.filter((n) => n === 0).length}, duplicates ${duplicates}`);
    expect(heldAtKill).toBeGreaterThan(0);
    expect(received.filter((n) => n === 0)).toEqual([]);
    // At most the sends that were in flight at the kill can go out twice (at-least-once for those).
    expect(duplicates).toBeLessThanOrEqual(concurrency);
    const final = await outbox(planId);
    expect(new Set(final.map((r) => r.state))).toEqual(new Set(['sent']));
    // The rows the killed process held were finished by the survivors.
    expect(final.filter((r) => held.includes(r.id) && r.claimedBy?.split('/')[1] === victimPid)).toEqual([]);
  });
});
