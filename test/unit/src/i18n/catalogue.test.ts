import { describe, expect, it } from 'vitest';
import { messageKeys, t } from '../../../../src/i18n/catalogue.js';
import { resolveLocale } from '../../../../src/i18n/locale.js';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

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
    expect(t('en', 'welcome.title')).toBe('Hi {name}! I am Tillit.');
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
