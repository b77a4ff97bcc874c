import { TillitError } from '../../errors.js';

/**
 * Why a chat upload of a plan document was refused. `upload_not_found`
 * also covers someone else's upload, so its existence is never revealed.
 */
export type PlanUploadErrorCode =
  | 'upload_not_coordinator'
  | 'upload_not_plan_coordinator'
  | 'upload_not_found'
  | 'upload_expired'
  | 'upload_cancelled'
  | 'upload_already_confirmed'
  | 'upload_plan_changed';

/** A chat upload refused; the bot shows the catalogue text `error.<code>`. */
export class PlanUploadError extends TillitError<PlanUploadErrorCode> {}
