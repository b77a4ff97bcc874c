import { describe, expect, it } from 'vitest';
import { parsePeriod } from '../../../../src/plans/parse-period.js';
import { defaultReminderRules } from '../../../../src/reminders/reminder-rules.js';
import { roundOccurrences, statusRounds } from '../../../../src/reminders/round-occurrences.js';

describe('statusRounds', () => {
  it('opens the round for Norrtälje’s follow-up in March 2025 two weeks ahead, on a working day', () => {
    const [round] = statusRounds([{ kind: 'followUp', period: parsePeriod('mars 2025'), note: null }], defaultReminderRules);
    expect(round).toEqual({
      followUpDate: '2025-03-01',
      followUpText: 'mars 2025',
      roundDate: '2025-02-14', // 15 February is a Saturday
      nudgeDate: '2025-02-21',
      summaryDate: '2025-02-26',
      freshSince: '2025-01-31',
    });
  });

  it('makes one round of two follow-ups on the same day and none of an undated one', () => {
    const rounds = statusRounds(
      [
        { kind: 'followUp', period: parsePeriod('2025-09-15'), note: null },
        { kind: 'statusReport', period: parsePeriod('2025-09-15'), note: null },
        { kind: 'finalReport', period: parsePeriod('Löpande'), note: null },
      ],
      defaultReminderRules,
    );
    expect(rounds.map((r) => r.followUpDate)).toEqual(['2025-09-15']);
  });

  it('has no rounds when switched off, and no nudge when switched off', () => {
    const followUps = [{ kind: 'followUp' as const, period: parsePeriod('mars 2025'), note: null }];
    expect(statusRounds(followUps, { ...defaultReminderRules, statusRounds: null })).toEqual([]);
    const [round] = statusRounds(followUps, { ...defaultReminderRules, statusRounds: { daysBefore: 10, nudgeDaysBefore: null, summaryDaysBefore: 2 } });
    expect(round!.nudgeDate).toBeNull();
    expect(roundOccurrences(round!, { from: '2025-01-01', to: '2025-12-31' }).map((o) => o.rule)).toEqual(['round', 'round_summary']);
  });
});
