import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verbs } from '../../../cards/verbs.js';
import { cardInvoke, messageActivity, testUser } from '../../helpers/activities.js';
import { BotDriver } from '../../helpers/bot-driver.js';
import { builtinNames } from '../../helpers/builtin-names.js';
import { cardText } from '../../helpers/cards.js';
import { createSqliteTestDatabase, type TestDatabase } from '../../helpers/databases.js';
import { findSecrets, newSecretCanaries, secretEnvironment, withAppPassword } from '../../helpers/secret-canaries.js';

const names = builtinNames();
const unknownButton = 'Den här knappen känner jag inte igen';

/**
 * Issue 12, item 1: a card submit with { verb: "constructor" } answered with
 * the bot's own objects, configuration and secrets included. Every name a
 * JavaScript object inherits is tried as a verb, a command and a locale.
 */
describe('names JavaScript objects inherit, sent as verbs, commands and locales', () => {
  const canaries = newSecretCanaries();
  let database: TestDatabase;
  let bot: BotDriver;
  const bodies: string[] = [];

  beforeAll(async () => {
    database = await createSqliteTestDatabase();
    bot = await BotDriver.start(database, { env: secretEnvironment(canaries), configure: withAppPassword(canaries) });
  });
  afterAll(async () => {
    await bot?.stop();
    await database?.destroy();
  });

  async function post(activity: unknown): Promise<{ status: number; body: any }> {
    const res = await bot.post(activity);
    bodies.push(JSON.stringify(res.body ?? ''));
    return res;
  }

  it(`answers an Action.Submit with each of ${names.length} inherited names as its verb with the unknown-button card`, async () => {
    const user = testUser();
    for (const verb of names) {
      bot.connector.clear();
      const res = await post(messageActivity(user, '', bot.serviceUrl, { value: { verb } }));
      expect(res.status, verb).toBe(200);
      const cards = bot.connector.cards();
      expect(cards, verb).toHaveLength(1);
      expect(cardText(cards[0]), verb).toContain(unknownButton);
    }
  });

  it('answers an Action.Execute invoke with each inherited name as its verb with the unknown-button card', async () => {
    const user = testUser();
    for (const verb of names) {
      const res = await post(cardInvoke(user, verb, { [verb]: verb }, bot.serviceUrl));
      expect(res.status, verb).toBe(200);
      expect(res.body?.type, verb).toBe('application/vnd.microsoft.card.adaptive');
      expect(cardText(res.body.value), verb).toContain(unknownButton);
    }
  });

  it('treats each inherited name typed as a message as text it does not understand', async () => {
    const user = testUser();
    for (const text of names) {
      bot.connector.clear();
      const res = await post(messageActivity(user, text, bot.serviceUrl));
      expect(res.status, text).toBe(200);
      expect(bot.connector.cards(), text).toHaveLength(1);
      expect(cardText(bot.connector.cards()[0]), text).toContain('Hej');
    }
  });

  it('answers in Swedish when the Teams locale, or the language chosen on a card, is an inherited name', async () => {
    const someone = testUser();
    for (const locale of names) {
      bot.connector.clear();
      const user = { ...someone, locale };
      expect((await post(messageActivity(user, 'hjälp', bot.serviceUrl))).status, locale).toBe(200);
      expect(cardText(bot.connector.cards()[0]), locale).toContain('Jag är Tillit');
      const res = await post(cardInvoke(user, verbs.setLanguage, { locale }, bot.serviceUrl));
      expect(res.status, locale).toBe(200);
      expect(cardText(res.body.value), locale).toContain('Något gick inte som det skulle');
    }
  });

  it('lets no secret out in any reply, card or log line', () => {
    const haystacks = [
      { where: 'connector calls', content: JSON.stringify(bot.connector.calls) },
      { where: 'HTTP answers', content: bodies.join('\n') },
      { where: 'logs', content: bot.logs.text },
    ];
    expect(findSecrets(canaries, haystacks)).toEqual([]);
  });
});
