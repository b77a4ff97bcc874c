import type { Kysely } from 'kysely';
import { localDate } from '../calendar/zoned-time.js';
import type { Person } from '../directory/person.js';
import { newId } from '../ids.js';
import { resolveLocale, type Locale } from '../i18n/locale.js';
import type { Database } from '../storage/schema.js';
import { coordinatorDigestView, ownerReminderItems, ownerReminderView } from './build-views.js';
import type { Delivery, RecipientJob } from './delivery.js';
import type { OutboxItem } from './outbox-item.js';
import { quietReason, type MeasureFacts, type PlanFacts, type SkipReason } from './quiet-rules.js';
import { loadMeasureFacts, loadPlanFacts, loadPlanMeasureFacts, loadRecipients, type Recipient } from './reminder-facts.js';
import type { ReminderRenderer } from './reminder-views.js';
import { isWithinWorkingHours, nextSendableInstant, recipientZone } from './send-window.js';

export interface PrepareDeps {
  db: Kysely<Database>;
  renderer: ReminderRenderer;
  organisationZone: string;
  organisationLocale: Locale;
  followTeamsLocale: boolean;
  /** Most measures in one owner message (keeps the card well under Teams' 28 KB). */
  maxItemsPerMessage: number;
}

/** What to do with a claim: messages to send, and rows to end or put back without sending. */
export interface Prepared {
  jobs: Array<Omit<RecipientJob, 'leaseUntil'>>;
  skipped: Array<{ id: string; reason: SkipReason }>;
  deferred: Array<{ id: string; at: Date }>;
  unreachable: Array<{ recipient: Recipient | undefined; recipientId: string; rows: OutboxItem[] }>;
  plans: Map<string, PlanFacts>;
}

/** The language to write to a person in: their choice in Tillit, else Teams' (when trusted), else the organisation's. */
export function recipientLocale(person: Person, organisation: Locale, followTeams: boolean): Locale {
  if (person.preferredLocale) return resolveLocale(person.preferredLocale, organisation);
  return followTeams ? resolveLocale(person.locale, organisation) : organisation;
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) out.set(key(item), [...(out.get(key(item)) ?? []), item]);
  return out;
}

/**
 * Turns claimed rows into messages: re-checks every quiet rule now (the
 * world may have changed since planning), keeps to working hours in each
 * recipient's zone, gathers an owner's measures into one message (several
 * when there are very many) and all of a coordinator's rows, every plan, into
 * one digest; a person who is both gets the digest in their reminder, so one
 * send is one message.
 */
