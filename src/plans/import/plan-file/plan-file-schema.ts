import { z } from 'zod';
import { isIsoDate } from '../../../calendar/iso-date.js';
import { goalAreaLabels } from '../../plan.js';

/**
 * Tillit's own plan file (YAML or JSON), version 1. Keys are English (the
 * same words as `tillit plan show --json`); the values are the plan's own
 * Swedish text. Every custom message is a catalogue key, so errors are
 * shown in the user's language. Unknown keys are errors: a misspelt
 * "dedline" must not silently lose a deadline.
 */
const text = z.string({ error: 'plans.import.error.fieldText' }).trim();
/** Empty, "~" and "null" (as YAML's failsafe schema leaves them) mean no value. */
const optionalText = z
  .union([z.string(), z.null()], { error: 'plans.import.error.fieldText' })
  .optional()
  .transform((v) => (v === null || v === undefined || ['', '~', 'null'].includes(v.trim()) ? null : v.trim()));
/** A period as written ("Maj 2024", "2026", "Andra halvan av 2028"); a YAML/JSON number is read as its text. */
const periodText = z.union([z.string(), z.number()], { error: 'plans.import.error.fieldText' }).transform((v) => String(v).trim());
const isoDate = z
  .union([z.string(), z.null()], { error: 'plans.import.error.fieldDate' })
  .optional()
  .transform((v) => (v === null || v === undefined || ['', '~', 'null'].includes(v.trim()) ? null : v.trim()))
  .refine((v) => v === null || isIsoDate(v), { error: 'plans.import.error.fieldDate' });
const code = z.union([z.string(), z.number()], { error: 'plans.import.error.fieldText' }).transform((v) => String(v).trim()).pipe(z.string().min(1, { error: 'plans.import.error.fieldEmpty' }));

export const measureFileSchema = z.strictObject({
  code,
  title: text.min(1, { error: 'plans.import.error.fieldEmpty' }),
  /** The "Ansvarig" text exactly as written; owner units are resolved from it. */
  responsible: optionalText,
  /** Owner units, when the resolution from `responsible` should be overridden. */
  owners: z.array(text.min(1, { error: 'plans.import.error.fieldEmpty' }), { error: 'plans.import.error.fieldList' }).optional(),
  start: periodText.optional(),
  deadline: periodText.optional(),
  indicators: z.union([z.string(), z.array(z.string(), { error: 'plans.import.error.fieldList' })], { error: 'plans.import.error.fieldList' }).optional(),
  notes: optionalText,
  /** Only for measures listed outside `goalAreas`: the number of their goal area. */
  goalArea: z.union([z.string(), z.number()]).transform((v) => String(v).trim()).optional(),
});

export const planFileSchema = z.strictObject({
  version: z.union([z.literal(1), z.literal('1')], { error: 'plans.import.error.fileVersion' }).optional(),
  key: optionalText.refine((v) => v === null || /^[a-z0-9][a-z0-9-]{0,59}$/.test(v), { error: 'plans.import.error.fieldKey' }),
  organisation: optionalText,
  name: optionalText,
  committee: optionalText,
  decision: z.strictObject({ reference: optionalText, date: isoDate }, { error: 'plans.import.error.fieldObject' }).optional(),
  validity: z.strictObject({ from: isoDate, to: isoDate }, { error: 'plans.import.error.fieldObject' }).optional(),
  goalAreaLabel: z.enum(goalAreaLabels, { error: 'plans.import.error.fieldGoalAreaLabel' }).optional(),
  coordinator: optionalText,
  followUps: z
    .array(
      z.strictObject({
        kind: z.enum(['followUp', 'finalReport', 'statusReport'], { error: 'plans.import.error.fieldFollowUpKind' }).default('followUp'),
        when: periodText,
        note: optionalText,
      }),
      { error: 'plans.import.error.fieldList' },
    )
    .optional(),
  riskAreas: z.array(z.strictObject({ name: text.min(1, { error: 'plans.import.error.fieldEmpty' }), motivation: optionalText }), { error: 'plans.import.error.fieldList' }).optional(),
  /** Per-plan reminder rule overrides; kept as given, the reminders feature validates them. */
  reminders: z.record(z.string(), z.unknown(), { error: 'plans.import.error.fieldObject' }).nullish(),
  goalAreas: z
    .array(
      z.strictObject({
        number: z.union([z.string(), z.number()], { error: 'plans.import.error.fieldText' }).transform((v) => String(v).trim()),
        title: text.min(1, { error: 'plans.import.error.fieldEmpty' }),
        measures: z.array(measureFileSchema, { error: 'plans.import.error.fieldList' }).optional(),
      }),
      { error: 'plans.import.error.fieldList' },
    )
    .optional(),
  measures: z.array(measureFileSchema, { error: 'plans.import.error.fieldList' }).optional(),
});

export type PlanFile = z.output<typeof planFileSchema>;
export type MeasureFile = z.output<typeof measureFileSchema>;
