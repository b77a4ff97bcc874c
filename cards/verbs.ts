/**
 * Every card action verb, in one place: card builders put them on actions
 * and bot routes match on them, so a verb string is never typed twice.
 */
export const verbs = {
  showHelp: 'help.show',
  setLanguage: 'language.set',
  overviewPlan: 'overview.plan',
  overviewGoalArea: 'overview.goalArea',
  overviewMeasure: 'overview.measure',
  overviewReport: 'overview.report',
  overviewOpen: 'overview.open',
  showOwners: 'owners.show',
  assignOwners: 'owners.assign',
  /** Open a measure's status card (from "mina åtgärder", a reminder, a choice). */
  statusOpen: 'status.open',
  /** Submit the status card's form. */
  statusSubmit: 'status.submit',
  /** The card's refresh action: each viewer gets the current state. */
  statusRefresh: 'status.refresh',
  /** "Ändra" on a receipt: the form again, filled in with the latest status. */
  statusEdit: 'status.edit',
  /** "Behåll nuvarande" on an out-of-date card. */
  statusKeep: 'status.keep',
  statusHistory: 'status.history',
  /** "Mina åtgärder" as a card (and its pages). */
  myMeasures: 'status.mine',
  reportNamedStart: 'report.named.start',
  reportNamedSubmit: 'report.named.submit',
  reportNamedAnswer: 'report.named.answer',
  /** "Påminn mig om en vecka" on a reminder (data: { measureIds }). */
  snoozeReminder: 'reminders.snooze',
  /** "Bekräfta" on an uploaded plan's preview (data: { uploadId }). */
  uploadConfirm: 'upload.confirm',
  /** "Avbryt" on an uploaded plan's preview (data: { uploadId }). */
  uploadCancel: 'upload.cancel',
} as const;

export type Verb = (typeof verbs)[keyof typeof verbs];
