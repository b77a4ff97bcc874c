import { TeamsInfo, type Activity, type TurnContext } from 'botbuilder';
import type { Config } from '../../src/config/load-config.js';
import { createAdapter, turnAuthentication } from './adapter.js';
import { isAnonymousTurn } from '../anonymous-turn.js';
import type { BotRuntime, TurnOutcome } from '../bot-runtime.js';
import type { ChatActivity, ChatTurn, TeamsMember } from '../chat-turn.js';
import { TeamsMessenger } from './teams-messenger.js';

/** A ChatTurn over a botbuilder TurnContext. */
export function botbuilderTurn(context: TurnContext): ChatTurn {
  return {
    activity: context.activity as unknown as ChatActivity,
    async send(message) {
      const response = await context.sendActivity(message as Partial<Activity>);
      return response?.id;
    },
    async update(message) {
      await context.updateActivity(message as Partial<Activity>);
    },
    async member(userId): Promise<TeamsMember> {
      return TeamsInfo.getMember(context, userId);
    },
  };
}

/** The Bot Framework SDK (botbuilder) behind the runtime seam. */
export function createBotbuilderRuntime(config: Config): BotRuntime {
  const { adapter, sdk } = createAdapter(config);
  return {
    sdk: 'botbuilder',
    async runTurn(activity, appId, logic): Promise<TurnOutcome> {
      const wire = activity as unknown as Activity;
      const outcome: TurnOutcome = { status: 200, anonymous: false };
      try {
        const authentication = await turnAuthentication(adapter, sdk, wire, appId);
        await adapter.runActivity(authentication, wire, async (context) => {
          const turn = botbuilderTurn(context);
          try {
            const invoke = await logic.run(turn);
            if (invoke) Object.assign(outcome, { status: invoke.status, body: invoke.body });
          } finally {
            outcome.anonymous = isAnonymousTurn(turn);
          }
        });
      } catch {
        outcome.failed = true;
      }
      return outcome;
    },
    createMessenger: (db) => new TeamsMessenger(adapter, db, config.bot.appId),
  };
}
