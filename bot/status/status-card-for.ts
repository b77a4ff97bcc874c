import type { AdaptiveCard } from '../../cards/adaptive-card.js';
import { clip } from '../../cards/literal-text.js';
import { measureStatusCard } from '../../cards/measure-status-card.js';
import { statusRefusedCard } from '../../cards/status-refused-card.js';
import { getPerson } from '../../src/directory/people-repository.js';
import { resolveLocale, type Locale } from '../../src/i18n/locale.js';
import { newCardNonce } from '../../src/status/card-nonce.js';
import { loadStatusCardView } from '../../src/status/status-card-view.js';
import { StatusAccessError } from '../../src/status/status-errors.js';
import type { AppServices } from '../../app/app-services.js';
import { statusDeps } from './status-env.js';

/** A status card ready to send, and whether its recipient may actually record with it. */
export interface PreparedStatusCard {
  card: AdaptiveCard;
  /** False when the person is not (or no longer) an owner or coordinator: the card is then the refusal, and should not be sent as a reminder. */
  canRecord: boolean;
  /** A short line for notifications and the chat list ("2.3 Införa rutin …"). */
  summary: string;
  locale: Locale;
}

/**
 * The status card for one measure and one person, as the reminders feature
 * sends it: the card in the reminder is the form (with a fresh nonce, the
 * current state and a refresh for that person). `intro` is the reminder's
 * own sentence (catalogue text) shown above the measure. The language is the
 * person's chosen one, else their Teams locale (when trusted), else the
 * organisation's. Throws StatusAccessError `measure_not_found` or
 * `measure_removed`. After sending, call rememberStatusPrompt
 * (src/status/status-prompts.ts) with the activity id so a free-text reply
 * ("klar") is tied to this measure.
 */
export async function statusCardFor(
  app: Pick<AppServices, 'db' | 'clock' | 'config'>,
  input: { measureId: string; personId: string; locale?: Locale; intro?: string },
): Promise<PreparedStatusCard> {
  const view = await loadStatusCardView(statusDeps(app), { measureId: input.measureId, personId: input.personId });
  if (view.measure.removed) throw new StatusAccessError('measure_removed', 'Measure removed', { measureId: input.measureId });
  const person = await getPerson(app.db, input.personId);
  const locale =
    input.locale ??
    resolveLocale(person?.preferredLocale ?? (app.config.followTeamsLocale ? person?.locale : undefined), app.config.locale);
  const card = view.viewer.canRecord
    ? measureStatusCard(view, locale, { nonce: newCardNonce(), intro: input.intro })
    : statusRefusedCard(view.measure, locale, { canRead: view.viewer.canRead });
  return { card, canRecord: view.viewer.canRecord, summary: clip(`${view.measure.code} ${view.measure.title}`, 120), locale };
}
