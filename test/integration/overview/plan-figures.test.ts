import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planOverviewCard } from '../../../cards/plan-overview-card.js';
import { ensurePersonByEmail } from '../../../src/directory/people-repository.js';
import { FixedClock } from '../../../src/ports/clock.js';
import { dashboardView } from '../../../src/overview/dashboard-view.js';
import { defaultOverviewSettings, type OverviewDeps } from '../../../src/overview/overview-deps.js';
import type { PlanOverview } from '../../../src/overview/overview-types.js';
import { planOverview } from '../../../src/overview/plan-overview.js';
import { renderDocxReport } from '../../../src/committee-report/docx-report.js';
import { buildCommitteeReport, type CommitteeReport } from '../../../src/committee-report/committee-report.js';
import { renderXlsxReport } from '../../../src/committee-report/xlsx-report.js';
import { dashboardFragment } from '../../../web/pages/overview/dashboard-fragment.js';
import { cardText } from '../../helpers/cards.js';
import { dialects, type TestDatabase } from '../../helpers/databases.js';
import { norrtaljePlan } from '../../helpers/norrtalje-plan.js';
import { storeDraft } from '../../helpers/plan-builders.js';
import { seedStatuses } from '../../helpers/status-seeds.js';

async function docxText(buffer: Buffer): Promise<string> {
  const xml = await (await JSZip.loadAsync(buffer)).file('word/document.xml')!.async('string');
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join('|');
}

/** The fill of the docx summary table's cell that follows a text ("Totalt" → its light cell). */
async function docxFillAfter(buffer: Buffer, text: string): Promise<string | undefined> {
  const xml = await (await JSZip.loadAsync(buffer)).file('word/document.xml')!.async('string');
  const row = [...xml.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((r) => r[0]).find((r) => r.includes(`>${text}</w:t>`));
  return row ? [...row.matchAll(/w:fill="([0-9A-F]{6})"/g)].map((m) => m[1])[0] : undefined;
}

async function sheet(buffer: Buffer, name: string): Promise<ExcelJS.Worksheet> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(buffer as any);
  return book.getWorksheet(name)!;
}

/**
 * The Norrtälje plan as a municipality meets Tillit in practice: the plan
 * was decided in May 2024 and runs since, but came into Tillit only on
 * 25 March 2025; two measures have been reported on since (1.1 done, 2.3
 * delayed), six never. As of Monday 31 March 2025 every place that shows
 * a figure shows the same one.
 */
describe.each(dialects)('the plan’s figures on the Norrtälje plan imported late ($name)', ({ create }) => {
  let database: TestDatabase;
  let deps: OverviewDeps;
  let planId: string;
  let overview: PlanOverview;
  let report: CommitteeReport;
  const operator = { kind: 'operator' as const };

  beforeAll(async () => {
    database = await create();
    const clock = new FixedClock('2025-03-25T09:00:00.000Z');
    const { plan } = await storeDraft(database.db, clock, norrtaljePlan());
    planId = plan.id;
    const ids = Object.fromEntries((await database.db.selectFrom('measures').select(['id', 'code']).where('plan_id', '=', planId).execute()).map((r) => [r.code, r.id]));
    const person = (await ensurePersonByEmail(database.db, 'sara.lind@norrtalje.example', clock.now().toISOString())).id;
    await seedStatuses(database.db, [
      { measureId: ids['1.1']!, status: 'done', at: '2025-03-26T08:00:00.000Z', by: person },
      { measureId: ids['2.3']!, status: 'delayed', at: '2025-03-26T08:00:00.000Z', by: person, comment: 'Leverantören är sen' },
    ]);
    clock.set('2025-03-31T08:00:00.000Z');
    deps = { db: database.db, clock, timeZone: 'Europe/Stockholm', settings: defaultOverviewSettings };
    overview = await planOverview(deps, { viewer: operator, planId });
    report = await buildCommitteeReport(deps, { viewer: operator, planId });
  });
  afterAll(async () => database?.destroy());

  it('computes every figure once: 8 measures, 1 done, 1 delayed, 6 without status, 6 overdue, 6 silent and never reported, red', () => {
    expect(overview.figures).toEqual({
      total: 8,
      byStatus: { not_started: 0, on_track: 0, at_risk: 0, delayed: 1, done: 1, cancelled: 0, no_status: 6 },
      overdue: 6,
      dueSoon: 0,
      silent: 6,
      neverReported: 6,
      light: 'red',
    });
  });

  it('counts a measure never reported on from its start, not as 0 days', () => {
    const days = Object.fromEntries(overview.measures.map((m) => [m.code, m.silentDays]));
    // 2.4 started in May 2024, 2.2 in June, 1.2 in August, 2.5 and 2.6 in November, 2.1 in January 2025.
    expect(days).toEqual({ '1.1': null, '1.2': 242, '2.1': 89, '2.2': 303, '2.3': 5, '2.4': 334, '2.5': 150, '2.6': 150 });
    expect(overview.stale.map((m) => m.code)).toEqual(['2.4', '2.2', '1.2', '2.5', '2.6', '2.1']);
  });

  it('shows the same figures in the chat overview', () => {
    const text = cardText(planOverviewCard(overview, 'sv'));
    expect(text).toContain('Ingen status på över 60 dagar (6)');
    expect(text).toContain('aldrig rapporterad, startade 1 maj 2024');
    expect(text).toContain('Sista datum har passerats (6)');
    expect(text).toMatch(/Försenad 1 · 🔵 Klar 1 · ⚪ Ingen status 6/);
  });

  it('shows the same figures on the dashboard tab', async () => {
    const html = dashboardFragment(await dashboardView(deps, { viewer: operator, filters: {} }), 'sv').value;
    expect(html).toContain('Ingen status på över 60 dagar (6)');
    expect(html).toContain('<b>6</b><span>Ingen status</span>');
    expect(html).toContain('<b>6</b><span>Sista datum passerat</span>');
    expect(html).toContain('Sista datum har passerats (6)');
  });

  it('colours the report summary’s Totalt row by the plan’s light (red), in Word and in Excel', async () => {
    const docx = await renderDocxReport(report, 'sv');
    expect(await docxFillAfter(docx, 'Totalt')).toBe('FBE3E4');
    expect(await docxText(docx)).toContain('aldrig rapporterad, 334 dagar sedan start');
    const summary = await sheet(await renderXlsxReport(report, 'sv'), 'Sammanfattning');
    const total = summary.getRows(1, summary.rowCount)!.find((r) => r.getCell(1).value === 'Totalt')!;
    expect(total.getCell(2).value).toBe('Röd');
    expect((total.getCell(2).fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFFBE3E4');
    expect(total.getCell(3).value).toBe(8);
  });

  it('writes the days without status in the workbook: from the start for a measure never reported, empty for a closed one', async () => {
    const measures = await sheet(await renderXlsxReport(report, 'sv'), 'Åtgärder');
    const header = (measures.getRow(1).values as unknown[]).slice(1);
    const column = header.indexOf('Dagar utan status') + 1;
    const byCode = Object.fromEntries(measures.getRows(2, 8)!.map((r) => [r.getCell(2).value, r.getCell(column).value]));
    expect(byCode).toEqual({ '1.1': null, '1.2': 242, '2.1': 89, '2.2': 303, '2.3': 5, '2.4': 334, '2.5': 150, '2.6': 150 });
  });
});
