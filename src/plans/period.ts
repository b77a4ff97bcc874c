import { addDays, type IsoDate } from '../calendar/iso-date.js';
import { workingDayOnOrAfter, workingDayOnOrBefore } from '../calendar/working-days.js';

/**
 * How a start or deadline was written in a plan. Dated kinds have `from` and
 * `to` (ISO dates, last day inclusive); continuous, external and unknown
 * periods have neither and never get a deadline reminder.
 */
export const periodKinds = [
  'day',
  'month',
  'quarter',
  'tertial',
  'half',
  'season',
  'year',
  'range',
  'continuous',
  'external',
  'unknown',
] as const;
export type PeriodKind = (typeof periodKinds)[number];

export type DatedPeriodKind = Exclude<PeriodKind, 'continuous' | 'external' | 'unknown'>;

export type Period =
  | { kind: DatedPeriodKind; from: IsoDate; to: IsoDate; text: string }
  | { kind: 'continuous' | 'external' | 'unknown'; from: null; to: null; text: string };

export type DatedPeriod = Extract<Period, { from: IsoDate }>;

/** True when the period has dates (so a deadline can be due). */
export function isDated(period: Period): period is DatedPeriod {
  return period.from !== null;
}

/**
 * The day a deadline period is due: its last working day ("Oktober 2024" →
 * the last working day of October 2024). Undefined for undated periods.
 */
export function dueDate(period: Period): IsoDate | undefined {
  return isDated(period) ? workingDayOnOrBefore(period.to) : undefined;
}

/**
 * The first day a measure due on `due` counts as overdue: the next working
 * day, so a deadline never turns red over a weekend or a holiday. One rule
 * for every view (owner's list, status card, overview, report).
 */
export function firstOverdueDay(due: IsoDate): IsoDate {
  return workingDayOnOrAfter(addDays(due, 1));
}

/** The day a start period begins (its first day). */
export function startDate(period: Period): IsoDate | undefined {
  return isDated(period) ? period.from : undefined;
}
