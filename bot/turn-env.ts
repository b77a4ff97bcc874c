import type { ChatTurn } from './chat-turn.js';
import { findPersonByIdentity } from '../src/directory/people-repository.js';
import { resolveLocale } from '../src/i18n/locale.js';
import { activityLocale } from './activity-facts.js';
import type { AppServices } from '../app/app-services.js';
import type { TurnEnv } from './routes/route-types.js';

/**
 * The environment of one turn. The language is the one the person chose in
 * Tillit, else their Teams locale (when trusted), else the organisation's.
 * The sender's person row is read here once and handed to every handler.
 */
export async function createTurnEnv(turn: ChatTurn, app: AppServices): Promise<TurnEnv> {
  const from = turn.activity.from;
  const person = from?.id ? await findPersonByIdentity(app.db, { aadObjectId: from.aadObjectId || undefined, teamsUserId: from.id }) : undefined;
  const locale = person?.preferredLocale
    ? resolveLocale(person.preferredLocale, app.config.locale)
    : activityLocale(turn.activity, app.config.locale, app.config.followTeamsLocale);
  return { turn, app, locale, sender: person ?? null };
}
