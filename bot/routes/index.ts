import { helpActions, helpCommands } from './help.js';
import { languageActions } from './language.js';
import { overviewActions, overviewCommands } from './overview.js';
import { ownersActions, ownersCommands } from './owners.js';
import type { CardActionHandler, CommandHandler, FreeTextHandler } from './route-types.js';
import { statusActions, statusCommands } from './status.js';
import { handleStatusReply } from './status-reply.js';

/**
 * The route table: command id → handler and card verb → handler. Each
 * feature exports its own maps from its route file and adds them here.
 */
export const commandHandlers: Readonly<Record<string, CommandHandler>> = {
  ...helpCommands,
  ...overviewCommands,
  ...ownersCommands,
  ...statusCommands,
};

export const cardActionHandlers: Readonly<Record<string, CardActionHandler>> = {
  ...helpActions,
  ...languageActions,
  ...overviewActions,
  ...ownersActions,
  ...statusActions,
};

/** Handlers for text that is no command, tried in order before the help card. */
export const freeTextHandlers: readonly FreeTextHandler[] = [handleStatusReply];
