import type { TabAuthError } from '../src/auth/tab-identity.js';
import type { ReportErrorCode } from '../src/reports/report-errors.js';

/**
 * The one HTTP error surface: the status every error code answers with, on
 * every web route (the chat's counterpart is bot/error-surface.ts). A new
 * report or tab sign-in code without a status here does not compile; a code
 * not listed answers 500.
 */
const statusOfCode = {
  // The report channel (src/reports/report-errors.ts).
  report_invalid: 400,
  proof_of_work_failed: 400,
  receipt_code_malformed: 400,
  case_action_invalid: 400,
  not_handler: 403,
  excluded_from_case: 403,
  not_reporter: 403,
  personal_chat_only: 403,
  case_not_found: 404,
  receipt_code_unknown: 404,
  report_already_sent: 409,
  case_closed: 409,
  case_not_ready_to_close: 409,
  last_handler: 409,
  exclusion_needs_second_handler: 409,
  inbox_expired: 410,
  form_expired: 410,
  // Tab sign-in (src/auth/tab-identity.ts): Entra's key set out of reach is the server's trouble, not the person's.
  tab_unauthenticated: 401,
  tab_auth_unavailable: 401,
  tab_keys_unavailable: 503,
  // The overview and the committee report's downloads.
  plan_access_denied: 403,
  overview_not_linked_here: 403,
  overview_not_coordinator: 403,
  plan_not_found: 404,
  overview_query_not_understood: 400,
  overview_invalid_date: 400,
  overview_future_date: 400,
  overview_plan_not_decided: 400,
  overview_goal_area_not_found: 400,
  overview_measure_not_found: 400,
  download_invalid: 400,
  download_expired: 410,
  download_revoked: 410,
  // Stored reports that this server's key cannot open.
  decryption_failed: 500,
  master_key_mismatch: 500,
} as const satisfies Record<ReportErrorCode | TabAuthError['code'], number> & Record<string, number>;

/** A code with a status of its own. */
export type HttpErrorCode = keyof typeof statusOfCode;

/** The HTTP status for an error code (500 for a code that has none, or none at all). */
export function httpStatus(code: string | undefined): number {
  return code !== undefined && Object.hasOwn(statusOfCode, code) ? statusOfCode[code as HttpErrorCode] : 500;
}

/**
 * The status of a page shown again with the problem on it (the report
 * form, the reporter's inbox): 409 when what was asked conflicts with what
 * happened already, else 400 — the page itself is the answer.
 */
export function shownAgainStatus(code: string): 400 | 409 {
  return httpStatus(code) === 409 ? 409 : 400;
}
