import { describe, expect, it } from 'vitest';
import { parsePeriod } from '../../../../src/plans/parse-period.js';
import { isDueWithin, isPastDeadline, overdueFrom } from '../../../../src/overview/overdue.js';

describe('overdueFrom', () => {
  it('makes "Oktober 2024" overdue on Friday 1 November 2024, not on 31 October', () => {
    const october = parsePeriod('Oktober 2024');
    expect(overdueFrom(october)).toBe('2024-11-01');
    expect(isPastDeadline(october, '2024-10-31')).toBe(false);
    expect(isPastDeadline(october, '2024-11-01')).toBe(true);
  });

  it.each([
    // month ending on a Saturday: due Friday 29th, overdue the Monday after
    ['November 2024', '2024-12-02'],
    // December: the 31st is nyårsafton, 1 January a holiday
    ['December 2024', '2025-01-02'],
    ['Maj 2024', '2024-06-03'],
    ['Juni 2025', '2025-07-01'],
    ['Februari 2025', '2025-03-03'],
    ['Januari 2025', '2025-02-03'],
    // Q1 2024 ends on påskdagen; the next working day is after annandag påsk
    ['Q1 2024', '2024-04-02'],
    ['Q3 2025', '2025-10-01'],
    // tertial 1 ends 30 April; 1 May is a holiday
    ['Tertial 1 2025', '2025-05-02'],
    ['Första halvåret 2025', '2025-07-01'],
    ['Andra halvan av 2028', '2029-01-02'],
    ['Våren 2026', '2026-07-01'],
    ['2026', '2027-01-04'],
    ['Under 2027', '2028-01-03'],
    // a day: midsommarafton 2024 is no working day, so it is due Thursday and overdue Monday
    ['2024-06-21', '2024-06-24'],
    ['31 oktober 2024', '2024-11-01'],
  ])('makes "%s" overdue from %s', (written, expected) => {
    expect(overdueFrom(parsePeriod(written))).toBe(expected);
  });

  it('stays overdue over the weekend once it has become overdue', () => {
    expect(isPastDeadline(parsePeriod('Oktober 2024'), '2024-11-02')).toBe(true);
    expect(isPastDeadline(parsePeriod('November 2024'), '2024-11-30')).toBe(false);
    expect(isPastDeadline(parsePeriod('November 2024'), '2024-12-01')).toBe(false);
    expect(isPastDeadline(parsePeriod('November 2024'), '2024-12-02')).toBe(true);
  });

  it('never makes continuous, external or unreadable deadlines overdue', () => {
    for (const written of ['Löpande', 'Hultsfreds kommun ansvarar för tidplanen', 'när det passar']) {
      expect(overdueFrom(parsePeriod(written))).toBeUndefined();
      expect(isPastDeadline(parsePeriod(written), '2099-01-01')).toBe(false);
    }
  });
});

describe('isDueWithin', () => {
  it('counts a deadline due today and one due on the 30th day, not the 31st', () => {
    const december = parsePeriod('December 2024'); // due 2024-12-30
    expect(isDueWithin(december, '2024-12-30', 30)).toBe(true);
    expect(isDueWithin(december, '2024-11-30', 30)).toBe(true);
    expect(isDueWithin(december, '2024-11-29', 30)).toBe(false);
    expect(isDueWithin(december, '2024-12-31', 30)).toBe(false);
  });
});
