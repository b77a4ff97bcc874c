import { parsePeriod } from '../../src/plans/parse-period.js';
import type { Plan } from '../../src/plans/plan.js';
import type { RegisteredMeasure } from '../../src/plans/measure.js';
import type { OutboxItem } from '../../src/reminders/outbox-item.js';
import type { LatestStatus, MeasureFacts, PlanFacts, QuietContext } from '../../src/reminders/quiet-rules.js';
import { defaultReminderRules, type ReminderRules } from '../../src/reminders/reminder-rules.js';
import { audienceOf, type ReminderRule } from '../../src/reminders/reminder-rule-kinds.js';
import { statusRounds } from '../../src/reminders/round-occurrences.js';

/** A stored plan for pure tests (no database). */
export function planFixture(overrides: Partial<Plan> = {}): Plan {
  return {
    id: 'plan-1',
    key: 'testkommun-2024-2025',
    organisation: 'Testkommun',
    name: 'Handlingsplan mot välfärdsbrott 2024–2025',
    committee: 'Socialnämnden',
    decision: { reference: '§97', date: '2024-05-22' },
    validity: { from: '2024-05-01', to: '2025-06-30' },
    goalAreaLabel: 'målområde',
    coordinatorText: null,
    followUps: [{ kind: 'followUp', period: parsePeriod('mars 2025'), note: null }],
    riskAreas: [],
    reminderRules: null,
    currentRevision: 1,
    ...overrides,
  };
}

/** A stored measure for pure tests; periods written as in a plan. */
export function measureFixture(overrides: Partial<Omit<RegisteredMeasure, 'start' | 'deadline'>> & { start?: string; deadline?: string } = {}): RegisteredMeasure {
  const { start, deadline, ...rest } = overrides;
  return {
    id: 'measure-1',
    planId: 'plan-1',
    goalAreaId: null,
    goalAreaNumber: '1',
    code: '1.1',
    title: 'Utbildning för chefer om välfärdsbrott',
    responsibleText: 'Samordnarna',
    ownerUnits: [{ id: 'unit-1', name: 'Samordnarna' }],
    indicators: [],
    notes: null,
    position: 0,
    addedInRevision: 1,
    changedInRevision: 1,
    removedInRevision: null,
    ...rest,
    start: parsePeriod(start ?? 'Maj 2024'),
    deadline: parsePeriod(deadline ?? 'Oktober 2024'),
  };
}

/** Plan facts with the given rules and coordinators. */
export function planFactsFixture(plan: Plan = planFixture(), rules: ReminderRules = defaultReminderRules, coordinatorIds: string[] = ['coordinator-1']): PlanFacts {
  return { plan, rules, rounds: statusRounds(plan.followUps, rules), coordinatorIds: new Set(coordinatorIds) };
}

/** Measure facts: owners, latest status and snoozes. */
export function measureFactsFixture(measure: RegisteredMeasure = measureFixture(), options: { owners?: string[]; latest?: LatestStatus; snoozes?: Record<string, string> } = {}): MeasureFacts {
  return { measure, ownerIds: new Set(options.owners ?? ['owner-1']), latest: options.latest, snoozedUntil: new Map(Object.entries(options.snoozes ?? {})) };
}

/** An outbox row for pure tests. */
export function itemFixture(rule: ReminderRule, occurrence: string, sendDate: string, overrides: Partial<OutboxItem> = {}): OutboxItem {
  return {
    id: `row-${rule}-${occurrence}`,
    subjectId: 'measure-1',
    measureId: 'measure-1',
    planId: 'plan-1',
    rule,
    occurrence,
    recipientId: audienceOf(rule) === 'owner' ? 'owner-1' : 'coordinator-1',
    audience: audienceOf(rule),
    sendDate,
    expiresOn: null,
    payload: null,
    state: 'sending',
    nextAttemptAt: `${sendDate}T07:30:00.000Z`,
    attempts: 1,
    failures: 0,
    claimedBy: 'w',
    leaseUntil: null,
    outcome: null,
    ...overrides,
  };
}

/** A quiet-rule context at `now` (Stockholm), reachable unless told otherwise. */
export function quietContext(now: string, plan: PlanFacts, measure: MeasureFacts | undefined, unreachable: string[] = []): QuietContext {
  const instant = new Date(now);
  return {
    now: instant,
    today: new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Stockholm' }).format(instant),
    organisationZone: 'Europe/Stockholm',
    plan,
    measure,
    isReachable: (id) => !unreachable.includes(id),
  };
}
