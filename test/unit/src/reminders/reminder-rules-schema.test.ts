import { describe, expect, it } from 'vitest';
import { parseReminderRules, type RuleProblem } from '../../../../src/reminders/reminder-rules-schema.js';
import { defaultReminderRules } from '../../../../src/reminders/reminder-rules.js';

describe('parseReminderRules', () => {
  it('uses the defaults when the plan has no rules', () => {
    expect(parseReminderRules(null)).toEqual({ ok: true, rules: defaultReminderRules });
  });

  it('merges a plan’s overrides onto the defaults, keeping what it does not mention', () => {
    const parsed = parseReminderRules({ daysBefore: [7, 14, 7], escalation: { afterWeeks: 4 }, overdue: { weekday: 'onsdag' }, statusRounds: { nudgeDaysBefore: false } });
    expect(parsed.ok && parsed.rules).toEqual({
      ...defaultReminderRules,
      daysBefore: [14, 7],
      escalation: { afterWeeks: 4 },
      overdue: { everyWeeks: 1, weekday: 3, maxWeeks: 12 },
      statusRounds: { daysBefore: 14, nudgeDaysBefore: null, summaryDaysBefore: 3 },
    });
  });

  it('switches rules off with false', () => {
    const parsed = parseReminderRules({ overdue: false, escalation: false, statusRounds: false, atStart: false });
    expect(parsed.ok && [parsed.rules.overdue, parsed.rules.escalation, parsed.rules.statusRounds, parsed.rules.atStart]).toEqual([null, null, null, false]);
  });

  it('names every wrong field with a Swedish message', () => {
    const parsed = parseReminderRules({ daysBefore: [30, -1], dagarFore: 3, workingHours: { start: '8.30', end: '16:30' }, escalation: { afterWeeks: 'två' } });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problems.map(withoutKeys)).toEqual(
      expect.arrayContaining([
        { path: 'daysBefore[1]', message: 'måste vara minst 1' },
        { path: 'dagarFore', message: 'okänd inställning (stavfel?)' },
        { path: 'workingHours.start', message: 'måste vara en tid som "08:30"' },
        { path: 'escalation.afterWeeks', message: 'måste vara ett antal veckor (ett heltal)' },
      ]),
    );
  });

  it('refuses working hours that end before they start', () => {
    expect(parseReminderRules({ workingHours: { start: '17:00', end: '08:00' } })).toEqual({ ok: false, problems: [{ path: 'workingHours.end', at: ['workingHours', 'end'], message: 'måste vara senare än start' }] });
  });

  it('refuses a weekday that is not a working weekday', () => {
    const parsed = parseReminderRules({ overdue: { weekday: 'söndag' } });
    expect(parsed.ok === false && withoutKeys(parsed.problems[0]!)).toEqual({ path: 'overdue.weekday', message: 'måste vara en veckodag (måndag–fredag eller 1–5)' });
  });
});

function withoutKeys({ path, message }: RuleProblem): Omit<RuleProblem, 'at'> {
  return { path, message };
}

describe('parseReminderRules on wrong shapes', () => {
  it('says a rule must be false or settings when it is neither', () => {
    const parsed = parseReminderRules({ escalation: 'ja' });
    expect(parsed.ok === false && parsed.problems.map(withoutKeys)).toEqual([{ path: 'escalation', message: 'måste vara false (av) eller en uppsättning inställningar' }]);
  });

  it('says what it expected when the section is not a mapping at all', () => {
    const parsed = parseReminderRules('30 dagar före');
    expect(parsed.ok === false && parsed.problems[0]!.message).toMatch(/påminnelseregler/);
  });
});
