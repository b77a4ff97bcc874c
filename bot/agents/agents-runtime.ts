import type { Config } from '../../src/config/load-config.js';
import { isAnonymousTurn } from '../anonymous-turn.js';
import type { BotRuntime, TurnOutcome } from '../bot-runtime.js';
import type { ChatTurn } from '../chat-turn.js';
import { agentsActivity, TillitAgentsAdapter } from './agents-adapter.js';
import { AgentsMessenger } from './agents-messenger.js';
import { agentsTurn } from './agents-turn.js';

/** The Microsoft 365 Agents SDK behind the runtime seam. */
export function createAgentsRuntime(config: Config): BotRuntime {
  const adapter = new TillitAgentsAdapter(config);
  // The SDK's default onTurnError would send English text to the user; a failure around the turn is Tillit's to answer.
  adapter.onTurnError = async (_context, error) => {
    throw error;
  };
  return {
    sdk: 'agents',
    async runTurn(activity, appId, logic): Promise<TurnOutcome> {
      const outcome: TurnOutcome = { status: 200, anonymous: false };
      let turn: ChatTurn | undefined;
      try {
        // The SDK cannot reply to an activity that names no recipient (botbuilder replied from nobody): an empty one lets it.
        const sdkActivity = agentsActivity(activity.recipient ? activity : { ...activity, recipient: {} });
        await adapter.runActivity(sdkActivity, appId === undefined ? undefined : { aud: appId }, async (context) => {
          turn = agentsTurn(adapter, context, activity);
          const invoke = await logic.run(turn);
          if (invoke) Object.assign(outcome, { status: invoke.status, body: invoke.body });
        });
      } catch {
        outcome.failed = true;
      }
      outcome.anonymous = isAnonymousTurn(turn);
      return outcome;
    },
    createMessenger: (db) => new AgentsMessenger(adapter, db, config.bot.appId),
  };
}
