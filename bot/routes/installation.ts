import { recordUnreachable } from '../../src/directory/record-unreachable.js';
import { rememberContact } from './contact.js';
import { sendWelcome } from './help.js';
import type { TurnEnv } from './route-types.js';

/**
 * The app was installed in a personal chat, team or group chat: store the
 * conversation reference and the installing person (with e-mail/UPN from
 * Teams) so later features can reach them proactively.
 */
export async function onInstalled(env: TurnEnv): Promise<void> {
  await rememberContact(env, { forceLookup: true });
}

/**
 * The bot was added to a conversation (Teams' conversationUpdate): store it
 * and greet once. Members other than the bot joining a team are ignored.
 */
export async function onMembersAdded(env: TurnEnv): Promise<void> {
  const activity = env.turn.activity;
  const botId = activity.recipient?.id;
  const botAdded = (activity.membersAdded ?? []).some((m) => m.id === botId);
  if (!botAdded) return;
  const { person } = await rememberContact(env, { forceLookup: true });
  await sendWelcome(env, person?.displayName);
}

/**
 * Uninstalled or removed: the conversation (and for a personal chat, the
 * person) is marked unreachable. Units, statuses and history are kept.
 */
export async function onUninstalled(env: TurnEnv): Promise<void> {
  const conversationId = env.turn.activity.conversation?.id;
  if (!conversationId) return;
  await recordUnreachable({ db: env.app.db, clock: env.app.clock }, { conversationId, reason: 'uninstalled' });
}

/** conversationUpdate with the bot among membersRemoved. */
export async function onMembersRemoved(env: TurnEnv): Promise<void> {
  const activity = env.turn.activity;
  const botId = activity.recipient?.id;
  if ((activity.membersRemoved ?? []).some((m) => m.id === botId)) await onUninstalled(env);
}
