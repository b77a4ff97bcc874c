import { describe, expect, it } from 'vitest';
import { translator } from '../../../../src/i18n/catalogue.js';
import type { SuppressedReportStatistics } from '../../../../src/overview/report-statistics-hook.js';
import { statisticsText } from '../../../../src/overview/statistics-words.js';

const stats = (overrides: Partial<SuppressedReportStatistics> = {}): SuppressedReportStatistics => ({
  threshold: 5,
  period: { from: '2026-01-01', to: '2026-09-30' },
  total: '<5',
  breakdowns: [
    { dimension: 'category', rows: [{ key: 'threat', shown: '<5' }, { key: 'bribery', shown: '<5' }] },
    { dimension: 'unit', rows: [{ key: 'Socialtjänst', shown: '12' }, { key: 'Vård och omsorg', shown: 'x' }, { key: '', shown: '<5' }] },
    { dimension: 'quarter', rows: [{ key: '2026-Q2', shown: '9' }] },
  ],
  riskAreas: { general: ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'], byCategory: [{ category: 'bribery', areas: ['Byggentreprenader'] }] },
  ...overrides,
});

describe('the report statistics in words', () => {
  const words = statisticsText(stats(), translator('sv'), 'sv');
  const line = (label: string) => words.lines.find((l) => l.label === label)!.cells.map((c) => `${c.label} ${c.shown}`).join(' · ');

  it('says "alla <5" when every cell is small, instead of listing each', () => {
    expect(line('Per kategori')).toBe('alla <5');
  });

  it('keeps shown and hidden cells and gathers the small ones last', () => {
    expect(line('Per enhet')).toBe('Socialtjänst 12 · Vård och omsorg x · övriga <5');
    expect(line('Per kvartal')).toBe('Q2 2026 9');
  });

  it('names at most six risk areas in a sentence, and links categories to theirs', () => {
    expect(words.riskAreas).toEqual(['Planens riskområden för otillåten påverkan: A, B, C, D, E, F … och 2 till.', 'Mutor hör till riskområdena Byggentreprenader.']);
  });
});
