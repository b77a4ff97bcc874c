import { TillitError } from '../errors.js';

/** Why a person may not do something with a measure's status. */
export type StatusAccessCode = 'measure_not_found' | 'measure_removed' | 'not_owner' | 'not_permitted';

/**
 * The measure does not exist, is no longer in the plan, or the person may
 * not record (`not_owner`) or read (`not_permitted`) its status. Context
 * holds ids only.
 */
export class StatusAccessError extends TillitError<StatusAccessCode> {}

/** Input fields of a status update, as named on the card. */
export type StatusField = 'status' | 'comment' | 'forecastDate' | 'indicators' | 'onBehalfOf';

/** One thing wrong with a submitted status, tied to its field. */
export type StatusProblemCode =
  | 'status_missing'
  | 'comment_required'
  | 'comment_too_long'
  | 'reopen_needs_comment'
  | 'forecast_required'
  | 'forecast_invalid'
  | 'forecast_in_past'
  | 'indicator_unknown'
  | 'indicator_too_long'
  | 'owner_choice_invalid';

/** A problem and the field it belongs to. */
export interface StatusProblem {
  field: StatusField;
  code: StatusProblemCode;
}

/**
 * A submitted status the rules do not accept (a comment missing for
 * "Försenad", a forecast in the past…). Nothing was stored; the card is
 * shown again with the problems next to the person's own input.
 */
export class StatusValidationError extends TillitError<'status_invalid'> {
  readonly problems: readonly StatusProblem[];
  constructor(problems: StatusProblem[], context: Record<string, string | number | boolean | undefined> = {}) {
    super('status_invalid', `Invalid status update: ${problems.map((p) => p.code).join(', ')}`, context);
    this.problems = problems;
  }
}

/** Limits on what a status update may hold; the card inputs use the same. */
export const statusLimits = {
  commentMaxLength: 2000,
  indicatorValueMaxLength: 200,
  /** How far ahead a forecast may be, in years. */
  forecastMaxYearsAhead: 10,
} as const;
