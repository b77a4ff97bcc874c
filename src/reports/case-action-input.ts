import { z } from 'zod';
import { caseOutcomes, policeDecisions } from './categories.js';
import { ReportError } from './report-errors.js';
import { maxReportText } from './report-input.js';

const guid = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i).transform((v) => v.toLowerCase());
const optionalNote = z.string().trim().max(2000).optional().transform((v) => (v ? v : undefined));

/** What the case view may post, per action. Anything else is refused before a use case runs. */
export const caseActionSchemas = {
  write: z.object({
    kind: z.enum(['acknowledgement', 'message', 'feedback']),
    text: z.string().trim().min(1).max(maxReportText),
  }),
  securityChief: z.object({}),
  police: z.object({ decision: z.enum(policeDecisions), note: optionalNote }),
  assign: z.object({ handlerId: guid.nullable() }),
  exclude: z.object({ handlerId: guid }),
  liftExclusion: z.object({ handlerId: guid }),
  close: z.object({
    outcome: z.enum(caseOutcomes),
    note: optionalNote,
    feedbackText: z.string().trim().max(maxReportText).optional().transform((v) => (v ? v : undefined)),
  }),
} as const;

export type CaseActionName = keyof typeof caseActionSchemas;
export type CaseActionInput<A extends CaseActionName> = z.output<(typeof caseActionSchemas)[A]>;

/** Validates a case action's body; a refusal names the fields. */
export function parseCaseAction<A extends CaseActionName>(action: A, body: unknown): CaseActionInput<A> {
  const parsed = caseActionSchemas[action].safeParse(body ?? {});
  if (!parsed.success) {
    throw new ReportError('case_action_invalid', 'Case action failed validation', {
      fields: [...new Set(parsed.error.issues.map((i) => String(i.path[0] ?? 'body')))],
    });
  }
  return parsed.data as CaseActionInput<A>;
}
