import { formatLocalDateTime } from '../calendar/zoned-time.js';
import { translator, type MessageKey } from '../i18n/catalogue.js';
import type { Locale } from '../i18n/locale.js';
import type { AuditEntry } from './audit-log.js';

const outcomes = new Set(['measures_taken', 'referred', 'no_action', 'insufficient_information']);
const policeDecisions = new Set(['reported', 'not_reported']);
const reminderKinds = new Set(['acknowledge_soon', 'acknowledge_overdue', 'feedback_soon', 'feedback_overdue', 'purge_warning']);

/** Names of the handlers Tillit knows, by Entra id. */
export type HandlerNames = ReadonlyMap<string, string | null>;

function handlerName(names: HandlerNames, id: string, locale: Locale): string {
  return names.get(id) ?? translator(locale)('cases.handlerUnknown', { id: id.slice(0, 8) });
}

/** What an entry's detail code means in words ("Åtgärder vidtagna", a handler's name), or null. */
export function auditDetailText(entry: Pick<AuditEntry, 'action' | 'detail'>, names: HandlerNames, locale: Locale): string | null {
  const { action, detail } = entry;
  if (!detail) return null;
  const tr = translator(locale);
  if (action === 'assigned' || action === 'handler_excluded') return handlerName(names, detail, locale);
  if (action === 'closed' && outcomes.has(detail)) return tr(`report.outcome.${detail}` as MessageKey);
  if (action === 'police_decision' && policeDecisions.has(detail)) return tr(`report.police.${detail}` as MessageKey);
  if (reminderKinds.has(detail)) return tr(`cases.audit.kind.${detail}` as MessageKey);
  return null;
}

/**
 * One audit entry as people read it: local time in the organisation's
 * zone, the case, who (a name, else "Tillit"), what was done in words and
 * what it concerned. "23 nov. 2026 08:15  K7Q-4MX  Cecilia Handläggare  avslutade ärendet (Åtgärder vidtagna)".
 */
export function auditLine(entry: AuditEntry, names: HandlerNames, options: { timeZone: string; locale: Locale }): string {
  const tr = translator(options.locale);
  const who = entry.actorName ?? (entry.actorId ? handlerName(names, entry.actorId, options.locale) : tr('cases.audit.system'));
  const detail = auditDetailText(entry, names, options.locale);
  const what = `${tr(`cases.audit.${entry.action}`)}${detail ? ` (${detail})` : ''}`;
  return [formatLocalDateTime(new Date(entry.at), options.timeZone, options.locale), entry.reference, who, what].join('  ');
}
