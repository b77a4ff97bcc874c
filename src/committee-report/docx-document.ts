import { formatDate } from '../calendar/zoned-time.js';
import { translator, type Translate } from '../i18n/catalogue.js';
import type { Locale } from '../i18n/locale.js';
import type { SuppressedReportStatistics } from '../overview/report-statistics-hook.js';
import { statusKeys, type StatusCounts } from '../overview/overview-types.js';
import { statisticsText } from '../overview/statistics-words.js';
import { areaName, shortDate } from '../overview/words.js';
import { statusLabel } from '../status/status-label.js';
import { packDocx } from './docx-package.js';
import { factTable, gridTable, lightFill, lines, paragraph } from './docx-parts.js';
import { pageNumber, paragraphXml, run, type Xml } from './docx-xml.js';
import { decisionText, followUpsText, reportRows, summaryText, validityText, type ReportRow } from './report-rows.js';
import type { CommitteeReport } from './committee-report.js';

type HeadingStyle = 'Heading1' | 'Heading2' | 'Heading3';

function heading(text: string, style: HeadingStyle): Xml {
  return paragraphXml([run(text)], { style, keepNext: true, spacing: { before: 240, after: 120 } });
}

function planFacts(report: CommitteeReport, tr: Translate, locale: Locale) {
  const { plan } = report.overview;
  return factTable([
    [tr('committeeReport.fact.organisation'), plan.organisation],
    [tr('committeeReport.fact.committee'), plan.committee ?? '–'],
    [tr('committeeReport.fact.decision'), decisionText(report, locale)],
    [tr('committeeReport.fact.validity'), validityText(report, locale)],
    [tr('committeeReport.fact.followUps'), followUpsText(report, locale)],
    [tr('committeeReport.fact.coordinator'), plan.coordinatorText ?? '–'],
    [tr('committeeReport.fact.asOf'), formatDate(report.overview.asOf, locale)],
    [tr('committeeReport.fact.revision'), String(plan.revision)],
    [tr('committeeReport.fact.prepared'), formatDate(report.preparedOn, locale)],
  ]);
}

function summaryTable(report: CommitteeReport, tr: Translate) {
  const { plan, goalAreas, figures: totals } = report.overview;
  // Only the statuses that occur get a column, so the area names keep their room.
  const keys = statusKeys.filter((k) => totals.byStatus[k] > 0);
  const header = [tr('committeeReport.summary.area'), tr('committeeReport.summary.light'), tr('committeeReport.summary.total'), ...keys.map((k) => statusLabel(tr, k)), tr('committeeReport.summary.overdue')];
  const rest = (100 - 34 - 10 - 8) / (keys.length + 1);
  const row = (name: string, light: keyof typeof lightFill, counts: StatusCounts) => [
    name,
    { text: tr(`overview.light.${light}`), fill: lightFill[light] },
    String(counts.total),
    ...keys.map((k) => String(counts.byStatus[k])),
    String(counts.overdue),
  ];
  return gridTable(
    header,
    [...goalAreas.map((a) => row(areaName(tr, plan.goalAreaLabel, a.number, a.title), a.light, a.counts)), row(tr('overview.reports.total'), totals.light, totals)],
    { widths: [34, 10, 8, ...keys.map(() => rest), rest], size: 18 },
  );
}

/** The reports before the latest (at most three), one line each; the Excel workbook has them all. */
function earlierReports(report: CommitteeReport, row: ReportRow, tr: Translate, locale: Locale): string {
  return (report.histories.get(row.measureId) ?? [])
    .slice(1, 4)
    .map((e) => `${shortDate(e.recordedOn, locale)}: ${statusLabel(tr, e.status)} (${e.recordedBy.name})${e.comment ? ` – ${e.comment}` : ''}`)
    .join('\n');
}

