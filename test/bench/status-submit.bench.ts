import { randomUUID } from 'node:crypto';
import os from 'node:os';
import { verbs } from '../../cards/verbs.js';
import { findMeasureByCode } from '../../src/plans/plan-repository.js';
import { systemClock } from '../../src/ports/clock.js';
import { newCardNonce } from '../../src/status/card-nonce.js';
import { cardInvoke, testUser, type TestUser } from '../helpers/activities.js';
import { createPostgresTestDatabase, createSqliteTestDatabase, type TestDatabase } from '../helpers/databases.js';
import { FakeConnector } from '../helpers/fake-connector.js';
import { assignToUnit, measureDraft, planDraft, storeDraft } from '../helpers/plan-builders.js';
import { ms, percentile, type Benchmark } from './bench-types.js';
import { keepAliveClient, startBenchServer, type BenchServer } from './servers/bench-server.js';
import { benchNoopVerb, type ServerStats } from './servers/server-protocol.js';

/** Concurrent connections (each an owner reporting on their own measure, so submits never collide). */
const connections = Number(process.env.BENCH_CLIENTS ?? 8);
const warmupRequests = 400;
const phaseMs = Number(process.env.BENCH_PHASE_MS ?? 5000);
const rounds = Number(process.env.BENCH_ROUNDS ?? 2);

interface Owner {
  user: TestUser;
  measureId: string;
  seq: number;
}

