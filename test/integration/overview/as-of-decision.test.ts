import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CliIo } from '../../../cli/cli-io.js';
import { describeCliError } from '../../../cli/describe-error.js';
import { buildProgram } from '../../../cli/program.js';
import { FixedClock } from '../../../src/ports/clock.js';
import { defaultOverviewSettings, type OverviewDeps } from '../../../src/overview/overview-deps.js';
import { planOverview, planOverviews } from '../../../src/overview/plan-overview.js';
import { dialects, type TestDatabase } from '../../helpers/databases.js';
import { measureDraft, planDraft, storeDraft } from '../../helpers/plan-builders.js';

const operator = { kind: 'operator' as const };

/**
 * A plan decided in May 2024 (§97) that came into Tillit only in January
 * 2026: first as a draft without its decision, two days later with the
 * decision and a moved deadline. And a plan for 2026–2028 decided in
 * December 2025. "As of" a day shows the version in force then.
 */
describe.each(dialects)('"as of" follows the decision, not the import ($name)', ({ create }) => {
  let database: TestDatabase;
  let deps: OverviewDeps;
  let lateId: string;
  let futureId: string;
  const clock = new FixedClock('2026-01-10T09:00:00.000Z');

  beforeAll(async () => {
    database = await create();
    const base = { key: 'sen-2024-2025', decision: { reference: null, date: null }, validity: { from: '2024-05-01', to: '2025-06-30' } };
    lateId = (await storeDraft(database.db, clock, planDraft({ ...base, measures: [measureDraft({ code: '1.1', deadline: 'Oktober 2024' })] }))).plan.id;
    clock.set('2026-01-12T09:00:00.000Z');
    await storeDraft(database.db, clock, planDraft({ ...base, decision: { reference: 'SN §97', date: '2024-05-22' }, measures: [measureDraft({ code: '1.1', deadline: 'December 2024' })] }));
    futureId = (
      await storeDraft(
        database.db,
        clock,
        planDraft({ key: 'ny-2026-2028', name: 'Handlingsplan 2026–2028', decision: { reference: 'KS §12', date: '2025-12-10' }, validity: { from: '2026-01-01', to: '2028-12-31' } }),
      )
    ).plan.id;
    clock.set('2026-02-02T09:00:00.000Z');
    deps = { db: database.db, clock, timeZone: 'Europe/Stockholm', settings: defaultOverviewSettings };
  });
  afterAll(async () => database?.destroy());

  it('shows the revision with the §97 decision as of 31 March 2025, although it was imported in 2026', async () => {
    const overview = await planOverview(deps, { viewer: operator, planId: lateId, asOf: '2025-03-31' });
    expect(overview.plan).toMatchObject({ revision: 2, decision: { reference: 'SN §97', date: '2024-05-22' }, revisionPredatesImport: false });
    expect(overview.measures[0]!.deadline.text).toBe('December 2024');
  });

  it('says in the committee report that version 2 and §97 applied then', async () => {
    const out: string[] = [];
    const err: string[] = [];
    const io: CliIo = { out: (l) => out.push(l), err: (l) => err.push(l), env: { DATABASE_URL: database.url, LOG_LEVEL: 'silent', TILLIT_DATA_DIR: '/tmp' }, cwd: '/tmp', locale: 'sv' };
    await buildProgram(io).parseAsync(['node', 'tillit', 'plan', 'report', 'sen-2024-2025', '--format', 'xlsx', '--as-of', '2025-03-31', '--out', `/tmp/tillit-asof-${process.pid}-${database.dialect}.xlsx`]);
    expect(err).toEqual([]);
    const ExcelJS = (await import('exceljs')).default;
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(`/tmp/tillit-asof-${process.pid}-${database.dialect}.xlsx`);
    const facts = new Map<string, unknown>();
    book.getWorksheet('Sammanfattning')!.eachRow((row) => facts.set(String(row.getCell(1).value), row.getCell(2).value));
    expect(facts.get('Beslut')).toBe('SN §97, 22 maj 2024');
    expect(facts.get('Planversion')).toBe('2');
  });

  it('refuses a day before the plan’s validity as "not yet decided", in chat terms and at the command line', async () => {
    await expect(planOverview(deps, { viewer: operator, planId: futureId, asOf: '2025-03-01' })).rejects.toMatchObject({ code: 'overview_plan_not_decided' });
    const err: string[] = [];
    const io: CliIo = { out: () => undefined, err: (l) => err.push(l), env: { DATABASE_URL: database.url, LOG_LEVEL: 'silent', TILLIT_DATA_DIR: '/tmp' }, cwd: '/tmp', locale: 'sv' };
    try {
      await buildProgram(io).parseAsync(['node', 'tillit', 'plan', 'report', 'ny-2026-2028', '--as-of', '2025-03-01']);
    } catch (error) {
      err.push(describeCliError(io, error).line);
    }
    expect(err).toEqual(['tillit: fel: planen "ny-2026-2028" var inte beslutad 1 mars 2025 (beslutad 10 december 2025, gäller från 1 januari 2026), så det finns ingen rapport per den dagen.']);
  });

  it('leaves a plan not yet decided out of "status per …" for all plans, and shows the others', async () => {
    const { overviews } = await planOverviews(deps, { viewer: operator, asOf: '2025-03-01' });
    expect(overviews.map((o) => o.plan.key)).toEqual(['sen-2024-2025']);
  });

  it('shows the first version, flagged, for a day in the plan’s validity before any version’s decision took effect', async () => {
    const overview = await planOverview(deps, { viewer: operator, planId: lateId, asOf: '2024-05-10' });
    expect(overview.plan).toMatchObject({ revision: 1, revisionPredatesImport: true });
  });
});
