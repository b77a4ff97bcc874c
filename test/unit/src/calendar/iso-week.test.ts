import { describe, expect, it } from 'vitest';
import { isoWeekLabel, mondayOf } from '../../../../src/calendar/iso-week.js';

describe('ISO weeks', () => {
  it.each([
    ['2026-11-23', '2026-W48'],
    ['2026-01-01', '2026-W01'],
    ['2027-01-01', '2026-W53'],
    ['2024-12-30', '2025-W01'],
  ])('labels %s as %s', (date, label) => {
    expect(isoWeekLabel(date)).toBe(label);
  });

  it('finds the Monday of a week', () => {
    expect(mondayOf('2026-11-29')).toBe('2026-11-23');
    expect(mondayOf('2026-11-23')).toBe('2026-11-23');
  });
});
