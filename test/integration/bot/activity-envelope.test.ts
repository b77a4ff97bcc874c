import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cardInvoke, messageActivity, testUser } from '../../helpers/activities.js';
import { BotDriver } from '../../helpers/bot-driver.js';
import { cardText } from '../../helpers/cards.js';
import { createSqliteTestDatabase, type TestDatabase } from '../../helpers/databases.js';

const internals = /TypeError|Error:|toLowerCase|node_modules|\bat \w|stack|undefined|botbuilder|req\.body/i;
const unknownButton = 'Den här knappen känner jag inte igen';

/** Issue 12, item 2: malformed activities gave 500 (one with "endpoint.toLowerCase is not a function"), unknown invokes 501. */
describe('the activity envelope on /api/messages', () => {
  let database: TestDatabase;
  let bot: BotDriver;
  beforeAll(async () => {
    database = await createSqliteTestDatabase();
    bot = await BotDriver.start(database);
  });
  afterAll(async () => {
    await bot?.stop();
    await database?.destroy();
  });

  async function raw(body: string, contentType = 'application/json'): Promise<{ status: number; text: string }> {
    const res = await fetch(`${bot.baseUrl}/api/messages`, { method: 'POST', headers: { 'content-type': contentType }, body });
    return { status: res.status, text: await res.text() };
  }

  const message = () => messageActivity(testUser(), 'hej', bot.serviceUrl);

  it.each([
    ['a number as type', () => ({ ...message(), type: 5 })],
    ['no type', () => ({ ...message(), type: undefined })],
    ['a number as serviceUrl', () => ({ ...message(), serviceUrl: 5 })],
    ['a serviceUrl that is no web address', () => ({ ...message(), serviceUrl: 'javascript:alert(1)' })],
    ['no conversation', () => ({ ...message(), conversation: undefined })],
    ['a conversation id that is an object', () => ({ ...message(), conversation: { id: { $ne: 1 } } })],
    ['text that is an array', () => ({ ...message(), text: ['hej'] })],
    ['a sender without an id', () => ({ ...message(), from: { name: 'x' } })],
    ['entities that are a string', () => ({ ...message(), entities: 'mention' })],
    ['an invoke without a name', () => ({ ...cardInvoke(testUser(), 'help.show', {}, bot.serviceUrl), name: undefined })],
    ['a value nested 200 levels deep', () => ({ ...message(), value: JSON.parse('{"a":'.repeat(200) + '1' + '}'.repeat(200)) })],
  ])('answers an activity with %s with 400 and an empty body', async (_what, make) => {
    const res = await bot.post(make());
    expect(res.status).toBe(400);
    expect(res.body ?? '').toBe('');
  });

  it.each([
    ['an empty body', ''],
    ['broken JSON', '{"type":"message",'],
    ['a JSON array', '[1,2,3]'],
    ['a JSON string', '"message"'],
    ['null', 'null'],
  ])('answers %s with 400 and nothing internal', async (_what, body) => {
    const res = await raw(body);
    expect(res.status).toBe(400);
    expect(res.text).not.toMatch(internals);
  });

  it('answers a body that is not JSON with 400', async () => {
    const res = await raw('type=message', 'application/x-www-form-urlencoded');
    expect(res.status).toBe(400);
    expect(res.text).toBe('');
  });

  it('answers a message that names no recipient like any other, logging no failure', async () => {
    bot.connector.clear();
    const { recipient: _recipient, ...withoutRecipient } = message();
    const res = await bot.post(withoutRecipient);
    expect(res.status).toBe(200);
    expect(cardText(bot.connector.cards()[0])).toContain('Jag är Tillit');
    expect(bot.logs.text).not.toMatch(/"code":"(unexpected|turn_unhandled)"/);
  });

  it('reads a message whose value is a string as an ordinary message', async () => {
    bot.connector.clear();
    const res = await bot.post({ ...message(), value: 'not an object' });
    expect(res.status).toBe(200);
    expect(cardText(bot.connector.cards()[0])).toContain('Jag är Tillit');
  });

  it('answers an invoke Tillit does not know with 200 and the unknown-button card', async () => {
    for (const name of ['composeExtension/query', 'task/fetch', 'signin/verifyState', 'made/up', 'constructor', '']) {
      const res = await bot.post({ ...cardInvoke(testUser(), 'help.show', {}, bot.serviceUrl), name });
      expect(res.status, name).toBe(200);
      expect(res.body.type, name).toBe('application/vnd.microsoft.card.adaptive');
      expect(cardText(res.body.value), name).toContain(unknownButton);
    }
  });

  it('answers a card action invoke with a malformed value with 200 and the unknown-button card', async () => {
    for (const value of ['x', 5, null, [], { action: 5 }, { action: { verb: 7 } }, { action: { type: 'Action.Execute', verb: 'help.show', data: 'x' } }]) {
      const res = await bot.post({ ...cardInvoke(testUser(), 'help.show', {}, bot.serviceUrl), value });
      expect(res.status, JSON.stringify(value)).toBe(200);
      expect(res.body.type).toBe('application/vnd.microsoft.card.adaptive');
      expect(cardText(res.body.value)).toContain(unknownButton);
    }
  });

  it('still answers a well-formed message and card action', async () => {
    bot.connector.clear();
    expect((await bot.post(message())).status).toBe(200);
    expect(bot.connector.cards()).toHaveLength(1);
    const res = await bot.post(cardInvoke(testUser(), 'help.show', {}, bot.serviceUrl));
    expect(res.status).toBe(200);
    expect(cardText(res.body.value)).toContain('Jag är Tillit');
  });
});