function measureTable(report: CommitteeReport, row: ReportRow, tr: Translate, locale: Locale) {
  const none = tr('committeeReport.none');
  const earlier = earlierReports(report, row, tr, locale);
  return factTable([
    [tr('committeeReport.col.owner'), row.owner || none],
    [tr('committeeReport.col.start'), row.startText],
    [tr('committeeReport.col.deadline'), row.deadlineText],
    [tr('committeeReport.col.status'), row.status, lightFill[row.light]],
    [tr('committeeReport.col.reported'), row.reportedOn ? `${shortDate(row.reportedOn, locale)}, ${row.reportedBy}` : none],
    [tr('committeeReport.col.comment'), row.comment || none],
    [tr('committeeReport.col.forecast'), row.forecast ? shortDate(row.forecast, locale) : none],
    [tr('committeeReport.col.indicators'), row.indicators.length > 0 ? row.indicators.flatMap((i) => lines(`• ${i}`)) : none],
    [tr('committeeReport.col.deviation'), row.deviation || none, row.deviation ? lightFill.red : undefined],
    ...(earlier ? [[tr('committeeReport.col.earlier'), earlier] as const] : []),
  ]);
}

function statisticsSection(stats: SuppressedReportStatistics, tr: Translate, locale: Locale): Xml[] {
  const words = statisticsText(stats, tr, locale);
  return [
    heading(words.heading, 'Heading1'),
    paragraph([run(words.note)]),
    gridTable(
      [tr('committeeReport.statistics.group'), tr('committeeReport.statistics.count')],
      [[words.total.label, words.total.shown], ...words.lines.flatMap((line) => line.cells.map((c) => [`${line.label}: ${c.label}`, c.shown]))],
      { widths: [75, 25] },
    ),
    ...words.riskAreas.map((text) => paragraph([run(text)])),
  ];
}

/**
 * The committee's status report as a Word document, in the usual Swedish
 * order: the plan and its decision, a summary per goal area, the
 * deviations, and a table per measure (ansvarig, start, klar senast as
 * written and as a date, status, kommentar, prognos, indikatorer, avvikelse,
 * the reports before). The whole history is in the Excel workbook: as a
 * Word appendix it made a 300-measure report four times slower to build.
 */
export async function writeDocxReport(report: CommitteeReport, locale: Locale): Promise<Buffer> {
  const tr = translator(locale);
  const { plan } = report.overview;
  const rows = reportRows(report, locale);
  const deviating = rows.filter((r) => r.deviation !== '');

  const children: Xml[] = [
    paragraphXml([run(tr('committeeReport.title'))], { style: 'Title' }),
    paragraphXml([run(plan.name)], { style: 'Heading2', spacing: { after: 60 } }),
    paragraph([run(tr('committeeReport.subtitle', { date: formatDate(report.overview.asOf, locale) }), { italics: true, color: '555555' })], 200),
    planFacts(report, tr, locale),
    heading(tr('committeeReport.summary'), 'Heading1'),
    paragraph([run(summaryText(report, locale))]),
    summaryTable(report, tr),
    heading(tr('committeeReport.deviations'), 'Heading1'),
    ...(deviating.length === 0
      ? [paragraph([run(tr('committeeReport.deviations.none', { date: formatDate(report.overview.asOf, locale) }))])]
      : deviating.map(
          (r) =>
            paragraphXml([run(`${r.code} ${r.title}: `, { bold: true }), run(r.deviation + (r.comment ? `. ${tr('committeeReport.col.comment')}: ${r.comment}` : ''))], {
              bullet: true,
              spacing: { after: 60 },
            }),
        )),
    heading(tr('committeeReport.measures'), 'Heading1'),
  ];
  let area: string | undefined;
  for (const row of rows) {
    if (row.area !== area) {
      area = row.area;
      children.push(heading(row.area, 'Heading2'));
    }
    children.push(heading(`${row.code} ${row.title}`, 'Heading3'), measureTable(report, row, tr, locale));
  }
  if (report.overview.reportStatistics) children.push(...statisticsSection(report.overview.reportStatistics, tr, locale));
  children.push(paragraph([run(tr('committeeReport.footer', { date: formatDate(report.preparedOn, locale), asOf: formatDate(report.overview.asOf, locale) }), { italics: true, size: 18, color: '555555' })]));

  const footerStyle = { size: 16, color: '777777' };
  return packDocx({
    title: `${tr('committeeReport.title')} – ${plan.name}`,
    description: tr('committeeReport.subtitle', { date: report.overview.asOf }),
    body: children,
    footer: paragraphXml([run(`${tr('committeeReport.title')} · ${plan.name} · `, footerStyle), pageNumber(footerStyle)], { align: 'right' }),
  });
}
