import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createBotRuntime } from '../../../bot/bot-runtime.js';
import { findConversation, getConversation } from '../../../src/directory/conversations-repository.js';
import type { Messenger, OutgoingMessage } from '../../../src/ports/messenger.js';
import { botAccount, installationUpdate, messageActivity, testUser, type TestUser } from '../../helpers/activities.js';
import { BotDriver } from '../../helpers/bot-driver.js';
import { createSqliteTestDatabase, type TestDatabase } from '../../helpers/databases.js';

/**
 * Proactive sends and Teams' member lookup through whichever SDK runs
 * (TILLIT_BOT_SDK; the integration-agents project runs this file on the
 * Agents SDK): what reaches the connector, and how each failure is
 * classified for the outbox — on the first send to a service URL (the SDK's
 * continue-conversation path) and on later ones (the client kept from it).
 */
describe('proactive sends and member lookup', () => {
  let database: TestDatabase;
  let bot: BotDriver;
  const card = { type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlock', text: 'Påminnelse' }] };
  const message: OutgoingMessage = { card, summary: 'Tillit: en påminnelse' };

  beforeAll(async () => {
    database = await createSqliteTestDatabase();
    bot = await BotDriver.start(database, { env: { TILLIT_REMINDERS: 'off' } });
  });
  afterAll(async () => {
    await bot?.stop();
    await database?.destroy();
  });
  beforeEach(() => {
    bot.connector.clear();
    bot.connector.policy = () => undefined;
  });

  /** Installs Tillit for a new person; resolves with the stored conversation's row id. */
  async function installed(user: TestUser = testUser()): Promise<string> {
    bot.knowUser(user);
    await bot.post(installationUpdate(user, 'add', bot.serviceUrl));
    const conversation = await findConversation(database.db, `a:personal-${user.id}`);
    expect(conversation).toBeDefined();
    return conversation!.id;
  }

  /** A messenger that has never sent: its first send continues the conversation through the SDK. */
  async function freshMessenger(): Promise<Messenger> {
    return (await createBotRuntime(bot.running.app.config)).createMessenger(database.db);
  }

  it('runs the SDK the test run asked for', () => {
    expect(bot.running.app.config.bot.sdk).toBe(process.env.TILLIT_BOT_SDK ?? 'botbuilder');
  });

  it('sends a card as a new message in the stored conversation, the first time and later alike', async () => {
    const user = testUser();
    const rowId = await installed(user);
    bot.connector.clear();
    const first = await (await freshMessenger()).send({ conversationRowId: rowId }, message);
    const later = await bot.running.app.messenger.send({ conversationRowId: rowId }, message);
    const again = await bot.running.app.messenger.send({ conversationRowId: rowId }, message);
    for (const result of [first, later, again]) expect(result).toMatchObject({ ok: true, activityId: expect.any(String) });
    const sent = bot.connector.sent();
    expect(sent).toHaveLength(3);
    for (const call of sent) {
      // A message from the bot to the person, carrying the card and its summary. (botbuilder encodes the
      // conversation id in the path, the Agents SDK leaves ':' as is; both mean the same path.)
      expect(call.method).toBe('POST');
      expect(decodeURIComponent(call.path)).toMatch(new RegExp(`^/v3/conversations/a:personal-${user.id}/activities(/|$)`));
      expect(call.body).toMatchObject({
        type: 'message',
        summary: 'Tillit: en påminnelse',
        from: { id: botAccount.id },
        recipient: { id: user.id },
        conversation: { id: `a:personal-${user.id}` },
        attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: card }],
      });
    }
    // Sends on the kept client are new messages, not replies (the first two, each in an SDK continuation turn, reply to that turn in both SDKs).
    for (const call of sent.slice(2)) {
      expect(decodeURIComponent(call.path)).toBe(`/v3/conversations/a:personal-${user.id}/activities`);
      expect(call.body.replyToId).toBeUndefined();
    }
  });

  it('sends plain text when there is no card', async () => {
    const rowId = await installed();
    bot.connector.clear();
    expect(await bot.running.app.messenger.send({ conversationRowId: rowId }, { text: 'Hej!' })).toMatchObject({ ok: true });
    expect(bot.connector.sent()[0]!.body).toMatchObject({ type: 'message', text: 'Hej!' });
  });

  it('answers a conversation it does not know as unreachable, sending nothing', async () => {
    expect(await bot.running.app.messenger.send({ conversationRowId: '00000000-0000-4000-8000-000000000000' }, message)).toEqual({
      ok: false,
      kind: 'unreachable',
      status: 404,
    });
    expect(bot.connector.sent()).toHaveLength(0);
  });

  const failures = [
    { answer: { status: 429, headers: { 'Retry-After': '7' } }, expected: { ok: false, kind: 'throttled', status: 429, retryAfterMs: 7000 } },
    { answer: { status: 403 }, expected: { ok: false, kind: 'unreachable', status: 403 } },
    { answer: { status: 404 }, expected: { ok: false, kind: 'unreachable', status: 404 } },
    { answer: { status: 502 }, expected: { ok: false, kind: 'transient', status: 502 } },
    { answer: { status: 400 }, expected: { ok: false, kind: 'rejected', status: 400 } },
  ] as const;

  for (const path of ['first send (continue conversation)', 'later send (kept client)'] as const) {
    describe(path, () => {
      for (const { answer, expected } of failures) {
        it(`classifies Teams answering ${answer.status} as ${expected.kind}, trying once`, async () => {
          const rowId = await installed();
          const messenger = path === 'first send (continue conversation)' ? await freshMessenger() : bot.running.app.messenger;
          if (path === 'later send (kept client)') expect(await messenger.send({ conversationRowId: rowId }, message)).toMatchObject({ ok: true });
          bot.connector.clear();
          bot.connector.policy = (call) => (call.path.includes('/activities') ? answer : undefined);
          expect(await messenger.send({ conversationRowId: rowId }, message)).toEqual(expected);
          // The SDK does not retry on its own: the outbox decides, honouring Retry-After across processes.
          expect(bot.connector.sent()).toHaveLength(1);
        });
      }
    });
  }

  it('classifies a connector that cannot be reached as transient', async () => {
    const rowId = await installed();
    const row = await getConversation(database.db, rowId);
    // Port 9 (discard) on this machine: nothing listens, the connection is refused.
    const unreachable = 'http://127.0.0.1:9/';
    await database.db
      .updateTable('conversations')
      .set({ reference_json: JSON.stringify({ ...(row!.reference as object), serviceUrl: unreachable }) })
      .where('id', '=', rowId)
      .execute();
    expect(await (await freshMessenger()).send({ conversationRowId: rowId }, message)).toEqual({ ok: false, kind: 'transient' });
  });

  it('looks a person up in the team’s roster when installed in a team, and in the chat otherwise', async () => {
    const eva = testUser({ name: 'Eva Ek' });
    bot.knowUser(eva);
    await bot.post(installationUpdate(eva, 'add', bot.serviceUrl));
    await bot.post(installationUpdate(eva, 'add', bot.serviceUrl, { kind: 'channel', teamId: '19:team-1@thread.tacv2', channelId: '19:general@thread.tacv2' }));
    const lookups = bot.connector.calls.filter((c) => c.method === 'GET' && c.path.includes('/members/'));
    expect(lookups.map((c) => decodeURIComponent(c.path))).toEqual([
      `/v3/conversations/a:personal-${eva.id}/members/${eva.id}`,
      `/v3/conversations/19:team-1@thread.tacv2/members/${eva.id}`,
    ]);
  });

  it('keeps hostile conversation, activity and user ids inside their own path segment on the connector', async () => {
    const id = 'a:x/../../../v3/evil?q=1#frag';
    const odd = testUser({ id: '29:../../members/x?y' });
    bot.knowUser(odd);
    const activity = { ...messageActivity(odd, 'hej', bot.serviceUrl), id: 'act/../../x', conversation: { id, conversationType: 'personal' } };
    expect((await bot.post(activity)).status).toBe(200);
    const rowId = (await findConversation(database.db, id))!.id;
    expect(await (await freshMessenger()).send({ conversationRowId: rowId }, message)).toMatchObject({ ok: true });
    expect(await bot.running.app.messenger.send({ conversationRowId: rowId }, message)).toMatchObject({ ok: true });
    const paths = bot.connector.calls.map((c) => c.path);
    // The welcome reply, the member lookup and both proactive sends: all addressed to that conversation, nothing elsewhere.
    expect(paths.length).toBeGreaterThanOrEqual(4);
    for (const path of paths) expect(path.startsWith(`/v3/conversations/${encodeURIComponent(id)}/`), path).toBe(true);
    expect(bot.connector.calls.some((c) => c.path.endsWith(`/members/${encodeURIComponent(odd.id)}`))).toBe(true);
  });

  it('keeps what the activity said when the member lookup fails', async () => {
    const stranger = testUser({ name: 'Okänd Person' });
    // Not known to the connector: the lookup answers 404.
    await bot.post(installationUpdate(stranger, 'add', bot.serviceUrl));
    const conversation = await findConversation(database.db, `a:personal-${stranger.id}`);
    expect(conversation?.personId).toBeDefined();
  });
});
