import type { ReportsConfig } from '../config/reports-environment.js';
import type { AuditActor } from './audit-log.js';
import type { ReportDeps } from './report-deps.js';
import { ReportError } from './report-errors.js';
import { findReport, listExclusions, type ReportRow } from './reports-repository.js';

/** A signed-in person acting in the case view (from the tab's verified token). */
export interface HandlerActor {
  aadObjectId: string;
  name: string | null;
}

/** True when the Entra object id is one of the configured case handlers. */
export function isReportHandler(config: Pick<ReportsConfig, 'handlerIds'>, aadObjectId: string | undefined): boolean {
  return !!aadObjectId && config.handlerIds.includes(aadObjectId.toLowerCase());
}

/** Refuses anyone who is not a configured case handler (403), whatever the UI showed them. */
export function assertHandler(config: Pick<ReportsConfig, 'handlerIds'>, actor: HandlerActor): void {
  if (!isReportHandler(config, actor.aadObjectId)) throw new ReportError('not_handler', 'Not a case handler');
}

/** The actor as the audit log records them. */
export function auditActor(actor: HandlerActor): AuditActor {
  return { id: actor.aadObjectId.toLowerCase(), name: actor.name };
}

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Loads a case for a handler: a malformed, unknown or not yet released id is
 * "not found" (forged ids learn nothing), and a handler excluded for
 * conflict of interest is refused.
 */
export async function caseForHandler(
  deps: Pick<ReportDeps, 'db' | 'config'>,
  actor: HandlerActor,
  caseId: unknown,
): Promise<{ row: ReportRow; excluded: string[] }> {
  assertHandler(deps.config, actor);
  if (typeof caseId !== 'string' || !uuid.test(caseId)) throw new ReportError('case_not_found', 'Malformed case id');
  const row = await findReport(deps.db, caseId.toLowerCase());
  // Not yet released at a batch time: handlers cannot know it exists.
  if (!row || row.notified !== 1) throw new ReportError('case_not_found', 'No such case');
  const excluded = await listExclusions(deps.db, row.id);
  if (excluded.includes(actor.aadObjectId.toLowerCase())) {
    throw new ReportError('excluded_from_case', 'Excluded for conflict of interest', { context: { reference: row.reference } });
  }
  return { row, excluded };
}
