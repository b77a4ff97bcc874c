import { describe, expect, it } from 'vitest';
import { parsePeriod } from '../../../../src/plans/parse-period.js';
import { dueDate } from '../../../../src/plans/period.js';

describe('parsePeriod', () => {
  it.each([
    // day
    ['2024-10-31', 'day', '2024-10-31', '2024-10-31'],
    ['31 oktober 2024', 'day', '2024-10-31', '2024-10-31'],
    ['31 okt. 2024', 'day', '2024-10-31', '2024-10-31'],
    ['1:a maj 2024', 'day', '2024-05-01', '2024-05-01'],
    ['31/10/2024', 'day', '2024-10-31', '2024-10-31'],
    ['31.10.2024', 'day', '2024-10-31', '2024-10-31'],
    ['2024/10/31', 'day', '2024-10-31', '2024-10-31'],
    ['20241031', 'day', '2024-10-31', '2024-10-31'],
    ['Senast 2024-10-31', 'day', '2024-10-31', '2024-10-31'],
    // month
    ['Maj 2024', 'month', '2024-05-01', '2024-05-31'],
    ['Oktober 2024', 'month', '2024-10-01', '2024-10-31'],
    ['Februari 2024', 'month', '2024-02-01', '2024-02-29'],
    ['okt-2024', 'month', '2024-10-01', '2024-10-31'],
    ['maj-24', 'month', '2024-05-01', '2024-05-31'],
    ['2025-03', 'month', '2025-03-01', '2025-03-31'],
    ['03/2025', 'month', '2025-03-01', '2025-03-31'],
    ['i mars 2025', 'month', '2025-03-01', '2025-03-31'],
    ['Klart senast december 2028', 'month', '2028-12-01', '2028-12-31'],
    // quarter
    ['Q3 2025', 'quarter', '2025-07-01', '2025-09-30'],
    ['kvartal 3 2025', 'quarter', '2025-07-01', '2025-09-30'],
    ['Kv3 2025', 'quarter', '2025-07-01', '2025-09-30'],
    ['2025 Q4', 'quarter', '2025-10-01', '2025-12-31'],
    ['tredje kvartalet 2025', 'quarter', '2025-07-01', '2025-09-30'],
    // tertial
    ['Tertial 2 2026', 'tertial', '2026-05-01', '2026-08-31'],
    ['T2 2026', 'tertial', '2026-05-01', '2026-08-31'],
    ['T3 2026', 'tertial', '2026-09-01', '2026-12-31'],
    ['första tertialet 2026', 'tertial', '2026-01-01', '2026-04-30'],
    // half year
    ['Första halvan av 2028', 'half', '2028-01-01', '2028-06-30'],
    ['Andra halvan av 2028', 'half', '2028-07-01', '2028-12-31'],
    ['första halvåret 2027', 'half', '2027-01-01', '2027-06-30'],
    ['andra halvåret 2027', 'half', '2027-07-01', '2027-12-31'],
    ['H2 2028', 'half', '2028-07-01', '2028-12-31'],
    // season
    ['Våren 2026', 'season', '2026-01-01', '2026-06-30'],
    ['Hösten 2026', 'season', '2026-08-01', '2026-12-31'],
    ['HT 2026', 'season', '2026-08-01', '2026-12-31'],
    ['VT-26', 'season', '2026-01-01', '2026-06-30'],
    // year
    ['2026', 'year', '2026-01-01', '2026-12-31'],
    ['Under 2027', 'year', '2027-01-01', '2027-12-31'],
    ['år 2027', 'year', '2027-01-01', '2027-12-31'],
    // range
    ['2024–2025', 'range', '2024-01-01', '2025-12-31'],
    ['maj–juni 2024', 'range', '2024-05-01', '2024-06-30'],
    ['Maj 2024 - Februari 2025', 'range', '2024-05-01', '2025-02-28'],
  ])('reads "%s" as %s from %s to %s', (text, kind, from, to) => {
    expect(parsePeriod(text)).toEqual({ kind, from, to, text });
  });

  it.each([
    ['Löpande', 'continuous'],
    ['Pågående', 'continuous'],
    ['Årligen', 'continuous'],
    ['Kontinuerligt', 'continuous'],
    ['Löpande under perioden', 'continuous'],
    ['Två gånger om året', 'continuous'],
    ['en gång per år', 'continuous'],
    ['Halvårsvis', 'continuous'],
    ['Kvartalsvis', 'continuous'],
    ['Varje halvår', 'continuous'],
    ['Hultsfreds kommun ansvarar för tidplanen', 'external'],
    ['Enligt Försäkringskassans tidplan', 'external'],
  ])('reads "%s" as %s, with no dates', (text, kind) => {
    expect(parsePeriod(text)).toEqual({ kind, from: null, to: null, text });
  });

  it.each([
    'snart',
    'När resurser finns',
    '2024-02-30',
    '31 februari 2024',
    'Q5 2025',
    'T4 2026',
    'Maj 3024',
    '13/2024',
    '',
    '   ',
    '-',
    'maj',
    '2026 eller 2027',
    '\u0000\u0001binary',
  ])('keeps "%s" as unknown without guessing', (text) => {
    const period = parsePeriod(text);
    expect(period.kind).toBe('unknown');
    expect(period.from).toBeNull();
    expect(period.to).toBeNull();
  });

  it('keeps the text exactly as written, apart from white space', () => {
    expect(parsePeriod('  Andra   halvan av 2028 ').text).toBe('Andra halvan av 2028');
  });
});

describe('dueDate', () => {
  it('is the last working day of a month ("Oktober 2024" → Thursday 31 October 2024)', () => {
    expect(dueDate(parsePeriod('Oktober 2024'))).toBe('2024-10-31');
  });

  it('moves back from a weekend (November 2024 ends on a Saturday)', () => {
    expect(dueDate(parsePeriod('November 2024'))).toBe('2024-11-29');
  });

  it('moves back over nyårsafton and the weekend (December 2028)', () => {
    // 2028-12-31 is a Sunday, 30th Saturday, 29th Friday.
    expect(dueDate(parsePeriod('December 2028'))).toBe('2028-12-29');
  });

  it('skips julafton, juldagen, annandag jul and nyårsafton (December 2025)', () => {
    // 2025-12-31 is a Wednesday but nyårsafton; 30th is a Tuesday.
    expect(dueDate(parsePeriod('December 2025'))).toBe('2025-12-30');
  });

  it('has no due date for continuous, external or unknown periods', () => {
    expect(dueDate(parsePeriod('Löpande'))).toBeUndefined();
    expect(dueDate(parsePeriod('Hultsfreds kommun ansvarar för tidplanen'))).toBeUndefined();
    expect(dueDate(parsePeriod('snart'))).toBeUndefined();
  });
});
