import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { verbs } from '../../../cards/verbs.js';
import { statusCardFor } from '../../../bot/status/status-card-for.js';
import { FixedClock } from '../../../src/ports/clock.js';
import { cardInvoke, messageActivity, testUser, type TestUser } from '../../helpers/activities.js';
import { BotDriver } from '../../helpers/bot-driver.js';
import { actionTitled, cardActions, clickData, inputValue } from '../../helpers/card-actions.js';
import { cardText, expectValidCard } from '../../helpers/cards.js';
import { dialects, type TestDatabase } from '../../helpers/databases.js';
import { seedStatusPlan, type StatusFixture } from '../../helpers/status-fixtures.js';

describe.each(dialects)('status cards in a conversation ($name)', ({ create }) => {
  let database: TestDatabase;
  let bot: BotDriver;
  let f: StatusFixture;
  const clock = new FixedClock('2024-10-14T08:00:00Z');
  const people: Record<string, TestUser> = {};

  beforeAll(async () => {
    database = await create();
    bot = await BotDriver.start(database, { clock });
    f = await seedStatusPlan(database.db, clock);
    for (const [name, display] of [
      ['anna', 'Anna Andersson'],
      ['bo', 'Bo Berg'],
      ['cecilia', 'Cecilia Carlsson'],
      ['david', 'David Dahl'],
      ['eva', 'Eva Ek'],
    ] as const) {
      people[name] = testUser({ name: display, email: f.email(name) });
      bot.knowUser(people[name]);
    }
  });
  afterAll(async () => {
    await bot?.stop();
    await database?.destroy();
  });
  beforeEach(() => bot.connector.clear());

  const rows = () => database.db.selectFrom('status_updates').selectAll().where('measure_id', '=', f.measureId).orderBy('seq').execute();
  const invoke = async (who: TestUser, click: { verb: string; data: Record<string, unknown> }) => {
    const res = await bot.post(cardInvoke(who, click.verb, click.data, bot.serviceUrl, 'card-activity-1'));
    expect(res.status).toBe(200);
    expect(res.body.type).toBe('application/vnd.microsoft.card.adaptive');
    expectValidCard(res.body.value);
    return res.body.value;
  };
  const openCard = (who: TestUser, measureId = f.measureId) => invoke(who, { verb: verbs.statusOpen, data: { measureId } });

  let annaCard: any;

  it('answers "mina åtgärder" with the owner’s measures, traffic lights and "Rapportera" on each', async () => {
    await bot.post(messageActivity(people.anna!, 'mina åtgärder', bot.serviceUrl));
    const [list] = bot.connector.cards();
    expectValidCard(list);
    const text = cardText(list);
    expect(text).toContain('Dina åtgärder');
    expect(text).toContain('Du är ansvarig för 2 åtgärder.');
    expect(text).toContain('2.3 Införa rutin för kontroll av identitet vid ansökan');
    expect(text).toContain('Klar senast 31 oktober 2024 (i planen: Oktober 2024)');
    expect(cardActions(list).filter((a) => a.title === 'Rapportera')).toHaveLength(2);
  });

  it('speaks English to "my measures" from an English Teams', async () => {
    const english = testUser({ name: 'Bo Berg', email: f.email('bo'), locale: 'en-GB', id: people.bo!.id, aadObjectId: people.bo!.aadObjectId });
    await bot.post(messageActivity(english, 'my measures', bot.serviceUrl));
    expect(cardText(bot.connector.cards()[0])).toContain('Your measures');
  });

  it('opens the status card for the owner from "Rapportera", refreshing for her', async () => {
    await bot.post(messageActivity(people.anna!, 'mina åtgärder', bot.serviceUrl));
    const [list] = bot.connector.cards();
    const report = actionTitled(list, 'Rapportera');
    annaCard = await invoke(people.anna!, { verb: report.verb, data: report.data });
    expect(cardText(annaCard)).toContain('Rapportera status');
    expect(annaCard.refresh.userIds).toEqual([people.anna!.id]);
    expect(annaCard.actions[0].data).toMatchObject({ measureId: f.measureId, basedOnSeq: 0, planRevision: 1 });
  });

  it('asks for a comment for "Risk för försening" and keeps what was filled in; nothing is stored', async () => {
    const again = await invoke(people.anna!, clickData(annaCard, 'Skicka', { status: 'at_risk', comment: '', indicator0: '64 %' }));
    expect(cardText(again)).toContain('Skriv en kommentar – den behövs för Risk för försening.');
    expect(inputValue(again, 'indicator0')).toBe('64 %');
    expect(inputValue(again, 'status')).toBe('at_risk');
    expect(await rows()).toHaveLength(0);
  });

  it('records the status and replaces the card with the receipt', async () => {
    const receipt = await invoke(people.anna!, clickData(annaCard, 'Skicka', { status: 'at_risk', comment: 'Leverantören är sen', indicator0: '64 %' }));
    expect(cardText(receipt)).toContain('Tack! Status för 2.3 registrerad.');
    expect(cardText(receipt)).toContain('Leverantören är sen');
    expect(actionTitled(receipt, 'Ändra').verb).toBe(verbs.statusEdit);
    expect(await rows()).toMatchObject([{ seq: 1, status: 'at_risk', comment: 'Leverantören är sen', recorded_as: 'owner' }]);
  });

  it('answers a retried invoke with the same receipt and stores nothing twice', async () => {
    const retried = await invoke(people.anna!, clickData(annaCard, 'Skicka', { status: 'at_risk', comment: 'Leverantören är sen', indicator0: '64 %' }));
    expect(cardText(retried)).toContain('redan registrerad – inget nytt sparades');
    expect(await rows()).toHaveLength(1);
  });

  it('says a replayed old card is out of date, shows the current state and changes nothing', async () => {
    const replay = await invoke(people.anna!, clickData(annaCard, 'Skicka', { status: 'done' }));
    const text = cardText(replay);
    expect(text).toContain('Kortet är inte längre aktuellt');
    expect(text).toContain('Anna Andersson rapporterade status för 2.3');
    expect(text).toContain('Risk för försening');
    expect(await rows()).toHaveLength(1);
  });

  it('tells a second owner whose card is out of date, and lets him record anyway from the current state', async () => {
    const boCard = annaCard; // the same card, as if it had reached Bo before Anna reported
    const stale = await invoke(people.bo!, clickData(boCard, 'Skicka', { status: 'on_track' }));
    expect(cardText(stale)).toContain('Kortet är inte längre aktuellt');
    expect(inputValue(stale, 'status')).toBe('on_track');
    const recorded = await invoke(people.bo!, clickData(stale, 'Registrera min status', { status: 'on_track' }));
    expect(cardText(recorded)).toContain('Tack! Status för 2.3 registrerad.');
    expect((await rows()).map((r) => [r.seq, r.status])).toEqual([
      [1, 'at_risk'],
      [2, 'on_track'],
    ]);
  });

  it('keeps the current status when the owner chooses to', async () => {
    const stale = await invoke(people.anna!, clickData(annaCard, 'Skicka', { status: 'done' }));
    const kept = await invoke(people.anna!, clickData(stale, 'Behåll nuvarande'));
    expect(cardText(kept)).toContain('Inget har ändrats.');
    expect(await rows()).toHaveLength(2);
  });

  it('refuses a stranger who submits an owner’s card, politely and without storing anything', async () => {
    const refused = await invoke(people.eva!, clickData(annaCard, 'Skicka', { status: 'done' }));
    expect(cardText(refused)).toContain('Du kan inte rapportera status för den här åtgärden');
    expect(cardText(refused)).toContain('Inget har sparats.');
    expect(cardText(refused)).not.toMatch(/2\.3|Införa rutin|Enhet för/);
    expect(await rows()).toHaveLength(2);
    expect(bot.logs.text).toContain('"code":"not_owner"');
  });

  it('refuses a plan reader too, but lets them see the history', async () => {
    const refused = await invoke(people.david!, clickData(annaCard, 'Skicka', { status: 'done' }));
    expect(cardText(refused)).toContain('Du kan inte rapportera status för den här åtgärden');
    const history = await invoke(people.david!, clickData(refused, 'Historik'));
    expect(cardText(history)).toContain('Historik för 2.3');
    expect(cardText(history)).toContain('Leverantören är sen');
    expect(await rows()).toHaveLength(2);
  });

  it('shows the list again from "Mina åtgärder" on a card, in place', async () => {
    const list = await invoke(people.anna!, clickData(annaCard, 'Mina åtgärder'));
    expect(cardText(list)).toContain('Du är ansvarig för 2 åtgärder.');
    const empty = await invoke(people.eva!, { verb: verbs.myMeasures, data: { page: 3 } });
    expect(cardText(empty)).toContain('Du är inte ansvarig för någon åtgärd');
  });

  it('does not show the current status to a stranger who presses "Behåll nuvarande"', async () => {
    const card = await invoke(people.eva!, { verb: verbs.statusKeep, data: { measureId: f.measureId } });
    expect(cardText(card)).toContain('Du kan inte rapportera status för den här åtgärden');
    expect(cardText(card)).not.toContain('Leverantören är sen');
  });

  it('does not show the history or a refreshed card to a stranger', async () => {
    const history = await invoke(people.eva!, { verb: verbs.statusHistory, data: { measureId: f.measureId } });
    expect(cardText(history)).toContain('inte behörighet');
    const refreshed = await invoke(people.eva!, { verb: verbs.statusRefresh, data: annaCard.refresh.action.data });
    expect(cardText(refreshed)).toContain('Du kan inte rapportera status för den här åtgärden');
    expect(cardText(refreshed)).not.toMatch(/2\.3|Införa rutin|Enhet för/);
    const opened = await invoke(people.eva!, { verb: verbs.statusOpen, data: { measureId: f.measureId } });
    expect(cardText(opened)).toContain('Du kan inte rapportera status för den här åtgärden');
    expect(cardText(opened)).not.toMatch(/2\.3|Införa rutin|Enhet för/);
    const edit = await invoke(people.eva!, { verb: verbs.statusEdit, data: { measureId: f.measureId } });
    expect(cardText(edit)).not.toMatch(/2\.3|Införa rutin|Enhet för/);
  });

  it('lets the coordinator report for an owner, and the history says so', async () => {
    const card = await openCard(people.cecilia!);
    expect(cardText(card)).toContain('Du är samordnare för planen');
    const receipt = await invoke(people.cecilia!, clickData(card, 'Skicka', { status: 'on_track', onBehalfOf: f.bo }));
    expect(cardText(receipt)).toContain('Cecilia Carlsson (samordnare) för Bo Berg');
    expect((await rows())[2]).toMatchObject({ recorded_by: f.coordinator, on_behalf_of: f.bo, recorded_as: 'coordinator' });
  });

  it('fills in "Ändra" with the latest status; sending it adds a row', async () => {
    const receipt = await invoke(people.anna!, { verb: verbs.statusEdit, data: { measureId: f.measureId } });
    expect(inputValue(receipt, 'status')).toBe('on_track');
    const corrected = await invoke(people.anna!, clickData(receipt, 'Skicka', { status: 'done', comment: '' }));
    expect(cardText(corrected)).toContain('Tack! Status för 2.3 registrerad.');
    expect(await rows()).toHaveLength(4);
  });

  it('asks for a comment before a done measure is reopened', async () => {
    const card = await openCard(people.anna!);
    const again = await invoke(people.anna!, clickData(card, 'Skicka', { status: 'on_track' }));
    expect(cardText(again)).toContain('Åtgärden är markerad som Klar. Skriv en kommentar om varför den öppnas igen.');
    expect(await rows()).toHaveLength(4);
  });

  describe('refresh', () => {
    it('gives back the same form while nothing has changed', async () => {
      const card = await openCard(people.anna!, f.continuousId);
      const refreshed = await invoke(people.anna!, { verb: verbs.statusRefresh, data: card.refresh.action.data });
      expect(refreshed.actions[0].data).toEqual(card.actions[0].data);
      expect(cardText(refreshed)).not.toContain('uppdaterat');
    });

    it('updates the form when someone else has reported since, saying who', async () => {
      const card = await openCard(people.anna!, f.continuousId);
      const other = await openCard(people.bo!, f.continuousId);
      await invoke(people.bo!, clickData(other, 'Skicka', { status: 'on_track' }));
      const refreshed = await invoke(people.anna!, { verb: verbs.statusRefresh, data: card.refresh.action.data });
      expect(cardText(refreshed)).toContain('Kortet är uppdaterat: Bo Berg rapporterade Pågår enligt plan');
      expect(refreshed.actions[0].data.basedOnSeq).toBe(1);
    });

    it('turns a form that was sent into its receipt', async () => {
      const card = await openCard(people.anna!, f.continuousId);
      await invoke(people.anna!, clickData(card, 'Skicka', { status: 'at_risk', comment: 'Budgeten är osäker' }));
      const refreshed = await invoke(people.anna!, { verb: verbs.statusRefresh, data: card.refresh.action.data });
      expect(cardText(refreshed)).toContain('Tack! Status för 1.1 registrerad.');
    });
  });

  describe('tampered and broken submits', () => {
    it('says so when the measure does not exist, and changes nothing', async () => {
      const data = { ...clickData(annaCard, 'Skicka', { status: 'done' }).data, measureId: '7d3f0a5e-0000-4000-8000-00000000dead' };
      const card = await invoke(people.anna!, { verb: verbs.statusSubmit, data });
      expect(cardText(card)).toContain('Jag hittar inte den åtgärden');
    });

    it.each([
      ['a measure id that is no id', { measureId: "1' or '1'='1" }],
      ['a seq that is no number', { basedOnSeq: 'many' }],
      ['a forged nonce', { nonce: '<script>' }],
      ['a status that does not exist', { status: 'hacked' }],
      ['a comment that is no text', { comment: { html: '<b>x</b>' } }],
      ['an indicator value that is no text', { indicator0: 42 }],
    ])('answers %s with a clear card and changes nothing', async (_label, patch) => {
      const before = (await rows()).length;
      const card = await invoke(people.anna!, { verb: verbs.statusSubmit, data: { ...clickData(annaCard, 'Skicka', { status: 'done' }).data, ...patch } });
      expect(cardText(card)).toContain('Det du skickade gick inte att läsa, så inget har ändrats.');
      expect(await rows()).toHaveLength(before);
    });

    it('shows a 100 kB comment’s problem on the card, shortened, and stores nothing', async () => {
      const before = (await rows()).length;
      const card = await openCard(people.anna!);
      const again = await invoke(people.anna!, clickData(card, 'Skicka', { status: 'at_risk', comment: 'å'.repeat(100_000) }));
      expect(cardText(again)).toContain('Kommentaren är för lång (högst 2000 tecken)');
      expect(await rows()).toHaveLength(before);
    });

    it('stores script and HTML as text and shows it as text', async () => {
      const card = await openCard(people.anna!);
      const comment = '<script>alert("x")</script> [länk](https://evil.example)';
      const receipt = await invoke(people.anna!, clickData(card, 'Skicka', { status: 'at_risk', comment }));
      expect((await rows()).at(-1)!.comment).toBe(comment);
      const runs = JSON.stringify(receipt);
      expect(runs).toContain(JSON.stringify({ type: 'TextRun', text: comment }));
    });
  });

  it('handles the Action.Submit fallback the same way, replacing the card it came from', async () => {
    const card = await openCard(people.anna!, f.continuousId);
    const submit = card.actions[0];
    const value = { ...submit.fallback.data, status: 'at_risk', comment: 'Via Action.Submit' };
    await bot.post(messageActivity(people.anna!, '', bot.serviceUrl, { value, replyToId: 'reminder-card-7' }));
    const [update] = bot.connector.sent();
    expect(update!.method).toBe('PUT');
    expect(update!.activityId).toBe('reminder-card-7');
    expect(cardText(update!.body.attachments[0].content)).toContain('Tack! Status för 1.1 registrerad.');
  });

  it('builds the status card for the reminders feature, per person', async () => {
    const forAnna = await statusCardFor(bot.running.app, { measureId: f.measureId, personId: f.anna, intro: 'Påminnelse: 2.3 ska vara klar 31 oktober.' });
    expect(forAnna).toMatchObject({ canRecord: true, locale: 'sv' });
    expectValidCard(forAnna.card);
    expect(cardText(forAnna.card)).toContain('Påminnelse: 2.3 ska vara klar 31 oktober.');
    expect(forAnna.card.refresh).toMatchObject({ userIds: [people.anna!.id] });
    const forEva = await statusCardFor(bot.running.app, { measureId: f.measureId, personId: f.stranger });
    expect(forEva.canRecord).toBe(false);
    expect(cardText(forEva.card)).toContain('Du kan inte rapportera');
  });

  it('never writes comments, names or e-mail addresses to the log', () => {
    for (const secret of ['Leverantören är sen', 'Anna Andersson', f.email('anna'), 'Budgeten är osäker', '<script>']) expect(bot.logs.text).not.toContain(secret);
  });
});
