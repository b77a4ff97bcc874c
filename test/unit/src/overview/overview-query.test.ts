import { describe, expect, it } from 'vitest';
import { parseOverviewQuery } from '../../../../src/overview/overview-query.js';

describe('parseOverviewQuery', () => {
  it('reads nothing as every plan', () => {
    expect(parseOverviewQuery('')).toEqual({ target: { kind: 'plans' } });
    expect(parseOverviewQuery('handlingsplanen')).toEqual({ target: { kind: 'plans' } });
  });

  it('reads a measure code', () => {
    expect(parseOverviewQuery('2.3')).toEqual({ target: { kind: 'measure', code: '2.3' } });
    expect(parseOverviewQuery('4.10')).toEqual({ target: { kind: 'measure', code: '4.10' } });
  });

  it.each(['målområde 2', 'Målområde 2', 'aktivitetsområde 2', 'fokusområde 2', 'mål 2', '2', 'goal area 2'])('reads "%s" as goal area 2', (text) => {
    expect(parseOverviewQuery(text)).toEqual({ target: { kind: 'goalArea', number: '2' } });
  });

  it('reads an as-of day in ISO form or in words', () => {
    expect(parseOverviewQuery('per 2025-03-31')).toEqual({ target: { kind: 'plans' }, asOf: '2025-03-31' });
    expect(parseOverviewQuery('2.3 per 31 mars 2025')).toEqual({ target: { kind: 'measure', code: '2.3' }, asOf: '2025-03-31' });
    expect(parseOverviewQuery('2025-03-31')).toEqual({ target: { kind: 'plans' }, asOf: '2025-03-31' });
  });

  it('reads a plan key', () => {
    expect(parseOverviewQuery('norrtalje-2024-2025 2.3')).toEqual({ target: { kind: 'measure', code: '2.3' }, planKey: 'norrtalje-2024-2025' });
  });

  it('refuses what it does not understand instead of guessing', () => {
    expect(parseOverviewQuery('för ekonomin')).toBeUndefined();
    expect(parseOverviewQuery('per mars 2025')).toBeUndefined();
    expect(parseOverviewQuery('målområde 2 2.3')).toBeUndefined();
  });
});
