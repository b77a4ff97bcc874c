import { helpActions, helpCommands } from './help.js';
import { languageActions } from './language.js';
import { overviewActions, overviewCommands } from './overview.js';
import { ownersActions, ownersCommands } from './owners.js';
import type { Verb } from '../../cards/verbs.js';
import type { CommandId } from '../../src/chat/commands.js';
import { planUploadActions } from './plan-upload.js';
import type { CardActionHandler, CommandHandler, FreeTextHandler } from './route-types.js';
import { statusActions, statusCommands } from './status.js';
import { handleStatusReply } from './status-reply.js';
import { reminderActions } from './reminders.js';
import { reportActions, reportCommands } from './reports.js';

/**
 * Joins feature route maps into one Map: a verb or command from a user
 * matches only a registered route, never an inherited object member
 * ("constructor", "toString"). The same key twice would silently drop a
 * route, so it fails at start.
 */
function combine<H>(...maps: ReadonlyArray<Readonly<Record<string, H>>>): ReadonlyMap<string, H> {
  const table = new Map<string, H>();
  for (const map of maps) {
    for (const [key, handler] of Object.entries(map)) {
      if (table.has(key)) throw new Error(`Route "${key}" is registered twice`);
      table.set(key, handler);
    }
  }
  return table;
}

/**
 * The route table: command id → handler and card verb → handler. Each
 * feature exports its own maps from its route file and adds them here.
 */
export const commandHandlers = combine<CommandHandler>(helpCommands, overviewCommands, ownersCommands, statusCommands, reportCommands);

export const cardActionHandlers = combine<CardActionHandler>(
  helpActions,
  languageActions,
  overviewActions,
  ownersActions,
  planUploadActions,
  statusActions,
  reportActions,
  reminderActions,
);

/** Every card verb (cards/verbs.ts) has a handler: a verb without one does not compile. */
({ ...helpActions, ...languageActions, ...overviewActions, ...ownersActions, ...planUploadActions, ...statusActions, ...reportActions, ...reminderActions }) satisfies Record<Verb, CardActionHandler>;
/** Every chat command (src/chat/commands.ts) has a handler: a command without one does not compile. */
({ ...helpCommands, ...overviewCommands, ...ownersCommands, ...statusCommands, ...reportCommands }) satisfies Record<CommandId, CommandHandler>;

/** Handlers for text that is no command, tried in order before the help card. */
export const freeTextHandlers: readonly FreeTextHandler[] = [handleStatusReply];
