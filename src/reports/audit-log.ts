import type { Kysely } from 'kysely';
import { newId } from '../ids.js';
import type { Database } from '../storage/schema.js';

/** Handler and system actions on a case. Reporter actions are never audited (they would carry a time). */
export type AuditAction =
  | 'case_opened'
  | 'acknowledged'
  | 'message_sent'
  | 'feedback_sent'
  | 'security_chief_informed'
  | 'police_decision'
  | 'assigned'
  | 'handler_excluded'
  | 'exclusion_lifted'
  | 'closed'
  | 'reminder_sent'
  | 'escalated'
  | 'purge_warning_sent'
  | 'purged';

/** Who did it: a handler (Entra id and name) or Tillit itself (null). */
export interface AuditActor {
  id: string | null;
  name: string | null;
}

/** One audit entry as shown to handlers and exported. */
export interface AuditEntry {
  reference: string;
  actorId: string | null;
  actorName: string | null;
  action: AuditAction;
  detail: string | null;
  at: string;
}

/** Appends an audit entry. `detail` is a code or an id (outcome, handler), never free text. */
export async function appendAudit(
  db: Kysely<Database>,
  entry: { reference: string; actor: AuditActor; action: AuditAction; detail?: string | null; at: Date },
): Promise<void> {
  await db
    .insertInto('report_audit')
    .values({
      id: newId(),
      reference: entry.reference,
      actor_id: entry.actor.id,
      actor_name: entry.actor.name,
      action: entry.action,
      detail: entry.detail ?? null,
      at: entry.at.toISOString(),
    })
    .execute();
}

/** Audit entries, of one case or all, oldest first. */
export async function listAudit(db: Kysely<Database>, reference?: string): Promise<AuditEntry[]> {
  let query = db.selectFrom('report_audit').selectAll();
  if (reference) query = query.where('reference', '=', reference);
  const rows = await query.orderBy('at').orderBy('id').execute();
  return rows.map((r) => ({
    reference: r.reference,
    actorId: r.actor_id,
    actorName: r.actor_name,
    action: r.action as AuditAction,
    detail: r.detail,
    at: r.at,
  }));
}
