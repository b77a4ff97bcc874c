import { randomUUID } from 'node:crypto';
import os from 'node:os';
import express from 'express';
import { TeamsActivityHandler, type AdaptiveCardInvokeResponse, type TurnContext } from 'botbuilder';
import { createAdapter } from '../../bot/adapter.js';
import { startTillit, type RunningTillit } from '../../app/create-app.js';
import type { RouteMounter } from '../../web/http-server.js';
import { adaptiveCard, textBlock } from '../../cards/adaptive-card.js';
import { verbs } from '../../cards/verbs.js';
import { cardActionHandlers } from '../../bot/routes/index.js';
import type { CardActionHandler } from '../../bot/routes/route-types.js';
import { loadConfig } from '../../src/config/load-config.js';
import { silentLogger } from '../../src/logging/logger.js';
import { newCardNonce } from '../../src/status/card-nonce.js';
import { cardInvoke, testUser, type TestUser } from '../helpers/activities.js';
import { createPostgresTestDatabase, createSqliteTestDatabase, type TestDatabase } from '../helpers/databases.js';
import { FakeConnector } from '../helpers/fake-connector.js';
import { assignToUnit, measureDraft, planDraft, storeDraft } from '../helpers/plan-builders.js';
import { findMeasureByCode } from '../../src/plans/plan-repository.js';
import { systemClock } from '../../src/ports/clock.js';
import { ms, peakRssMiB, percentile, type Benchmark } from './bench-types.js';

/** Concurrent clients (each an owner reporting on their own measure, so submits never collide). */
const clients = Number(process.env.BENCH_CLIENTS ?? 8);
const warmupRequests = 400;
const phaseMs = Number(process.env.BENCH_PHASE_MS ?? 5000);
const rounds = 2;

/**
 * The comparison: the smallest botbuilder bot that answers an
 * adaptiveCard/action invoke with a card, mounted on the same Express
 * server, behind the same JSON parser, with its own CloudAdapter built from
 * the same configuration — only the turn differs.
 */
class EchoBot extends TeamsActivityHandler {
  protected override async onAdaptiveCardInvoke(turn: TurnContext): Promise<AdaptiveCardInvokeResponse> {
    const action = (turn.activity.value as { action?: { verb?: string } }).action;
    return {
      statusCode: 200,
      type: 'application/vnd.microsoft.card.adaptive',
      value: { type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlock', text: `echo ${action?.verb ?? ''}` }] },
    };
  }
}

const echoMounter: RouteMounter = (router, app) => {
  const { adapter } = createAdapter(app.config);
  const bot = new EchoBot();
  router.post('/bench/echo', express.json({ limit: '512kb' }), async (req, res) => {
    await adapter.process(req, res, (turn) => bot.run(turn));
  });
};

interface Owner {
  user: TestUser;
  measureId: string;
  seq: number;
}

async function seedOwners(database: TestDatabase, connector: FakeConnector): Promise<Owner[]> {
  const units = Array.from({ length: clients }, (_, i) => `Benchenhet ${i + 1}`);
  const plan = await storeDraft(
    database.db,
    systemClock,
    planDraft({
      organisation: 'Benchkommun',
      measures: units.map((unit, i) => measureDraft({ code: `1.${i + 1}`, ownerUnits: [unit], deadline: 'December 2099', indicators: ['Antal'] })),
    }),
  );
  const owners: Owner[] = [];
  for (const [i, unit] of units.entries()) {
    const user = testUser({ name: `Ägare ${i + 1}`, email: `agare${i + 1}@bench.example` });
    connector.members.set(user.id, { id: user.id, name: user.name, aadObjectId: user.aadObjectId, email: user.email, userPrincipalName: user.email });
    await assignToUnit(database.db, unit, user.email!);
    owners.push({ user, measureId: (await findMeasureByCode(database.db, plan.plan.id, `1.${i + 1}`))!.id, seq: 0 });
  }
  return owners;
}

type Target = 'echo' | 'noop' | 'status';

/**
 * A bench-only verb that goes through Tillit's whole turn (authentication
 * check, turn environment, remembering the sender and conversation, the
 * verb dispatcher, error surface) but does no status work: it splits the
 * status submit's cost into Tillit's per-turn overhead and the feature.
 */
const noopVerb = 'bench.noop';
(cardActionHandlers as Map<string, CardActionHandler>).set(noopVerb, async () => adaptiveCard([textBlock('noop')]));

interface Sample {
  latencies: number[];
  errors: number;
  elapsedMs: number;
  /** CPU time of this process (server and client) during the phase. */
  cpuMs: number;
}

async function post(url: string, body: unknown): Promise<{ ok: boolean; text: string }> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { ok: res.status === 200, text: await res.text() };
}

