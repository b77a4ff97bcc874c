import { daysBetween, type IsoDate } from '../calendar/iso-date.js';
import type { Person } from '../directory/person.js';
import { dueDate } from '../plans/period.js';
import type { OutboxItem } from './outbox-item.js';
import { answeredRound, isInRound, type MeasureFacts, type PlanFacts } from './quiet-rules.js';
import type { Recipient } from './reminder-facts.js';
import type { CoordinatorDigestView, MeasureRef, OwnerReason, OwnerReminderItem, OwnerReminderView } from './reminder-views.js';
import { skipUnknown } from '../exhaustive.js';

/** A person's name for a coordinator's eyes: display name, else e-mail. */
export function personLabel(person: Person | undefined): string {
  return person?.displayName ?? person?.email ?? person?.upn ?? '–';
}

function ownerReason(row: OutboxItem): OwnerReason | undefined {
  const p = row.payload ?? {};
  switch (row.rule) {
    case 'start':
      return { kind: 'start' };
    case 'deadline':
      return { kind: 'deadline' };
    case 'round':
    case 'round_nudge':
      return { kind: row.rule, followUpText: String(p.followUpText ?? ''), followUpDate: String(p.followUpDate ?? row.occurrence) };
    case 'snooze':
      return { kind: 'snooze' };
    case 'revision':
      return {
        kind: 'revision',
        change: p.change as Extract<OwnerReason, { kind: 'revision' }>['change'],
        ...(typeof p.before === 'string' ? { before: p.before } : {}),
        ...(typeof p.after === 'string' ? { after: p.after } : {}),
      };
    case 'before':
    case 'overdue':
      return undefined; // the card's deadline line says it all
    case 'escalation':
    case 'unreachable':
    case 'unknown_deadline':
    case 'no_owner':
    case 'round_summary':
    case 'plan_ended':
      return undefined; // coordinator rules: no owner reason
    default:
      return skipUnknown(row.rule);
  }
}

const urgency = (item: OwnerReminderItem, today: IsoDate) => (item.dueDate ? daysBetween(today, item.dueDate) : 10_000);

/**
 * The measures of one owner's message: one entry per measure (several due
 * rules for the same measure become one entry with their reasons), most
 * urgent first.
 */
export function ownerReminderItems(rows: readonly OutboxItem[], measures: ReadonlyMap<string, MeasureFacts>, plans: ReadonlyMap<string, PlanFacts>, today: IsoDate): OwnerReminderItem[] {
  const items = new Map<string, OwnerReminderItem>();
  for (const row of rows) {
    const facts = measures.get(row.measureId ?? '');
    const plan = plans.get(row.planId);
    if (!facts || !plan) continue;
    const m = facts.measure;
    let item = items.get(m.id);
    if (!item) {
      item = {
        measureId: m.id,
        code: m.code,
        title: m.title,
        planName: plan.plan.name,
        deadlineText: m.deadline.text,
        dueDate: dueDate(m.deadline) ?? null,
        reasons: [],
        latestStatus: facts.latest?.status ?? null,
        removed: m.removedInRevision !== null || !facts.ownerIds.has(row.recipientId),
      };
      items.set(m.id, item);
    }
    const reason = ownerReason(row);
    if (reason && !item.reasons.some((r) => JSON.stringify(r) === JSON.stringify(reason))) item.reasons.push(reason);
  }
  return [...items.values()].sort((a, b) => urgency(a, today) - urgency(b, today) || a.planName.localeCompare(b.planName) || a.code.localeCompare(b.code, 'sv', { numeric: true }));
}

/** An owner's reminder view. */
export function ownerReminderView(items: OwnerReminderItem[], recipient: Person, today: IsoDate, snoozeDays: number): OwnerReminderView {
  return { recipientId: recipient.id, recipientName: recipient.displayName, today, snoozeDays, items };
}

