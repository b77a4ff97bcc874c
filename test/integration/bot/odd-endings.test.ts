import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messageActivity, testUser, type TestUser } from '../../helpers/activities.js';
import { BotDriver } from '../../helpers/bot-driver.js';
import { cardText, expectValidCard } from '../../helpers/cards.js';
import { dialects, type TestDatabase } from '../../helpers/databases.js';
import { seedNorrtalje, type NorrtaljeScenario } from '../../helpers/norrtalje-scenario.js';

/** What people type to Tillit, as the welcome card teaches it. */
const commandWords = [
  'mina åtgärder',
  'status',
  'läget',
  'lägesbild',
  'status 2.3',
  'status målområde 2',
  'status per 2025-03-01',
  'status per 2031-01-01',
  'rapport',
  'rapport per 2025-03-31',
  'statusrapport',
  'anmäl',
  'ansvariga',
  'hjälp',
  'hej',
  'meny',
  'help',
  'visa läget här',
];

/** The same word as it arrives from real hands: punctuation, capitals, emoji, odd spaces, quotes, a phone's invisible characters. */
function variants(word: string): string[] {
  const capital = word[0]!.toUpperCase() + word.slice(1);
  return [
    `${word}?`,
    `${capital}.`,
    `${word.toUpperCase()}!!`,
    `${word}!?`,
    `  ${word}  `,
    `${word}\u00a0`,
    `\u00a0${capital}`,
    `${word} 🙂`,
    `${word}👍`,
    `${word} 🙏🏽`,
    `${word}…`,
    `${word}...`,
    `"${word}"`,
    `”${capital}”`,
    `\u200b${word}`,
    `${word}\u200b`,
    `${word},`,
    `${word} :)`,
    `${word}\n`,
    `/${word}`,
    `@Tillit ${word}`,
    word.normalize('NFD'),
    `${word};`,
    word.replace(/ /g, ' \t '),
  ];
}

describe.each(dialects)('command words with odd endings are understood, or answered honestly, never with a fault card ($name)', ({ create }) => {
  let database: TestDatabase;
  let s: NorrtaljeScenario;
  let bot: BotDriver;
  let anna: TestUser;

  beforeAll(async () => {
    database = await create();
    s = await seedNorrtalje(database.db);
    bot = await BotDriver.start(database, { clock: s.clock, env: { PUBLIC_URL: 'http://tillit.test' } });
    anna = testUser({ name: 'Anna Andersson', email: 'anna.andersson@norrtalje.example' });
    bot.knowUser(anna);
  });
  afterAll(async () => {
    await bot?.stop();
    await database?.destroy();
  });

  /** What Anna reads back: the first line of each card (its heading), in order. */
  async function answer(text: string): Promise<string[]> {
    bot.connector.clear();
    await bot.post(messageActivity(anna, text, bot.serviceUrl));
    return bot.connector.cards().map((card) => {
      expectValidCard(card);
      const read = cardText(card);
      expect(read, JSON.stringify(text)).not.toMatch(/Något gick inte som det skulle|Referens:/);
      return read.split('\n')[0]!;
    });
  }

  it.each(commandWords)('"%s" with 24 endings and spellings gets the same answer as the word itself', async (word) => {
    const expected = await answer(word);
    expect(expected.length).toBeGreaterThan(0);
    // The word itself is understood: not the "I did not quite understand" help.
    expect(expected.join(' ')).not.toContain('Jag förstod inte riktigt');
    for (const variant of variants(word)) expect(await answer(variant), JSON.stringify(variant)).toEqual(expected);
  });

  it.each(['status 👍🏻 tack', 'status?? 2.3', 'rapport per igår', 'status per 30 februari', '🙂', '…', '\u200b', '"', 'hjälp me'])(
    'answers "%s" honestly, without a fault card',
    async (text) => {
      const headings = await answer(text);
      expect(headings.length).toBeGreaterThan(0);
    },
  );
});
