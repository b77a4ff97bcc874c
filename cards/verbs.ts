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
} as const;

export type Verb = (typeof verbs)[keyof typeof verbs];
