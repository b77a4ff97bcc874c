import { describe, expect, it } from 'vitest';
import { hasMessage, messageKeys, t } from '../../../../src/i18n/catalogue.js';
import { importProblemText } from '../../../../src/plans/import/problem-text.js';

const locales = ['sv', 'en'] as const;

/** Keys whose words are read only at the command line. */
const cliOnly = (key: string) => /^(cli\.|plans\.cli\.|plans\.import\.)/.test(key);

describe('one catalogue, the right words for each surface', () => {
  it('names the command line one way everywhere, as the README does: "npx tillit …"', () => {
    for (const locale of locales) {
      for (const key of messageKeys) {
        const text = t(locale, key);
        expect(text.match(/(?<!npx )(?<![\w/.-])tillit (start|serve|migrate|plan|owners|reports|report|reminders|help|--help)\b/u), `${locale} ${key}: ${text}`).toBeNull();
      }
    }
  });

  it('gives every import problem whose advice names a flag a chat wording without flags, commands or settings', () => {
    const withFlags = messageKeys.filter((key) => key.startsWith('plans.import.') && !key.endsWith('.chat') && /--[a-z]/.test(t('sv', key)));
    expect(withFlags.length).toBeGreaterThan(5);
    for (const key of withFlags) {
      expect(hasMessage(`${key}.chat`), key).toBe(true);
      for (const locale of locales) expect(t(locale, `${key}.chat` as typeof key), `${locale} ${key}.chat`).not.toMatch(/--[a-z]|npx tillit|TILLIT_/u);
    }
  });

  it('tells a chat user what to change in the file, and the command line which flag to give', () => {
    const problem = { key: 'plans.import.error.nameMissing' as const };
    expect(importProblemText('sv', 'plan.txt', problem, 'cli')).toBe('plan.txt: planens namn står inte i filen. Ange det med --name "Handlingsplan mot välfärdsbrott 2026–2028".');
    expect(importProblemText('sv', 'plan.txt', problem, 'chat')).toBe(
      'plan.txt: planens namn står inte i filen. Skriv det överst i filen, till exempel "Handlingsplan mot välfärdsbrott 2026–2028", och skicka den igen.',
    );
    expect(importProblemText('en', 'plan.txt', problem, 'chat')).toContain('Write it at the top of the file');
  });

  it('sends no chat text that tells the reader to run a command or give a flag', () => {
    const chatKeys = messageKeys.filter((key) => /^(upload\.|owners\.card\.|error\.upload_|reminders\.(digest|card)\.)/.test(key) && !cliOnly(key));
    expect(chatKeys.length).toBeGreaterThan(10);
    for (const locale of locales) for (const key of chatKeys) expect(t(locale, key), `${locale} ${key}`).not.toMatch(/--[a-z]|npx tillit/u);
  });
});
