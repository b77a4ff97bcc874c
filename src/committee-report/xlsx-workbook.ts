import ExcelJS from 'exceljs';
import type { IsoDate } from '../calendar/iso-date.js';
import { formatDate } from '../calendar/zoned-time.js';
import { translator, type Translate } from '../i18n/catalogue.js';
import type { Locale } from '../i18n/locale.js';
import { statusKeys, type StatusCounts } from '../overview/overview-types.js';
import { areaName } from '../overview/words.js';
import { statusLabel } from '../status/status-label.js';
import { decisionText, followUpsText, reportRows, validityText } from './report-rows.js';
import type { CommitteeReport } from './committee-report.js';

/** A calendar date as an Excel date (UTC midnight, so no zone shifts the day). */
function excelDate(date: IsoDate | null): Date | null {
  if (!date) return null;
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
}

const lightArgb = { red: 'FFFBE3E4', yellow: 'FFFFF1C7', green: 'FFDFF3E0', blue: 'FFDDEBF7', grey: 'FFEFEFEF' } as const;

/** A header row that is bold, shaded, frozen and filterable. */
function styleTable(sheet: ExcelJS.Worksheet, columnCount: number, rowCount: number): void {
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', wrapText: true };
  header.eachCell((c) => (c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7EBF0' } }));
  sheet.views = [{ state: 'frozen', ySplit: 1, xSplit: 0 }];
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, rowCount + 1), column: columnCount } };
}

function measuresSheet(book: ExcelJS.Workbook, report: CommitteeReport, tr: Translate, locale: Locale): void {
  const sheet = book.addWorksheet(tr('committeeReport.sheet.measures'));
  const date = { numFmt: 'yyyy-mm-dd' };
  const wrap = { alignment: { wrapText: true, vertical: 'top' as const } };
  sheet.columns = [
    { header: tr('committeeReport.col.goalArea'), key: 'area', width: 28, style: wrap },
    { header: tr('committeeReport.col.code'), key: 'code', width: 7 },
    { header: tr('committeeReport.col.measure'), key: 'title', width: 50, style: wrap },
    { header: tr('committeeReport.col.owner'), key: 'owner', width: 30, style: wrap },
    { header: tr('committeeReport.col.start'), key: 'start', width: 16 },
    { header: tr('committeeReport.col.startDate'), key: 'startDate', width: 13, style: date },
    { header: tr('committeeReport.col.deadline'), key: 'deadline', width: 18 },
    { header: tr('committeeReport.col.deadlineDate'), key: 'dueDate', width: 13, style: date },
    { header: tr('committeeReport.col.status'), key: 'status', width: 20 },
    { header: tr('committeeReport.col.light'), key: 'light', width: 11 },
    { header: tr('committeeReport.col.overdueSince'), key: 'overdueSince', width: 13, style: date },
    { header: tr('committeeReport.col.reported'), key: 'reportedOn', width: 13, style: date },
    { header: tr('committeeReport.col.reportedBy'), key: 'reportedBy', width: 22 },
    { header: tr('committeeReport.col.comment'), key: 'comment', width: 45, style: wrap },
    { header: tr('committeeReport.col.forecast'), key: 'forecast', width: 13, style: date },
    { header: tr('committeeReport.col.indicators'), key: 'indicators', width: 50, style: wrap },
    { header: tr('committeeReport.col.deviation'), key: 'deviation', width: 40, style: wrap },
    { header: tr('committeeReport.col.silentDays'), key: 'silentDays', width: 10 },
  ];
  const rows = reportRows(report, locale);
  for (const r of rows) {
    const row = sheet.addRow({
      area: r.area,
      code: r.code,
      title: r.title,
      owner: r.owner,
      start: r.startText.split(' (')[0],
      startDate: excelDate(r.startDate),
      deadline: r.deadlineWritten,
      dueDate: excelDate(r.dueDate),
      status: r.status,
      light: tr(`overview.light.${r.light}`),
      overdueSince: excelDate(r.overdueSince),
      reportedOn: excelDate(r.reportedOn),
      reportedBy: r.reportedBy,
      comment: r.comment,
      forecast: excelDate(r.forecast),
      indicators: r.indicators.join('\n'),
      deviation: r.deviation,
      silentDays: r.silentDays,
    });
    row.getCell('light').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: lightArgb[r.light] } };
  }
  styleTable(sheet, sheet.columns.length, rows.length);
}

