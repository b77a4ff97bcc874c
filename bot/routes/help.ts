import { welcomeCard } from '../../cards/welcome-card.js';
import { verbs } from '../../cards/verbs.js';
import { chatCommands } from '../../src/chat/commands.js';
import { firstName } from '../activity-facts.js';
import { replyWithCard } from '../reply.js';
import { isSharedConversation } from '../selectors.js';
import type { CardActionHandler, CommandHandler, TurnEnv } from './route-types.js';

function helpCard(env: TurnEnv, unknownText?: string, knownName?: string | null) {
  const activity = env.turn.activity;
  return welcomeCard(
    {
      firstName: firstName(activity.from?.name || knownName),
      unknownText,
      inSharedConversation: isSharedConversation(activity),
      commands: chatCommands,
    },
    env.locale,
  );
}

/** "hjälp", "hej": the welcome card. */
export const showHelp: CommandHandler = async (env) => {
  await replyWithCard(env.turn, helpCard(env));
};

/** Anything Tillit did not understand: the welcome card, saying so kindly. */
export async function showHelpForUnknown(env: TurnEnv, text: string): Promise<void> {
  await replyWithCard(env.turn, helpCard(env, text));
}

/** The welcome card as a new message (after install); install events carry no name, the directory does. */
export async function sendWelcome(env: TurnEnv, displayName?: string | null): Promise<void> {
  await replyWithCard(env.turn, helpCard(env, undefined, displayName));
}

/** A "Hjälp" button on any card: replaces that card with the welcome card. */
export const helpAction: CardActionHandler = async (env) => helpCard(env);

export const helpCommands = { help: showHelp };
export const helpActions = { [verbs.showHelp]: helpAction };
