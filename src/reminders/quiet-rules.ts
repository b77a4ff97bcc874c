import type { IsoDate } from '../calendar/iso-date.js';
import { zonedInstant } from '../calendar/zoned-time.js';
import type { RegisteredMeasure } from '../plans/measure.js';
import type { Plan } from '../plans/plan.js';
import { closedStatuses, type StatusValue } from '../status/status.js';
import { deadlineOccurrences } from './deadline-occurrences.js';
import type { OutboxItem } from './outbox-item.js';
import { deadlineRules, roundRules } from './reminder-rule-kinds.js';
import type { ReminderRules } from './reminder-rules.js';
import { roundOccurrences, type StatusRound } from './round-occurrences.js';

/** Why a planned reminder was not sent. Stored as the row's outcome; a code, never text. */
export type SkipReason =
  | 'expired'
  | 'measure_removed'
  | 'not_owner'
  | 'not_coordinator'
  | 'closed'
  | 'no_deadline'
  | 'external'
  | 'obsolete'
  | 'snoozed'
  | 'recently_reported'
  | 'already_reported'
  | 'forecast_ahead'
  | 'resolved'
  /** The plan's validity has ended: nothing more is sent for it but the final notice. */
  | 'plan_ended';

/** The latest status of a measure (the highest seq). */
export interface LatestStatus {
  status: StatusValue;
  recordedAt: string;
  forecastDate: IsoDate | null;
}

/** What is known about a plan when deciding whether to send. */
export interface PlanFacts {
  plan: Plan;
  rules: ReminderRules;
  rounds: StatusRound[];
  coordinatorIds: ReadonlySet<string>;
}

/** What is known about a measure when deciding whether to send. */
export interface MeasureFacts {
  measure: RegisteredMeasure;
  ownerIds: ReadonlySet<string>;
  latest: LatestStatus | undefined;
  /** Snoozes by person id: no reminders before this day. */
  snoozedUntil: ReadonlyMap<string, IsoDate>;
}

export interface QuietContext {
  now: Date;
  /** Today in the organisation's zone. */
  today: IsoDate;
  organisationZone: string;
  plan: PlanFacts;
  measure: MeasureFacts | undefined;
  /** For "unreachable" notices: is that owner reachable again? */
  isReachable(personId: string): boolean;
}

/** True when the measure's latest status closes it (done or cancelled). */
export function isClosed(latest: LatestStatus | undefined): boolean {
  return latest !== undefined && closedStatuses.includes(latest.status);
}

/** True when the measure is in a status round: not removed, not external, started by the follow-up. */
export function isInRound(measure: RegisteredMeasure, round: StatusRound, latest: LatestStatus | undefined, organisationZone: string): boolean {
  if (measure.removedInRevision !== null || measure.deadline.kind === 'external') return false;
  if (measure.start.from !== null && measure.start.from > round.followUpDate) return false;
  // Closed before the round began: nothing to ask. Closed during it: an answer.
  return !(isClosed(latest) && latest!.recordedAt < zonedStart(round.freshSince, organisationZone));
}

function zonedStart(date: IsoDate, zone: string): string {
  return zonedInstant(date, '00:00', zone).toISOString();
}

/** True when the measure has a status recorded since the round's fresh-since day (organisation's zone). */
export function answeredRound(latest: LatestStatus | undefined, round: StatusRound, organisationZone: string): boolean {
  return latest !== undefined && latest.recordedAt >= zonedStart(round.freshSince, organisationZone);
}

function stillPlanned(item: OutboxItem, ctx: QuietContext): boolean {
  const window = { from: item.sendDate, to: item.sendDate };
  if (deadlineRules.includes(item.rule) || item.rule === 'escalation') {
    return deadlineOccurrences(ctx.measure!.measure, ctx.plan.rules, window).some((o) => o.rule === item.rule && o.occurrence === item.occurrence);
  }
  const round = ctx.plan.rounds.find((r) => r.followUpDate === item.occurrence);
  return round !== undefined && roundOccurrences(round, window).some((o) => o.rule === item.rule);
}

function ownerReason(item: OutboxItem, ctx: QuietContext): SkipReason | null {
  const facts = ctx.measure;
  if (item.rule === 'revision') return facts ? null : 'measure_removed';
  if (!facts || facts.measure.removedInRevision !== null) return 'measure_removed';
  if (!facts.ownerIds.has(item.recipientId)) return 'not_owner';
  if (isClosed(facts.latest)) return 'closed';
  const { measure, latest } = facts;
  const quietSince = new Date(ctx.now.getTime() - ctx.plan.rules.quietDaysAfterStatus * 86_400_000).toISOString();
  if (deadlineRules.includes(item.rule)) {
    if (measure.deadline.kind === 'external') return 'external';
    if (measure.deadline.from === null) return 'no_deadline';
    if (!stillPlanned(item, ctx)) return 'obsolete';
  }
  if (roundRules.includes(item.rule)) {
    const round = ctx.plan.rounds.find((r) => r.followUpDate === item.occurrence);
    if (!round || !stillPlanned(item, ctx) || !isInRound(measure, round, latest, ctx.organisationZone)) return 'obsolete';
    if (answeredRound(latest, round, ctx.organisationZone)) return 'already_reported';
  }
  const snoozed = facts.snoozedUntil.get(item.recipientId);
  if (item.rule === 'snooze') {
    if (snoozed !== item.occurrence) return 'obsolete';
  } else if (snoozed && ctx.today < snoozed) {
    return 'snoozed';
  }
  if ((deadlineRules.includes(item.rule) || item.rule === 'snooze') && latest && latest.recordedAt >= quietSince) return 'recently_reported';
  if (item.rule === 'overdue' && latest?.forecastDate && latest.forecastDate > ctx.today) return 'forecast_ahead';
  return null;
}

function coordinatorReason(item: OutboxItem, ctx: QuietContext): SkipReason | null {
  if (!ctx.plan.coordinatorIds.has(item.recipientId)) return 'not_coordinator';
  if (item.rule === 'plan_ended') return null;
  if (item.rule === 'round_summary') return stillPlanned(item, ctx) ? null : 'obsolete';
  const facts = ctx.measure;
  if (!facts || facts.measure.removedInRevision !== null) return 'measure_removed';
  if (isClosed(facts.latest)) return 'closed';
  switch (item.rule) {
    case 'escalation':
      return stillPlanned(item, ctx) ? null : 'obsolete';
    case 'unknown_deadline':
      return facts.measure.deadline.kind === 'unknown' ? null : 'resolved';
    case 'no_owner':
      return facts.ownerIds.size === 0 ? null : 'resolved';
    case 'unreachable': {
      const ownerId = typeof item.payload?.ownerId === 'string' ? item.payload.ownerId : undefined;
      return ownerId && facts.ownerIds.has(ownerId) && !ctx.isReachable(ownerId) ? null : 'resolved';
    }
    default:
      return null;
  }
}

/**
 * Decides at send time whether a planned reminder should still go out, and
 * if not, why: stale, measure gone or closed, no longer the owner, deadline
 * moved, snoozed, status reported within the quiet days, a forecast ahead,
 * the plan's validity over.
 * Pure, so the planner's preview and the dispatcher agree.
 */
export function quietReason(item: OutboxItem, ctx: QuietContext): SkipReason | null {
  if (item.expiresOn && ctx.today >= item.expiresOn) return 'expired';
  const validTo = ctx.plan.plan.validity.to;
  if (validTo !== null && ctx.today > validTo && item.rule !== 'plan_ended') return 'plan_ended';
  return item.audience === 'owner' ? ownerReason(item, ctx) : coordinatorReason(item, ctx);
}
