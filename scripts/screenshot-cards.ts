import { verbs } from '../cards/verbs.js';
import { findMeasureByCode } from '../src/plans/plan-repository.js';
import { cardInvoke, messageActivity, testUser, type TestUser } from '../test/helpers/activities.js';
import { BotDriver } from '../test/helpers/bot-driver.js';
import { createSqliteTestDatabase } from '../test/helpers/databases.js';
import { seedNorrtalje } from '../test/helpers/norrtalje-scenario.js';
import { measureDraft, planDraft, storeDraft } from '../test/helpers/plan-builders.js';
import { makeCoordinators, putInUnit, reachablePerson, testCycle } from '../test/helpers/reminder-setup.js';
import { SteerableClock } from '../test/helpers/steerable-clock.js';

/** One card as the bot sent it, with the name its screenshot gets. */
export interface NamedCard {
  name: string;
  card: unknown;
}

/**
 * The cards a new user meets, made by Tillit itself (in-process, on the
 * Norrtälje plan) from what people type: the welcome, a status, a reply in
 * one's own words, the receipt, "which measure?", a typo's answer, the overview.
 */
export async function chatCards(): Promise<NamedCard[]> {
  const database = await createSqliteTestDatabase();
  const s = await seedNorrtalje(database.db);
  const bot = await BotDriver.start(database, { clock: s.clock, env: { PUBLIC_URL: 'http://tillit.test', TILLIT_REMINDERS: 'off' } });
  const person = (name: string, email: string): TestUser => {
    const user = testUser({ name, email });
    bot.knowUser(user);
    return user;
  };
  const anna = person('Anna Andersson', 'anna.andersson@norrtalje.example');
  const sara = person('Sara Lind', 'sara.lind@norrtalje.example');
  const cards: NamedCard[] = [];
  const say = async (name: string, who: TestUser, text: string) => {
    bot.connector.clear();
    await bot.post(messageActivity(who, text, bot.serviceUrl));
    const sent = bot.connector.cards();
    sent.forEach((card, i) => cards.push({ name: sent.length > 1 ? `${name}-${i + 1}` : name, card }));
    return sent[sent.length - 1];
  };
  try {
    await say('card-welcome', sara, 'hej');
    await say('card-status', anna, 'status 2.3');
    await say('card-overview', anna, 'status');
    await say('card-typo-code', anna, 'status 9.9');
    await say('card-typo-date', anna, 'status per 31 februari 2025');
    await say('card-which-measure', sara, 'vi är försenade pga IT, klart i maj');
    const prefilled = await say('card-free-text-prefilled', sara, 'vi är försenade med 2.3 pga IT, klart i maj');
    const submit = submitAction(prefilled);
    const res = await bot.post(cardInvoke(sara, submit.verb ?? verbs.statusSubmit, { ...submit.data, ...filledInputs(prefilled), forecastDate: '2025-05-30' }, bot.serviceUrl));
    cards.push({ name: 'card-receipt', card: res.body?.value });
    const help = await say('card-help', sara, 'hjälp');
    const english = nodes(help).find((n) => n.type === 'Action.Execute' && n.title === 'In English');
    if (english) {
      const switched = await bot.post(cardInvoke(sara, english.verb as string, (english.data ?? {}) as Record<string, unknown>, bot.serviceUrl));
      cards.push({ name: 'card-welcome-en', card: switched.body?.value });
    }
  } finally {
    await bot.stop();
    await database.destroy();
  }
  return cards;
}

/**
 * The coordinator's cards from a reminder run: the escalation digest while
 * the plan is valid, and the one final notice when its validity has ended.
 */
export async function reminderCards(): Promise<NamedCard[]> {
  const database = await createSqliteTestDatabase();
  const clock = new SteerableClock('2024-10-24T08:00:00Z');
  const bot = await BotDriver.start(database, { clock, env: { TILLIT_REMINDERS: 'off' } });
  const cards: NamedCard[] = [];
  try {
    const { plan } = await storeDraft(
      database.db,
      clock,
      planDraft({
        validity: { from: '2024-05-01', to: '2024-11-30' },
        measures: [
          measureDraft({ code: '1.1', title: 'Utbildning för chefer', ownerUnits: ['Samordnarna'], deadline: 'Oktober 2024' }),
          measureDraft({ code: '2.1', title: 'Kartlägga riskområden', ownerUnits: ['Enhet för säkerhet'], deadline: 'Oktober 2024' }),
          measureDraft({ code: '3.1', title: 'Omvärldsbevakning', ownerUnits: ['Samordnarna'], deadline: 'Löpande' }),
        ],
      }),
    );
    const reach = (email: string, name: string) => reachablePerson(database.db, clock, { email, name, serviceUrl: bot.serviceUrl });
    const bertil = await reach('bertil.berg@kommun.example', 'Bertil Berg');
    const anna = await reach('anna.andersson@kommun.example', 'Anna Andersson');
    await putInUnit(database.db, 'Samordnarna', [bertil.personId]);
    await putInUnit(database.db, 'Enhet för säkerhet', [bertil.personId]);
    await makeCoordinators(database.db, plan.id, [anna.personId]);
    if (!(await findMeasureByCode(database.db, plan.id, '1.1'))) throw new Error('the plan was not stored');
    const run = async (at: string) => {
      bot.connector.clear();
      clock.set(at);
      await testCycle({ db: database.db, dialect: database.dialect, clock, messenger: bot.running.app.messenger }).cycle.runOnce();
    };
    await run('2024-11-18T08:00:00Z');
    bot.connector.cards(anna.conversationId).forEach((card) => cards.push({ name: 'card-escalation-digest', card }));
    bot.connector.cards(bertil.conversationId).forEach((card) => cards.push({ name: 'card-owner-reminder', card }));
    await run('2024-12-02T08:00:00Z');
    bot.connector.cards(anna.conversationId).forEach((card) => cards.push({ name: 'card-expired-plan-notice', card }));
  } finally {
    await bot.stop();
    await database.destroy();
  }
  return cards;
}

/** Every node of a card, depth first. */
function nodes(card: unknown): Array<Record<string, unknown>> {
  const out: Array<Record<string, unknown>> = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    out.push(node as Record<string, unknown>);
    Object.values(node).forEach(walk);
  };
  walk(card);
  return out;
}

/** What Teams sends for the card's inputs as they are filled in. */
function filledInputs(card: unknown): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const n of nodes(card)) if (typeof n.type === 'string' && n.type.startsWith('Input.') && typeof n.id === 'string' && n.value !== undefined) values[n.id] = n.value;
  return values;
}

/** The card's "Skicka" button. */
function submitAction(card: unknown): { verb?: string; data: Record<string, unknown> } {
  const action = nodes(card).find((n) => n.type === 'Action.Execute' && n.title === 'Skicka');
  if (!action) throw new Error('the card has no "Skicka" button');
  return { verb: action.verb as string | undefined, data: (action.data ?? {}) as Record<string, unknown> };
}
