import { performance } from 'node:perf_hooks';
import { ProblemCollector } from '../../src/plans/import/import-problem.js';
import { readPlanSource } from '../../src/plans/import/read-plan-source.js';
import { importPlan } from '../../src/plans/import-plan.js';
import { FixedClock } from '../../src/ports/clock.js';
import { createPostgresTestDatabase, createSqliteTestDatabase, type TestDatabase } from '../helpers/databases.js';
import { workbookBytes, type TestCell } from '../helpers/xlsx.js';
import { ms, peakRssMiB, percentile, type Benchmark } from './bench-types.js';

const areas = 10;
const perArea = 30;
const runs = 5;
const months = ['Januari', 'Februari', 'Mars', 'April', 'Maj', 'Juni', 'Juli', 'Augusti', 'September', 'Oktober', 'November', 'December'];
const owners = ['Samordnarna', 'Enhet för säkerhet, beredskap och systemförvaltning', 'Berörda förvaltningar tillsammans med samordnarna', 'Digitaliseringsavdelningen, Säkerhetsavdelningen, samordnarna', 'Ekonomichefen'];

/** One measure row of the synthetic plan; `shift` moves every tenth deadline (a revision). */
function row(area: number, n: number, shift: number): string[] {
  const i = area * perArea + n;
  const deadline = `${months[(i + (i % 10 === 0 ? shift : 0)) % 12]} ${2026 + (i % 3)}`;
  return [`${area}.${n} Åtgärd nummer ${i} som beskriver ett arbete mot välfärdsbrott i förvaltningen`, owners[i % owners.length]!, `${months[i % 12]} 2026`, deadline, `Indikator ${i} är uppfylld  Ytterligare mått ${i}`];
}

/** A plan document's text with 300 measures in ten tab-separated tables, like the seeds. */
function planText(organisation: string, shift: number): string {
  const lines = [organisation.toUpperCase(), 'KOMMUN', '', 'Handlingsplan mot välfärdsbrott 2026-2028', ''];
  for (let a = 1; a <= areas; a++) {
    lines.push(`Målområde ${a}: Område ${a}`, '', 'Åtgärd\tAnsvarig\tStart\tKlar senast\tIndikatorer');
    for (let n = 1; n <= perArea; n++) lines.push(row(a, n, shift).join('\t'));
    lines.push('');
  }
  return lines.join('\n');
}

/** The same plan as an XLSX workbook with goal-area rows. */
async function planWorkbook(organisation: string, shift: number): Promise<Uint8Array> {
  const rows: TestCell[][] = [['Organisation', organisation], ['Plan', 'Handlingsplan mot välfärdsbrott 2026-2028'], [], ['Åtgärd', 'Ansvarig', 'Start', 'Klar senast', 'Indikatorer']];
  for (let a = 1; a <= areas; a++) {
    rows.push([`Målområde ${a}: Område ${a}`]);
    for (let n = 1; n <= perArea; n++) rows.push(row(a, n, shift).map((c) => c.replace('  ', '\n')));
  }
  return workbookBytes([{ name: 'Plan', rows }]);
}

async function time<T>(fn: () => Promise<T>): Promise<number> {
  const started = performance.now();
  await fn();
  return performance.now() - started;
}

async function measure(format: 'text' | 'xlsx', dialect: 'SQLite' | 'PostgreSQL'): Promise<Record<string, string | number>> {
  const database: TestDatabase = dialect === 'SQLite' ? await createSqliteTestDatabase() : await createPostgresTestDatabase();
  const deps = { db: database.db, clock: new FixedClock('2026-01-12T08:00:00Z') };
  const bytesFor = (org: string, shift: number) => (format === 'text' ? Promise.resolve(new TextEncoder().encode(planText(org, shift))) : planWorkbook(org, shift));
  const fileName = format === 'text' ? 'plan.txt' : 'plan.xlsx';
  const parse: number[] = [];
  const create: number[] = [];
  const revise: number[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const organisation = `Benchby-${format}-${"abcdefghij"[i]}`;
      const first = await bytesFor(organisation, 0);
      const second = await bytesFor(organisation, 5);
      parse.push(await time(() => readPlanSource({ fileName, bytes: first }, new ProblemCollector())));
      create.push(await time(() => importPlan(deps, { fileName, bytes: first })));
      revise.push(await time(() => importPlan(deps, { fileName, bytes: second })));
    }
  } finally {
    await database.destroy();
  }
  return {
    format,
    database: dialect,
    measures: areas * perArea,
    'read+check p50 ms': ms(percentile(parse, 50)),
    'import (new plan) p50 ms': ms(percentile(create, 50)),
    'import (new plan) max ms': ms(Math.max(...create)),
    'revision (30 moved) p50 ms': ms(percentile(revise, 50)),
    'peak RSS MiB': peakRssMiB(),
  };
}

/** Importing a 300-measure plan from text and from XLSX, new and as a revision, on both databases. */
export const planImportBench: Benchmark = {
  name: 'plan-import',
  description: `Import of a 300-measure plan (10 goal areas × 30 measures, 5 owner patterns): read+check only, a new plan, and a revision moving 30 deadlines; ${runs} runs each, fresh database per row.`,
  async run() {
    const rows = [];
    for (const format of ['text', 'xlsx'] as const) for (const dialect of ['SQLite', 'PostgreSQL'] as const) rows.push(await measure(format, dialect));
    return rows;
  },
};
