import { statusReceiptCard } from '../../cards/status-receipt-card.js';
import type { StatusFormValues } from '../../cards/status-form.js';
import { statusStaleCard } from '../../cards/status-stale-card.js';
import { measureStatusCard } from '../../cards/measure-status-card.js';
import { isTillitError } from '../../src/errors.js';
import { newCardNonce, statusIdempotencyKey } from '../../src/status/card-nonce.js';
import { recordStatusUpdate } from '../../src/status/record-status-update.js';
import { statusCardViewFrom } from '../../src/status/status-card-view.js';
import { toStatusEntries } from '../../src/status/status-entry.js';
import { StatusValidationError } from '../../src/status/status-errors.js';
import { cardBasisSchema, indicatorValuesOf, statusInputsSchema } from '../status/status-card-data.js';
import { currentPerson, invalidCardData, statusDeps } from '../status/status-env.js';
import { refusal, viewForSender } from '../status/status-views.js';
import type { CardActionHandler } from './route-types.js';

/**
 * "Skicka" on a status card (invoke or Submit fallback). The data is
 * checked with zod, the use case decides (authority, rules, out-of-date,
 * idempotency), and the answer replaces the card: the receipt, the form
 * again with what needs fixing, the out-of-date card, or the refusal.
 */
export const submitStatus: CardActionHandler = async (env, data) => {
  const basis = cardBasisSchema.safeParse(data);
  const inputs = statusInputsSchema.safeParse(data);
  if (!basis.success || !inputs.success) throw invalidCardData('status submit');
  const { measureId, basedOnSeq, planRevision, nonce } = basis.data;
  const values: StatusFormValues = {
    status: inputs.data.status || null,
    comment: inputs.data.comment ?? null,
    forecastDate: inputs.data.forecastDate ?? null,
    indicatorValues: indicatorValuesOf(data),
    onBehalfOf: inputs.data.onBehalfOf || null,
  };
  const person = await currentPerson(env);
  if (!person) return refusal(env, await viewForSender(env, measureId, null));
  try {
    const result = await recordStatusUpdate(statusDeps(env.app), {
      measureId,
      actorId: person.id,
      draft: { status: values.status ?? null, comment: values.comment ?? null, forecastDate: values.forecastDate ?? null, indicatorValues: values.indicatorValues ?? [] },
      onBehalfOf: values.onBehalfOf,
      basedOnSeq,
      basedOnRevision: planRevision,
      idempotencyKey: statusIdempotencyKey(nonce, measureId, basedOnSeq),
      source: 'card',
    });
    env.app.logger.info({ code: `status_${result.outcome}`, activityId: env.turn.activity.id }, 'status submit');
    // The answer is built from what the use case read: no second trip for the measure, owners, plan or status.
    const latest = result.outcome === 'recorded' ? result.update : result.latest;
    const view = await statusCardViewFrom(statusDeps(env.app), result.context, person, latest);
    if (result.outcome === 'stale') return statusStaleCard(view, env.locale, { reason: result.reason, nonce: newCardNonce(), draft: values });
    const entry = view.latest?.id === result.update.id ? view.latest : (await toStatusEntries(env.app.db, [result.update]))[0]!;
    return statusReceiptCard(view, env.locale, { entry, variant: result.outcome });
  } catch (error) {
    if (error instanceof StatusValidationError) {
      env.app.logger.info({ code: 'status_invalid', problems: error.problems.map((p) => p.code), activityId: env.turn.activity.id }, 'status submit');
      return measureStatusCard(await viewForSender(env, measureId, person), env.locale, { nonce, prefill: values, problems: error.problems });
    }
    if (isTillitError(error, 'not_owner')) return refusal(env, await viewForSender(env, measureId, person));
    throw error;
  }
};
