import { describe, expect, it } from 'vitest';
import { plannedRowsForPlan, planningWindow } from '../../../../src/reminders/plan-reminders.js';
import { defaultReminderRules } from '../../../../src/reminders/reminder-rules.js';
import { measureFixture, planFixture } from '../../../helpers/reminder-fixtures.js';

const plan = planFixture({ followUps: [] });

function rows(measures = [measureFixture()], options: { owners?: Record<string, string[]>; today?: string; statuses?: Map<string, any> } = {}) {
  const today = options.today ?? '2024-10-24';
  return plannedRowsForPlan({
    plan,
    rules: defaultReminderRules,
    measures,
    owners: new Map(Object.entries(options.owners ?? { 'measure-1': ['owner-1', 'owner-2'] }).map(([k, v]) => [k, new Set(v)])),
    statuses: options.statuses ?? new Map(),
    coordinatorIds: ['coordinator-1'],
    window: planningWindow(today),
    today,
    organisationZone: 'Europe/Stockholm',
  }).map((r) => `${r.rule} ${r.occurrence} → ${r.recipientId} on ${r.sendDate}`);
}

describe('plannedRowsForPlan', () => {
  it('plans one row per owner for each reminder due around today', () => {
    expect(rows()).toEqual(['before 2024-10-31/7d → owner-1 on 2024-10-24', 'before 2024-10-31/7d → owner-2 on 2024-10-24']);
  });

  it('catches up on reminders from the last two weeks that are still current', () => {
    expect(rows([measureFixture({ deadline: '2024-11-08' })], { owners: { 'measure-1': ['owner-1'] }, today: '2024-11-04' })).toEqual([
      'before 2024-11-08/7d → owner-1 on 2024-11-01',
    ]);
  });

  it('sends the coordinator an escalation and the owners this week’s reminder — not last week’s stale one', () => {
    expect(rows([measureFixture()], { owners: { 'measure-1': ['owner-1'] }, today: '2024-11-18' })).toEqual([
      'overdue 2024-10-31/2024-W47 → owner-1 on 2024-11-18',
      'escalation 2024-10-31/2024-W47 → coordinator-1 on 2024-11-18',
    ]);
  });

  it('flags an unknown deadline and a measure nobody owns to the coordinator, once per revision', () => {
    expect(rows([measureFixture({ deadline: 'när resurser finns', changedInRevision: 3 })], { owners: {} })).toEqual([
      'unknown_deadline r3 → coordinator-1 on 2024-10-24',
      'no_owner r3 → coordinator-1 on 2024-10-24',
    ]);
  });

  it('plans nothing for external, closed or removed measures', () => {
    const closed = new Map([['measure-1', { status: 'done', recordedAt: '2024-10-01T10:00:00Z', forecastDate: null }]]);
    expect(rows([measureFixture({ deadline: 'Hultsfreds kommun ansvarar för tidplanen' })])).toEqual([]);
    expect(rows([measureFixture()], { statuses: closed })).toEqual([]);
    expect(rows([measureFixture({ removedInRevision: 2 })])).toEqual([]);
  });

  it('asks every owner of an active measure, continuous ones included, before a committee follow-up, and sums up for the coordinator', () => {
    const withRound = planFixture();
    const list = plannedRowsForPlan({
      plan: withRound,
      rules: defaultReminderRules,
      measures: [measureFixture({ deadline: 'Löpande' })],
      owners: new Map([['measure-1', new Set(['owner-1'])]]),
      statuses: new Map(),
      coordinatorIds: ['coordinator-1'],
      window: { from: '2025-02-01', to: '2025-02-28' },
      today: '2025-02-01',
      organisationZone: 'Europe/Stockholm',
    }).map((r) => `${r.rule} → ${r.recipientId} on ${r.sendDate}`);
    expect(list).toEqual(['round → owner-1 on 2025-02-14', 'round_nudge → owner-1 on 2025-02-21', 'round_summary → coordinator-1 on 2025-02-26']);
  });
});