/** One client's next request to a target, checked for the answer it must give. */
async function request(target: Target, owner: Owner, tillit: RunningTillit, serviceUrl: string): Promise<boolean> {
  const base = `http://127.0.0.1:${tillit.port}`;
  if (target === 'echo') {
    const res = await post(`${base}/bench/echo`, cardInvoke(owner.user, 'bench.echo', { n: owner.seq }, serviceUrl));
    return res.ok && res.text.includes('echo bench.echo');
  }
  if (target === 'noop') {
    const res = await post(`${base}/api/messages`, cardInvoke(owner.user, noopVerb, { n: owner.seq }, serviceUrl));
    return res.ok && res.text.includes('noop');
  }
  const status = owner.seq % 2 === 0 ? 'at_risk' : 'on_track';
  const data = { measureId: owner.measureId, basedOnSeq: owner.seq, planRevision: 1, nonce: newCardNonce(), status, comment: `Mätning ${owner.seq}`, indicator0: String(owner.seq) };
  const res = await post(`${base}/api/messages`, cardInvoke(owner.user, verbs.statusSubmit, data, serviceUrl, randomUUID()));
  const recorded = res.ok && res.text.includes('Tack! Status för');
  if (recorded) owner.seq += 1;
  return recorded;
}

async function runPhase(target: Target, owners: Owner[], tillit: RunningTillit, serviceUrl: string, until: { requests?: number; ms?: number }): Promise<Sample> {
  const latencies: number[] = [];
  let errors = 0;
  let sent = 0;
  const started = performance.now();
  const cpu = process.cpuUsage();
  const more = () => (until.requests !== undefined ? sent < until.requests : performance.now() - started < until.ms!);
  await Promise.all(
    owners.map(async (owner) => {
      while (more()) {
        sent += 1;
        const t0 = performance.now();
        const ok = await request(target, owner, tillit, serviceUrl).catch(() => false);
        latencies.push(performance.now() - t0);
        if (!ok) errors += 1;
      }
    }),
  );
  const used = process.cpuUsage(cpu);
  return { latencies, errors, elapsedMs: performance.now() - started, cpuMs: (used.user + used.system) / 1000 };
}

function row(database: string, target: string, sample: Sample): Record<string, string | number> {
  return {
    database,
    target,
    requests: sample.latencies.length,
    errors: sample.errors,
    'req/s': Math.round((sample.latencies.length / sample.elapsedMs) * 1000),
    'p50 ms': ms(percentile(sample.latencies, 50)),
    'p95 ms': ms(percentile(sample.latencies, 95)),
    'p99 ms': ms(percentile(sample.latencies, 99)),
    'max ms': ms(Math.max(...sample.latencies)),
    'cpu ms/req': ms(sample.cpuMs / Math.max(1, sample.latencies.length)),
  };
}

function merge(samples: Sample[]): Sample {
  const sum = (pick: (s: Sample) => number) => samples.reduce((n, s) => n + pick(s), 0);
  return { latencies: samples.flatMap((s) => s.latencies), errors: sum((s) => s.errors), elapsedMs: sum((s) => s.elapsedMs), cpuMs: sum((s) => s.cpuMs) };
}

