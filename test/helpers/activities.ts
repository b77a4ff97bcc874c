import { randomUUID } from 'node:crypto';

/** A Teams user for tests. */
export interface TestUser {
  id: string;
  aadObjectId: string;
  name: string;
  email?: string;
  locale?: string;
  timeZone?: string;
}

export const botAccount = { id: '28:tillit-test-bot', name: 'Tillit' };
export const tenantId = '72f988bf-0000-4000-8000-000000000001';

/** A user with unique ids; `overrides` pins what a test cares about. */
export function testUser(overrides: Partial<TestUser> = {}): TestUser {
  const n = randomUUID();
  return {
    id: `29:user-${n}`,
    aadObjectId: randomUUID(),
    name: 'Anna Andersson',
    email: `anna.${n.slice(0, 8)}@kommun.example`,
    locale: 'sv-SE',
    ...overrides,
  };
}

type Scope = { kind: 'personal' } | { kind: 'channel'; teamId: string; channelId: string } | { kind: 'groupChat'; id: string };

function conversationFor(user: TestUser, scope: Scope) {
  if (scope.kind === 'channel') return { id: `${scope.channelId};messageid=1`, conversationType: 'channel', tenantId, isGroup: true };
  if (scope.kind === 'groupChat') return { id: scope.id, conversationType: 'groupChat', tenantId, isGroup: true };
  return { id: `a:personal-${user.id}`, conversationType: 'personal', tenantId };
}

function base(user: TestUser, serviceUrl: string, scope: Scope = { kind: 'personal' }) {
  return {
    id: randomUUID(),
    channelId: 'msteams',
    serviceUrl,
    timestamp: new Date().toISOString(),
    from: { id: user.id, name: user.name, aadObjectId: user.aadObjectId },
    recipient: botAccount,
    conversation: conversationFor(user, scope),
    locale: user.locale,
    localTimezone: user.timeZone,
    channelData: {
      tenant: { id: tenantId },
      ...(scope.kind === 'channel' ? { team: { id: scope.teamId }, channel: { id: scope.channelId } } : {}),
    },
  };
}

/** A chat message; in a channel pass `mention: true` to @mention the bot. */
export function messageActivity(
  user: TestUser,
  text: string,
  serviceUrl: string,
  options: { scope?: Scope; mention?: boolean; value?: unknown; replyToId?: string } = {},
) {
  const mentionText = '<at>Tillit</at>';
  return {
    ...base(user, serviceUrl, options.scope),
    type: 'message',
    text: options.mention ? `${mentionText} ${text}` : text,
    ...(options.value !== undefined ? { value: options.value } : {}),
    ...(options.replyToId ? { replyToId: options.replyToId } : {}),
    entities: options.mention ? [{ type: 'mention', text: mentionText, mentioned: botAccount }] : [],
  };
}

/** An Action.Execute click: an adaptiveCard/action invoke. */
export function cardInvoke(user: TestUser, verb: string, data: Record<string, unknown>, serviceUrl: string, replyToId?: string) {
  return {
    ...base(user, serviceUrl),
    type: 'invoke',
    name: 'adaptiveCard/action',
    ...(replyToId ? { replyToId } : {}),
    value: { action: { type: 'Action.Execute', verb, data }, trigger: 'manual' },
  };
}

/** Teams' installationUpdate (add or remove). */
export function installationUpdate(user: TestUser, action: 'add' | 'remove', serviceUrl: string, scope?: Scope) {
  return { ...base(user, serviceUrl, scope), type: 'installationUpdate', action };
}

/** Teams' conversationUpdate with the bot added (or removed). */
export function botMembershipUpdate(user: TestUser, change: 'added' | 'removed', serviceUrl: string, scope?: Scope) {
  return {
    ...base(user, serviceUrl, scope),
    type: 'conversationUpdate',
    ...(change === 'added' ? { membersAdded: [botAccount] } : { membersRemoved: [botAccount] }),
  };
}
