import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ReportWorker } from '../../../app/report-worker.js';
import { verbs } from '../../../cards/verbs.js';
import { findPersonByIdentity } from '../../../src/directory/people-repository.js';
import { FixedClock } from '../../../src/ports/clock.js';
import { cardInvoke, installationUpdate, messageActivity, testUser } from '../../helpers/activities.js';
import type { BotDriver } from '../../helpers/bot-driver.js';
import { cardText, expectValidCard } from '../../helpers/cards.js';
import { CaseApi } from '../../helpers/case-api.js';
import { dialects, type TestDatabase } from '../../helpers/databases.js';
import { FakeEntra } from '../../helpers/fake-entra.js';
import { handlerIds, startReportApp } from '../../helpers/report-app.js';

const namedReport = { categories: 'harassment,insult', subject: 'self', unit: 'Vård och omsorg', month: '2026-11', ongoing: 'yes', text: 'En anhörig skriker åt mig varje vecka.', contact: 'yes' };

describe.each(dialects)('reporting from the chat ($name)', ({ create }) => {
  let database: TestDatabase;
  let bot: BotDriver;
  let worker: ReportWorker;
  let entra: FakeEntra;
  let api: CaseApi;
  const clock = new FixedClock('2026-11-23T09:00:00Z');
  const countRows = async (table: 'people' | 'conversations') => Number((await database.db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirst())?.n ?? 0);

  beforeAll(async () => {
    database = await create();
    entra = await new FakeEntra().start();
    ({ bot, worker } = await startReportApp(database, { clock, env: entra.env() }));
    api = new CaseApi(bot.baseUrl, await entra.token(handlerIds[0]!, { name: 'Cecilia Carlsson' }));
  });
  afterAll(async () => {
    await bot?.stop();
    await entra?.stop();
    await database?.destroy();
  });
  beforeEach(() => bot.connector.clear());

  it('answers "anmäl" with the form link and QR code, and stores and logs nothing of who asked', async () => {
    const stranger = testUser({ name: 'Kanarie Kanariesson', email: 'kanarie.kanariesson@kommun.example' });
    bot.knowUser(stranger);
    const people = await countRows('people');
    const conversations = await countRows('conversations');
    for (const text of ['anmäl', 'Rapportera påverkan', 'report influence']) {
      const res = await bot.post(messageActivity(stranger, text, bot.serviceUrl));
      expect(res.status).toBe(200);
    }
    const cards = bot.connector.cards();
    expect(cards).toHaveLength(3);
    cards.forEach(expectValidCard);
    expect(JSON.stringify(cards[0])).toContain('https://tillit.test/anmalan');
    expect(JSON.stringify(cards[0])).toContain('data:image/png;base64,');
    expect(cards.every((c) => cardText(c).includes('Anmäl otillåten påverkan'))).toBe(true);
    expect(await countRows('people')).toBe(people);
    expect(await countRows('conversations')).toBe(conversations);
    expect(await findPersonByIdentity(database.db, { aadObjectId: stranger.aadObjectId })).toBeUndefined();
    for (const canary of [stranger.aadObjectId, stranger.id, 'Kanarie', 'kanarie.kanariesson']) expect(bot.logs.text).not.toContain(canary);
    expect(bot.connector.calls.filter((c) => c.path.includes('/members/'))).toHaveLength(0);
  });

  it('logs nothing at all from an "anmäl" turn whose reply fails: no activity id, no time, no request line', async () => {
    const before = bot.logs.lines.length;
    bot.connector.policy = (call) => (call.method === 'POST' && call.path.includes('/activities') ? { status: 403 } : undefined);
    try {
      const activity = messageActivity(testUser(), 'anmäl', bot.serviceUrl);
      const res = await bot.post(activity);
      expect(res.status).toBeLessThan(500);
      expect(bot.connector.calls.length).toBeGreaterThan(0);
      const written = bot.logs.lines.slice(before);
      expect(written).toEqual([]);
      expect(bot.logs.text).not.toContain(activity.id);
    } finally {
      bot.connector.policy = () => undefined;
    }
    // An ordinary turn is still logged.
    await bot.post(messageActivity(testUser(), 'hjälp', bot.serviceUrl));
    expect(bot.logs.lines.length).toBeGreaterThan(before);
  });

  it('answers "anmäl" in a channel without offering a named report there', async () => {
    const user = testUser();
    await bot.post(messageActivity(user, 'anmäl', bot.serviceUrl, { scope: { kind: 'channel', teamId: '19:t', channelId: '19:c@thread.tacv2' }, mention: true }));
    const [card] = bot.connector.cards();
    expect(JSON.stringify(card)).not.toContain(verbs.reportNamedStart);
  });

  it('takes a named report from the card, keeping the identity on purpose and showing it to handlers only', async () => {
    const eva = testUser({ name: 'Eva Ek', email: 'eva.ek@kommun.example' });
    bot.knowUser(eva);
    await bot.post(installationUpdate(eva, 'add', bot.serviceUrl));
    const start = await bot.post(cardInvoke(eva, verbs.reportNamedStart, {}, bot.serviceUrl));
    expectValidCard(start.body.value);
    expect(cardText(start.body.value)).toContain('Du är inte anonym här');
    const key = JSON.stringify(start.body.value).match(/"submissionKey":"([^"]+)"/)![1]!;
    const sent = await bot.post(cardInvoke(eva, verbs.reportNamedSubmit, { ...namedReport, submissionKey: key }, bot.serviceUrl));
    expectValidCard(sent.body.value);
    const reference = cardText(sent.body.value).match(/[A-Z0-9]{3}-[A-Z0-9]{3}/)![0];
    const again = await bot.post(cardInvoke(eva, verbs.reportNamedSubmit, { ...namedReport, submissionKey: key }, bot.serviceUrl));
    expect(cardText(again.body.value)).toContain('redan skickat');
    const rows = await database.db.selectFrom('reports').selectAll().where('kind', '=', 'named').execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]!.content).not.toContain('skriker');
    await worker.tick();
    const list = (await api.list()).body.cases;
    const c = list.find((x: any) => x.reference === reference);
    expect(c.kind).toBe('named');
    const opened = (await api.open(c.id)).body.case;
    expect(opened.reporter).toEqual({ name: 'Eva Ek', email: 'eva.ek@kommun.example' });
    expect(opened.text).toBe('En anhörig skriker åt mig varje vecka.');
  });

  it('gives the named card back with what was typed when something is missing', async () => {
    const user = testUser();
    const res = await bot.post(cardInvoke(user, verbs.reportNamedSubmit, { ...namedReport, subject: '', submissionKey: 'k-missing' }, bot.serviceUrl));
    expectValidCard(res.body.value);
    expect(cardText(res.body.value)).toContain('Välj vem det riktades mot.');
    expect(JSON.stringify(res.body.value)).toContain('En anhörig skriker');
  });

  it('delivers a handler’s message to the named reporter’s chat, and takes the answer from the card', async () => {
    const c = (await api.list()).body.cases.find((x: any) => x.kind === 'named');
    await api.act(c.id, 'write', { kind: 'acknowledgement', text: 'Tack Eva. Vill du att vi ringer dig?' });
    bot.connector.clear();
    await worker.tick();
    const [card] = bot.connector.cards();
    expectValidCard(card);
    expect(cardText(card)).toContain('Vill du att vi ringer dig?');
    const key = JSON.stringify(card).match(/"submissionKey":"([^"]+)"/)![1]!;
    const eva = (await database.db.selectFrom('people').selectAll().where('display_name', '=', 'Eva Ek').executeTakeFirst())!;
    const evaUser = testUser({ id: eva.teams_user_id!, aadObjectId: eva.aad_object_id!, name: 'Eva Ek' });
    const answered = await bot.post(cardInvoke(evaUser, verbs.reportNamedAnswer, { reportId: c.id, submissionKey: key, text: 'Ja, gärna.' }, bot.serviceUrl));
    expect(cardText(answered.body.value)).toContain('ditt svar');
    const other = testUser();
    const refused = await bot.post(cardInvoke(other, verbs.reportNamedAnswer, { reportId: c.id, submissionKey: 'x', text: 'Jag är inte Eva' }, bot.serviceUrl));
    expect(cardText(refused.body.value)).toContain('Bara den som gjorde anmälan');
    clock.advance(5 * 3600 * 1000);
    await worker.tick();
    expect((await api.open(c.id)).body.case.messages.map((m: any) => m.text)).toEqual(['Tack Eva. Vill du att vi ringer dig?', 'Ja, gärna.']);
  });
});
