/**
 * What happened, as the seeds name the forms of otillåten påverkan
 * (Oskarshamn 2026–2028: "trakasserier, kränkningar, ofredanden, hot om våld,
 * utpressning, fysiskt våld, skadegörelse, korruption, mutor, jäv,
 * otillbörliga belöningar eller relationer"). Ids are stable ASCII; the
 * words people read are in the catalogue (report.category.<id>).
 */
export const reportCategories = [
  'threat',
  'violence',
  'harassment',
  'insult',
  'molestation',
  'extortion',
  'vandalism',
  'bribery',
  'undue_rewards',
  'conflict_of_interest',
  'other',
] as const;
export type ReportCategory = (typeof reportCategories)[number];

/** Against whom it was directed. */
export const reportSubjects = ['self', 'colleague', 'unit'] as const;
export type ReportSubject = (typeof reportSubjects)[number];

/** How a handler closes a case. */
export const caseOutcomes = ['measures_taken', 'referred', 'no_action', 'insufficient_information'] as const;
export type CaseOutcome = (typeof caseOutcomes)[number];

/** The decision on a police report (Danderyd: suspected crimes are always reported, unless secrecy prevents it). */
export const policeDecisions = ['reported', 'not_reported'] as const;
export type PoliceDecision = (typeof policeDecisions)[number];

/**
 * Words in a plan's risk-area motivation that tie it to a category. Every
 * risk area whose motivation names otillåten påverkan itself relates to all
 * categories (they are all forms of it); these add the specific ones.
 */
export const categoryRiskWords: Readonly<Record<ReportCategory, readonly string[]>> = {
  threat: ['hot'],
  violence: ['våld'],
  harassment: ['trakasseri'],
  insult: ['kränkning'],
  molestation: ['ofredande'],
  extortion: ['utpressning'],
  vandalism: ['skadegörelse'],
  bribery: ['muta', 'mutor', 'korruption'],
  undue_rewards: ['otillbörlig', 'belöning', 'vänner och bekanta', 'släkt'],
  conflict_of_interest: ['jäv', 'intressekonflikt', 'bisyssl'],
  other: [],
};

/** Words that mark a risk area as exposed to otillåten påverkan in general. */
export const undueInfluenceWords = ['otillåten påverkan', 'otillåtna påverkansmetoder', 'otillbörlig påverkan'];
