import { describe, expect, it } from 'vitest';
import { messageKeys, t, type MessageKey, type PlaceholdersOf } from '../../../../src/i18n/catalogue.js';
import { resolveLocale } from '../../../../src/i18n/locale.js';

const placeholders = (text: string) => [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();

describe('message catalogue', () => {
  it('has the same placeholders in Swedish and English for every key', () => {
    for (const key of messageKeys) {
      expect(placeholders(t('en', key)), key).toEqual(placeholders(t('sv', key)));
    }
  });

  it('has no empty texts', () => {
    for (const key of messageKeys) {
      expect(t('sv', key).trim(), key).not.toBe('');
      expect(t('en', key).trim(), key).not.toBe('');
    }
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(t('sv', 'welcome.title', { name: 'Anna' })).toBe('Hej Anna! Jag är Tillit.');
    // A call without the variable does not compile; a key known only at run time can still miss one.
    expect(t('en', 'welcome.title' as MessageKey)).toBe('Hi {name}! I am Tillit.');
  });
});

describe('resolveLocale', () => {
  it.each([
    ['sv-SE', 'sv'],
    ['en-US', 'en'],
    ['en-gb', 'en'],
    ['fi-FI', 'sv'],
    [undefined, 'sv'],
    ['', 'sv'],
  ])('maps %s to %s', (input, expected) => {
    expect(resolveLocale(input)).toBe(expected);
  });

  it('falls back to the organisation default', () => {
    expect(resolveLocale('de-DE', 'en')).toBe('en');
  });
});

describe('plural forms', () => {
  it('says "1 dag" and "2 dagar", "1 day" and "2 days", by Intl.PluralRules', () => {
    expect(t('sv', 'reminders.card.overdueDays', { days: 1 })).toBe('försenad sedan 1 dag');
    expect(t('sv', 'reminders.card.overdueDays', { days: 3 })).toBe('försenad sedan 3 dagar');
    expect(t('en', 'reminders.card.overdueDays', { days: 1 })).toBe('overdue by 1 day');
    expect(t('en', 'reminders.card.overdueDays', { days: 0 })).toBe('overdue by 0 days');
    expect(t('sv', 'reminders.card.overdueWeeks', { weeks: 1 })).toBe('försenad sedan 1 vecka');
    expect(t('sv', 'cases.unread', { count: 1 })).toBe('1 nytt svar');
    expect(t('sv', 'cases.unread', { count: 4 })).toBe('4 nya svar');
  });

  it('fills placeholders inside a plural form', () => {
    const one = { total: 1, date: '31 mars 2025', done: 1, onTrack: 0, atRisk: 0, delayed: 1, notStarted: 0, cancelled: 1, noStatus: 0, overdue: 1 };
    const text = t('sv', 'committeeReport.summary.text', one);
    expect(text).toContain('Planen har 1 åtgärd. Läget den 31 mars 2025: 1 klar,');
    expect(text).toContain('1 försenad, 0 ej påbörjade, 1 avbruten');
    expect(text).toContain('1 åtgärd har passerat sitt sista datum utan att vara klar.');
    expect(t('sv', 'committeeReport.summary.text', { ...one, done: 2, overdue: 3 })).toContain('2 klara');
  });

  it('infers each text’s variables from the Swedish, plural variables and placeholders inside plurals included', () => {
    type Vars<K extends MessageKey> = PlaceholdersOf<K>;
    const welcome: Vars<'welcome.title'>[] = ['name'];
    const plural: Vars<'reminders.card.dueInDays'>[] = ['days'];
    const none: Vars<'tab.loading'>[] = [];
    expect([welcome, plural, none]).toEqual([['name'], ['days'], []]);
    // @ts-expect-error: the welcome needs the name
    expect(t('sv', 'welcome.title')).toBe('Hej {name}! Jag är Tillit.');
    // @ts-expect-error: and the number of days
    expect(t('sv', 'reminders.card.dueInDays', { dayz: 2 })).toContain('{days}');
  });

  it('leaves a plural visible as its placeholder when no number is given', () => {
    expect(t('sv', 'reminders.card.overdueDays' as MessageKey)).toBe('försenad sedan {days}');
  });
});
