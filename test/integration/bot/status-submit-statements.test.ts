import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verbs } from '../../../cards/verbs.js';
import { FixedClock } from '../../../src/ports/clock.js';
import { cardInvoke, testUser, type TestUser } from '../../helpers/activities.js';
import { BotDriver } from '../../helpers/bot-driver.js';
import { clickData } from '../../helpers/card-actions.js';
import { cardText } from '../../helpers/cards.js';
import { dialects, type TestDatabase } from '../../helpers/databases.js';
import { seedStatusPlan, type StatusFixture } from '../../helpers/status-fixtures.js';

/**
 * The statement budget of the hot path: a status submit is one turn of
 * Tillit and costs a bounded number of SQL statements (the bench measures
 * its speed; this counts, so the count cannot creep back up unnoticed).
 */
const budget = 8;

describe.each(dialects)('statements per status submit ($name)', ({ create }) => {
  let database: TestDatabase;
  let bot: BotDriver;
  let f: StatusFixture;
  let anna: TestUser;
  let cecilia: TestUser;
  let recording: string[] | undefined;
  const clock = new FixedClock('2024-10-14T08:00:00Z');

  beforeAll(async () => {
    database = await create();
    // A beat of the write cadence would add its own statements; none falls inside these few seconds.
    bot = await BotDriver.start(database, { clock, env: { TILLIT_WRITE_CADENCE_SECONDS: '60' }, onStatement: (sql) => recording?.push(sql) });
    f = await seedStatusPlan(database.db, clock);
    anna = testUser({ name: 'Anna Andersson', email: f.email('anna') });
    cecilia = testUser({ name: 'Cecilia Carlsson', email: f.email('cecilia') });
    bot.knowUser(anna);
    bot.knowUser(cecilia);
  });
  afterAll(async () => {
    await bot?.stop();
    await database?.destroy();
  });

  /** Posts a card click and returns the card that answers it and the SQL statements the turn sent. */
  const click = async (who: TestUser, action: { verb: string; data: Record<string, unknown> }) => {
    recording = [];
    const res = await bot.post(cardInvoke(who, action.verb, action.data, bot.serviceUrl, 'card-activity-1'));
    const statements = recording;
    recording = undefined;
    expect(res.status).toBe(200);
    return { card: res.body.value, statements };
  };
  const peopleReads = (statements: string[]) => statements.filter((s) => /^select\b.*\bfrom "people"/i.test(s));

  it(`records an owner's status and answers with the receipt in at most ${budget} statements, reading her once`, async () => {
    const form = await click(anna, { verb: verbs.statusOpen, data: { measureId: f.measureId } });
    const { card, statements } = await click(anna, clickData(form.card, 'Skicka', { status: 'on_track', comment: 'Rutinen är på plats', indicator0: '64 %' }));
    expect(cardText(card)).toContain('Tack! Status för');
    expect(cardText(card)).toContain('Anna Andersson');
    expect(statements.length, statements.join('\n')).toBeLessThanOrEqual(budget);
    expect(statements.filter((s) => /^insert into "status_updates"/i.test(s))).toHaveLength(1);
    expect(peopleReads(statements), statements.join('\n')).toHaveLength(1);
  });

  it('keeps to the budget for the next report on the same measure (a receipt that replaces a receipt)', async () => {
    const form = await click(anna, { verb: verbs.statusOpen, data: { measureId: f.measureId } });
    const { card, statements } = await click(anna, clickData(form.card, 'Skicka', { status: 'at_risk', comment: 'Leverantören är sen', indicator0: '70 %', forecastDate: '2024-11-29' }));
    expect(cardText(card)).toContain('Tack! Status för');
    expect(statements.length, statements.join('\n')).toBeLessThanOrEqual(budget);
  });

  it("records a coordinator's report for an owner within the budget plus her plan roles and the owners' names", async () => {
    const form = await click(cecilia, { verb: verbs.statusOpen, data: { measureId: f.measureId } });
    const { card, statements } = await click(cecilia, clickData(form.card, 'Skicka', { status: 'on_track', comment: 'Nu går det', onBehalfOf: f.bo, indicator0: '80 %' }));
    expect(cardText(card)).toContain('Tack! Status för');
    expect(statements.length, statements.join('\n')).toBeLessThanOrEqual(budget + 2);
  });
});
