import type { IsoDate } from '../calendar/iso-date.js';
import { formatDate } from '../calendar/zoned-time.js';
import { translator, type Translate } from '../i18n/catalogue.js';
import type { Locale } from '../i18n/locale.js';
import type { MeasureState } from '../overview/overview-types.js';
import { areaName, periodText, shortDate } from '../overview/words.js';
import { statusLabel } from '../status/status-label.js';
import type { TrafficLight } from '../status/status.js';
import { deviationText } from './deviations.js';
import type { CommitteeReport } from './committee-report.js';

/** One measure as both the Word table and the Excel row show it. */
export interface ReportRow {
  measureId: string;
  areaNumber: string | null;
  area: string;
  code: string;
  title: string;
  owner: string;
  startText: string;
  startDate: IsoDate | null;
  /** "Oktober 2024 (senast 31 oktober 2024)". */
  deadlineText: string;
  deadlineWritten: string;
  dueDate: IsoDate | null;
  status: string;
  light: TrafficLight;
  overdueSince: IsoDate | null;
  reportedOn: IsoDate | null;
  reportedBy: string;
  comment: string;
  forecast: IsoDate | null;
  /** One line per indicator: "name: value (date)". */
  indicators: string[];
  deviation: string;
  silentDays: number | null;
}

function indicatorLines(report: CommitteeReport, m: MeasureState, tr: Translate, locale: Locale): string[] {
  return (report.indicators.get(m.measureId) ?? []).map((i) =>
    i.value === null ? `${i.name}: ${tr('overview.measure.indicatorNone')}` : `${i.name}: ${tr('overview.measure.indicatorValue', { value: i.value, date: shortDate(i.reportedOn!, locale) })}`,
  );
}

/** The report's measures in plan order, put into words once for every format. */
export function reportRows(report: CommitteeReport, locale: Locale): ReportRow[] {
  const tr = translator(locale);
  const { plan } = report.overview;
  const titles = new Map(report.overview.goalAreas.map((a) => [a.number, a.title]));
  return report.overview.measures.map((m) => {
    const areaNumber = m.goalAreaNumber !== null && titles.has(m.goalAreaNumber) ? m.goalAreaNumber : null;
    const latest = m.latest;
    return {
      measureId: m.measureId,
      areaNumber,
      area: areaName(tr, plan.goalAreaLabel, areaNumber, areaNumber === null ? '' : titles.get(areaNumber)!),
      code: m.code,
      title: m.title,
      owner: m.responsibleText,
      startText: periodText(tr, m.start, 'start', locale),
      startDate: m.startsOn,
      deadlineText: periodText(tr, m.deadline, 'deadline', locale),
      deadlineWritten: m.deadline.text,
      dueDate: m.dueOn,
      status: statusLabel(tr, m.status),
      light: m.light,
      overdueSince: m.overdueSince,
      reportedOn: latest?.recordedOn ?? null,
      reportedBy: latest ? (latest.onBehalfOf ? tr('overview.latest.onBehalf', { name: latest.recordedBy.name, owner: latest.onBehalfOf.name }) : latest.recordedBy.name) : '',
      comment: latest?.comment ?? '',
      forecast: latest?.forecastDate ?? null,
      indicators: indicatorLines(report, m, tr, locale),
      deviation: deviationText(m, tr, locale),
      silentDays: m.silentDays,
    };
  });
}

/** "SN §97, 22 maj 2024". */
export function decisionText(report: CommitteeReport, locale: Locale): string {
  const { decision } = report.overview.plan;
  return [decision.reference, decision.date ? formatDate(decision.date, locale) : null].filter(Boolean).join(', ') || '–';
}

/** "1 maj 2024 – 30 juni 2025". */
export function validityText(report: CommitteeReport, locale: Locale): string {
  const { validity } = report.overview.plan;
  if (!validity.from && !validity.to) return '–';
  return `${validity.from ? formatDate(validity.from, locale) : '…'} – ${validity.to ? formatDate(validity.to, locale) : '…'}`;
}

/** "uppföljning mars 2025, slutrapport augusti 2025". */
export function followUpsText(report: CommitteeReport, locale: Locale): string {
  const tr = translator(locale);
  return report.overview.plan.followUps.map((f) => tr(`committeeReport.followUp.${f.kind}`, { when: f.period.text })).join(', ') || '–';
}

/** The summary sentence with every count. */
export function summaryText(report: CommitteeReport, locale: Locale): string {
  const tr = translator(locale);
  const { figures: totals } = report.overview;
  const c = totals.byStatus;
  return tr('committeeReport.summary.text', {
    total: totals.total,
    date: formatDate(report.overview.asOf, locale),
    done: c.done,
    onTrack: c.on_track,
    atRisk: c.at_risk,
    delayed: c.delayed,
    notStarted: c.not_started,
    cancelled: c.cancelled,
    noStatus: c.no_status,
    overdue: totals.overdue,
  });
}
