import { describe, expect, it } from 'vitest';
import { addMonths, caseDeadlines, dueCaseReminders } from '../../../../src/reports/deadlines.js';

const received = { receivedOn: '2026-11-02', acknowledgedOn: null, closedOn: null };

describe('case deadlines', () => {
  it('asks for acknowledgement within 7 days and feedback within 3 months of it', () => {
    expect(caseDeadlines({ ...received, acknowledgedOn: '2026-11-04' }, 730)).toEqual({
      acknowledgeBy: '2026-11-09',
      feedbackBy: '2027-02-04',
      purgeOn: null,
    });
  });

  it('counts feedback from the day acknowledgement was due when it came late or never', () => {
    expect(caseDeadlines(received, 730).feedbackBy).toBe('2027-02-09');
    expect(caseDeadlines({ ...received, acknowledgedOn: '2026-11-20' }, 730).feedbackBy).toBe('2027-02-09');
  });

  it('purges a closed case after the retention period', () => {
    expect(caseDeadlines({ ...received, closedOn: '2027-01-10' }, 730).purgeOn).toBe('2029-01-09');
  });

  it('adds months without running past the end of a short month', () => {
    expect(addMonths('2026-11-30', 3)).toBe('2027-02-28');
    expect(addMonths('2027-11-30', 3)).toBe('2028-02-29');
    expect(addMonths('2026-10-31', 1)).toBe('2026-11-30');
  });
});

describe('dueCaseReminders', () => {
  const open = (status: 'new' | 'acknowledged', feedbackOn: string | null = null) => ({
    status,
    feedbackOn,
    deadlines: caseDeadlines({ ...received, acknowledgedOn: status === 'new' ? null : '2026-11-03' }, 730),
  });

  it('reminds two days before the acknowledgement deadline and escalates the day after it', () => {
    expect(dueCaseReminders(open('new'), '2026-11-06').reminders).toEqual([]);
    expect(dueCaseReminders(open('new'), '2026-11-07').reminders).toEqual(['acknowledge_soon']);
    expect(dueCaseReminders(open('new'), '2026-11-09').reminders).toEqual(['acknowledge_soon']);
    expect(dueCaseReminders(open('new'), '2026-11-10').reminders).toEqual(['acknowledge_overdue']);
  });

  it('does not remind about acknowledgement once acknowledged', () => {
    expect(dueCaseReminders(open('acknowledged'), '2026-11-10').reminders).toEqual([]);
  });

  it('reminds two weeks before the feedback deadline and escalates when it is missed', () => {
    expect(dueCaseReminders(open('acknowledged'), '2027-01-19').reminders).toEqual([]);
    expect(dueCaseReminders(open('acknowledged'), '2027-01-20').reminders).toEqual(['feedback_soon']);
    expect(dueCaseReminders(open('acknowledged'), '2027-02-03').reminders).toEqual(['feedback_soon']);
    expect(dueCaseReminders(open('acknowledged'), '2027-02-04').reminders).toEqual(['feedback_overdue']);
    expect(dueCaseReminders(open('acknowledged', '2027-01-01'), '2027-02-04').reminders).toEqual([]);
  });

  it('warns 30 days before purging a closed case, then purges it', () => {
    const closed = { status: 'closed' as const, feedbackOn: null, deadlines: caseDeadlines({ ...received, closedOn: '2027-01-10' }, 730) };
    expect(dueCaseReminders(closed, '2028-12-09')).toEqual({ reminders: [], purge: false });
    expect(dueCaseReminders(closed, '2028-12-10')).toEqual({ reminders: ['purge_warning'], purge: false });
    expect(dueCaseReminders(closed, '2029-01-09')).toEqual({ reminders: [], purge: true });
  });
});
