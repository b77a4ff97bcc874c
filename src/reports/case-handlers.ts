import { appendAudit } from './audit-log.js';
import { auditActor, caseForHandler, isReportHandler, type HandlerActor } from './handler-access.js';
import type { ReportDeps } from './report-deps.js';
import { ReportError } from './report-errors.js';
import { addExclusion, updateReport } from './reports-repository.js';

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

/**
 * Excludes a handler from a case for conflict of interest (jäv) — oneself or
 * another. From then on they cannot list, open or be told about the case.
 * At least one handler must remain able to work it.
 */
export async function excludeHandler(deps: ReportDeps, actor: HandlerActor, input: { caseId: unknown; handlerId: string }): Promise<void> {
  const { row, excluded } = await caseForHandler(deps, actor, input.caseId);
  if (!isReportHandler(deps.config, input.handlerId)) throw new ReportError('case_action_invalid', 'Not a handler', { fields: ['handlerId'] });
  const remaining = deps.config.handlerIds.filter((id) => id !== input.handlerId && !excluded.includes(id));
  if (remaining.length === 0) throw new ReportError('last_handler', 'Nobody would be left to handle the case');
  await deps.db.transaction().execute(async (trx) => {
    await addExclusion(trx, row.id, input.handlerId);
    if (row.assigned_handler_id === input.handlerId) await updateReport(trx, row.id, { assigned_handler_id: null });
    await appendAudit(trx, { reference: row.reference, actor: auditActor(actor), action: 'handler_excluded', detail: input.handlerId, at: deps.clock.now() });
  });
}