export async function prepareDeliveries(deps: PrepareDeps, rows: readonly OutboxItem[], now: Date): Promise<Prepared> {
  const today = localDate(now, deps.organisationZone);
  const plans = await loadPlanFacts(deps.db, rows.map((r) => r.planId));
  const measures = await loadMeasureFacts(deps.db, rows.flatMap((r) => (r.measureId ? [r.measureId] : [])));
  const peopleIds = new Set(rows.map((r) => r.recipientId));
  for (const r of rows) {
    if (r.rule === 'escalation') for (const id of measures.get(r.measureId ?? '')?.ownerIds ?? []) peopleIds.add(id);
    if (r.rule === 'unreachable' && typeof r.payload?.ownerId === 'string') peopleIds.add(r.payload.ownerId);
  }
  const people = await loadRecipients(deps.db, peopleIds);
  const prepared: Prepared = { jobs: [], skipped: [], deferred: [], unreachable: [], plans };

  const sendable: OutboxItem[] = [];
  for (const row of rows) {
    const plan = plans.get(row.planId);
    if (!plan) {
      prepared.skipped.push({ id: row.id, reason: 'measure_removed' });
      continue;
    }
    const reason = quietReason(row, {
      now,
      today,
      organisationZone: deps.organisationZone,
      plan,
      measure: measures.get(row.measureId ?? ''),
      isReachable: (id) => people.get(id)?.unreachable === null,
    });
    if (reason) {
      prepared.skipped.push({ id: row.id, reason });
      continue;
    }
    const zone = recipientZone(people.get(row.recipientId)?.person.timeZone, deps.organisationZone);
    if (!isWithinWorkingHours(now, zone, plan.rules.workingHours)) {
      prepared.deferred.push({ id: row.id, at: nextSendableInstant(now, zone, plan.rules.workingHours) });
      continue;
    }
    sendable.push(row);
  }

  let rendered = 0;
  for (const [recipientId, own] of groupBy(sendable, (r) => r.recipientId)) {
    // Rendering is synchronous: give the senders' timers a turn every few recipients.
    if (++rendered % 10 === 0) await new Promise((resolve) => setImmediate(resolve));
    const recipient = people.get(recipientId);
    if (!recipient || recipient.unreachable !== null || !recipient.conversationRowId) {
      prepared.unreachable.push({ recipient, recipientId, rows: own });
      continue;
    }
    const locale = recipientLocale(recipient.person, deps.organisationLocale, deps.followTeamsLocale);
    const ownerRows = own.filter((r) => r.audience === 'owner');
    const items = ownerReminderItems(ownerRows, measures, plans, today);
    const snoozeDays = ownerRows.length > 0 ? Math.min(...ownerRows.map((r) => plans.get(r.planId)!.rules.snoozeDays)) : 7;
    const chunks: Array<typeof items> = [];
    for (let i = 0; i < items.length; i += deps.maxItemsPerMessage) chunks.push(items.slice(i, i + deps.maxItemsPerMessage));
    const rowsOf = (chunk: typeof items) => {
      const ids = new Set(chunk.map((c) => c.measureId));
      return ownerRows.filter((r) => ids.has(r.measureId ?? ''));
    };
    // Every plan the person coordinates goes into one digest: one message per send, however many plans.
    const coordinatorRows = own.filter((r) => r.audience === 'coordinator');
    const views = [];
    for (const [planId, planRows] of groupBy(coordinatorRows, (r) => r.planId)) {
      const plan = plans.get(planId)!;
      const planMeasures: MeasureFacts[] = planRows.some((r) => r.rule === 'round_summary') ? await loadPlanMeasureFacts(deps.db, planId) : [];
      views.push(coordinatorDigestView({ rows: planRows, plan, measures, people, planMeasures, today, organisationZone: deps.organisationZone }));
    }
    views.sort((a, b) => a.planName.localeCompare(b.planName, 'sv'));
    const deliveries: Delivery[] = [];
    for (const [index, chunk] of chunks.entries()) {
      const view = ownerReminderView(chunk, recipient.person, today, snoozeDays);
      // An owner who also coordinates gets their digest in the same message as their (first) reminder.
      if (index === 0 && views.length > 0) {
        deliveries.push({ deliveryId: newId(), rows: [...rowsOf(chunk), ...coordinatorRows], message: await deps.renderer.ownerWithDigestMessage(view, views, locale) });
      } else {
        deliveries.push({ deliveryId: newId(), rows: rowsOf(chunk), message: await deps.renderer.ownerMessage(view, locale) });
      }
    }
    if (chunks.length === 0 && views.length > 0) deliveries.push({ deliveryId: newId(), rows: coordinatorRows, message: deps.renderer.coordinatorMessage(views, locale) });
    // Rows that made no message (e.g. a measure that vanished between checks) are skipped, not lost silently.
    const carried = new Set(deliveries.flatMap((d) => d.rows.map((r) => r.id)));
    for (const r of own) if (!carried.has(r.id)) prepared.skipped.push({ id: r.id, reason: 'measure_removed' });
    if (deliveries.length > 0) prepared.jobs.push({ recipientId, conversationRowId: recipient.conversationRowId, deliveries });
  }
  return prepared;
}
