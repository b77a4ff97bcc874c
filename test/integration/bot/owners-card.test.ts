import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { verbs } from '../../../cards/verbs.js';
import { findPersonByIdentity } from '../../../src/directory/people-repository.js';
import { importPlan } from '../../../src/plans/import-plan.js';
import { setPlanRole } from '../../../src/plans/owners/plan-roles.js';
import { listUnitDirectory } from '../../../src/plans/owners/unit-directory.js';
import { measuresOwnedBy } from '../../../src/plans/plan-repository.js';
import { findUnit } from '../../../src/plans/units-repository.js';
import { systemClock } from '../../../src/ports/clock.js';
import { cardInvoke, installationUpdate, messageActivity, testUser } from '../../helpers/activities.js';
import { BotDriver } from '../../helpers/bot-driver.js';
import { cardText, expectValidCard } from '../../helpers/cards.js';
import { dialects, type TestDatabase } from '../../helpers/databases.js';
import { exampleBytes } from '../../helpers/example-files.js';
import { registerSnapshot } from '../../helpers/register-snapshot.js';

describe.each(dialects)('the owners card ("ansvariga") on $name', ({ create }) => {
  let database: TestDatabase;
  let bot: BotDriver;
  const anna = testUser({ name: 'Anna Andersson', email: 'anna@oskarshamn.example' });
  const bertil = testUser({ name: 'Bertil Berg', email: 'bertil@oskarshamn.example' });

  beforeAll(async () => {
    database = await create();
    bot = await BotDriver.start(database);
    const deps = { db: database.db, clock: systemClock };
    const plan = await importPlan(deps, { fileName: 'o.txt', bytes: exampleBytes('oskarshamn'), overrides: { key: 'oskarshamn-2026-2028' } });
    await setPlanRole(deps, { planId: plan.plan!.id, role: 'coordinator', emails: ['anna@oskarshamn.example'] });
    await setPlanRole(deps, { planId: plan.plan!.id, role: 'reader', emails: ['bertil@oskarshamn.example'] });
    for (const user of [anna, bertil]) {
      bot.knowUser(user);
      await bot.post(installationUpdate(user, 'add', bot.serviceUrl));
    }
  });
  afterAll(async () => {
    await bot?.stop();
    await database?.destroy();
  });
  beforeEach(() => bot.connector.clear());

  it('shows a coordinator the units in her plan that nobody receives for', async () => {
    await bot.post(messageActivity(anna, 'ansvariga', bot.serviceUrl));
    const [card] = bot.connector.cards();
    expectValidCard(card);
    const text = cardText(card);
    expect(text).toContain('Ansvariga som saknar mottagare');
    expect(text).toContain('Berörda förvaltningar');
    expect(text).toContain('Åtgärd 4.3, 4.4, 4.5, 4.7, 4.8, 4.11 i oskarshamn-2026-2028');
    expect(text).toContain('Kommundirektören');
  });

  it('connects people to a unit by e-mail from the card, in place', async () => {
    const unit = (await findUnit(database.db, 'Kommundirektören'))!;
    const res = await bot.post(cardInvoke(anna, verbs.assignOwners, { unitId: unit.id, emails: 'kd@oskarshamn.example, KD2@oskarshamn.example' }, bot.serviceUrl));
    expect(res.status).toBe(200);
    expectValidCard(res.body.value);
    expect(cardText(res.body.value)).toContain('Klart: kd@oskarshamn.example, kd2@oskarshamn.example tar nu emot för Kommundirektören.');
    expect(cardText(res.body.value)).not.toContain('Åtgärd 2.8 i');
    const people = (await listUnitDirectory(database.db)).find((u) => u.name === 'Kommundirektören')!.people;
    expect(people.map((p) => p.email)).toEqual(['kd2@oskarshamn.example', 'kd@oskarshamn.example']);
  });

  it('matches the assigned person to their Teams identity when they install the app', async () => {
    const kd = testUser({ name: 'Karin Direktör', email: 'KD@oskarshamn.example' });
    bot.knowUser(kd);
    await bot.post(installationUpdate(kd, 'add', bot.serviceUrl));
    const person = (await findPersonByIdentity(database.db, { aadObjectId: kd.aadObjectId }))!;
    expect(person.email).toBe('kd@oskarshamn.example');
    expect((await measuresOwnedBy(database.db, person.id)).map((m) => m.code)).toEqual(['2.8']);
  });

  it('keeps the form and says so when the addresses are not addresses', async () => {
    const unit = (await findUnit(database.db, 'Ekonomichefen'))!;
    const before = await registerSnapshot(database.db, { withPeople: false });
    const res = await bot.post(cardInvoke(anna, verbs.assignOwners, { unitId: unit.id, emails: 'ekonomichefen' }, bot.serviceUrl));
    expectValidCard(res.body.value);
    expect(cardText(res.body.value)).toContain('Inget ändrades: "ekonomichefen" är ingen e-postadress.');
    expect(await registerSnapshot(database.db, { withPeople: false })).toEqual(before);
  });

  it('refuses a reader who sends the action anyway, and stores nothing', async () => {
    const unit = (await findUnit(database.db, 'Ekonomichefen'))!;
    const before = await registerSnapshot(database.db, { withPeople: false });
    const res = await bot.post(cardInvoke(bertil, verbs.assignOwners, { unitId: unit.id, emails: 'bertil@oskarshamn.example' }, bot.serviceUrl));
    expect(res.status).toBe(200);
    expectValidCard(res.body.value);
    expect(cardText(res.body.value)).toContain('Bara samordnare för en plan där enheten är ansvarig kan ändra dess mottagare.');
    expect(await registerSnapshot(database.db, { withPeople: false })).toEqual(before);
    expect(bot.logs.text).not.toContain('bertil@oskarshamn.example');
  });

  it('tells someone who coordinates no plan why the card is empty', async () => {
    await bot.post(messageActivity(bertil, 'ansvariga', bot.serviceUrl));
    expect(cardText(bot.connector.cards()[0])).toContain('Du är inte samordnare för någon plan');
  });

  it('points to the personal chat when asked in a channel', async () => {
    const scope = { kind: 'channel' as const, teamId: '19:team', channelId: '19:plan@thread.tacv2' };
    await bot.post(messageActivity(anna, 'ansvariga', bot.serviceUrl, { scope, mention: true }));
    const [card] = bot.connector.cards();
    expectValidCard(card);
    expect(cardText(card)).toContain('personlig chatt');
    expect(cardText(card)).not.toContain('Berörda förvaltningar');
  });

  it('answers "owners" in English for an English-speaking coordinator', async () => {
    const john = testUser({ name: 'John Smith', email: 'john@oskarshamn.example', locale: 'en-GB' });
    bot.knowUser(john);
    await bot.post(messageActivity(john, 'owners', bot.serviceUrl));
    expect(cardText(bot.connector.cards()[0])).toContain('You are not a coordinator of any plan');
  });
});
