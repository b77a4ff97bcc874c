import { ensurePersonByEmail } from '../../src/directory/people-repository.js';
import { defaultOverviewSettings } from '../../src/overview/overview-deps.js';
import { FixedClock } from '../../src/ports/clock.js';
import { renderDocxReport } from '../../src/committee-report/docx-report.js';
import { buildCommitteeReport } from '../../src/committee-report/committee-report.js';
import { renderXlsxReport } from '../../src/committee-report/xlsx-report.js';
import { createSqliteTestDatabase } from '../helpers/databases.js';
import { storeDraft } from '../helpers/plan-builders.js';
import { ms, peakRssMiB, percentile, type Benchmark } from './bench-types.js';
import { benchPlanDraft, seedHistory } from '../helpers/overview-scale.js';

/** The plan sizes (BENCH_REPORT_MEASURES, default 300), each with 12 status rows per measure (3,600 rows for 300). */
const sizes = (process.env.BENCH_REPORT_MEASURES ?? '300').split(',').map(Number);

/** The committee report (Word and Excel) for a plan of each size. */
export const reportBenchmark: Benchmark = {
  name: 'report',
  description: `buildCommitteeReport + render for a plan of ${sizes.join(' / ')} measures with 12 status rows each on SQLite (BENCH_REPORT_MEASURES), 10 runs after one warm-up each (p50/p95: build + render, wall; render alone, wall and CPU: the CPU figure holds when the machine is busy); the Word report holds each measure’s latest reports, the Excel workbook the whole history.`,
  async run() {
    const rows: Array<Record<string, string | number>> = [];
    for (const size of sizes) rows.push(...(await reportRowsFor(size)));
    return rows;
  },
};

async function reportRowsFor(measures: number): Promise<Array<Record<string, string | number>>> {
  const database = await createSqliteTestDatabase();
  try {
    const clock = new FixedClock('2024-05-02T08:00:00.000Z');
    const person = await ensurePersonByEmail(database.db, 'samordnare@bench.example', clock.now().toISOString());
    const { plan } = await storeDraft(database.db, clock, benchPlanDraft(1, measures));
    const ids = (await database.db.selectFrom('measures').select('id').execute()).map((r) => r.id);
    await seedHistory(database.db, ids, measures * 12, person.id);
    clock.set('2025-03-31T08:00:00.000Z');
    const deps = { db: database.db, clock, timeZone: 'Europe/Stockholm', settings: defaultOverviewSettings };
    const rows: Array<Record<string, string | number>> = [];
    for (const format of ['docx', 'xlsx'] as const) {
      const total: number[] = [];
      const render: number[] = [];
      const renderCpu: number[] = [];
      let bytes = 0;
      for (let i = 0; i <= 10; i++) {
        const started = performance.now();
        const report = await buildCommitteeReport(deps, { viewer: { kind: 'operator' }, planId: plan.id });
        const built = performance.now();
        const cpu = process.cpuUsage();
        const file = format === 'docx' ? await renderDocxReport(report, 'sv') : await renderXlsxReport(report, 'sv');
        const used = process.cpuUsage(cpu);
        if (i > 0) {
          total.push(performance.now() - started);
          render.push(performance.now() - built);
          renderCpu.push((used.user + used.system) / 1000);
        }
        bytes = file.length;
      }
      rows.push({
        format,
        measures,
        'status rows': measures * 12,
        runs: total.length,
        'p50 ms': ms(percentile(total, 50)),
        'p95 ms': ms(percentile(total, 95)),
        'render p50 ms': ms(percentile(render, 50)),
        'render CPU p50 ms': ms(percentile(renderCpu, 50)),
        'size KiB': Math.round(bytes / 1024),
        'peak RSS MiB': peakRssMiB(),
      });
    }
    return rows;
  } finally {
    await database.destroy();
  }
}
