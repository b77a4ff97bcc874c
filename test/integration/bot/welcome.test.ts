import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { findConversation } from '../../../src/directory/conversations-repository.js';
import { findPersonByIdentity } from '../../../src/directory/people-repository.js';
import { verbs } from '../../../cards/verbs.js';
import { botMembershipUpdate, cardInvoke, installationUpdate, messageActivity, testUser } from '../../helpers/activities.js';
import { BotDriver } from '../../helpers/bot-driver.js';
import { cardText, expectValidCard } from '../../helpers/cards.js';
import { dialects, type TestDatabase } from '../../helpers/databases.js';

describe.each(dialects)('Tillit in a conversation ($name)', ({ create }) => {
  let database: TestDatabase;
  let bot: BotDriver;
  beforeAll(async () => {
    database = await create();
    bot = await BotDriver.start(database);
  });
  afterAll(async () => {
    await bot?.stop();
    await database?.destroy();
  });
  beforeEach(() => bot.connector.clear());

  it('answers "hej" in a personal chat with the Swedish welcome card', async () => {
    const anna = testUser({ name: 'Anna Andersson' });
    const res = await bot.post(messageActivity(anna, 'hej', bot.serviceUrl));
    expect(res.status).toBe(200);
    const [card] = bot.connector.cards();
    expectValidCard(card);
    expect(cardText(card)).toContain('Hej Anna! Jag är Tillit.');
  });

  it('answers in English when the Teams locale is English', async () => {
    const john = testUser({ name: 'John Smith', locale: 'en-GB' });
    await bot.post(messageActivity(john, 'help', bot.serviceUrl));
    expect(cardText(bot.connector.cards()[0])).toContain('Hi John! I am Tillit.');
  });

  it('gives the welcome card, saying so, for text it does not understand', async () => {
    await bot.post(messageActivity(testUser(), 'vad blir det till lunch', bot.serviceUrl));
    expect(cardText(bot.connector.cards()[0])).toContain('Jag förstod inte riktigt "vad blir det till lunch"');
  });

  it('stays quiet in a channel unless @mentioned', async () => {
    const scope = { kind: 'channel' as const, teamId: '19:team', channelId: '19:general@thread.tacv2' };
    const user = testUser();
    await bot.post(messageActivity(user, 'hej allihop', bot.serviceUrl, { scope }));
    expect(bot.connector.sent()).toHaveLength(0);
    await bot.post(messageActivity(user, 'hjälp', bot.serviceUrl, { scope, mention: true }));
    expect(cardText(bot.connector.cards()[0])).toContain('@Tillit');
  });

  it('stores the person with e-mail from Teams and the conversation reference on install', async () => {
    const eva = testUser({ name: 'Eva Ek', email: 'eva.ek@kommun.example' });
    bot.knowUser(eva);
    await bot.post(installationUpdate(eva, 'add', bot.serviceUrl));
    const person = await findPersonByIdentity(database.db, { aadObjectId: eva.aadObjectId });
    expect(person).toMatchObject({ email: 'eva.ek@kommun.example', upn: 'eva.ek@kommun.example', displayName: 'Eva Ek' });
    const conversation = await findConversation(database.db, `a:personal-${eva.id}`);
    expect(conversation).toMatchObject({ personId: person!.id, serviceUrl: bot.serviceUrl, installed: true });
    expect(conversation!.reference).toMatchObject({ conversation: { id: `a:personal-${eva.id}` } });
  });

  it('greets once when the bot is added to a chat', async () => {
    const user = testUser();
    bot.knowUser(user);
    await bot.post(botMembershipUpdate(user, 'added', bot.serviceUrl));
    expect(bot.connector.cards()).toHaveLength(1);
    expect(cardText(bot.connector.cards()[0])).toContain('Jag är Tillit');
  });

  it('marks the person unreachable on uninstall and keeps them in the directory', async () => {
    const user = testUser();
    bot.knowUser(user);
    await bot.post(installationUpdate(user, 'add', bot.serviceUrl));
    await bot.post(installationUpdate(user, 'remove', bot.serviceUrl));
    const person = await findPersonByIdentity(database.db, { aadObjectId: user.aadObjectId });
    expect(person).toMatchObject({ unreachableReason: 'uninstalled', email: user.email });
  });

  it('replaces a card in place when its help action is executed', async () => {
    const res = await bot.post(cardInvoke(testUser(), verbs.showHelp, {}, bot.serviceUrl));
    expect(res.status).toBe(200);
    expect(res.body.type).toBe('application/vnd.microsoft.card.adaptive');
    expectValidCard(res.body.value);
    expect(cardText(res.body.value)).toContain('Jag är Tillit');
  });

  it('answers an unknown card verb with a friendly card, not an error status', async () => {
    const res = await bot.post(cardInvoke(testUser(), 'no.such.verb', {}, bot.serviceUrl));
    expect(res.status).toBe(200);
    expect(cardText(res.body.value)).toContain('Den här knappen känner jag inte igen');
  });

  it('switches to English when asked on the card, and remembers it', async () => {
    const user = testUser({ name: 'Sara Lind' });
    bot.knowUser(user);
    const res = await bot.post(cardInvoke(user, verbs.setLanguage, { locale: 'en' }, bot.serviceUrl));
    expect(cardText(res.body.value)).toContain('Hi Sara! I am Tillit.');
    await bot.post(messageActivity(user, 'hej', bot.serviceUrl));
    expect(cardText(bot.connector.cards().at(-1))).toContain('Hi Sara!');
    expect(cardText(bot.connector.cards().at(-1))).toContain('På svenska');
  });

  it('refuses a made-up language without changing anything', async () => {
    const user = testUser();
    const res = await bot.post(cardInvoke(user, verbs.setLanguage, { locale: 'fr' }, bot.serviceUrl));
    expect(cardText(res.body.value)).toContain('gick inte att läsa');
  });

  it('handles the Action.Submit fallback of a card action the same way', async () => {
    const user = testUser({ name: 'Olle Ström' });
    await bot.post(messageActivity(user, '', bot.serviceUrl, { value: { verb: verbs.setLanguage, locale: 'en' }, replyToId: 'card-1' }));
    const [update] = bot.connector.sent();
    expect(update!.method).toBe('PUT');
    expect(update!.activityId).toBe('card-1');
    expect(cardText(update!.body.attachments[0].content)).toContain('Hi Olle!');
  });

  it('never writes message text or identities to the log', async () => {
    const secretUser = testUser({ name: 'Hemliga Hanna', email: 'hanna.hemlig@kommun.example' });
    bot.knowUser(secretUser);
    await bot.post(messageActivity(secretUser, 'kanarie-text-4711', bot.serviceUrl));
    const log = bot.logs.text;
    expect(log).toContain('"path":"/api/messages"');
    for (const canary of ['kanarie-text-4711', 'Hemliga Hanna', 'hanna.hemlig', secretUser.aadObjectId, secretUser.id]) {
      expect(log).not.toContain(canary);
    }
  });
});
