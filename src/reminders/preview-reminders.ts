import type { Kysely } from 'kysely';
import { addDays, type IsoDate } from '../calendar/iso-date.js';
import { localDate } from '../calendar/zoned-time.js';
import { listMeasures, listPlans, planRoleHolders } from '../plans/plan-repository.js';
import type { Clock } from '../ports/clock.js';
import type { Database } from '../storage/schema.js';
import { personLabel } from './build-views.js';
import type { OutboxItem } from './outbox-item.js';
import { toOutboxItem } from './outbox-repository.js';
import { plannedRowsForPlan } from './plan-reminders.js';
import { quietReason, type MeasureFacts, type PlanFacts } from './quiet-rules.js';
import { latestStatuses } from '../status/latest-statuses.js';
import { loadMeasureFacts, loadRecipients, ownersOf, type Recipient } from './reminder-facts.js';
import { audienceOf, type Audience, type ReminderRule } from './reminder-rule-kinds.js';
import { effectiveReminderRules } from './reminder-rules-schema.js';
import { statusRounds } from './round-occurrences.js';
import { nextSendableInstant, recipientZone, windowStart } from './send-window.js';

/** One message the preview expects: to whom, when (in their zone) and about what. */
export interface PreviewMessage {
  at: Date;
  zone: string;
  recipientName: string;
  audience: Audience;
  planName: string;
  /** Why the person cannot be reached, if they cannot (the message would not arrive). */
  unreachable: Recipient['unreachable'];
  items: Array<{ code: string; title: string; rule: ReminderRule; payload: Record<string, unknown> | null }>;
}

export interface PreviewDeps {
  db: Kysely<Database>;
  clock: Clock;
  organisationZone: string;
}

const keyOf = (r: { subjectId: string; rule: string; occurrence: string; recipientId: string }) => `${r.subjectId}|${r.rule}|${r.occurrence}|${r.recipientId}`;

/**
 * What Tillit would send in the next `days` days if nothing changed: rows
 * already waiting in the outbox plus what the rules will plan, after the
 * quiet rules as things stand now, grouped into messages the way the
 * dispatcher groups them. Writes nothing.
 */
export async function previewReminders(deps: PreviewDeps, options: { days: number; planKey?: string }): Promise<PreviewMessage[]> {
  const now = deps.clock.now();
  const today = localDate(now, deps.organisationZone);
  const window = { from: today, to: addDays(today, options.days) };
  const plans = (await listPlans(deps.db)).filter((p) => !options.planKey || p.key === options.planKey || p.id === options.planKey);
  const planFacts = new Map<string, PlanFacts>();
  const candidates: OutboxItem[] = [];
  const existing = new Set((await deps.db.selectFrom('reminder_outbox').select(['subject_id', 'rule', 'occurrence', 'recipient_id']).execute()).map((r) => keyOf({ subjectId: r.subject_id, rule: r.rule, occurrence: r.occurrence, recipientId: r.recipient_id })));

  for (const plan of plans) {
    const rules = effectiveReminderRules(plan.reminderRules);
    const coordinatorIds = await planRoleHolders(deps.db, plan.id, 'coordinator');
    planFacts.set(plan.id, { plan, rules, rounds: statusRounds(plan.followUps, rules), coordinatorIds: new Set(coordinatorIds) });
    const measures = await listMeasures(deps.db, plan.id);
    const ids = measures.map((m) => m.id);
    const [owners, statuses] = await Promise.all([ownersOf(deps.db, ids), latestStatuses(deps.db, ids)]);
    for (const d of plannedRowsForPlan({ plan, rules, measures, owners, statuses, coordinatorIds, window, today, organisationZone: deps.organisationZone })) {
      if (existing.has(keyOf(d))) continue;
      candidates.push({ ...d, id: '', audience: audienceOf(d.rule), state: 'pending', nextAttemptAt: '', attempts: 0, failures: 0, claimedBy: null, leaseUntil: null, outcome: null });
    }
  }
  const pending = await deps.db.selectFrom('reminder_outbox').selectAll().where('state', 'in', ['pending', 'sending']).execute();
  for (const row of pending.map(toOutboxItem)) if (planFacts.has(row.planId)) candidates.push(row);

  const measures = await loadMeasureFacts(deps.db, candidates.flatMap((c) => (c.measureId ? [c.measureId] : [])));
  const people = await loadRecipients(deps.db, candidates.map((c) => c.recipientId));
  const messages = new Map<string, PreviewMessage>();
  for (const c of candidates) {
    const plan = planFacts.get(c.planId)!;
    const person = people.get(c.recipientId);
    const zone = recipientZone(person?.person.timeZone, deps.organisationZone);
    const planned = c.nextAttemptAt ? Date.parse(c.nextAttemptAt) : windowStart(c.sendDate, zone, plan.rules.workingHours).getTime();
    const at = nextSendableInstant(new Date(Math.max(planned, now.getTime())), zone, plan.rules.workingHours);
    const day: IsoDate = localDate(at, zone);
    if (day > window.to) continue;
    const facts: MeasureFacts | undefined = measures.get(c.measureId ?? '');
    const quiet = quietReason(c, { now: at, today: localDate(at, deps.organisationZone), organisationZone: deps.organisationZone, plan, measure: facts, isReachable: (id) => people.get(id)?.unreachable === null });
    if (quiet) continue;
    const group = `${c.recipientId}|${c.audience}|${c.audience === 'coordinator' ? c.planId : ''}|${day}`;
    const message = messages.get(group) ?? {
      at,
      zone,
      recipientName: personLabel(person?.person),
      audience: c.audience,
      planName: plan.plan.name,
      unreachable: person?.unreachable ?? null,
      items: [],
    };
    if (at < message.at) message.at = at;
    message.items.push({ code: facts?.measure.code ?? '', title: facts?.measure.title ?? plan.plan.name, rule: c.rule, payload: c.payload });
    messages.set(group, message);
  }
  return [...messages.values()].sort((a, b) => a.at.getTime() - b.at.getTime() || a.recipientName.localeCompare(b.recipientName, 'sv'));
}
