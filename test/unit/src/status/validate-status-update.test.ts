import { describe, expect, it } from 'vitest';
import { needsForecast, validateStatusUpdate, type StatusDraft, type StatusRulesContext } from '../../../../src/status/validate-status-update.js';

const context: StatusRulesContext = { indicators: ['Antal utbildade', 'Andel kontrollerade'], previous: null, dueDate: '2024-10-31', today: '2024-10-14' };
const draft = (overrides: Partial<StatusDraft> = {}): StatusDraft => ({ status: 'on_track', comment: null, forecastDate: null, indicatorValues: [], ...overrides });
const problems = (d: Partial<StatusDraft>, c: Partial<StatusRulesContext> = {}) => {
  const result = validateStatusUpdate(draft(d), { ...context, ...c });
  return result.ok ? [] : result.problems.map((p) => p.code);
};

describe('validateStatusUpdate', () => {
  it('accepts "on track" without comment, and trims what it keeps', () => {
    expect(validateStatusUpdate(draft({ comment: '  Rutinen är klar \r\n ' }), context)).toEqual({
      ok: true,
      value: { status: 'on_track', comment: 'Rutinen är klar', forecastDate: null, indicatorValues: null },
    });
  });

  it('asks for a status', () => {
    expect(problems({ status: null })).toEqual(['status_missing']);
  });

  it.each(['at_risk', 'delayed', 'cancelled'] as const)('asks for a comment for %s', (status) => {
    expect(problems({ status, forecastDate: '2024-12-01' })).toEqual(['comment_required']);
  });

  it('asks for a comment to reopen a done or cancelled measure, but not to confirm it', () => {
    expect(problems({ status: 'on_track' }, { previous: 'done' })).toEqual(['reopen_needs_comment']);
    expect(problems({ status: 'not_started' }, { previous: 'cancelled' })).toEqual(['reopen_needs_comment']);
    expect(problems({ status: 'done' }, { previous: 'done' })).toEqual([]);
    expect(problems({ status: 'on_track', comment: 'Öppnas igen efter revisionen' }, { previous: 'done' })).toEqual([]);
  });

  it('asks for a forecast when delayed or past the due date, today or later, at most ten years ahead', () => {
    expect(problems({ status: 'delayed', comment: 'IT' })).toEqual(['forecast_required']);
    expect(problems({ status: 'on_track' }, { today: '2024-11-01' })).toEqual(['forecast_required']);
    expect(problems({ status: 'on_track' }, { today: '2024-10-31' })).toEqual([]);
    expect(problems({ status: 'on_track' }, { today: '2024-11-01', dueDate: null })).toEqual([]);
    expect(problems({ status: 'delayed', comment: 'IT', forecastDate: '2024-10-14' })).toEqual([]);
    expect(problems({ status: 'delayed', comment: 'IT', forecastDate: '2024-10-13' })).toEqual(['forecast_in_past']);
    expect(problems({ status: 'delayed', comment: 'IT', forecastDate: '31/12/2024' })).toEqual(['forecast_invalid']);
    expect(problems({ status: 'delayed', comment: 'IT', forecastDate: '2040-01-01' })).toEqual(['forecast_invalid']);
  });

  it('ignores a forecast for done and cancelled', () => {
    const result = validateStatusUpdate(draft({ status: 'done', forecastDate: 'nonsense' }), context);
    expect(result).toMatchObject({ ok: true, value: { forecastDate: null } });
  });

  it('keys indicator values by the plan’s indicator text and refuses extra or long ones', () => {
    expect(validateStatusUpdate(draft({ indicatorValues: [' 12 ', undefined] }), context)).toMatchObject({ ok: true, value: { indicatorValues: { 'Antal utbildade': '12' } } });
    expect(problems({ indicatorValues: ['1', '2', '3'] })).toEqual(['indicator_unknown']);
    expect(problems({ indicatorValues: ['x'.repeat(201)] })).toEqual(['indicator_too_long']);
  });

  it('reports every problem at once', () => {
    expect(problems({ status: 'delayed', comment: null, forecastDate: '2020-01-01', indicatorValues: ['1', '2', '3'] })).toEqual([
      'comment_required',
      'forecast_in_past',
      'indicator_unknown',
    ]);
  });
});

describe('needsForecast', () => {
  it('is true for delayed, and for open statuses after the due date only', () => {
    expect(needsForecast('delayed', null, '2024-01-01')).toBe(true);
    expect(needsForecast('at_risk', '2024-10-31', '2024-11-01')).toBe(true);
    expect(needsForecast('done', '2024-10-31', '2024-11-01')).toBe(false);
    expect(needsForecast('not_started', '2024-10-31', '2024-10-31')).toBe(false);
  });
});
