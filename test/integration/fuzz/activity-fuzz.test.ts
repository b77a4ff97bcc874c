import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verbs } from '../../../cards/verbs.js';
import { FixedClock } from '../../../src/ports/clock.js';
import {
  builtinNameProbes,
  envelopeProbes,
  prng,
  sizeAndRawProbes,
  textProbes,
  verbDataProbes,
  type FuzzContext,
  type Probe,
} from '../../helpers/activity-fuzz.js';
import { cardInvoke, testUser, type TestUser } from '../../helpers/activities.js';
import { BotDriver } from '../../helpers/bot-driver.js';
import { clickData } from '../../helpers/card-actions.js';
import { dialects, type TestDatabase } from '../../helpers/databases.js';
import { tableSnapshot, tablesThatChanged } from '../../helpers/table-snapshot.js';
import { findSecrets, newSecretCanaries, secretEnvironment, withAppPassword } from '../../helpers/secret-canaries.js';
import { seedStatusPlan, type StatusFixture } from '../../helpers/status-fixtures.js';

const seed = Number(process.env.FUZZ_SEED ?? 20261205);
const concurrency = 6;

/**
 * The runs: on SQLite every family of probes (5,000+); on PostgreSQL the
 * parts that reach the database (verbs with fuzzed data, inherited names,
 * commands, replays).
 */
const runs = dialects.map((dialect) => ({ ...dialect, full: dialect.name === 'SQLite' }));

/**
 * Issue 12, "tests that stay": generated activities against the real server
 * (HTTP, the SDK, every route, a real database). None may get a 5xx, none
 * may crash the process, no reply, card, HTTP body or log line may hold the
 * master key, link secret or app password, and the database may change
 * only where the bot legitimately records (who wrote, and an owner's own
 * status).
 */
