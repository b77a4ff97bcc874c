import { caseDeadlines } from './deadlines.js';
import { rowCategories } from './case-content.js';
import type { CaseOutcome, PoliceDecision, ReportSubject } from './categories.js';
import type { CaseStatus, CaseSummary, ReportKind } from './report.js';
import type { ReportRow } from './reports-repository.js';

/** A case row as the handlers' list shows it (no content, no key needed). */
export function toCaseSummary(row: ReportRow, unreadFromReporter: number, retentionDays: number): CaseSummary {
  return {
    id: row.id,
    reference: row.reference,
    kind: row.kind as ReportKind,
    status: row.status as CaseStatus,
    categories: rowCategories(row),
    subject: row.subject as ReportSubject,
    unit: row.unit,
    receivedOn: row.received_on,
    acknowledgedOn: row.acknowledged_on,
    feedbackOn: row.feedback_on,
    closedOn: row.closed_on,
    deadlines: caseDeadlines(
      { receivedOn: row.received_on, acknowledgedOn: row.acknowledged_on, closedOn: row.closed_on },
      retentionDays,
    ),
    assignedHandlerId: row.assigned_handler_id,
    securityChiefInformedOn: row.security_chief_informed_on,
    policeDecision: row.police_decision as PoliceDecision | null,
    outcome: row.outcome as CaseOutcome | null,
    unreadFromReporter,
  };
}
