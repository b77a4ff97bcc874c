import type { AdaptiveCard } from '../../cards/adaptive-card.js';
import { overviewHintCard } from '../../cards/overview-hint-card.js';
import { overviewNotHereCard } from '../../cards/overview-not-here-card.js';
import { overviewRefusedCard } from '../../cards/overview-refused-card.js';
import { planNotDecidedCard } from '../../cards/plan-not-decided-card.js';
import { findPersonalConversation } from '../../src/directory/conversations-repository.js';
import { isTillitError } from '../../src/errors.js';
import { openablePlans } from '../../src/overview/open-in-conversation.js';
import type { Viewer } from '../../src/overview/plan-access.js';
import { viewingPlace } from '../viewing-place.js';
import { currentPerson } from '../status/status-env.js';
import type { TurnEnv } from './route-types.js';

/** The directory id of the person behind this turn, if Tillit knows them. */
export async function currentPersonId(env: TurnEnv): Promise<string | undefined> {
  return (await currentPerson(env))?.id;
}

async function sendPrivately(env: TurnEnv, personId: string, cards: readonly AdaptiveCard[]): Promise<boolean> {
  const conversation = await findPersonalConversation(env.app.db, personId);
  if (!conversation || conversation.unreachableAt || !conversation.installed) return false;
  for (const card of cards) {
    const result = await env.app.messenger.send({ conversationRowId: conversation.id }, { card: card as unknown as Record<string, unknown> });
    if (!result.ok) return false;
  }
  return true;
}

/**
 * Builds an overview answer for the person in the place they asked, and
 * decides who will see it. Not a reader: the polite refusal (safe in public).
 * A reader in a team channel or group chat where the plan is not opened
 * (or asking for personal links there): the answer goes to their personal
 * chat, and the conversation only hears that it did. Authorization itself
 * happens in the use cases `build` calls.
 */
export async function answerFor(
  env: TurnEnv,
  build: (viewer: Viewer) => Promise<AdaptiveCard[]>,
  options: { about: 'overview' | 'report'; alwaysPrivate?: boolean } = { about: 'overview' },
): Promise<AdaptiveCard[]> {
  const personId = await currentPersonId(env);
  if (!personId) return [overviewRefusedCard(env.locale)];
  const place = viewingPlace(env.turn.activity);
  try {
    if (options.alwaysPrivate && place.kind === 'shared') {
      const cards = await build({ kind: 'person', personId, place: { kind: 'private' } });
      return [overviewNotHereCard({ sentPrivately: await sendPrivately(env, personId, cards), openable: [], about: options.about }, env.locale)];
    }
    return await build({ kind: 'person', personId, place });
  } catch (error) {
    if (isTillitError(error, 'plan_access_denied')) return [overviewRefusedCard(env.locale)];
    if (isTillitError(error, 'overview_plan_not_decided')) {
      const { date, decidedOn, validFrom } = error.context;
      return [
        planNotDecidedCard(
          { date: String(date), ...(decidedOn ? { decidedOn: String(decidedOn) } : {}), ...(validFrom ? { validFrom: String(validFrom) } : {}), about: options.about },
          env.locale,
        ),
      ];
    }
    // A day that has not come or does not exist is a question answered calmly, never a fault card.
    if (isTillitError(error, 'overview_future_date')) return [overviewHintCard({ kind: 'futureDate', date: String(error.context.date ?? ''), about: options.about }, env.locale)];
    if (isTillitError(error, 'overview_invalid_date')) return [overviewHintCard({ kind: 'invalidDate', written: String(error.context.date ?? ''), about: options.about }, env.locale)];
    if (!isTillitError(error, 'overview_not_linked_here') || place.kind !== 'shared') throw error;
    const cards = await build({ kind: 'person', personId, place: { kind: 'private' } });
    const sentPrivately = await sendPrivately(env, personId, cards);
    const openable = (await openablePlans(env.app.db, personId, place.conversationKey)).filter((p) => !p.opened);
    return [overviewNotHereCard({ sentPrivately, openable, about: options.about }, env.locale)];
  }
}