async function seedOwners(database: TestDatabase, connector: FakeConnector): Promise<Owner[]> {
  const units = Array.from({ length: connections }, (_, i) => `Benchenhet ${i + 1}`);
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

type Target = 'bare' | 'noop' | 'status';
type Client = ReturnType<typeof keepAliveClient>;

interface Sample {
  latencies: number[];
  errors: number;
  elapsedMs: number;
  /** CPU time of the server process during the phase. */
  serverCpuMs: number;
  statements: number;
}

/** One connection's next request to a target, checked for the answer it must give. */
async function request(client: Client, target: Target, owner: Owner, port: number, serviceUrl: string): Promise<boolean> {
  if (target === 'bare') {
    const res = await client.post(port, '/api/messages', cardInvoke(owner.user, 'bench.echo', { n: owner.seq }, serviceUrl));
    return res.status === 200 && res.text.includes('echo bench.echo');
  }
  if (target === 'noop') {
    const res = await client.post(port, '/api/messages', cardInvoke(owner.user, benchNoopVerb, { n: owner.seq }, serviceUrl));
    return res.status === 200 && res.text.includes('noop');
  }
  const status = owner.seq % 2 === 0 ? 'at_risk' : 'on_track';
  const data = { measureId: owner.measureId, basedOnSeq: owner.seq, planRevision: 1, nonce: newCardNonce(), status, comment: `Mätning ${owner.seq}`, indicator0: String(owner.seq) };
  const res = await client.post(port, '/api/messages', cardInvoke(owner.user, verbs.statusSubmit, data, serviceUrl, randomUUID()));
  const recorded = res.status === 200 && res.text.includes('Tack! Status för');
  if (recorded) owner.seq += 1;
  return recorded;
}

async function runPhase(client: Client, target: Target, owners: Owner[], server: BenchServer, serviceUrl: string, until: { requests?: number; ms?: number }): Promise<Sample> {
  const latencies: number[] = [];
  let errors = 0;
  let sent = 0;
  const before: ServerStats = await server.stats();
  const started = performance.now();
  const more = () => (until.requests !== undefined ? sent < until.requests : performance.now() - started < until.ms!);
  await Promise.all(
    owners.map(async (owner) => {
      while (more()) {
        sent += 1;
        const t0 = performance.now();
        const ok = await request(client, target, owner, server.port, serviceUrl).catch(() => false);
        latencies.push(performance.now() - t0);
        if (!ok) errors += 1;
      }
    }),
  );
  const elapsedMs = performance.now() - started;
  const after = await server.stats();
  return { latencies, errors, elapsedMs, serverCpuMs: after.cpuMs - before.cpuMs, statements: after.statements - before.statements };
}

function merge(samples: Sample[]): Sample {
  const sum = (pick: (s: Sample) => number) => samples.reduce((n, s) => n + pick(s), 0);
  return { latencies: samples.flatMap((s) => s.latencies), errors: sum((s) => s.errors), elapsedMs: sum((s) => s.elapsedMs), serverCpuMs: sum((s) => s.serverCpuMs), statements: sum((s) => s.statements) };
}

function row(database: string, target: string, sample: Sample): Record<string, string | number> {
  const n = Math.max(1, sample.latencies.length);
  return {
    database,
    target,
    requests: sample.latencies.length,
    errors: sample.errors,
    'req/s': Math.round((sample.latencies.length / sample.elapsedMs) * 1000),
    'p50 ms': ms(percentile(sample.latencies, 50)),
    'p99 ms': ms(percentile(sample.latencies, 99)),
    'server cpu ms/req': ms(sample.serverCpuMs / n),
    'SQL/req': Math.round((sample.statements / n) * 100) / 100,
  };
}

async function measure(name: string, database: TestDatabase): Promise<Array<Record<string, string | number>>> {
  const connector = await new FakeConnector().start();
  const client = keepAliveClient(connections);
  const [tillit, bare] = await Promise.all([startBenchServer('tillit-server.ts', { DATABASE_URL: database.url }), startBenchServer('bare-bot.mjs', {})]);
  try {
    const owners = await seedOwners(database, connector);
    const phase = (target: Target, server: BenchServer, until: { requests?: number; ms?: number }) => runPhase(client, target, owners, server, connector.url, until);
    await phase('bare', bare, { requests: warmupRequests });
    await phase('status', tillit, { requests: warmupRequests });
    await phase('noop', tillit, { requests: warmupRequests });
    const samples: Record<Target, Sample[]> = { bare: [], status: [], noop: [] };
    // Alternate them, so none gets a warmer (or quieter) machine.
    for (let round = 0; round < rounds; round++) {
      samples.bare.push(await phase('bare', bare, { ms: phaseMs }));
      samples.status.push(await phase('status', tillit, { ms: phaseMs }));
      samples.noop.push(await phase('noop', tillit, { ms: phaseMs }));
    }
    const b = row(name, 'bare botbuilder bot (own process)', merge(samples.bare));
    const n = row(name, 'no-op verb through Tillit (per-turn overhead)', merge(samples.noop));
    const s = row(name, 'status submit (Tillit, own process)', merge(samples.status));
    const stored = await database.db.selectFrom('status_updates').select((eb) => eb.fn.countAll<string | number>().as('n')).executeTakeFirstOrThrow();
    const ratio = (key: string) => Math.round((Number(s[key]) / Number(b[key])) * 100) / 100;
    return [
      b,
      n,
      s,
      {
        database: name,
        target: 'ratio status/bare',
        requests: `${Number(stored.n)} rows stored`,
        errors: '',
        'req/s': ratio('req/s'),
        'p50 ms': ratio('p50 ms'),
        'p99 ms': ratio('p99 ms'),
        'server cpu ms/req': ratio('server cpu ms/req'),
        'SQL/req': '',
      },
    ];
  } finally {
    await Promise.all([tillit.stop(), bare.stop()]);
    client.close();
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
    `Status submit invokes (adaptiveCard/action, verb ${verbs.statusSubmit}) to Tillit's server in a process of its own — zod,`,
    'authority, rules, idempotency check, insert, receipt card — against a plain botbuilder bot (Express + CloudAdapter +',
    'TeamsActivityHandler, no database) in another process answering the same invoke with a card. The bench process is',
    `only the load: ${connections} keep-alive connections on loopback, each an owner of its own measure; ${warmupRequests} warm-up`,
    `requests per target, then ${rounds} rounds alternating ${phaseMs / 1000} s phases (bare, status, no-op). Every status request must`,
    'come back as a receipt (a new row); anything else counts as an error. server cpu ms/req: the server process\'s CPU',
    'time per request (steadier than req/s on a shared machine). SQL/req: statements Tillit\'s server sent, counted by a',
    'Kysely log hook. The no-op row is a bench-only verb through Tillit\'s full turn without status work.',
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
    rows.push({ database: '', target: `load average ${load} on ${os.cpus().length} CPUs` });
    return rows;
  },
};
