import { TillitError } from '../errors.js';

/** Every way a report or case action can be refused; each has an `error.<code>` text in the catalogue. */
export type ReportErrorCode =
  | 'report_invalid'
  | 'report_already_sent'
  | 'form_expired'
  | 'proof_of_work_failed'
  | 'receipt_code_malformed'
  | 'receipt_code_unknown'
  | 'inbox_expired'
  | 'case_closed'
  | 'not_handler'
  | 'excluded_from_case'
  | 'case_not_found'
  | 'case_action_invalid'
  | 'case_not_ready_to_close'
  | 'last_handler'
  | 'exclusion_needs_second_handler'
  | 'not_reporter'
  | 'personal_chat_only';

/**
 * A refused report or case action. `context` holds only safe details (field
 * names, a case reference) — never what anyone wrote.
 */
export class ReportError extends TillitError<ReportErrorCode> {
  /** Form fields that failed validation, for the page to mark. */
  readonly fields: readonly string[];
  constructor(code: ReportErrorCode, message: string, options: { fields?: string[]; context?: Record<string, string | number> } = {}) {
    super(code, message, options.context ?? {});
    this.fields = options.fields ?? [];
  }
}
