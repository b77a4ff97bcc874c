import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { verbs } from '../../../cards/verbs.js';
import { reportDownloadRoutes } from '../../../web/report-download-routes.js';
import { cardInvoke, messageActivity, testUser, type TestUser } from '../../helpers/activities.js';
import { BotDriver } from '../../helpers/bot-driver.js';
import { cardText, expectValidCard } from '../../helpers/cards.js';
import { dialects, type TestDatabase } from '../../helpers/databases.js';
import { seedNorrtalje, type NorrtaljeScenario } from '../../helpers/norrtalje-scenario.js';
import { tamperedToken } from '../../helpers/tamper.js';

const channel = { kind: 'channel' as const, teamId: '19:team', channelId: '19:handlingsplan@thread.tacv2' };

function urlsOf(card: any): string[] {
  return (card.actions ?? []).filter((a: any) => a.type === 'Action.OpenUrl').map((a: any) => a.url);
}

describe.each(dialects)('the overview in chat ($name)', ({ create }) => {
  let database: TestDatabase;
  let s: NorrtaljeScenario;
  let bot: BotDriver;
  let anna: TestUser;
  let karin: TestUser;
  let olle: TestUser;

  beforeAll(async () => {
    database = await create();
    s = await seedNorrtalje(database.db);
    bot = await BotDriver.start(database, { clock: s.clock, mounters: [reportDownloadRoutes], env: { PUBLIC_URL: 'http://tillit.test' } });
    anna = testUser({ name: 'Anna Andersson', email: 'anna.andersson@norrtalje.example' });
    karin = testUser({ name: 'Karin Samordnare', email: 'karin.samordnare@norrtalje.example' });
    olle = testUser({ name: 'Olle Obehörig', email: 'olle.obehorig@norrtalje.example' });
    for (const user of [anna, karin, olle]) bot.knowUser(user);
  });
  afterAll(async () => {
    await bot?.stop();
    await database?.destroy();
  });
  beforeEach(() => bot.connector.clear());

  it.each(['status', 'läget', 'status handlingsplan', 'Hur går det med handlingsplanen?'])('answers "%s" from a plan reader with the overview card', async (text) => {
    await bot.post(messageActivity(anna, text, bot.serviceUrl));
    const [card] = bot.connector.cards();
    expectValidCard(card);
    expect(cardText(card)).toContain('Läget måndag 31 mars 2025');
    expect(cardText(card)).toContain('Sista datum har passerats (5)');
  });

  it('refuses someone who reads no plan, politely and without naming it', async () => {
    await bot.post(messageActivity(olle, 'status', bot.serviceUrl));
    const text = cardText(bot.connector.cards()[0]);
    expect(text).toContain('Lägesbilden visas bara för planens läsare');
    expect(text).not.toContain('Norrtälje');
  });

  it('answers "status 2.3" with the measure card and "status Målområde 2" with the goal area', async () => {
    await bot.post(messageActivity(anna, 'status 2.3', bot.serviceUrl));
    await bot.post(messageActivity(anna, 'status Målområde 2', bot.serviceUrl));
    const [measure, area] = bot.connector.cards();
    expectValidCard(measure);
    expect(cardText(measure)).toContain('2.3 Utred förutsättningarna');
    expect(cardText(measure)).toContain('Historik (3)');
    expect(cardText(area)).toContain('Målområde 2: Upptäcka och förebygga');
  });

  it('shows an earlier day when asked "status per 2024-08-31"', async () => {
    await bot.post(messageActivity(anna, 'status per 2024-08-31', bot.serviceUrl));
    expect(cardText(bot.connector.cards()[0])).toContain('Läget per lördag 31 augusti 2024');
  });

  it('says kindly what it can show when the words after "status" make no sense', async () => {
    await bot.post(messageActivity(anna, 'status för ekonomin', bot.serviceUrl));
    expect(cardText(bot.connector.cards()[0])).toContain('Jag förstod inte vad du ville se');
  });

  const notAFault = (text: string) => {
    expect(text).not.toContain('Något gick inte som det skulle');
    expect(text).not.toContain('Referens');
  };

  it('answers "status 9.9" with the measures there are, not with an error', async () => {
    await bot.post(messageActivity(anna, 'status 9.9', bot.serviceUrl));
    const [card] = bot.connector.cards();
    expectValidCard(card);
    const text = cardText(card);
    expect(text).toContain('Det finns ingen åtgärd 9.9 i Socialnämndens handlingsplan');
    expect(text).toContain('Åtgärderna där har nummer från 1.1 till 2.6.');
    notAFault(text);
  });

  it('asks "menade du …?" with a button when the code is one keystroke off', async () => {
    await bot.post(messageActivity(anna, 'status 3.2', bot.serviceUrl));
    const [card] = bot.connector.cards();
    const text = cardText(card);
    expect(text).toContain('Det finns ingen åtgärd 3.2');
    expect(text).toContain('Menade du 1.2, 2.2 eller 2.3?');
    notAFault(text);
    const show = (card as any).actions.find((a: any) => a.title === 'Visa 2.3');
    const opened = await bot.post(cardInvoke(anna, verbs.overviewMeasure, show.data, bot.serviceUrl));
    expect(cardText(opened.body.value)).toContain('2.3 Utred förutsättningarna');
  });

  it('answers an unknown goal area with the goal areas there are', async () => {
    await bot.post(messageActivity(anna, 'status målområde 7', bot.serviceUrl));
    const text = cardText(bot.connector.cards()[0]);
    expect(text).toContain('Det finns inget målområde 7 i Socialnämndens handlingsplan');
    expect(text).toContain('Där finns målområde 1 och 2.');
    notAFault(text);
  });

  it.each(['status per 31 februari 2025', 'status 2025-02-30', 'rapport per 31 februari 2025'])('says plainly that "%s" is no date', async (asked) => {
    await bot.post(messageActivity(anna, asked, bot.serviceUrl));
    const text = cardText(bot.connector.cards()[0]);
    expect(text).toContain('Det datumet finns inte');
    expect(text).toContain('är inget datum som finns i kalendern');
    notAFault(text);
  });

  it.each([
    ['status per 2031-01-01', 'Den 1 januari 2031 har inte kommit än', 'Skriv "status" för läget i dag'],
    ['status per 2025-04-01', 'Den 1 april 2025 har inte kommit än', 'Skriv "status" för läget i dag'],
    ['rapport per 2031-01-01', 'Den 1 januari 2031 har inte kommit än', 'Skriv "rapport" för rapporten med läget i dag'],
    ['rapport per 1 juni 2025', 'Den 1 juni 2025 har inte kommit än', 'Skriv "rapport" för rapporten med läget i dag'],
  ])('answers "%s" calmly: nobody knows yet what the plan will look like then, and no figures', async (asked, title, hint) => {
    await bot.post(messageActivity(anna, asked, bot.serviceUrl));
    const [card] = bot.connector.cards();
    expectValidCard(card);
    const text = cardText(card);
    expect(text).toContain(title);
    expect(text).toContain('Hur läget ser ut då vet ingen ännu');
    expect(text).toContain(hint);
    notAFault(text);
    // No overview, no report links: nothing that looks like the plan on that day.
    expect(text).not.toMatch(/Åtgärder: \d|Word \(\.docx\)/);
  });

  it.each([
    ['the overview', () => verbs.overviewPlan, {}],
    ['a goal area', () => verbs.overviewGoalArea, { number: '2' }],
    ['a measure', () => verbs.overviewMeasure, { code: '2.3' }],
    ['the report links', () => verbs.overviewReport, {}],
  ])('answers a button on a sent card for %s, carrying a day that has not come or does not exist, calmly in place', async (_, verb, extra) => {
    for (const [asOf, words] of [
      ['2031-01-01', 'Den 1 januari 2031 har inte kommit än'],
      ['2025-02-30', 'Det datumet finns inte'],
    ] as const) {
      const res = await bot.post(cardInvoke(anna, verb(), { planId: s.planId, asOf, ...extra }, bot.serviceUrl));
      expect(res.status).toBe(200);
      const card = res.body.value;
      expectValidCard(card);
      expect(cardText(card)).toContain(words);
      notAFault(cardText(card));
    }
  });

  it('answers "rapport" with words it does not understand, or a day before the plan, in terms of "rapport"', async () => {
    await bot.post(messageActivity(anna, 'rapport 2.3', bot.serviceUrl));
    await bot.post(messageActivity(anna, 'rapport per 2024-04-30', bot.serviceUrl));
    const [unclear, early] = bot.connector.cards().map(cardText);
    expect(unclear).toContain('Jag förstod inte vilken rapport du ville ha. Skriv "rapport"');
    expect(early).toContain('Planen var inte beslutad ännu 30 april 2024');
    expect(early).toContain('"rapport per" och ett senare datum');
    for (const text of [unclear!, early!]) notAFault(text);
  });

  it('drills down in place when a goal area or measure is tapped, and refuses an outsider’s tap', async () => {
    const area = await bot.post(cardInvoke(anna, verbs.overviewGoalArea, { planId: s.planId, number: '1' }, bot.serviceUrl));
    expect(cardText(area.body.value)).toContain('Målområde 1: Kompetenshöjande insatser');
    const measure = await bot.post(cardInvoke(anna, verbs.overviewMeasure, { planId: s.planId, code: '1.2', asOf: '2024-10-01' }, bot.serviceUrl));
    expect(cardText(measure.body.value)).toContain('Läget per tisdag 1 oktober 2024');
    const refused = await bot.post(cardInvoke(olle, verbs.overviewMeasure, { planId: s.planId, code: '1.2' }, bot.serviceUrl));
    expect(cardText(refused.body.value)).toContain('Lägesbilden visas bara för planens läsare');
    const tampered = await bot.post(cardInvoke(anna, verbs.overviewMeasure, { planId: s.planId, code: { x: 1 } }, bot.serviceUrl));
    expect(cardText(tampered.body.value)).toContain('gick inte att läsa');
  });

  it('handles the Action.Submit fallback of a drill-down by replacing the card', async () => {
    await bot.post(messageActivity(anna, '', bot.serviceUrl, { value: { verb: verbs.overviewGoalArea, planId: s.planId, number: '2' }, replyToId: 'card-7' }));
    const [update] = bot.connector.sent();
    expect(update!.method).toBe('PUT');
    expect(update!.activityId).toBe('card-7');
    expect(cardText(update!.body.attachments[0].content)).toContain('Målområde 2: Upptäcka och förebygga');
  });

  it('treats a group chat like a channel: not opened there, so the overview goes to the personal chat', async () => {
    await bot.post(messageActivity(anna, 'hej', bot.serviceUrl));
    bot.connector.clear();
    await bot.post(messageActivity(anna, 'läget', bot.serviceUrl, { scope: { kind: 'groupChat', id: '19:samordning@thread.v2' }, mention: true }));
    expect(cardText(bot.connector.cards('19:samordning@thread.v2')[0])).toContain('Lägesbilden visar jag inte här');
    expect(cardText(bot.connector.cards(`a:personal-${anna.id}`)[0])).toContain('Sista datum har passerats (5)');
  });

  describe('the committee report link', () => {
    it('gives a reader Word and Excel links that download the report', async () => {
      const res = await bot.post(cardInvoke(anna, verbs.overviewReport, { planId: s.planId }, bot.serviceUrl));
      expectValidCard(res.body.value);
      const [word, excel] = urlsOf(res.body.value);
      expect(word).toMatch(/^http:\/\/tillit\.test\/rapport\/hamta\?t=/);
      const docx = await fetch(`${bot.baseUrl}${new URL(word!).pathname}${new URL(word!).search}`);
      expect(docx.status).toBe(200);
      expect(docx.headers.get('content-disposition')).toContain('statusrapport-norrtalje-2024-2025-2025-03-31.docx');
      const zip = await JSZip.loadAsync(Buffer.from(await docx.arrayBuffer()));
      expect(await zip.file('word/document.xml')!.async('string')).toContain('Statusrapport');
      const xlsx = await fetch(`${bot.baseUrl}${new URL(excel!).pathname}${new URL(excel!).search}`);
      const book = new ExcelJS.Workbook();
      await book.xlsx.load((await xlsx.arrayBuffer()) as any);
      expect(book.getWorksheet('Åtgärder')!.rowCount).toBe(9);
      // the token is in the query string, which the request log never records
      expect(bot.logs.text).not.toContain(new URL(word!).search.slice(3, 40));
    });

    it('refuses a tampered link, an expired link, and a link whose person lost access', async () => {
      const res = await bot.post(cardInvoke(anna, verbs.overviewReport, { planId: s.planId }, bot.serviceUrl));
      const [word] = urlsOf(res.body.value).map((u) => `${bot.baseUrl}${new URL(u).pathname}${new URL(u).search}`);
      const tampered = new URL(word!);
      tampered.searchParams.set('t', tamperedToken(tampered.searchParams.get('t')!));
      expect((await fetch(tampered)).status).toBe(400);
      s.clock.advance(16 * 60_000);
      try {
        const expired = await fetch(word!);
        expect(expired.status).toBe(410);
        expect(await expired.text()).toContain('Länken har gått ut');
      } finally {
        s.clock.set('2025-03-31T08:00:00.000Z');
      }
      await database.db.deleteFrom('plan_roles').where('person_id', '=', s.people.anna).execute();
      try {
        expect((await fetch(word!)).status).toBe(403);
      } finally {
        await database.db.insertInto('plan_roles').values({ plan_id: s.planId, person_id: s.people.anna, role: 'reader', created_at: '2024-05-02T09:00:00.000Z' }).execute();
      }
    });

    it('gives no links to someone who reads no plan', async () => {
      const res = await bot.post(cardInvoke(olle, verbs.overviewReport, { planId: s.planId }, bot.serviceUrl));
      expect(urlsOf(res.body.value)).toEqual([]);
      expect(cardText(res.body.value)).toContain('Lägesbilden visas bara för planens läsare');
    });
  });

  describe('in a team channel', () => {
    const annaPersonal = () => `a:personal-${anna.id}`;

    it('does not show a reader the overview where the plan is not opened, and sends it privately instead', async () => {
      await bot.post(messageActivity(anna, 'hej', bot.serviceUrl));
      bot.connector.clear();
      await bot.post(messageActivity(anna, 'status', bot.serviceUrl, { scope: channel, mention: true }));
      const inChannel = bot.connector.cards(`${channel.channelId};messageid=1`);
      expect(inChannel).toHaveLength(1);
      expect(cardText(inChannel[0])).toContain('Lägesbilden visar jag inte här');
      expect(cardText(inChannel[0])).toContain('Jag har skickat lägesbilden till dig i vår privata chatt.');
      expect(cardText(inChannel[0])).not.toContain('Sista datum har passerats');
      expect(cardText(bot.connector.cards(annaPersonal())[0])).toContain('Sista datum har passerats (5)');
    });

    it('refuses an outsider in the channel with the same polite card', async () => {
      await bot.post(messageActivity(olle, 'status', bot.serviceUrl, { scope: channel, mention: true }));
      expect(cardText(bot.connector.cards()[0])).toContain('Lägesbilden visas bara för planens läsare');
    });

    it('lets the coordinator open the plan there; then readers get the overview in the channel', async () => {
      await bot.post(messageActivity(karin, 'visa läget här', bot.serviceUrl, { scope: channel, mention: true }));
      expect(cardText(bot.connector.cards()[0])).toContain('Inte öppnad här');
      const opened = await bot.post({ ...cardInvoke(karin, verbs.overviewOpen, { planId: s.planId, open: true }, bot.serviceUrl), conversation: { id: `${channel.channelId};messageid=1`, conversationType: 'channel', isGroup: true }, channelData: { tenant: { id: 't' }, team: { id: channel.teamId }, channel: { id: channel.channelId } } });
      expect(cardText(opened.body.value)).toContain('Öppnad här');
      bot.connector.clear();
      await bot.post(messageActivity(anna, 'status', bot.serviceUrl, { scope: channel, mention: true }));
      expect(cardText(bot.connector.cards(`${channel.channelId};messageid=1`)[0])).toContain('Sista datum har passerats (5)');
      await bot.post(messageActivity(olle, 'status', bot.serviceUrl, { scope: channel, mention: true }));
      expect(cardText(bot.connector.cards().at(-1))).toContain('Lägesbilden visas bara för planens läsare');
    });

    it('never posts report links in the channel, even where the plan is opened', async () => {
      await bot.post(messageActivity(anna, 'rapport', bot.serviceUrl, { scope: channel, mention: true }));
      const inChannel = bot.connector.cards(`${channel.channelId};messageid=1`);
      expect(inChannel.flatMap(urlsOf)).toEqual([]);
      expect(cardText(inChannel[0])).toContain('Jag har skickat länkarna till rapporten till dig i vår privata chatt.');
      expect(urlsOf(bot.connector.cards(annaPersonal())[0])).toHaveLength(2);
    });

    it('does not let a reader who is not coordinator open a plan', async () => {
      const res = await bot.post({ ...cardInvoke(anna, verbs.overviewOpen, { planId: s.planId, open: false }, bot.serviceUrl), conversation: { id: '19:other;messageid=1', conversationType: 'channel', isGroup: true }, channelData: { tenant: { id: 't' }, team: { id: 't' }, channel: { id: '19:other' } } });
      expect(cardText(res.body.value)).toContain('Bara planens samordnare');
    });
  });

  it('answers calmly that the plan was not yet decided for a day before it, not with an error', async () => {
    bot.connector.clear();
    await bot.post(messageActivity(karin, 'status per 2024-04-30', bot.serviceUrl));
    const card = bot.connector.cards(`a:personal-${karin.id}`)[0];
    expectValidCard(card);
    const text = cardText(card);
    expect(text).toContain('Planen var inte beslutad ännu 30 april 2024');
    expect(text).toContain('Den beslutades 22 maj 2024. Den gäller från 1 maj 2024.');
    expect(text).not.toMatch(/Referens|Något gick/);
  });

  it('logs no names, e-mails or plan contents', () => {
    for (const canary of ['Anna Andersson', 'anna.andersson@', 'Utred förutsättningarna', 'RPA-leverantören']) expect(bot.logs.text).not.toContain(canary);
  });
});
