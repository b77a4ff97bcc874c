import type { Kysely } from 'kysely';
import { addDays, type IsoDate } from '../calendar/iso-date.js';
import { localDate } from '../calendar/zoned-time.js';
import type { Plan } from '../plans/plan.js';
import type { RegisteredMeasure } from '../plans/measure.js';
import { listMeasures, listPlans, planRoleHolders } from '../plans/plan-repository.js';
import type { Clock } from '../ports/clock.js';
import type { Database } from '../storage/schema.js';
import { applyPlanChanges } from './apply-plan-changes.js';
import { deadlineOccurrences } from './deadline-occurrences.js';
import type { Occurrence } from './occurrence.js';
import type { PlannedRow } from './outbox-item.js';
import { insertPlannedRows } from './outbox-repository.js';
import { personZones } from './person-zones.js';
import { isClosed, isInRound, type LatestStatus } from './quiet-rules.js';
import { latestStatuses } from '../status/latest-statuses.js';
import { ownersOf } from './reminder-facts.js';
import { audienceOf } from './reminder-rule-kinds.js';
import { defaultReminderRules, type ReminderRules } from './reminder-rules.js';
import { parseReminderRules } from './reminder-rules-schema.js';
import { roundOccurrences, statusRounds } from './round-occurrences.js';
import { windowStart } from './send-window.js';

export interface PlanRemindersDeps {
  db: Kysely<Database>;
  clock: Clock;
  organisationZone: string;
}

export interface PlanRemindersResult {
  /** Rows new in the outbox this run (already planned ones are not counted). */
  inserted: number;
  plans: number;
  /** Keys of plans whose reminder rules are invalid (they run on the defaults). */
  invalidRules: string[];
  revisionNotices: number;
}

/** Catch-up: reminders planned for days the dispatcher did not run are still considered this far back. */
export const lookbackDays = 14;

/** The planner's window of send dates around `today`: a catch-up behind, tomorrow ahead (zones east of ours). */
export function planningWindow(today: IsoDate): { from: IsoDate; to: IsoDate } {
  return { from: addDays(today, -lookbackDays), to: addDays(today, 1) };
}

type Draft = Omit<PlannedRow, 'notBefore'>;

/**
 * The rows one plan needs in `window` (pure apart from its inputs): deadline
 * reminders to owners, escalations and flags to coordinators, status rounds.
 * Closed and external measures get none; an unknown deadline is flagged to
 * the coordinators once per revision instead of being guessed. After the
 * plan's validity ends there is only one row: a final notice to its
 * coordinators that reminders and escalations have stopped.
 */
export function plannedRowsForPlan(input: {
  plan: Plan;
  rules: ReminderRules;
  measures: readonly RegisteredMeasure[];
  owners: ReadonlyMap<string, ReadonlySet<string>>;
  statuses: ReadonlyMap<string, LatestStatus>;
  coordinatorIds: readonly string[];
  window: { from: IsoDate; to: IsoDate };
  today: IsoDate;
  organisationZone: string;
}): Draft[] {
  const { plan, rules, window, today } = input;
  const out: Draft[] = [];
  const validTo = plan.validity.to;
  // Nothing is asked or escalated after the plan's validity: sends end with it.
  const live = (o: Occurrence) => (!o.expiresOn || today < o.expiresOn) && (validTo === null || o.sendDate <= validTo);
  const emit = (measure: RegisteredMeasure | null, o: Occurrence, owners: Iterable<string>) => {
    const recipients = audienceOf(o.rule) === 'owner' ? owners : input.coordinatorIds;
    for (const recipientId of recipients) {
      out.push({ subjectId: measure?.id ?? plan.id, measureId: measure?.id ?? null, planId: plan.id, rule: o.rule, occurrence: o.occurrence, recipientId, sendDate: o.sendDate, expiresOn: o.expiresOn, payload: o.payload });
    }
  };
  const flag = (measure: RegisteredMeasure, rule: 'unknown_deadline' | 'no_owner') =>
    emit(measure, { rule, occurrence: `r${measure.changedInRevision}`, sendDate: today, expiresOn: null, payload: null }, []);
  const rounds = statusRounds(plan.followUps, rules);

  if (validTo !== null && today > validTo) {
    // Once, to the coordinators (the outbox key keeps it to one): the plan has ended, reminders with it.
    emit(null, { rule: 'plan_ended', occurrence: `ended:${validTo}`, sendDate: today, expiresOn: null, payload: { validTo } }, []);
    return out;
  }
  for (const measure of input.measures) {
    const latest = input.statuses.get(measure.id);
    if (measure.removedInRevision !== null || isClosed(latest) || measure.deadline.kind === 'external') continue;
    const owners = input.owners.get(measure.id) ?? new Set<string>();
    if (measure.deadline.kind === 'unknown') flag(measure, 'unknown_deadline');
    if (owners.size === 0) flag(measure, 'no_owner');
    for (const o of deadlineOccurrences(measure, rules, window)) if (live(o)) emit(measure, o, owners);
    for (const round of rounds) {
      if (!isInRound(measure, round, latest, input.organisationZone)) continue;
      for (const o of roundOccurrences(round, window)) if (live(o) && o.rule !== 'round_summary') emit(measure, o, owners);
    }
  }
  for (const round of rounds) {
    for (const o of roundOccurrences(round, window)) if (live(o) && o.rule === 'round_summary') emit(null, o, []);
  }
  return out;
}

/**
 * The planner: turns every plan's rules into outbox rows for the days around
 * today. Idempotent (the outbox key absorbs repeats), so any number of
 * processes may run it as often as they like. Whether a row is still wanted
 * (status reported, snoozed, closed) is decided when it is sent.
 */
export async function planReminders(deps: PlanRemindersDeps): Promise<PlanRemindersResult> {
  const now = deps.clock.now();
  const today = localDate(now, deps.organisationZone);
  const window = planningWindow(today);
  const revision = await applyPlanChanges(deps);
  const result: PlanRemindersResult = { inserted: 0, plans: 0, invalidRules: [], revisionNotices: revision.notices };
  for (const plan of await listPlans(deps.db)) {
    const parsed = parseReminderRules(plan.reminderRules);
    if (!parsed.ok) result.invalidRules.push(plan.key);
    const rules = parsed.ok ? parsed.rules : defaultReminderRules;
    const measures = await listMeasures(deps.db, plan.id);
    const ids = measures.map((m) => m.id);
    const [owners, statuses, coordinatorIds] = await Promise.all([ownersOf(deps.db, ids), latestStatuses(deps.db, ids), planRoleHolders(deps.db, plan.id, 'coordinator')]);
    const drafts = plannedRowsForPlan({ plan, rules, measures, owners, statuses, coordinatorIds, window, today, organisationZone: deps.organisationZone });
    const zones = await personZones(deps.db, drafts.map((d) => d.recipientId), deps.organisationZone);
    const rows: PlannedRow[] = drafts.map((d) => ({ ...d, notBefore: windowStart(d.sendDate, zones.get(d.recipientId)!, rules.workingHours) }));
    result.inserted += await insertPlannedRows(deps.db, rows, now.toISOString());
    result.plans += 1;
  }
  return result;
}
