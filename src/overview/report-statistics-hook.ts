import type { IsoDate } from '../calendar/iso-date.js';

/**
 * The port through which the overview, the dashboard and the committee
 * report show statistics of reports of undue influence — only in
 * k-suppressed form: no report, no text, no identity ever reaches the
 * overview. The reports feature implements it
 * (src/reports/statistics/statistics-source.ts) and the composition roots
 * (app/overview-services.ts, cli/commands/plan-report.ts) plug it in.
 */

/** One cell: its key (a category, a unit, "2026-Q1") and what may be shown: "12", "<5" or "x" (hidden). */
export interface SuppressedCount {
  key: string;
  shown: string;
}

/** Counts of reports in whole quarters, every small cell protected. */
export interface SuppressedReportStatistics {
  /** The k of k-anonymity: counts below it are shown as "<k". */
  threshold: number;
  /** First and last day of the whole quarters counted. */
  period: { from: IsoDate; to: IsoDate };
  /** "37", "<5" or "x". */
  total: string;
  /** By category (a report may have several), by unit ('' = not given), by quarter. */
  breakdowns: Array<{ dimension: 'category' | 'unit' | 'quarter'; rows: SuppressedCount[] }>;
  /** The plan's risk areas the categories relate to: those about undue influence in general, and per category. */
  riskAreas: { general: string[]; byCategory: Array<{ category: string; areas: string[] }> };
}

/** Asks the reports feature for a plan's statistics: the whole quarters from `from` up to the as-of day `to`. */
export type ReportStatisticsSource = (query: { planId: string; organisation: string; from: IsoDate; to: IsoDate }) => Promise<SuppressedReportStatistics | null>;
