import type { TurnContext } from '@microsoft/agents-hosting';
import type { ChatActivity, ChatTurn, TeamsMember } from '../chat-turn.js';
import { agentsActivity, type TillitAgentsAdapter } from './agents-adapter.js';

/**
 * Teams' member lookup over the Agents SDK's connector: in a team the
 * team's roster (the team id from channelData), elsewhere the
 * conversation's — what botbuilder's TeamsInfo.getMember asks.
 */
export async function lookupMember(adapter: TillitAgentsAdapter, context: TurnContext, userId: string): Promise<TeamsMember> {
  const activity = context.activity;
  const teamId = (activity.channelData as { team?: { id?: unknown } } | undefined)?.team?.id;
  const rosterId = typeof teamId === 'string' && teamId ? teamId : activity.conversation?.id;
  if (!rosterId) throw new Error('no conversation to look the member up in');
  // The SDK puts both ids in the path as they are; encoded, as botbuilder's TeamsInfo sends them.
  return (await adapter.connectorOf(context).getConversationMember(encodeURIComponent(userId), encodeURIComponent(rosterId))) as TeamsMember;
}

/** A ChatTurn over an Agents SDK TurnContext; `wire` is the activity as Teams sent it. */
export function agentsTurn(adapter: TillitAgentsAdapter, context: TurnContext, wire: ChatActivity): ChatTurn {
  return {
    // Handlers read the wire facts; the SDK's Activity class keeps its own copy for replies.
    activity: wire,
    async send(message) {
      const response = await context.sendActivity(agentsActivity(message));
      return response?.id;
    },
    async update(message) {
      await context.updateActivity(agentsActivity(message));
    },
    member: (userId) => lookupMember(adapter, context, userId),
  };
}
