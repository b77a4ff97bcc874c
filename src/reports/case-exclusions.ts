import { appendAudit, listAudit, type AuditEntry } from './audit-log.js';
import { auditActor, caseForHandler, type HandlerActor } from './handler-access.js';
import type { ReportDeps } from './report-deps.js';
import { ReportError } from './report-errors.js';
import { addExclusion, removeExclusion, updateReport, type ReportRow } from './reports-repository.js';

/** One handler's exclusion from a case (jäv): who made it and when, as the audit log says. */
export interface CaseExclusion {
  handlerId: string;
  excludedBy: string | null;
  excludedByName: string | null;
  /** ISO instant of the audit entry; null for exclusions older than the audit of their author. */
  at: string | null;
}

/** The audit entries about exclusions: the ones every handler may read, excluded or not. */
export function exclusionEntries(audit: readonly AuditEntry[]): AuditEntry[] {
  return audit.filter((a) => a.action === 'handler_excluded' || a.action === 'exclusion_lifted');
}

/** Current exclusions of a case with their author, from the exclusion rows and the audit log. */
export function describeExclusions(excluded: readonly string[], audit: readonly AuditEntry[]): CaseExclusion[] {
  return excluded.map((handlerId) => {
    const made = exclusionEntries(audit)
      .filter((a) => a.detail === handlerId && a.action === 'handler_excluded')
      .at(-1);
    return { handlerId, excludedBy: made?.actorId ?? null, excludedByName: made?.actorName ?? null, at: made?.at ?? null };
  });
}

/** Handlers who could still open the case after `also` is excluded, not counting `besides`. */
function othersWithAccess(deps: Pick<ReportDeps, 'config'>, excluded: readonly string[], also: string, besides: string): string[] {
  return deps.config.handlerIds.filter((id) => id !== also && id !== besides && !excluded.includes(id));
}

/**
 * Excludes a handler from a case for conflict of interest (jäv) — oneself or
 * another. It takes effect at once (the content must not reach someone with
 * jäv while a confirmation waits), but it is never the act of one person
 * alone: at least one other handler, neither the excluded one nor the one
 * excluding, keeps the case and can lift the exclusion. The excluded handler
 * still sees that the case exists, who excluded them and when — never its
 * content. With only two handlers, the one with jäv excludes themselves.
 */
export async function excludeHandler(deps: ReportDeps, actor: HandlerActor, input: { caseId: unknown; handlerId: string }): Promise<void> {
  const { row, excluded } = await caseForHandler(deps, actor, input.caseId);
  const target = input.handlerId.toLowerCase();
  const me = actor.aadObjectId.toLowerCase();
  if (!deps.config.handlerIds.includes(target) || excluded.includes(target)) {
    throw new ReportError('case_action_invalid', 'Not a handler, or already excluded', { fields: ['handlerId'] });
  }
  if (othersWithAccess(deps, excluded, target, me).length === 0) {
    throw new ReportError(target === me ? 'last_handler' : 'exclusion_needs_second_handler', 'Nobody else would be left to see and lift the exclusion');
  }
  await deps.db.transaction().execute(async (trx) => {
    await addExclusion(trx, row.id, target);
    if (row.assigned_handler_id === target) await updateReport(trx, row.id, { assigned_handler_id: null });
    await appendAudit(trx, { reference: row.reference, actor: auditActor(actor), action: 'handler_excluded', detail: target, at: deps.clock.now() });
  });
}

/**
 * Lifts an exclusion. Any handler who can open the case may do it — the one
 * who made it (a mistake), or another who judges there is no jäv — but never
 * the excluded handler themselves (they cannot open the case). Audited.
 */
export async function liftExclusion(deps: ReportDeps, actor: HandlerActor, input: { caseId: unknown; handlerId: string }): Promise<void> {
  const { row, excluded } = await caseForHandler(deps, actor, input.caseId);
  const target = input.handlerId.toLowerCase();
  if (!excluded.includes(target)) throw new ReportError('case_action_invalid', 'Not excluded', { fields: ['handlerId'] });
  await deps.db.transaction().execute(async (trx) => {
    await removeExclusion(trx, row.id, target);
    await appendAudit(trx, { reference: row.reference, actor: auditActor(actor), action: 'exclusion_lifted', detail: target, at: deps.clock.now() });
  });
}

/** A case a handler is excluded from, as they may see it: no content, only the exclusion and its log. */
export interface ExcludedCase {
  id: string;
  reference: string;
  receivedOn: string;
  exclusion: CaseExclusion;
  log: AuditEntry[];
}

/** What an excluded handler is shown about one case. */
export async function excludedCaseView(deps: Pick<ReportDeps, 'db'>, row: ReportRow, handlerId: string): Promise<ExcludedCase> {
  const log = exclusionEntries(await listAudit(deps.db, row.reference));
  const [exclusion] = describeExclusions([handlerId], log);
  return { id: row.id, reference: row.reference, receivedOn: row.received_on, exclusion: exclusion!, log };
}
