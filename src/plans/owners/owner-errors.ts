import { TillitError } from '../../errors.js';

/** A unit name or id that matches no unit. */
export class UnitNotFoundError extends TillitError<'unit_not_found'> {}

/** The person may not change this unit's recipients (not a coordinator of a plan using it). */
export class NotPlanCoordinatorError extends TillitError<'not_plan_coordinator'> {}

/** Text that should have been e-mail addresses was not. */
export class InvalidEmailError extends TillitError<'invalid_email'> {
  readonly invalid: readonly string[];
  constructor(invalid: string[]) {
    super('invalid_email', `${invalid.length} invalid address(es)`, { count: invalid.length });
    this.invalid = invalid;
  }
}
