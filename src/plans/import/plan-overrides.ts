import { z } from 'zod';
import { isIsoDate } from '../../calendar/iso-date.js';
import { goalAreaLabels } from '../plan.js';
import type { ProblemCollector } from './import-problem.js';
import type { PlanOverrides } from './parsed-plan.js';

const text = z.string().trim().transform((v) => v.normalize('NFC')).pipe(z.string().min(1, { error: 'plans.import.error.fieldEmpty' }).max(300, { error: 'plans.import.error.fieldTooLong' }));
const date = z.string().trim().refine(isIsoDate, { error: 'plans.import.error.fieldDate' });

/** The plan facts one may give on the command line; each is checked like a field in a file. */
export const planOverridesSchema = z.strictObject({
  key: z.string().trim().toLowerCase().regex(/^[a-z0-9][a-z0-9-]{0,59}$/, { error: 'plans.import.error.fieldKey' }).optional(),
  organisation: text.optional(),
  name: text.optional(),
  committee: text.optional(),
  decisionReference: text.optional(),
  decisionDate: date.optional(),
  validFrom: date.optional(),
  validTo: date.optional(),
  goalAreaLabel: z.enum(goalAreaLabels, { error: 'plans.import.error.fieldGoalAreaLabel' }).optional(),
  coordinatorText: text.optional(),
});

/** The command-line flag each override comes from, for messages. */
export const overrideFlags: Record<keyof PlanOverrides, string> = {
  key: '--key',
  organisation: '--organisation',
  name: '--name',
  committee: '--committee',
  decisionReference: '--decision-reference',
  decisionDate: '--decision-date',
  validFrom: '--valid-from',
  validTo: '--valid-to',
  goalAreaLabel: '--goal-area-label',
  coordinatorText: '--coordinator',
};

/** Validates the overrides; each problem names its flag. */
export function readOverrides(input: Record<string, unknown>, problems: ProblemCollector): PlanOverrides {
  const defined = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined));
  const parsed = planOverridesSchema.safeParse(defined);
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) {
    const name = String(issue.path[0] ?? '') as keyof PlanOverrides;
    problems.error({ field: overrideFlags[name] ?? name, key: issue.message.startsWith('plans.') ? (issue.message as 'plans.import.error.fieldInvalid') : 'plans.import.error.fieldInvalid' });
  }
  return {};
}
