import { describe, expect, it } from 'vitest';
import { ReportError } from '../../../../src/reports/report-errors.js';
import { cleanText, parseMessageText, parseReportDraft } from '../../../../src/reports/report-input.js';

const units = ['Socialtjänst', 'Vård och omsorg'];
const today = '2026-11-23';
const valid = { categories: ['threat', 'bribery'], subject: 'self', unit: 'Socialtjänst', month: '2026-10', ongoing: 'yes', text: 'Han hotade mig.', contact: 'yes' };

function fieldsOf(input: unknown): readonly string[] {
  try {
    parseReportDraft(input, units, today);
  } catch (error) {
    if (error instanceof ReportError) return error.fields;
    throw error;
  }
  return [];
}

describe('parseReportDraft', () => {
  it('reads a complete form post', () => {
    expect(parseReportDraft(valid, units, today)).toEqual({
      categories: ['threat', 'bribery'],
      subject: 'self',
      unit: 'Socialtjänst',
      happenedMonth: '2026-10',
      ongoing: true,
      text: 'Han hotade mig.',
      wantsContact: true,
    });
  });

  it('reads a card’s comma-joined multi-select and a single checkbox the same way', () => {
    expect(parseReportDraft({ ...valid, categories: 'threat,bribery' }, units, today).categories).toEqual(['threat', 'bribery']);
    expect(parseReportDraft({ ...valid, categories: 'jav'.replace('jav', 'conflict_of_interest') }, units, today).categories).toEqual(['conflict_of_interest']);
  });

  it('treats "vill inte ange" as no unit, no month and unknown as not known', () => {
    expect(parseReportDraft({ ...valid, unit: '', month: '', ongoing: 'unknown' }, units, today)).toMatchObject({ unit: null, happenedMonth: null, ongoing: null });
  });

  it('names every missing field of an empty form', () => {
    expect(fieldsOf({})).toEqual(['categories', 'subject', 'text']);
    expect(fieldsOf(undefined)).toEqual(['form']);
  });

  it('refuses unknown categories, units not configured and months in the future', () => {
    expect(fieldsOf({ ...valid, categories: ['threat', 'espionage'] })).toEqual(['categories']);
    expect(fieldsOf({ ...valid, unit: 'Hemliga avdelningen' })).toEqual(['unit']);
    expect(fieldsOf({ ...valid, month: '2026-12' })).toEqual(['month']);
    expect(fieldsOf({ ...valid, month: '2026-13' })).toEqual(['month']);
  });

  it('refuses a text over 20 000 characters and one that is only white space', () => {
    expect(fieldsOf({ ...valid, text: 'x'.repeat(20_001) })).toEqual(['text_too_long']);
    expect(fieldsOf({ ...valid, text: '  \n\t ' })).toEqual(['text']);
  });

  it('keeps HTML as text (it is escaped when shown, never interpreted)', () => {
    expect(parseReportDraft({ ...valid, text: '<script>alert(1)</script>' }, units, today).text).toBe('<script>alert(1)</script>');
  });
});

describe('message text', () => {
  it('drops control characters and unifies line breaks', () => {
    expect(cleanText('a\r\nb\u0000c\u0007d\n')).toBe('a\nbcd');
    expect(parseMessageText('  hej  ')).toBe('hej');
    expect(() => parseMessageText(42)).toThrow(ReportError);
  });
});
