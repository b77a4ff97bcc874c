import { recogniseCommand } from '../../src/chat/commands.js';
import { isAddressedToBot, isCardSubmit, textWithoutMention } from '../selectors.js';
import { markAnonymous } from '../anonymous-turn.js';
import { sentFiles } from '../file-attachment.js';
import { rememberContact } from './contact.js';
import { handleFileMessage } from './plan-upload.js';
import { runSubmitAction } from './card-action.js';
import { showHelpForUnknown } from './help.js';
import { commandHandlers, freeTextHandlers } from './index.js';
import type { TurnEnv } from './route-types.js';

/**
 * A message: remember who wrote (so reminders can reach them later) — except
 * for an anonymous command such as "anmäl" — then an Action.Submit fallback
 * goes to its card action, a command to its handler, free text to the
 * free-text handlers (a status reply), a file to the plan upload, and anything else gets the welcome
 * card. In channels and group chats only
 * messages that @mention Tillit are answered.
 */
export async function onMessage(env: TurnEnv): Promise<void> {
  const activity = env.turn.activity;
  if (!isAddressedToBot(activity)) return;
  if (isCardSubmit(activity)) {
    await rememberContact(env);
    await runSubmitAction(env);
    return;
  }
  if (sentFiles(activity).length > 0) {
    await rememberContact(env);
    await handleFileMessage(env);
    return;
  }
  const text = textWithoutMention(activity);
  const recognised = recogniseCommand(text);
  // An anonymous command ("anmäl") leaves no trace of who asked, and its turn logs nothing.
  if (recognised?.command.anonymous) markAnonymous(env.turn);
  else await rememberContact(env);
  const handler = recognised ? commandHandlers.get(recognised.command.id) : undefined;
  if (recognised && handler) {
    // "Hej, vi är klara med 2.1": a greeting with a status reply after it is the reply (never for an anonymous command).
    if (recognised.rest !== '' && !recognised.command.takesArguments && !recognised.command.anonymous) {
      for (const handle of freeTextHandlers) if (await handle(env, text)) return;
    }
    await handler(env, recognised.rest);
    return;
  }
  for (const handle of freeTextHandlers) if (await handle(env, text)) return;
  await showHelpForUnknown(env, text);
}
