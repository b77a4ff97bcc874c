/**
 * Every card action verb, in one place: card builders put them on actions
 * and bot routes match on them, so a verb string is never typed twice.
 */
export const verbs = {
  showHelp: 'help.show',
  setLanguage: 'language.set',
  /** Opens the status card for a measure (data: { measureId }); implemented by the status feature. */
  statusOpen: 'status.open',
  /** "Påminn mig om en vecka" on a reminder (data: { measureIds }). */
  snoozeReminder: 'reminders.snooze',
} as const;

export type Verb = (typeof verbs)[keyof typeof verbs];
