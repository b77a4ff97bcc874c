import { describe, expect, it } from 'vitest';
import { parsePeriod } from '../../../../src/plans/parse-period.js';
import { deadlineOccurrences, weeklySlot } from '../../../../src/reminders/deadline-occurrences.js';
import { defaultReminderRules, type ReminderRules } from '../../../../src/reminders/reminder-rules.js';

const wide = { from: '2020-01-01', to: '2030-12-31' };
const measure = (start: string, deadline: string) => ({ start: parsePeriod(start), deadline: parsePeriod(deadline) });
const sendDates = (rule: string, list: ReturnType<typeof deadlineOccurrences>) => list.filter((o) => o.rule === rule).map((o) => o.sendDate);

describe('deadlineOccurrences', () => {
  it('reminds at start, 30 and 7 days before and on the last working day of "Oktober 2024"', () => {
    const list = deadlineOccurrences(measure('Maj 2024', 'Oktober 2024'), defaultReminderRules, wide);
    expect(sendDates('start', list)).toEqual(['2024-05-02']); // 1 May is a holiday
    expect(sendDates('before', list)).toEqual(['2024-10-01', '2024-10-24']);
    expect(sendDates('deadline', list)).toEqual(['2024-10-31']);
  });

  it('makes a deadline that falls on a Sunday due the Friday before', () => {
    const list = deadlineOccurrences(measure('2026-09-01', '2026-11-29'), defaultReminderRules, wide);
    expect(sendDates('deadline', list)).toEqual(['2026-11-27']);
    expect(list.find((o) => o.rule === 'deadline')!.occurrence).toBe('2026-11-27');
  });

  it('moves a reminder that would land on midsommarafton to the working day before', () => {
    // 26 June 2026 minus 7 days is midsommarafton, 19 June.
    const list = deadlineOccurrences(measure('2026-01-01', '2026-06-26'), { ...defaultReminderRules, daysBefore: [7] }, wide);
    expect(sendDates('before', list)).toEqual(['2026-06-18']);
  });

  it('makes "December 2026" due 30 December, before nyårsafton, and skips jul for the 7-day reminder', () => {
    const list = deadlineOccurrences(measure('2026-01-01', 'December 2026'), defaultReminderRules, wide);
    expect(sendDates('deadline', list)).toEqual(['2026-12-30']);
    // 30 Dec − 7 = 23 Dec (a Wednesday, a working day); 30 Dec − 30 = 30 Nov.
    expect(sendDates('before', list)).toEqual(['2026-11-30', '2026-12-23']);
  });

  it('reminds weekly while overdue on the first working day of the week, from the first full week late', () => {
    const list = deadlineOccurrences(measure('2024-05-01', 'Oktober 2024'), defaultReminderRules, { from: '2024-10-01', to: '2024-12-01' });
    expect(sendDates('overdue', list)).toEqual(['2024-11-11', '2024-11-18', '2024-11-25']);
    expect(list.find((o) => o.rule === 'overdue')!.payload).toEqual({ dueDate: '2024-10-31', weeksOverdue: 1 });
  });

  it('sends the weekly reminder on the Tuesday when Monday is annandag påsk', () => {
    expect(weeklySlot('2026-04-06', 1)).toBe('2026-04-07');
  });

  it('escalates to the coordinator from the configured number of weeks overdue', () => {
    const list = deadlineOccurrences(measure('2024-05-01', 'Oktober 2024'), defaultReminderRules, { from: '2024-10-01', to: '2024-12-01' });
    expect(sendDates('escalation', list)).toEqual(['2024-11-18', '2024-11-25']);
  });

  it('aligns every measure on the same weekly day so an owner gets one card a week', () => {
    const a = deadlineOccurrences(measure('2024-05-01', '2024-10-29'), defaultReminderRules, { from: '2024-11-01', to: '2024-11-30' });
    const b = deadlineOccurrences(measure('2024-05-01', '2024-10-31'), defaultReminderRules, { from: '2024-11-01', to: '2024-11-30' });
    expect(sendDates('overdue', a)).toEqual(sendDates('overdue', b));
  });

  it('stops weekly reminders after maxWeeks and honours everyWeeks', () => {
    const rules: ReminderRules = { ...defaultReminderRules, overdue: { everyWeeks: 2, weekday: 3, maxWeeks: 5 } };
    const list = deadlineOccurrences(measure('2024-05-01', 'Oktober 2024'), rules, { from: '2024-10-01', to: '2025-03-01' });
    const overdue = list.filter((o) => o.rule === 'overdue');
    expect(overdue.map((o) => o.payload!.weeksOverdue)).toEqual([1, 3, 5]);
    expect(overdue.map((o) => o.sendDate)).toEqual(['2024-11-13', '2024-11-27', '2024-12-11']);
  });

  it('gives no deadline reminders for continuous, external or unknown deadlines — never a guess', () => {
    for (const text of ['Löpande', 'Hultsfreds kommun ansvarar för tidplanen', 'när det passar']) {
      expect(deadlineOccurrences(measure('Maj 2024', text), defaultReminderRules, wide)).toEqual([]);
    }
  });

  it('does not remind before the measure has started', () => {
    const list = deadlineOccurrences(measure('2024-10-15', 'Oktober 2024'), defaultReminderRules, wide);
    expect(sendDates('before', list)).toEqual(['2024-10-24']);
    expect(sendDates('start', list)).toEqual(['2024-10-15']);
  });

  it('keys occurrences by the due date, so a moved deadline makes new ones', () => {
    const before = deadlineOccurrences(measure('Maj 2024', 'Oktober 2024'), defaultReminderRules, wide).map((o) => o.occurrence);
    const after = deadlineOccurrences(measure('Maj 2024', 'November 2024'), defaultReminderRules, wide).map((o) => o.occurrence);
    expect(before.filter((o) => after.includes(o)).filter((o) => o !== '2024-05-01')).toEqual([]);
  });

  it('only lists occurrences inside the window and lets each expire when the next takes over', () => {
    const list = deadlineOccurrences(measure('Maj 2024', 'Oktober 2024'), defaultReminderRules, { from: '2024-10-20', to: '2024-10-31' });
    expect(list.map((o) => [o.rule, o.sendDate, o.expiresOn])).toEqual([
      ['before', '2024-10-24', '2024-10-31'],
      ['deadline', '2024-10-31', '2024-11-07'],
    ]);
  });
});
