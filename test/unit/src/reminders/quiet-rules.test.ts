import { describe, expect, it } from 'vitest';
import { quietReason } from '../../../../src/reminders/quiet-rules.js';
import { defaultReminderRules } from '../../../../src/reminders/reminder-rules.js';
import { itemFixture, measureFactsFixture, measureFixture, planFactsFixture, quietContext } from '../../../helpers/reminder-fixtures.js';

const plan = planFactsFixture();
const sevenDaysBefore = itemFixture('before', '2024-10-31/7d', '2024-10-24', { expiresOn: '2024-10-31' });
const at = '2024-10-24T08:00:00Z';

describe('quietReason', () => {
  it('lets a due reminder through', () => {
    expect(quietReason(sevenDaysBefore, quietContext(at, plan, measureFactsFixture()))).toBeNull();
  });

  it('does not remind an owner whose measure got a status within the quiet days', () => {
    const facts = measureFactsFixture(undefined, { latest: { status: 'on_track', recordedAt: '2024-10-14T12:00:00Z', forecastDate: null } });
    expect(quietReason(sevenDaysBefore, quietContext(at, plan, facts))).toBe('recently_reported');
  });

  it('reminds again once the quiet days have passed', () => {
    const facts = measureFactsFixture(undefined, { latest: { status: 'on_track', recordedAt: '2024-10-09T12:00:00Z', forecastDate: null } });
    expect(quietReason(sevenDaysBefore, quietContext(at, plan, facts))).toBeNull();
  });

  it('never reminds about a measure that is done or cancelled', () => {
    for (const status of ['done', 'cancelled'] as const) {
      const facts = measureFactsFixture(undefined, { latest: { status, recordedAt: '2024-01-01T12:00:00Z', forecastDate: null } });
      expect(quietReason(sevenDaysBefore, quietContext(at, plan, facts))).toBe('closed');
    }
  });

  it('keeps quiet while the owner has snoozed the measure, and only for that owner', () => {
    const facts = measureFactsFixture(undefined, { owners: ['owner-1', 'owner-2'], snoozes: { 'owner-1': '2024-10-28' } });
    expect(quietReason(sevenDaysBefore, quietContext(at, plan, facts))).toBe('snoozed');
    expect(quietReason({ ...sevenDaysBefore, recipientId: 'owner-2' }, quietContext(at, plan, facts))).toBeNull();
  });

  it('sends the snooze reminder on its day, unless snoozed again', () => {
    const snooze = itemFixture('snooze', '2024-10-28', '2024-10-28');
    const ctx = (until: string) => quietContext('2024-10-28T08:00:00Z', plan, measureFactsFixture(undefined, { snoozes: { 'owner-1': until } }));
    expect(quietReason(snooze, ctx('2024-10-28'))).toBeNull();
    expect(quietReason(snooze, ctx('2024-11-04'))).toBe('obsolete');
  });

  it('drops a reminder planned for a deadline the plan has since moved', () => {
    const moved = measureFactsFixture(measureFixture({ deadline: 'November 2024' }));
    expect(quietReason(sevenDaysBefore, quietContext(at, plan, moved))).toBe('obsolete');
  });

  it('drops a reminder to someone who is no longer an owner', () => {
    expect(quietReason(sevenDaysBefore, quietContext(at, plan, measureFactsFixture(undefined, { owners: ['owner-2'] })))).toBe('not_owner');
  });

  it('drops a reminder that has gone stale', () => {
    expect(quietReason(sevenDaysBefore, quietContext('2024-10-31T08:00:00Z', plan, measureFactsFixture()))).toBe('expired');
  });

  it('pauses weekly overdue reminders while the owner’s forecast date lies ahead', () => {
    const overdue = itemFixture('overdue', '2024-10-31/2024-W46', '2024-11-11', { expiresOn: '2024-11-18' });
    const facts = measureFactsFixture(undefined, { latest: { status: 'delayed', recordedAt: '2024-10-20T12:00:00Z', forecastDate: '2024-12-15' } });
    expect(quietReason(overdue, quietContext('2024-11-11T08:00:00Z', plan, facts))).toBe('forecast_ahead');
  });

  it('still escalates to the coordinator when the owner reported recently', () => {
    const escalation = itemFixture('escalation', '2024-10-31/2024-W47', '2024-11-18', { expiresOn: '2024-11-25' });
    const facts = measureFactsFixture(undefined, { latest: { status: 'delayed', recordedAt: '2024-11-15T12:00:00Z', forecastDate: null } });
    expect(quietReason(escalation, quietContext('2024-11-18T08:00:00Z', plan, facts))).toBeNull();
    expect(quietReason(escalation, quietContext('2024-11-18T08:00:00Z', planFactsFixture(undefined, defaultReminderRules, ['someone-else']), facts))).toBe('not_coordinator');
  });

  it('asks an owner in a status round unless the measure already has a fresh status', () => {
    const round = itemFixture('round', '2025-03-01', '2025-02-14', { expiresOn: '2025-03-02' });
    const ctx = (recordedAt?: string) =>
      quietContext('2025-02-14T08:00:00Z', plan, measureFactsFixture(measureFixture({ deadline: 'Löpande' }), recordedAt ? { latest: { status: 'on_track', recordedAt, forecastDate: null } } : {}));
    expect(quietReason(round, ctx())).toBeNull();
    expect(quietReason(round, ctx('2025-02-03T10:00:00Z'))).toBe('already_reported');
    expect(quietReason(round, ctx('2025-01-10T10:00:00Z'))).toBeNull();
  });

  it('never asks about an external measure', () => {
    const round = itemFixture('round', '2025-03-01', '2025-02-14', { expiresOn: '2025-03-02' });
    const facts = measureFactsFixture(measureFixture({ deadline: 'Hultsfreds kommun ansvarar för tidplanen' }));
    expect(quietReason(round, quietContext('2025-02-14T08:00:00Z', plan, facts))).toBe('obsolete');
  });

  it('tells the coordinator about an unreachable owner only while they stay unreachable', () => {
    const notice = itemFixture('unreachable', 'owner-1/not_installed', '2024-10-24', { payload: { ownerId: 'owner-1', reason: 'not_installed' } });
    expect(quietReason(notice, quietContext(at, plan, measureFactsFixture(), ['owner-1']))).toBeNull();
    expect(quietReason(notice, quietContext(at, plan, measureFactsFixture()))).toBe('resolved');
  });

  it('sends a revision notice even about a removed measure', () => {
    const notice = itemFixture('revision', 'change-1', '2024-10-24', { payload: { change: 'removed' } });
    const facts = measureFactsFixture(measureFixture({ removedInRevision: 2 }), { owners: [] });
    expect(quietReason(notice, quietContext(at, plan, facts))).toBeNull();
  });
});
