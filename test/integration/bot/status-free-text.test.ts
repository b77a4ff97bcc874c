import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { verbs } from '../../../cards/verbs.js';
import { FixedClock } from '../../../src/ports/clock.js';
import { cardInvoke, messageActivity, testUser, type TestUser } from '../../helpers/activities.js';
import { BotDriver } from '../../helpers/bot-driver.js';
import { actionTitled, clickData, inputValue } from '../../helpers/card-actions.js';
import { cardText, expectValidCard } from '../../helpers/cards.js';
import { dialects, type TestDatabase } from '../../helpers/databases.js';
import { seedStatusPlan, type StatusFixture } from '../../helpers/status-fixtures.js';

describe.each(dialects)('free-text status replies ($name)', ({ create }) => {
  let database: TestDatabase;
  let bot: BotDriver;
  let f: StatusFixture;
  const clock = new FixedClock('2024-10-14T08:00:00Z');
  const people: Record<string, TestUser> = {};

  beforeAll(async () => {
    database = await create();
    bot = await BotDriver.start(database, { clock });
    f = await seedStatusPlan(database.db, clock);
    for (const name of ['anna', 'sam', 'eva'] as const) {
      people[name] = testUser({ name: `${name[0]!.toUpperCase()}${name.slice(1)} Test`, email: f.email(name) });
      bot.knowUser(people[name]);
    }
  });
  afterAll(async () => {
    await bot?.stop();
    await database?.destroy();
  });
  beforeEach(() => bot.connector.clear());

  const statusRows = () => database.db.selectFrom('status_updates').selectAll().execute();
  const say = async (who: TestUser, text: string) => {
    await bot.post(messageActivity(who, text, bot.serviceUrl));
    const cards = bot.connector.cards();
    expect(cards).toHaveLength(1);
    expectValidCard(cards[0]);
    return cards[0];
  };
  const chosenStatus = (card: any) => inputValue(card, 'status');

  it('understands "klar" from someone with one measure and asks to confirm, storing nothing', async () => {
    const card = await say(people.sam!, 'klar');
    const text = cardText(card);
    expect(text).toContain('Så här uppfattade jag ditt svar om åtgärd 1.1. Stämmer det?');
    expect(chosenStatus(card)).toBe('done');
    expect(await statusRows()).toHaveLength(0);
  });

  it('stores the status only when the owner sends the confirmation card', async () => {
    const card = await say(people.sam!, 'klar!');
    const res = await bot.post(cardInvoke(people.sam!, verbs.statusSubmit, clickData(card, 'Skicka', { status: 'done' }).data, bot.serviceUrl));
    expect(cardText(res.body.value)).toContain('Tack! Status för 1.1 registrerad.');
    expect(await statusRows()).toHaveLength(1);
  });

  it('asks which measure when the owner has several and no card to answer', async () => {
    const card = await say(people.anna!, 'försenad till mars, väntar på IT');
    expect(cardText(card)).toContain('Vilken åtgärd gäller det?');
    expect(cardText(card)).toContain('Jag uppfattade "Försenad"');
    const opened = await bot.post(
      cardInvoke(people.anna!, verbs.statusOpen, clickData(card, 'Rapportera', { measureId: f.measureId }).data, bot.serviceUrl),
    );
    const form = opened.body.value;
    expectValidCard(form);
    expect(cardText(form)).toContain('2.3 Införa rutin');
    expect(inputValue(form, 'comment')).toBe('väntar på IT');
    expect(inputValue(form, 'forecastDate')).toBe('2025-03-31');
    expect(chosenStatus(form)).toBe('delayed');
    expect(await statusRows()).toHaveLength(1);
  });

  it('asks instead of guessing from the card the owner was shown before, listing that measure first', async () => {
    const res = await bot.post(cardInvoke(people.anna!, verbs.statusOpen, { measureId: f.measureId }, bot.serviceUrl, 'card-in-chat-1'));
    expect(cardText(res.body.value)).toContain('2.3');
    const card = await say(people.anna!, 'risk för försening, leverantören är sen');
    expect(cardText(card)).toContain('Ditt svar nämner ingen åtgärd, så jag gissar inte.');
    expect(cardText(card)).toContain('Jag uppfattade "Risk för försening"');
    expect(JSON.stringify(card).indexOf('2.3 Införa rutin')).toBeLessThan(JSON.stringify(card).indexOf('1.1 '));
  });

  it('takes the measure from a code in the middle of the sentence, not from the card shown before', async () => {
    await bot.post(cardInvoke(people.anna!, verbs.statusOpen, { measureId: f.measureId }, bot.serviceUrl, 'card-in-chat-2'));
    const card = await say(people.anna!, 'vi är försenade med 1.1 pga IT');
    expect(cardText(card)).toContain('Så här uppfattade jag ditt svar om åtgärd 1.1.');
    expect(chosenStatus(card)).toBe('delayed');
  });

  it('takes the measure from its title, allowing a typo', async () => {
    const card = await say(people.anna!, 'kontrollen av identiteet vid ansökan är klar');
    expect(cardText(card)).toContain('Så här uppfattade jag ditt svar om åtgärd 2.3.');
    expect(chosenStatus(card)).toBe('done');
  });

  it('asks which one when the reply names two measures, and says when a code does not exist', async () => {
    const both = await say(people.anna!, '1.1 och 2.3 är klara');
    expect(cardText(both)).toContain('Ditt svar kan gälla flera åtgärder.');
    bot.connector.clear();
    const unknown = await say(people.anna!, '9.9 är klar');
    expect(cardText(unknown)).toContain('Det finns ingen åtgärd 9.9 bland dina.');
  });

  it('shows the card without a status when the reply is not clear', async () => {
    const card = await say(people.sam!, 'inte klar än');
    expect(cardText(card)).toContain('Jag uppfattade att du svarar om åtgärd 1.1, men inte vilken status du menar.');
    expect(chosenStatus(card)).toBeUndefined();
  });

  it('refuses a reply about someone else’s measure', async () => {
    const card = await say(people.eva!, '2.3 klar');
    expect(cardText(card)).toContain('Du kan inte rapportera status för den här åtgärden');
    expect(await statusRows()).toHaveLength(1);
  });

  it('tells someone without measures that they have none', async () => {
    const card = await say(people.eva!, 'klar');
    expect(cardText(card)).toContain('Du är inte ansvarig för någon åtgärd');
  });

  it.each(['Hej klar med 1.1', 'hej, 1.1 är klar', 'Hallå! 1.1 klar'])('reads "%s" as a status reply, not as a greeting', async (text) => {
    const card = await say(people.sam!, text);
    expect(cardText(card)).toContain('Så här uppfattade jag ditt svar om åtgärd 1.1. Stämmer det?');
    expect(chosenStatus(card)).toBe('done');
  });

  it('still greets "hej", "Hej Tillit" and "hjälp mig", and keeps "anmäl" with more words the anonymous report card', async () => {
    for (const text of ['hej', 'Hej Tillit', 'hjälp mig']) {
      bot.connector.clear();
      expect(cardText(await say(people.sam!, text)), text).toContain('Jag är Tillit.');
    }
    bot.connector.clear();
    await bot.post(messageActivity(people.sam!, 'anmäl klar med 1.1', bot.serviceUrl));
    expect(cardText(bot.connector.cards()[0])).toContain('Anmäl otillåten påverkan');
    expect(bot.connector.cards().map(cardText).join(' ')).not.toContain('Så här uppfattade jag');
  });

  it('leaves other text to the welcome card', async () => {
    const card = await say(people.anna!, 'vad blir det till lunch');
    expect(cardText(card)).toContain('Jag förstod inte riktigt');
    expect(actionTitled(card, 'In English')).toBeDefined();
  });
});
