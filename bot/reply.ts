import type { AdaptiveCard } from '../cards/adaptive-card.js';
import { cardMessage, type ChatTurn } from './chat-turn.js';

/** Sends a card as a new message in the current conversation; resolves with its activity id when Teams gives one. */
export async function replyWithCard(turn: ChatTurn, card: AdaptiveCard, summary?: string): Promise<string | undefined> {
  const message = cardMessage(card);
  if (summary) message.summary = summary;
  return turn.send(message);
}

/** Replaces the card a Submit came from (the Action.Submit fallback path). */
export async function replaceCard(turn: ChatTurn, card: AdaptiveCard): Promise<void> {
  const replyToId = turn.activity.replyToId;
  const message = cardMessage(card);
  if (!replyToId) {
    await turn.send(message);
    return;
  }
  try {
    await turn.update({ ...message, id: replyToId });
  } catch {
    // Some clients cannot update in place; a new message is the honest fallback.
    await turn.send(cardMessage(card));
  }
}