const ref = (f: MeasureFacts): MeasureRef => ({ code: f.measure.code, title: f.measure.title });
const byCode = (a: MeasureRef, b: MeasureRef) => a.code.localeCompare(b.code, 'sv', { numeric: true });

/**
 * The coordinator's card for one plan from its due rows: every overdue
 * measure (with owners who cannot be reached marked), unreachable owners,
 * unknown deadlines, measures without an owner, and round answer rates.
 */
export function coordinatorDigestView(input: {
  rows: readonly OutboxItem[];
  plan: PlanFacts;
  measures: ReadonlyMap<string, MeasureFacts>;
  people: ReadonlyMap<string, Recipient>;
  /** Every current measure of the plan, needed only when a round summary is due. */
  planMeasures: readonly MeasureFacts[];
  today: IsoDate;
  organisationZone: string;
}): CoordinatorDigestView {
  const { rows, plan, measures, people, today } = input;
  const view: CoordinatorDigestView = { planName: plan.plan.name, today, overdue: [], unreachable: [], unknownDeadlines: [], withoutOwner: [], rounds: [], ended: null };
  const seen = new Set<string>();
  const unreachable = new Map<string, { name: string; reason: string; measures: MeasureRef[] }>();
  for (const row of rows) {
    const facts = measures.get(row.measureId ?? '');
    const key = `${row.rule}:${row.measureId}`;
    if (row.rule === 'unreachable' && facts) {
      const ownerId = String(row.payload?.ownerId ?? '');
      const entry = unreachable.get(ownerId) ?? { name: personLabel(people.get(ownerId)?.person), reason: String(row.payload?.reason ?? 'not_installed'), measures: [] };
      if (!entry.measures.some((m) => m.code === facts.measure.code)) entry.measures.push(ref(facts));
      unreachable.set(ownerId, entry);
      continue;
    }
    if (seen.has(key)) continue;
    seen.add(key);
    if (row.rule === 'plan_ended') {
      view.ended = { validTo: String(row.payload?.validTo ?? plan.plan.validity.to ?? today) };
      continue;
    }
    if (row.rule === 'escalation' && facts) {
      const due = dueDate(facts.measure.deadline)!;
      view.overdue.push({
        ...ref(facts),
        deadlineText: facts.measure.deadline.text,
        dueDate: due,
        weeksOverdue: Math.max(1, Math.floor(daysBetween(due, today) / 7)),
        owners: [...facts.ownerIds].map((id) => ({ name: personLabel(people.get(id)?.person), reachable: people.get(id)?.unreachable === null })),
        latestStatus: facts.latest?.status ?? null,
        forecastDate: facts.latest?.forecastDate ?? null,
      });
    } else if (row.rule === 'unknown_deadline' && facts) {
      view.unknownDeadlines.push({ ...ref(facts), deadlineText: facts.measure.deadline.text });
    } else if (row.rule === 'no_owner' && facts) {
      view.withoutOwner.push({ ...ref(facts), responsibleText: facts.measure.responsibleText });
    } else if (row.rule === 'round_summary') {
      const round = plan.rounds.find((r) => r.followUpDate === row.occurrence);
      if (!round) continue;
      const asked = input.planMeasures.filter((f) => isInRound(f.measure, round, f.latest, input.organisationZone));
      const missing = asked.filter((f) => !answeredRound(f.latest, round, input.organisationZone)).map(ref).sort(byCode);
      view.rounds.push({ followUpText: round.followUpText, followUpDate: round.followUpDate, asked: asked.length, answered: asked.length - missing.length, missing });
    }
  }
  view.overdue.sort((a, b) => b.weeksOverdue - a.weeksOverdue || byCode(a, b));
  view.unknownDeadlines.sort(byCode);
  view.withoutOwner.sort(byCode);
  view.unreachable = [...unreachable.values()].map((u) => ({ ...u, measures: u.measures.sort(byCode) })).sort((a, b) => a.name.localeCompare(b.name, 'sv'));
  return view;
}
