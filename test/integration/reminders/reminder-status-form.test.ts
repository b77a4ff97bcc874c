import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { statusReminderRenderer } from '../../../bot/reminder-status-renderer.js';
import { findMeasureByCode } from '../../../src/plans/plan-repository.js';
import { cardInvoke, messageActivity, type TestUser } from '../../helpers/activities.js';
import { BotDriver } from '../../helpers/bot-driver.js';
import { actionTitled, clickData } from '../../helpers/card-actions.js';
import { cardText, expectValidCard } from '../../helpers/cards.js';
import { dialects, type TestDatabase } from '../../helpers/databases.js';
import { measureDraft, planDraft, storeDraft } from '../../helpers/plan-builders.js';
import { putInUnit, reachablePerson, resetReminderData, testCycle } from '../../helpers/reminder-setup.js';
import { SteerableClock } from '../../helpers/steerable-clock.js';

// Thursday 24 October 2024, 10:00 in Stockholm: seven days before "Oktober 2024" is due.
const thursday = '2024-10-24T08:00:00Z';

describe.each(dialects)('a reminder that is the status form ($name)', ({ create }) => {
  let database: TestDatabase;
  let bot: BotDriver;
  const clock = new SteerableClock(thursday);

  beforeAll(async () => {
    database = await create();
    bot = await BotDriver.start(database, { clock, env: { TILLIT_REMINDERS: 'off' } });
  });
  afterAll(async () => {
    await bot?.stop();
    await database?.destroy();
  });
  beforeEach(async () => {
    await resetReminderData(database.db);
    bot.connector.clear();
  });

  /** Cecilia owns 1.1 (due now) and 3.1 (next year); Bertil owns 2.1 and 2.2; each has a personal chat with Tillit. */
  async function seed() {
    const { plan } = await storeDraft(
      database.db,
      clock,
      planDraft({
        measures: [
          measureDraft({ code: '1.1', title: 'Utbildning för chefer', ownerUnits: ['Samordnarna'], deadline: 'Oktober 2024' }),
          measureDraft({ code: '2.1', title: 'Kartlägga riskområden', ownerUnits: ['Enhet för säkerhet'], deadline: 'Oktober 2024' }),
          measureDraft({ code: '2.2', title: 'Rutin för bakgrundskontroller', ownerUnits: ['Enhet för säkerhet'], deadline: 'Oktober 2024' }),
          measureDraft({ code: '3.1', title: 'Styrdokument mot välfärdsbrott', ownerUnits: ['Samordnarna'], start: 'Januari 2025', deadline: 'December 2025' }),
        ],
      }),
    );
    const cecilia = await reachablePerson(database.db, clock, { email: 'cecilia@kommun.example', name: 'Cecilia Carlsson', serviceUrl: bot.serviceUrl });
    const bertil = await reachablePerson(database.db, clock, { email: 'bertil@kommun.example', name: 'Bertil Berg', serviceUrl: bot.serviceUrl });
    await putInUnit(database.db, 'Samordnarna', [cecilia.personId]);
    await putInUnit(database.db, 'Enhet för säkerhet', [bertil.personId]);
    const m11 = (await findMeasureByCode(database.db, plan.id, '1.1'))!;
    const user = (p: { conversationId: string }, name: string): TestUser => ({
      id: p.conversationId.replace('a:personal-', ''),
      aadObjectId: '',
      name,
      locale: 'sv-SE',
    });
    return { cecilia, bertil, m11, cec: user(cecilia, 'Cecilia Carlsson') };
  }

  const run = () =>
    testCycle({ db: database.db, dialect: database.dialect, clock, messenger: bot.running.app.messenger, renderer: statusReminderRenderer(bot.running.app) }).cycle.runOnce();

  it('carries the status form itself when it is about one measure, with the reason above it and a snooze below', async () => {
    const { cecilia } = await seed();
    await run();
    const [card] = bot.connector.cards(cecilia.conversationId);
    expectValidCard(card);
    const text = cardText(card);
    expect(text).toContain('Hej Cecilia!');
    expect(text).toContain('Utbildning för chefer');
    expect(actionTitled(card, 'Skicka')).toBeDefined();
    expect(actionTitled(card, 'Påminn mig om en vecka')).toBeDefined();
  });

  it('lists several measures with a button each when one person has more than one due', async () => {
    const { bertil } = await seed();
    await run();
    const [card] = bot.connector.cards(bertil.conversationId);
    expectValidCard(card);
    expect(cardText(card)).toContain('2 åtgärder');
    expect(() => actionTitled(card, 'Skicka')).toThrow();
  });

  it('records the status submitted from the reminder card, without another click', async () => {
    const { cecilia, m11, cec } = await seed();
    await run();
    const [card] = bot.connector.cards(cecilia.conversationId);
    const click = clickData(card, 'Skicka', { status: 'on_track', comment: '' });
    const res = await bot.post(cardInvoke(cec, click.verb, click.data, bot.serviceUrl));
    expect(cardText(res.body.value)).toContain('Tack! Status för 1.1 registrerad');
    const rows = await database.db.selectFrom('status_updates').select(['status', 'recorded_by']).where('measure_id', '=', m11.id).execute();
    expect(rows).toEqual([{ status: 'on_track', recorded_by: cecilia.personId }]);
  });

  it('asks which measure a bare free-text reply is about, the reminded one first, and stores nothing', async () => {
    const { cecilia, m11, cec } = await seed();
    await run();
    bot.connector.clear();
    await bot.post(messageActivity(cec, 'klar', bot.serviceUrl));
    const [ask] = bot.connector.cards(cecilia.conversationId);
    const text = cardText(ask);
    expect(text).toContain('Vilken åtgärd gäller det?');
    // The reply names no measure: Tillit does not guess, it lists both, the reminded one first.
    expect(text.indexOf('Utbildning för chefer')).toBeGreaterThan(-1);
    expect(text.indexOf('Utbildning för chefer')).toBeLessThan(text.indexOf('Styrdokument mot välfärdsbrott'));
    expect(await database.db.selectFrom('status_updates').select('id').where('measure_id', '=', m11.id).execute()).toEqual([]);
  });
});
