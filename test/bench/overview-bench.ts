import { randomUUID } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import { ensurePersonByEmail } from '../../src/directory/people-repository.js';
import { defaultOverviewSettings, type OverviewDeps } from '../../src/overview/overview-deps.js';
import { planOverview, planOverviews } from '../../src/overview/plan-overview.js';
import type { Viewer } from '../../src/overview/plan-access.js';
import { grantPlanRole } from '../../src/plans/plan-repository.js';
import { FixedClock } from '../../src/ports/clock.js';
import type { Database } from '../../src/storage/schema.js';
import { statusValues } from '../../src/status/status.js';
import { createPostgresTestDatabase, createSqliteTestDatabase, type TestDatabase } from '../helpers/databases.js';
import { measureDraft, planDraft, storeDraft } from '../helpers/plan-builders.js';
import { ms, peakRssMiB, percentile, type Benchmark } from './bench-types.js';

const plans = 20;
const measuresPerPlan = 100;
const statusRows = 120_000;
const months = ['Januari', 'Februari', 'Mars', 'April', 'Maj', 'Juni', 'Juli', 'Augusti', 'September', 'Oktober', 'November', 'December'];

/** A plan of `count` measures in five goal areas with deadlines spread over 2024–2026. */
export function benchPlanDraft(n: number, count: number) {
  return planDraft({
    key: `bench-${n}`,
    organisation: `Bänkkommun ${n}`,
    name: `Handlingsplan mot välfärdsbrott ${n} 2024–2026`,
    goalAreas: [1, 2, 3, 4, 5].map((a) => ({ number: String(a), title: `Målområde med titel ${a}` })),
    measures: Array.from({ length: count }, (_, i) =>
      measureDraft({
        code: `${(i % 5) + 1}.${Math.floor(i / 5) + 1}`,
        title: `Åtgärd ${i + 1}: ta fram och införa rutiner för kontroll av utbetalningar inom område ${i % 7}`,
        responsibleText: `Enhet ${i % 12}`,
        ownerUnits: [`Enhet ${i % 12}`],
        indicators: ['Rutin framtagen', 'Andel granskade ärenden'],
        start: `${months[i % 12]} 2024`,
        deadline: `${months[(i * 5) % 12]} ${2024 + (i % 3)}`,
      }),
    ),
  });
}

/** Appends `total` status rows spread evenly over the measures, in time order, in batches. */
export async function seedHistory(db: Kysely<Database>, measureIds: readonly string[], total: number, by: string): Promise<void> {
  const perMeasure = Math.ceil(total / measureIds.length);
  const start = Date.parse('2024-05-02T08:00:00Z');
  const span = Date.parse('2025-06-30T08:00:00Z') - start;
  let batch: Array<Record<string, unknown>> = [];
  let written = 0;
  for (const [m, measureId] of measureIds.entries()) {
    for (let seq = 1; seq <= perMeasure && written < total; seq++, written++) {
      batch.push({
        id: randomUUID(),
        measure_id: measureId,
        seq,
        status: statusValues[(m + seq) % 4 === 0 ? 3 : (m + seq) % 5]!,
        comment: seq % 3 === 0 ? 'Arbetet pågår, men vi väntar på beslut från förvaltningsledningen.' : null,
        forecast_date: null,
        indicator_values_json: seq % 4 === 0 ? JSON.stringify({ '0': 'Ja', '1': `${seq}%` }) : null,
        recorded_by: by,
        on_behalf_of: null,
        recorded_at: new Date(start + Math.floor((span * seq) / perMeasure) + m * 1000).toISOString(),
        plan_revision: 1,
        source: 'card',
        idempotency_key: randomUUID(),
      });
      if (batch.length === 1000) {
        await db.insertInto('status_updates').values(batch as never).execute();
        batch = [];
      }
    }
  }
  if (batch.length > 0) await db.insertInto('status_updates').values(batch as never).execute();
}

async function timed(runs: number, fn: () => Promise<unknown>): Promise<number[]> {
  await fn(); // warm-up
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await fn();
    out.push(performance.now() - started);
  }
  return out;
}

async function measureDialect(name: string, create: () => Promise<TestDatabase>): Promise<Array<Record<string, string | number>>> {
  const database = await create();
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
    const row = (what: string, index: string, times: number[]) =>
      rows.push({ database: name, what, index, runs: times.length, 'p50 ms': ms(percentile(times, 50)), 'p95 ms': ms(percentile(times, 95)), 'seed s': Math.round(seedSeconds), 'peak RSS MiB': peakRssMiB() });

    const measureAll = async (index: string) => {
      row('"status": 20 plans', index, await timed(20, () => planOverviews(deps, { viewer })));
      row('one plan, today', index, await timed(50, () => planOverview(deps, { viewer, planId: firstPlan })));
      row('one plan, as of 2024-10-31', index, await timed(50, () => planOverview(deps, { viewer, planId: firstPlan, asOf: '2024-10-31' })));
    };
    await measureAll('with 0006 index');
    await database.db.schema.dropIndex('status_updates_measure_time_idx').execute();
    if (database.dialect === 'postgres') await sql`analyze`.execute(database.db);
    await measureAll('without it');
    return rows;
  } finally {
    await database.destroy();
  }
}

/** The plan overview at scale: 20 plans × 100 measures × 120,000 status rows, on both dialects. */
export const overviewBenchmark: Benchmark = {
  name: 'overview',
  description: `planOverviews for a reader of ${plans} plans × ${measuresPerPlan} measures with ${statusRows.toLocaleString('en')} status rows (60 per measure), after one warm-up; then the same without the (measure_id, recorded_at, seq) index of migration 0006.`,
  async run() {
    return [...(await measureDialect('SQLite', createSqliteTestDatabase)), ...(await measureDialect('PostgreSQL', createPostgresTestDatabase))];
  },
};
