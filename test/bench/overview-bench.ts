import { sql } from 'kysely';
import { ensurePersonByEmail } from '../../src/directory/people-repository.js';
import { defaultOverviewSettings, type OverviewDeps } from '../../src/overview/overview-deps.js';
import { planOverview, planOverviews } from '../../src/overview/plan-overview.js';
import type { Viewer } from '../../src/overview/plan-access.js';
import { grantPlanRole } from '../../src/plans/plan-repository.js';
import { FixedClock } from '../../src/ports/clock.js';
import { createPostgresTestDatabase, createSqliteTestDatabase, type TestDatabase, type TestDatabaseOptions } from '../helpers/databases.js';
import { benchPlanDraft, seedHistory } from '../helpers/overview-scale.js';
import { storeDraft } from '../helpers/plan-builders.js';
import { ms, peakRssMiB, percentile, type Benchmark } from './bench-types.js';

/** Two sizes, to show how the cost grows with plans and history: a small municipality and the data set. */
const sizes = [
  { plans: 5, measuresPerPlan: 100, statusRows: 30_000, dropIndex: false },
  { plans: 20, measuresPerPlan: 100, statusRows: 120_000, dropIndex: true },
] as const;
type Size = (typeof sizes)[number];
/** Overview cards one "status" answer shows (bot/routes/overview-cards.ts). */
const shownPerAnswer = 5;

/** Wall times of `runs` calls after one warm-up, and the CPU time this process spent in each (steadier on a shared machine). */
async function timed(runs: number, fn: () => Promise<unknown>): Promise<{ wall: number[]; cpu: number[] }> {
  await fn(); // warm-up
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    const used = process.cpuUsage();
    await fn();
    const spent = process.cpuUsage(used);
    wall.push(performance.now() - started);
    cpu.push((spent.user + spent.system) / 1000);
  }
  return { wall, cpu };
}

async function measureDialect(name: string, create: (options: TestDatabaseOptions) => Promise<TestDatabase>, size: Size): Promise<Array<Record<string, string | number>>> {
  const { plans, measuresPerPlan, statusRows } = size;
  let statements = 0;
  const database = await create({ onStatement: () => (statements += 1) });
  try {
    const clock = new FixedClock('2024-05-02T08:00:00.000Z');
    const reader = await ensurePersonByEmail(database.db, 'chef@bench.example', clock.now().toISOString());
    const seedStarted = performance.now();
    for (let n = 1; n <= plans; n++) {
      const { plan } = await storeDraft(database.db, clock, benchPlanDraft(n, measuresPerPlan));
      await grantPlanRole(database.db, plan.id, reader.id, 'reader', clock.now().toISOString());
    }
    const ids = (await database.db.selectFrom('measures').select('id').execute()).map((r) => r.id);
    await seedHistory(database.db, ids, statusRows, reader.id);
    // Autovacuum would have run on a live table; after a bulk load it has not yet.
    if (database.dialect === 'postgres') await sql`vacuum analyze`.execute(database.db);
    const seedSeconds = (performance.now() - seedStarted) / 1000;

    clock.set('2025-03-31T08:00:00.000Z');
    const deps: OverviewDeps = { db: database.db, clock, timeZone: 'Europe/Stockholm', settings: defaultOverviewSettings };
    const viewer: Viewer = { kind: 'person', personId: reader.id, place: { kind: 'private' } };
    const firstPlan = (await database.db.selectFrom('plans').select('id').orderBy('key').executeTakeFirstOrThrow()).id;
    const rows: Array<Record<string, string | number>> = [];
    const data = `${plans} × ${measuresPerPlan} × ${statusRows.toLocaleString('en')}`;
    const row = async (what: string, index: string, runs: number, fn: () => Promise<unknown>) => {
      const times = await timed(runs, fn);
      const before = statements;
      await fn();
      rows.push({
        database: name,
        'plans × measures × rows': data,
        what,
        index,
        runs,
        'p50 ms': ms(percentile(times.wall, 50)),
        'p95 ms': ms(percentile(times.wall, 95)),
        'cpu ms p50': ms(percentile(times.cpu, 50)),
        'SQL/call': statements - before,
        'seed s': Math.round(seedSeconds),
        'peak RSS MiB': peakRssMiB(),
      });
    };

    const measureAll = async (index: string) => {
      await row(`"status": ${shownPerAnswer} of ${plans} plans built`, index, 40, () => planOverviews(deps, { viewer, limit: shownPerAnswer }));
      await row(`every overview built (${plans})`, index, 10, () => planOverviews(deps, { viewer }));
      await row('one plan, today', index, 50, () => planOverview(deps, { viewer, planId: firstPlan }));
      await row('one plan, as of 2024-10-31', index, 50, () => planOverview(deps, { viewer, planId: firstPlan, asOf: '2024-10-31' }));
    };
    await measureAll('with 0006 index');
    if (size.dropIndex) {
      await database.db.schema.dropIndex('status_updates_measure_time_idx').execute();
      if (database.dialect === 'postgres') await sql`analyze`.execute(database.db);
      await measureAll('without it');
    }
    return rows;
  } finally {
    await database.destroy();
  }
}

/** The plan overview at scale: up to 20 plans × 100 measures × 120,000 status rows, on both dialects. */
export const overviewBenchmark: Benchmark = {
  name: 'overview',
  description: [
    'planOverviews (the use case behind "status") for a reader of every plan, 60 status rows per measure, after one warm-up, at two sizes;',
    `"status" builds the ${shownPerAnswer} overviews one answer shows and names the rest. SQL/call: statements one call sends (Kysely log hook).`,
    'cpu ms: this process\'s CPU time per call (all of the work on SQLite, the client side on PostgreSQL), steadier than wall time on a shared machine.',
    'At the larger size, the same again without the (measure_id, recorded_at, seq) index of migration 0006. No report statistics hook.',
  ].join('\n'),
  async run() {
    const rows: Array<Record<string, string | number>> = [];
    for (const size of sizes) {
      rows.push(...(await measureDialect('SQLite', createSqliteTestDatabase, size)), ...(await measureDialect('PostgreSQL', createPostgresTestDatabase, size)));
    }
    return rows;
  },
};