describe.each(runs)('fuzzing /api/messages ($name)', ({ name, create, full }) => {
  const canaries = newSecretCanaries();
  const clock = new FixedClock('2024-10-14T08:00:00Z');
  let database: TestDatabase;
  let bot: BotDriver;
  let f: StatusFixture;
  let users: TestUser[];
  const statuses = new Map<number, number>();
  const bodies: string[] = [];
  const serverErrors: string[] = [];
  const crashes: unknown[] = [];
  const onCrash = (error: unknown) => crashes.push(error);
  let probesRun = 0;

  const timeByFamily = new Map<string, { n: number; ms: number }>();

  // Plain keep-alive HTTP: the suite's time goes to the server, not to the client.
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  function post(p: Probe): Promise<{ status: number; text: string }> {
    return new Promise((resolve, reject) => {
      const request = http.request(
        `${bot.baseUrl}/api/messages`,
        { method: 'POST', agent, headers: { 'content-type': p.contentType, 'content-length': Buffer.byteLength(p.body) } },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
          res.on('error', reject);
        },
      );
      request.on('error', reject);
      request.end(p.body);
    });
  }

  async function send(p: Probe): Promise<number> {
    const started = performance.now();
    const res = await post(p);
    probesRun++;
    statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
    if (res.status >= 500) serverErrors.push(`${res.status} ${p.family}: ${p.body.slice(0, 200)}`);
    if (res.text) bodies.push(res.text);
    const spent = timeByFamily.get(p.family) ?? { n: 0, ms: 0 };
    timeByFamily.set(p.family, { n: spent.n + 1, ms: spent.ms + performance.now() - started });
    return res.status;
  }

  async function sendAll(probes: readonly Probe[]): Promise<Array<{ probe: Probe; status: number }>> {
    const results: Array<{ probe: Probe; status: number }> = [];
    let next = 0;
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (next < probes.length) {
          const p = probes[next++]!;
          results.push({ probe: p, status: await send(p) });
        }
      }),
    );
    return results;
  }

  beforeAll(async () => {
    process.on('uncaughtException', onCrash);
    process.on('unhandledRejection', onCrash);
    database = await create();
    bot = await BotDriver.start(database, { clock, env: { ...secretEnvironment(canaries), LOG_LEVEL: 'info' }, configure: withAppPassword(canaries) });
    f = await seedStatusPlan(database.db, clock);
    users = [
      testUser({ name: 'Anna Andersson', email: f.email('anna') }),
      testUser({ name: 'Bo Berg', email: f.email('bo') }),
      testUser({ name: 'David Dahl', email: f.email('david') }),
      testUser({ name: 'Eva Ek', email: f.email('eva') }),
      testUser({ name: 'Okänd Främling', locale: 'en-US' }),
      testUser({ name: 'Ny Person', locale: undefined }),
    ];
    for (const user of users) bot.knowUser(user);
  });
  afterAll(async () => {
    process.off('uncaughtException', onCrash);
    process.off('unhandledRejection', onCrash);
    agent.destroy();
    await bot?.stop();
    await database?.destroy();
  });

  it(`answers every generated activity below 500, lets no secret out and changes only what an owner may record`, { timeout: 240_000 }, async () => {
    const anna = users[0]!;
    // An owner's legitimate write, made the way Teams makes it, before the storm.
    const opened = await bot.post(cardInvoke(anna, verbs.statusOpen, { measureId: f.measureId }, bot.serviceUrl, 'card-1'));
    const submit = clickData(opened.body.value, 'Skicka', { status: 'at_risk', comment: 'Fuzz-tålig kommentar' });
    const ownerSubmit = cardInvoke(anna, submit.verb, submit.data, bot.serviceUrl, 'card-1');
    expect((await bot.post(ownerSubmit)).status).toBe(200);

    const before = await tableSnapshot(database);
    const random = prng(seed);
    const ctx: FuzzContext = {
      random,
      serviceUrl: bot.serviceUrl,
      users,
      knownIds: [f.measureId, f.continuousId, f.planId, f.anna, f.reader, 'constructor', '00000000-0000-4000-8000-000000000000'],
    };
    const replayCount = full ? 200 : 60;
    const reaching = full
      ? [...builtinNameProbes(ctx), ...verbDataProbes(ctx, 15), ...textProbes(ctx, 200), ...sizeAndRawProbes(ctx)]
      : [...builtinNameProbes(ctx).filter((p) => p.family === 'builtin:invoke-verb' || p.family === 'builtin:submit-verb').filter((_, i) => Math.floor(i / 2) % 2 === 0), ...verbDataProbes(ctx, 10), ...textProbes(ctx, 80)];
    // Envelope probes (cheap, mostly refused with 400) fill the SQLite run up to 5,200.
    const probes = full ? [...reaching, ...envelopeProbes(ctx, 5200 - reaching.length - replayCount - 20)] : reaching;
    const results = await sendAll(probes);

    // Replays: the same activities again, byte for byte, and the owner's submit twenty times.
    const accepted = results.filter((r) => r.status === 200).map((r) => r.probe);
    const replays = Array.from({ length: replayCount }, () => accepted[Math.floor(random() * accepted.length)]!);
    await sendAll(replays);
    for (let i = 0; i < 20; i++) await send({ family: 'replay:owner-submit', body: JSON.stringify(ownerSubmit), contentType: 'application/json' });

    const health = await fetch(`${bot.baseUrl}/healthz`);
    const after = await tableSnapshot(database);
    const changed = tablesThatChanged(before, after);

    console.info(
      `[fuzz ${name}] seed ${seed}: ${probesRun} probes, statuses ${JSON.stringify(Object.fromEntries([...statuses].sort()))}, ` +
        `${serverErrors.length} answers >= 500, ${bot.connector.calls.length} outgoing calls, tables changed: ${changed.map((c) => c.table).join(', ') || 'none'}; ` +
        `ms per probe by family: ${[...timeByFamily].map(([family, t]) => `${family} ${Math.round(t.ms / t.n)}`).join(', ')}`,
    );

    expect(probesRun).toBeGreaterThanOrEqual(full ? 5000 : 600);
    expect(serverErrors).toEqual([]);
    expect(crashes).toEqual([]);
    expect(health.status).toBe(200);

    const secrets = findSecrets(canaries, [
      { where: 'outgoing activities', content: JSON.stringify(bot.connector.calls) },
      { where: 'HTTP answers', content: bodies.join('\n') },
      { where: 'logs', content: bot.logs.text },
    ]);
    expect(secrets).toEqual([]);

    // The directory records who wrote (people, their chats); an owner may record a status. Nothing else changes.
    // The write cadence's heartbeat beats on its own clock (every 15 s), so a slow run may see one beat.
    const allowed = new Set(['people', 'conversations', 'status_prompts', 'write_heartbeat']);
    expect(changed.filter((c) => !allowed.has(c.table) && c.table !== 'status_updates').map((c) => c.table)).toEqual([]);
    const statusChange = changed.find((c) => c.table === 'status_updates');
    for (const row of statusChange?.added ?? []) {
      expect([f.anna, f.bo, f.sam, f.coordinator]).toContain(row.recorded_by);
    }
    expect(statusChange?.removed ?? []).toEqual([]);
    // The owner's submit, replayed twenty times, is stored once.
    const ownerRows = await database.db.selectFrom('status_updates').select('id').where('comment', '=', 'Fuzz-tålig kommentar').execute();
    expect(ownerRows).toHaveLength(1);
  });
});