async function measure(name: string, database: TestDatabase): Promise<Array<Record<string, string | number>>> {
  const connector = await new FakeConnector().start();
  const config = loadConfig({ DATABASE_URL: database.url, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent' });
  const tillit = await startTillit(config, { logger: silentLogger(), mounters: [echoMounter] });
  try {
    const owners = await seedOwners(database, connector);
    await runPhase('echo', owners, tillit, connector.url, { requests: warmupRequests });
    await runPhase('status', owners, tillit, connector.url, { requests: warmupRequests });
    await runPhase('noop', owners, tillit, connector.url, { requests: warmupRequests });
    const echo: Sample[] = [];
    const noop: Sample[] = [];
    const status: Sample[] = [];
    // Alternate them, so none gets a warmer (or quieter) machine.
    for (let round = 0; round < rounds; round++) {
      echo.push(await runPhase('echo', owners, tillit, connector.url, { ms: phaseMs }));
      status.push(await runPhase('status', owners, tillit, connector.url, { ms: phaseMs }));
      noop.push(await runPhase('noop', owners, tillit, connector.url, { ms: phaseMs }));
    }
    const e = row(name, 'echo invoke (bare botbuilder)', merge(echo));
    const n = row(name, 'no-op verb through Tillit (per-turn overhead)', merge(noop));
    const s = row(name, 'status submit (Tillit)', merge(status));
    const stored = await database.db.selectFrom('status_updates').select((eb) => eb.fn.countAll<string | number>().as('n')).executeTakeFirstOrThrow();
    const ratio = (key: string) => Math.round((Number(s[key]) / Number(e[key])) * 100) / 100;
    return [
      e,
      n,
      s,
      {
        database: name,
        target: 'ratio status/echo',
        requests: `${Number(stored.n)} rows stored`,
        errors: '',
        'req/s': ratio('req/s'),
        'p50 ms': ratio('p50 ms'),
        'p95 ms': ratio('p95 ms'),
        'p99 ms': ratio('p99 ms'),
        'max ms': ratio('max ms'),
        'cpu ms/req': ratio('cpu ms/req'),
      },
    ];
  } finally {
    await tillit.stop();
    await connector.stop();
  }
}

async function postgresReachable(): Promise<TestDatabase | undefined> {
  try {
    return await createPostgresTestDatabase();
  } catch {
    return undefined;
  }
}

export const statusSubmitBenchmark: Benchmark = {
  name: 'status-submit',
  description: [
    `Status submit invokes (adaptiveCard/action, verb ${verbs.statusSubmit}) through Tillit's /api/messages — zod, authority,`,
    'rules, idempotency check, insert, receipt card — against a bare botbuilder echo invoke mounted on the same Express',
    `server in the same process. ${clients} concurrent keep-alive clients on loopback (client and server share the CPUs),`,
    `each an owner of its own measure; ${warmupRequests} warm-up requests each, then ${rounds} alternating ${phaseMs / 1000} s phases per target.`,
    'Every status request must come back as a receipt (a new row); anything else counts as an error.',
    'cpu ms/req is this process\'s CPU time (server and client) per request: less sensitive to other load on the machine.',
    'The no-op row is a bench-only verb through Tillit\'s full turn without status work: Tillit\'s per-turn overhead.',
  ].join('\n'),
  async run() {
    const rows: Array<Record<string, string | number>> = [];
    const sqlite = await createSqliteTestDatabase();
    try {
      rows.push(...(await measure('SQLite', sqlite)));
    } finally {
      await sqlite.destroy();
    }
    const postgres = await postgresReachable();
    if (postgres) {
      try {
        rows.push(...(await measure('PostgreSQL', postgres)));
      } finally {
        await postgres.destroy();
      }
    } else {
      rows.push({ database: 'PostgreSQL', target: 'not reachable (TEST_DATABASE_URL) – skipped' });
    }
    const load = os.loadavg().map((l) => l.toFixed(2)).join(' ');
    rows.push({ database: '', target: `peak RSS ${peakRssMiB()} MiB; load average ${load} on ${os.cpus().length} CPUs` });
    return rows;
  },
};
