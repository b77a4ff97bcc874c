import type { IsoDate } from '../calendar/iso-date.js';

/**
 * HOOK for the anonymous-reports feature. The overview and the committee
 * report show statistics of reports of undue influence only through this
 * port, and only in k-suppressed form: no report, no text, no identity ever
 * reaches the overview. The reports feature implements
 * `ReportStatisticsSource` and sets it in `reportStatisticsSource` below;
 * until then the section is simply absent.
 */

/** One cell: a count, or null when it was below the threshold and suppressed ("<5"). */
export interface SuppressedCount {
  label: string;
  count: number | null;
}

/** Counts of reports in a period, every cell below `threshold` suppressed. */
export interface SuppressedReportStatistics {
  /** The k of k-anonymity: counts below it are shown as "<k". */
  threshold: number;
  period: { from: IsoDate; to: IsoDate };
  /** null when the total itself is suppressed. */
  total: number | null;
  /** E.g. by category, by unit, by quarter; each already suppressed and safe against subtraction. */
  breakdowns: Array<{ dimension: 'category' | 'unit' | 'quarter'; rows: SuppressedCount[] }>;
}

/** Asks the reports feature for statistics for an organisation and period. */
export type ReportStatisticsSource = (query: {
  organisation: string;
  from: IsoDate;
  to: IsoDate;
}) => Promise<SuppressedReportStatistics | null>;

/** The reports feature's statistics, once it provides them (the one line to change). */
export const reportStatisticsSource: ReportStatisticsSource | undefined = undefined;
