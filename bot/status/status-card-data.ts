import { z } from 'zod';
import { cardNoncePattern } from '../../src/status/card-nonce.js';
import { statusValues } from '../../src/status/status.js';

/**
 * The shapes of status card data, checked before anything else reads them.
 * Types, ids and the card's basis are checked here; what the status rules
 * say (a comment for "Försenad", lengths, dates) is checked by the use case.
 */

/** Whole non-negative numbers, also when a client sends them as text. */
const count = z.union([z.number().int().min(0).max(1_000_000_000), z.string().regex(/^\d{1,9}$/).transform(Number)]);

/** A measure id as Tillit issues them (a UUID). */
export const measureIdSchema = z.uuid({ error: 'not a measure id' });

/** Data of actions that only name a measure (history, edit, keep). */
export const measureRefSchema = z.object({ measureId: measureIdSchema });

/** What a status card carries about the state it was built from. */
export const cardBasisSchema = z.object({
  measureId: measureIdSchema,
  basedOnSeq: count,
  planRevision: count.refine((n) => n >= 1, { error: 'revision starts at 1' }),
  nonce: z.string().regex(cardNoncePattern, { error: 'not a card nonce' }),
});

const optionalText = z.string().max(200_000).optional();

/** An empty choice arrives as ""; anything else must be a status. */
const statusInput = z.union([z.literal(''), z.enum(statusValues)]).optional();

/** The form's inputs (Action.Execute merges them into the data). Indicator inputs are "indicator0"… */
export const statusInputsSchema = z
  .object({
    status: statusInput,
    comment: optionalText,
    forecastDate: z.string().max(40).optional(),
    onBehalfOf: z.union([z.literal(''), measureIdSchema]).optional(),
  })
  .catchall(z.unknown())
  .superRefine((data, ctx) => {
    for (const [key, value] of Object.entries(data)) {
      if (!/^indicator\d+$/.test(key)) continue;
      if (Number(key.slice(9)) >= 50 || (typeof value !== 'string' && value !== undefined) || (typeof value === 'string' && value.length > 20_000)) {
        ctx.addIssue({ code: 'custom', path: [key], message: 'bad indicator value' });
      }
    }
  });

/** The indicator values of a parsed submit, in indicator order (gaps as undefined). */
export function indicatorValuesOf(data: Record<string, unknown>): Array<string | undefined> {
  const values: Array<string | undefined> = [];
  for (const [key, value] of Object.entries(data)) {
    const m = /^indicator(\d+)$/.exec(key);
    if (m && typeof value === 'string') values[Number(m[1])] = value;
  }
  return Array.from({ length: values.length }, (_, i) => values[i]);
}

/** Values a "Rapportera" button may carry to fill in the form (a free-text reply's understanding). */
export const prefillSchema = z
  .object({
    status: z.enum(statusValues).optional(),
    comment: z.string().max(2000).optional(),
    forecastDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
  })
  .optional();

/** Data of status.open: the measure (from the data or the choice input) and an optional prefill. */
export const openSchema = z.object({ measureId: measureIdSchema, prefill: prefillSchema });

/** Data of the refresh action: the card's basis and which view it showed. */
export const refreshSchema = z.object({
  measureId: measureIdSchema,
  basedOnSeq: count,
  planRevision: count.optional(),
  nonce: z.string().regex(cardNoncePattern).optional(),
  view: z.enum(['form', 'receipt']),
  variant: z.enum(['recorded', 'duplicate', 'kept', 'current']).optional(),
});

/** Data of the list's page buttons. */
export const myMeasuresPageSchema = z.object({ page: count.optional() });
