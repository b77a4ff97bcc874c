import { appendAudit } from './audit-log.js';
import { auditActor, caseForHandler, isReportHandler, type HandlerActor } from './handler-access.js';
import type { ReportDeps } from './report-deps.js';
import { ReportError } from './report-errors.js';
import { updateReport } from './reports-repository.js';

/** Assigns a case to a handler (or to nobody). Only configured handlers can be assigned. */
export async function assignCase(deps: ReportDeps, actor: HandlerActor, input: { caseId: unknown; handlerId: string | null }): Promise<void> {
  const { row, excluded } = await caseForHandler(deps, actor, input.caseId);
  if (input.handlerId !== null && (!isReportHandler(deps.config, input.handlerId) || excluded.includes(input.handlerId))) {
    throw new ReportError('case_action_invalid', 'Not an eligible handler', { fields: ['handlerId'] });
  }
  await deps.db.transaction().execute(async (trx) => {
    await updateReport(trx, row.id, { assigned_handler_id: input.handlerId });
    await appendAudit(trx, { reference: row.reference, actor: auditActor(actor), action: 'assigned', detail: input.handlerId, at: deps.clock.now() });
  });
}

export { excludeHandler, liftExclusion } from './case-exclusions.js';
