import { helpActions, helpCommands } from './help.js';
import { languageActions } from './language.js';
import { reminderActions } from './reminders.js';
import type { CardActionHandler, CommandHandler } from './route-types.js';

/**
 * The route table: command id → handler and card verb → handler. Each
 * feature exports its own maps from its route file and adds them here.
 */
export const commandHandlers: Readonly<Record<string, CommandHandler>> = {
  ...helpCommands,
};

export const cardActionHandlers: Readonly<Record<string, CardActionHandler>> = {
  ...helpActions,
  ...languageActions,
  ...reminderActions,
};
