import { CardFactory, MessageFactory, type TurnContext } from 'botbuilder';
import type { AdaptiveCard } from '../cards/adaptive-card.js';
import { sendableCard } from '../cards/sendable-card.js';

/** Sends a card as a new message in the current conversation; resolves with its activity id when Teams gives one. */
export async function replyWithCard(turn: TurnContext, card: AdaptiveCard, summary?: string): Promise<string | undefined> {
  const message = MessageFactory.attachment(CardFactory.adaptiveCard(sendableCard(card)));
  if (summary) message.summary = summary;
  const response = await turn.sendActivity(message);
  return response?.id;
}

/** Replaces the card a Submit came from (the Action.Submit fallback path). */
export async function replaceCard(turn: TurnContext, card: AdaptiveCard): Promise<void> {
  const replyToId = turn.activity.replyToId;
  const message = MessageFactory.attachment(CardFactory.adaptiveCard(sendableCard(card)));
  if (!replyToId) {
    await turn.sendActivity(message);
    return;
  }
  message.id = replyToId;
  try {
    await turn.updateActivity(message);
  } catch {
    // Some clients cannot update in place; a new message is the honest fallback.
    await turn.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(card)));
  }
}
