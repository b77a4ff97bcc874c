import type { AdaptiveCard } from '../../cards/adaptive-card.js';
import { measureStatusCard, type StatusCardOptions } from '../../cards/measure-status-card.js';
import type { StatusFormValues } from '../../cards/status-form.js';
import { statusReceiptCard } from '../../cards/status-receipt-card.js';
import { statusRefusedCard } from '../../cards/status-refused-card.js';
import { loadStatusCardView, type StatusCardView } from '../../src/status/status-card-view.js';
import type { StatusEntry } from '../../src/status/status-entry.js';
import { StatusAccessError } from '../../src/status/status-errors.js';
import type { Person } from '../../src/directory/person.js';
import type { TurnEnv } from '../routes/route-types.js';
import { currentPerson, statusDeps } from './status-env.js';

/** The view of a measure for whoever sent this activity (pass the sender's person when already known). */
export async function viewForSender(env: TurnEnv, measureId: string, person?: Person | null): Promise<StatusCardView> {
  const sender = person === undefined ? await currentPerson(env) : person;
  return loadStatusCardView(statusDeps(env.app), { measureId, personId: sender?.id ?? null, person: sender ?? null });
}

/** The refusal card, logged by code only (never who asked). */
export function refusal(env: TurnEnv, view: StatusCardView): AdaptiveCard {
  env.app.logger.warn({ code: 'not_owner' }, 'status refused');
  return statusRefusedCard(view.measure, env.locale, { canRead: view.viewer.canRead });
}

/**
 * The card a viewer should see for a measure: the form when they may
 * record, the current status when they may only read, else the refusal.
 * A measure no longer in the plan cannot be reported.
 */
export function cardForViewer(env: TurnEnv, view: StatusCardView, options: StatusCardOptions): AdaptiveCard {
  if (view.measure.removed) throw new StatusAccessError('measure_removed', 'Measure removed', { measureId: view.measure.id });
  if (view.viewer.canRecord) return measureStatusCard(view, env.locale, options);
  if (view.viewer.canRead) return statusReceiptCard(view, env.locale, { entry: view.latest, variant: 'current' });
  return refusal(env, view);
}

/** The form values of a stored status (for "Ändra"): indicator values back in indicator order. */
export function valuesOfEntry(view: StatusCardView, entry: StatusEntry | null): StatusFormValues {
  if (!entry) return {};
  return {
    status: entry.status,
    comment: entry.comment,
    forecastDate: entry.forecastDate,
    indicatorValues: view.measure.indicators.map((indicator) => entry.indicatorValues?.[indicator]),
    onBehalfOf: entry.onBehalfOf,
  };
}
