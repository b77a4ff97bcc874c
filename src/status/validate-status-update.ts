import { addDays, isIsoDate, type IsoDate } from '../calendar/iso-date.js';
import { statusLimits, type StatusProblem } from './status-errors.js';
import { closedStatuses, statusesNeedingComment, type StatusValue } from './status.js';

/** What a person filled in, before the rules have looked at it. */
export interface StatusDraft {
  status: StatusValue | null;
  comment: string | null;
  forecastDate: string | null;
  /** Values in the order of the measure's indicators; blanks are skipped. */
  indicatorValues: ReadonlyArray<string | null | undefined>;
}

/** What the rules need to know about the measure and the day. */
export interface StatusRulesContext {
  indicators: readonly string[];
  /** The measure's latest status, if any. */
  previous: StatusValue | null;
  /** The measure's due date (last working day of its deadline), if dated. */
  dueDate: IsoDate | null;
  /** Today in the organisation's zone. */
  today: IsoDate;
}

/** A status update the rules accept, normalised for storage. */
export interface ValidStatus {
  status: StatusValue;
  comment: string | null;
  forecastDate: IsoDate | null;
  indicatorValues: Record<string, string> | null;
}

/** Statuses for which a forecast date means something (the measure is still open). */
export const openStatuses: readonly StatusValue[] = ['not_started', 'on_track', 'at_risk', 'delayed'];

/** True when a forecast is required: the owner says it is late, or the deadline has passed. */
export function needsForecast(status: StatusValue, dueDate: IsoDate | null, today: IsoDate): boolean {
  if (status === 'delayed') return true;
  return openStatuses.includes(status) && dueDate !== null && today > dueDate;
}

/** Trims free text and normalises line breaks; empty becomes null. */
export function cleanText(text: string | null | undefined): string | null {
  const trimmed = (text ?? '').replace(/\r\n?/g, '\n').trim();
  return trimmed === '' ? null : trimmed;
}

/**
 * The status rules, in one pure function: a comment for Risk, Försenad and
 * Avbruten and for reopening a closed measure; a forecast (today or later)
 * when late; values only for indicators the plan defines. Returns every
 * problem at once so the card can show them all.
 */
export function validateStatusUpdate(
  draft: StatusDraft,
  context: StatusRulesContext,
): { ok: true; value: ValidStatus } | { ok: false; problems: StatusProblem[] } {
  const problems: StatusProblem[] = [];
  const comment = cleanText(draft.comment);
  if (comment !== null && comment.length > statusLimits.commentMaxLength) problems.push({ field: 'comment', code: 'comment_too_long' });

  const status = draft.status;
  if (status === null) problems.push({ field: 'status', code: 'status_missing' });
  else if (comment === null && statusesNeedingComment.includes(status)) problems.push({ field: 'comment', code: 'comment_required' });
  else if (comment === null && context.previous !== null && closedStatuses.includes(context.previous) && status !== context.previous) {
    problems.push({ field: 'comment', code: 'reopen_needs_comment' });
  }

  let forecastDate: IsoDate | null = null;
  const forecastText = cleanText(draft.forecastDate);
  if (status !== null && openStatuses.includes(status)) {
    if (forecastText !== null && !isIsoDate(forecastText)) problems.push({ field: 'forecastDate', code: 'forecast_invalid' });
    else if (forecastText !== null && forecastText < context.today) problems.push({ field: 'forecastDate', code: 'forecast_in_past' });
    else if (forecastText !== null && forecastText > addDays(context.today, 366 * statusLimits.forecastMaxYearsAhead)) {
      problems.push({ field: 'forecastDate', code: 'forecast_invalid' });
    } else if (forecastText === null && needsForecast(status, context.dueDate, context.today)) {
      problems.push({ field: 'forecastDate', code: 'forecast_required' });
    } else forecastDate = forecastText;
  }

  const indicatorValues: Record<string, string> = {};
  draft.indicatorValues.forEach((raw, index) => {
    const value = cleanText(raw);
    if (value === null) return;
    const indicator = context.indicators[index];
    if (indicator === undefined) problems.push({ field: 'indicators', code: 'indicator_unknown' });
    else if (value.length > statusLimits.indicatorValueMaxLength) problems.push({ field: 'indicators', code: 'indicator_too_long' });
    else indicatorValues[indicator] = value;
  });

  if (problems.length > 0 || status === null) return { ok: false, problems: dedupe(problems) };
  return {
    ok: true,
    value: { status, comment, forecastDate, indicatorValues: Object.keys(indicatorValues).length > 0 ? indicatorValues : null },
  };
}

function dedupe(problems: StatusProblem[]): StatusProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => (seen.has(p.code) ? false : (seen.add(p.code), true)));
}
