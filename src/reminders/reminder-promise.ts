import type { Locale } from '../i18n/locale.js';
import { defaultReminderRules, type ReminderRules } from './reminder-rules.js';

/**
 * The figures the welcome card and the about page quote when they say what
 * reminders to expect ("30 och 7 dagar före", "efter 2 veckor"), taken from
 * the rules themselves so the words cannot drift from what is sent.
 */
export function reminderPromise(locale: Locale, rules: ReminderRules = defaultReminderRules): { before: string; escalationWeeks: number } {
  return {
    before: new Intl.ListFormat(locale, { type: 'conjunction' }).format([...rules.daysBefore].sort((a, b) => b - a).map(String)),
    escalationWeeks: rules.escalation?.afterWeeks ?? 0,
  };
}
