import type { ChatActivity } from './chat-turn.js';
import type { ViewingPlace } from '../src/overview/plan-access.js';

/**
 * Where an activity's answer is read: a personal chat is private; a team
 * channel is shared and keyed by the channel (every thread in it alike), a
 * group chat by its conversation.
 */
export function viewingPlace(activity: Partial<ChatActivity>): ViewingPlace {
  const type = activity.conversation?.conversationType;
  if (type !== 'channel' && type !== 'groupChat') return { kind: 'private' };
  const channelId = (activity.channelData as { channel?: { id?: string } } | undefined)?.channel?.id;
  const conversationKey = type === 'channel' && channelId ? channelId : (activity.conversation?.id ?? '').split(';')[0]!;
  return { kind: 'shared', conversationKey };
}
