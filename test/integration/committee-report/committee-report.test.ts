import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultOverviewSettings, type OverviewDeps } from '../../../src/overview/overview-deps.js';
import type { Viewer } from '../../../src/overview/plan-access.js';
import { renderDocxReport } from '../../../src/committee-report/docx-report.js';
import { buildCommitteeReport, reportFileName } from '../../../src/committee-report/committee-report.js';
import { renderXlsxReport } from '../../../src/committee-report/xlsx-report.js';
import { dialects, type TestDatabase } from '../../helpers/databases.js';
import { seedNorrtalje, type NorrtaljeScenario } from '../../helpers/norrtalje-scenario.js';

/** The visible text of a docx: every w:t of word/document.xml, paragraph by paragraph. */
async function docxParagraphs(buffer: Buffer): Promise<string[]> {
  const zip = await JSZip.loadAsync(buffer);
  const xml = await zip.file('word/document.xml')!.async('string');
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)]
    .map((p) => [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''))
    .map((t) => t.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"'))
    .filter((t) => t !== '');
}

async function sheetRows(buffer: Buffer, name: string): Promise<unknown[][]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(buffer as any);
  const sheet = book.getWorksheet(name)!;
  const rows: unknown[][] = [];
  sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

describe.each(dialects)('committee report ($name)', ({ name, create }) => {
  let database: TestDatabase;
  let s: NorrtaljeScenario;
  let deps: OverviewDeps;
  const anna = (): Viewer => ({ kind: 'person', personId: s.people.anna, place: { kind: 'private' } });

  beforeAll(async () => {
    database = await create();
    s = await seedNorrtalje(database.db);
    deps = { db: database.db, clock: s.clock, timeZone: 'Europe/Stockholm', settings: defaultOverviewSettings };
  });
  afterAll(async () => database?.destroy());

  it('writes a Word document in the usual Swedish structure that opens and holds every measure', async () => {
    const report = await buildCommitteeReport(deps, { viewer: anna(), planId: s.planId });
    const docx = await renderDocxReport(report, 'sv');
    if (name === 'SQLite') {
      fs.mkdirSync('test-results/reports', { recursive: true });
      fs.writeFileSync(path.join('test-results/reports', reportFileName(report, 'docx')), docx);
    }
    const text = await docxParagraphs(docx);
    const at = (needle: string) => text.findIndex((t) => t.includes(needle));
    expect(text[0]).toBe('Statusrapport');
    expect(text).toContain('Socialnämndens handlingsplan mot välfärdsbrott och otillåten påverkan 2024–2025');
    expect(text).toContain('SN §97, 22 maj 2024');
    expect(text).toContain('uppföljning mars 2025, slutrapport augusti 2025');
    // the order a committee expects: facts, summary, deviations, measures per area, history
    expect(at('Sammanfattning')).toBeLessThan(at('Avvikelser'));
    expect(at('Avvikelser')).toBeLessThan(at('Åtgärder per område'));
    expect(at('Målområde 1: Kompetenshöjande insatser')).toBeLessThan(at('Målområde 2: Upptäcka och förebygga'));
    // earlier reports in the measure's table; the whole history is in the Excel workbook
    expect(text).toContain('10 sep. 2024: Pågår enligt plan (Per Holm)');
    expect(text.find((t) => t.startsWith('Planen har 8 åtgärder.'))).toContain('2 försenade');
    for (const code of ['1.1', '1.2', '2.1', '2.2', '2.3', '2.4', '2.5', '2.6']) expect(text.some((t) => t.startsWith(`${code} `))).toBe(true);
    // the table of 2.3: ansvarig, klar senast as written and as a date, status, kommentar, prognos, indikatorer, avvikelse
    const m23 = text.slice(text.findIndex((t) => t.startsWith('2.3 Utred')));
    expect(m23).toEqual(
      expect.arrayContaining([
        'Enhet för säkerhet, beredskap och systemförvaltning',
        '31 oktober 2024 (i planen: Oktober 2024)',
        'Försenad',
        'RPA-leverantören är försenad',
        '30 apr. 2025',
        '• Utredning och förslag på vidare åtgärder är färdigställd: Utkast klart (5 nov. 2024)',
        'Sista datum (31 okt. 2024) har passerat; rapporterad som försenad; ingen status på 146 dagar; ny prognos 30 apr. 2025',
      ]),
    );
    expect(text.some((t) => t.includes('Anmälningar om otillåten påverkan'))).toBe(false);
  });

  it('writes an Excel workbook with one filterable row per measure and a frozen header', async () => {
    const report = await buildCommitteeReport(deps, { viewer: anna(), planId: s.planId });
    const xlsx = await renderXlsxReport(report, 'sv');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx as any);
    expect(book.worksheets.map((w) => w.name)).toEqual(['Åtgärder', 'Sammanfattning', 'Historik']);
    const sheet = book.getWorksheet('Åtgärder')!;
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBeTruthy();
    const rows = await sheetRows(xlsx, 'Åtgärder');
    expect(rows).toHaveLength(9);
    expect(rows[0]!.slice(0, 9)).toEqual(['Område', 'Nr', 'Åtgärd', 'Ansvarig', 'Start', 'Start (datum)', 'Klar senast', 'Klar senast (datum)', 'Status']);
    expect(rows.slice(1).map((r) => r[1])).toEqual(['1.1', '1.2', '2.1', '2.2', '2.3', '2.4', '2.5', '2.6']);
    const m23 = rows.find((r) => r[1] === '2.3')!;
    expect(m23[6]).toBe('Oktober 2024');
    expect((m23[7] as Date).toISOString().slice(0, 10)).toBe('2024-10-31');
    expect(m23[8]).toBe('Försenad');
    expect((m23[10] as Date).toISOString().slice(0, 10)).toBe('2024-11-01');
    expect(m23[13]).toBe('RPA-leverantören är försenad');
    const history = await sheetRows(xlsx, 'Historik');
    expect(history).toHaveLength(1 + 12);
    const summary = await sheetRows(xlsx, 'Sammanfattning');
    expect(summary[1]!.slice(0, 3)).toEqual(['Målområde 1: Kompetenshöjande insatser', 'Röd', 2]);
  });

  it('reproduces the report as it would have looked on an earlier day', async () => {
    const report = await buildCommitteeReport(deps, { viewer: anna(), planId: s.planId, asOf: '2024-08-31' });
    expect(reportFileName(report, 'xlsx')).toBe('statusrapport-norrtalje-2024-2025-2024-08-31.xlsx');
    const rows = await sheetRows(await renderXlsxReport(report, 'sv'), 'Åtgärder');
    const m23 = rows.find((r) => r[1] === '2.3')!;
    expect(m23[6]).toBe('November 2024');
    expect(m23[8]).toBe('Ej påbörjad');
    expect((await sheetRows(await renderXlsxReport(report, 'sv'), 'Historik')).length).toBe(1 + 4);
    const again = await buildCommitteeReport(deps, { viewer: anna(), planId: s.planId, asOf: '2024-08-31' });
    expect(await docxParagraphs(await renderDocxReport(again, 'sv'))).toEqual(await docxParagraphs(await renderDocxReport(report, 'sv')));
  });

  it('includes the k-suppressed statistics section only when the reports feature provides it', async () => {
    const stats = { threshold: 5, period: { from: '2024-04-01', to: '2025-03-31' }, total: '12', breakdowns: [{ dimension: 'category' as const, rows: [{ key: 'threat', shown: '7' }, { key: 'bribery', shown: '<5' }] }], riskAreas: { general: [], byCategory: [] } };
    const report = await buildCommitteeReport({ ...deps, reportStatistics: async () => stats }, { viewer: anna(), planId: s.planId });
    const text = await docxParagraphs(await renderDocxReport(report, 'sv'));
    expect(text).toContain('Anmälningar om otillåten påverkan');
    expect(text).toContain('<5');
  });

  it('is not produced for someone without read access', async () => {
    const olle: Viewer = { kind: 'person', personId: s.people.olle, place: { kind: 'private' } };
    await expect(buildCommitteeReport(deps, { viewer: olle, planId: s.planId })).rejects.toMatchObject({ code: 'plan_access_denied' });
  });
});