function summarySheet(book: ExcelJS.Workbook, report: CommitteeReport, tr: Translate, locale: Locale): void {
  const sheet = book.addWorksheet(tr('committeeReport.sheet.summary'));
  const { plan, goalAreas, figures: totals } = report.overview;
  sheet.columns = [{ header: tr('committeeReport.summary.area'), key: 'a', width: 42 }, { header: tr('committeeReport.summary.light'), key: 'l', width: 12 }, { header: tr('committeeReport.summary.total'), key: 't', width: 9 }, ...statusKeys.map((k) => ({ header: statusLabel(tr, k), key: k, width: 14 })), { header: tr('committeeReport.summary.overdue'), key: 'o', width: 14 }];
  const add = (name: string, light: keyof typeof lightArgb, counts: StatusCounts) => {
    const row = sheet.addRow({ a: name, l: tr(`overview.light.${light}`), t: counts.total, ...counts.byStatus, o: counts.overdue });
    row.getCell('l').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: lightArgb[light] } };
  };
  for (const area of goalAreas) add(areaName(tr, plan.goalAreaLabel, area.number, area.title), area.light, area.counts);
  add(tr('overview.reports.total'), totals.light, totals);
  styleTable(sheet, sheet.columns.length, goalAreas.length + 1);
  sheet.addRow([]);
  for (const [label, value] of [
    [tr('committeeReport.col.plan'), plan.name],
    [tr('committeeReport.fact.organisation'), plan.organisation],
    [tr('committeeReport.fact.committee'), plan.committee ?? '–'],
    [tr('committeeReport.fact.decision'), decisionText(report, locale)],
    [tr('committeeReport.fact.validity'), validityText(report, locale)],
    [tr('committeeReport.fact.followUps'), followUpsText(report, locale)],
    [tr('committeeReport.fact.asOf'), formatDate(report.overview.asOf, locale)],
    [tr('committeeReport.fact.revision'), String(plan.revision)],
    [tr('committeeReport.fact.prepared'), formatDate(report.preparedOn, locale)],
  ]) {
    sheet.addRow([label, value]).getCell(1).font = { bold: true };
  }
}

function historySheet(book: ExcelJS.Workbook, report: CommitteeReport, tr: Translate): void {
  const sheet = book.addWorksheet(tr('committeeReport.sheet.history'));
  sheet.columns = [
    { header: tr('committeeReport.col.code'), key: 'code', width: 7 },
    { header: tr('committeeReport.col.measure'), key: 'title', width: 45 },
    { header: tr('committeeReport.col.date'), key: 'date', width: 13, style: { numFmt: 'yyyy-mm-dd' } },
    { header: tr('committeeReport.col.status'), key: 'status', width: 20 },
    { header: tr('committeeReport.col.reportedBy'), key: 'by', width: 30 },
    { header: tr('committeeReport.col.comment'), key: 'comment', width: 50, style: { alignment: { wrapText: true, vertical: 'top' } } },
    { header: tr('committeeReport.col.forecast'), key: 'forecast', width: 13, style: { numFmt: 'yyyy-mm-dd' } },
    { header: tr('committeeReport.col.revision'), key: 'revision', width: 11 },
  ];
  let count = 0;
  for (const m of report.overview.measures) {
    for (const e of [...(report.histories.get(m.measureId) ?? [])].reverse()) {
      sheet.addRow({
        code: m.code,
        title: m.title,
        date: excelDate(e.recordedOn),
        status: statusLabel(tr, e.status),
        by: e.onBehalfOf ? tr('overview.latest.onBehalf', { name: e.recordedBy.name, owner: e.onBehalfOf.name }) : e.recordedBy.name,
        comment: e.comment ?? '',
        forecast: excelDate(e.forecastDate),
        revision: e.planRevision,
      });
      count += 1;
    }
  }
  styleTable(sheet, sheet.columns.length, count);
}

/**
 * The same report as an Excel workbook for the coordinator: one row per
 * measure (filters, frozen header, real dates), a summary per goal area with
 * the plan's facts, and the whole status history.
 */
export async function writeXlsxReport(report: CommitteeReport, locale: Locale): Promise<Buffer> {
  const tr = translator(locale);
  const book = new ExcelJS.Workbook();
  book.creator = 'Tillit';
  book.title = `${tr('committeeReport.title')} – ${report.overview.plan.name}`;
  // A fixed creation time keeps the file the same for the same day's report.
  book.created = book.modified = excelDate(report.preparedOn)!;
  measuresSheet(book, report, tr, locale);
  summarySheet(book, report, tr, locale);
  historySheet(book, report, tr);
  return Buffer.from(await book.xlsx.writeBuffer());
}
