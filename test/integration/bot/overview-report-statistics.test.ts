import { randomBytes } from 'node:crypto';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verbs } from '../../../cards/verbs.js';
import { overviewTabRoutes } from '../../../web/overview-tab-routes.js';
import { reportDownloadRoutes } from '../../../web/report-download-routes.js';
import { tabAuthRoutes } from '../../../web/tab-sign-in.js';
import { ensurePersonByEmail } from '../../../src/directory/people-repository.js';
import { FixedClock } from '../../../src/ports/clock.js';
import type { ReportCategory } from '../../../src/reports/categories.js';
import { ReportCrypto } from '../../../src/reports/crypto/report-crypto.js';
import { submitNamedReport } from '../../../src/reports/submit-report.js';
import { cardInvoke, messageActivity, testUser, type TestUser } from '../../helpers/activities.js';
import { BotDriver } from '../../helpers/bot-driver.js';
import { cardText } from '../../helpers/cards.js';
import { dialects, type TestDatabase } from '../../helpers/databases.js';
import { fakeTabViewer } from '../../helpers/fake-tab-viewer.js';
import { seedNorrtalje, type NorrtaljeScenario } from '../../helpers/norrtalje-scenario.js';

const units = ['Socialtjänst', 'Vård och omsorg'];

/**
 * The k-suppressed report statistics reach the chat overview, the dashboard
 * tab and the committee report through the composition root, counted over
 * the plan's whole quarters up to the as-of day.
 */
describe.each(dialects)('report statistics in the plan overview ($name)', ({ create }) => {
  let database: TestDatabase;
  let s: NorrtaljeScenario;
  let bot: BotDriver;
  let anna: TestUser;

  async function report(on: string, unit: string, categories: ReportCategory[]) {
    const clock = new FixedClock(`${on}T10:00:00Z`);
    const deps = { db: database.db, clock, crypto: new ReportCrypto(randomBytes(32)), timeZone: 'Europe/Stockholm', config: { handlerIds: [], escalationIds: [], units, retentionDays: 730, notifyTimes: ['08:00'], release: 'batch' as const, localReleaseSeconds: 60, powBits: 14, writeCadenceMs: 15_000 } };
    const person = await ensurePersonByEmail(database.db, 'named@norrtalje.example', clock.now().toISOString());
    await submitNamedReport(deps, { draft: { categories, subject: 'self', unit, happenedMonth: null, ongoing: null, text: 'x', wantsContact: false }, reporterPersonId: person.id, submissionKey: randomBytes(8).toString('hex') });
  }

  beforeAll(async () => {
    database = await create();
    s = await seedNorrtalje(database.db);
    // Before the plan (2024-Q1): not counted. In the plan's time: 7 in Q3 and 6 in Q4 2024. The running quarter (2025-Q1): not yet counted.
    for (let i = 0; i < 3; i++) await report('2024-02-10', 'Socialtjänst', ['threat']);
    for (let i = 0; i < 7; i++) await report('2024-08-12', 'Socialtjänst', ['threat']);
    for (let i = 0; i < 6; i++) await report('2024-11-20', i < 5 ? 'Vård och omsorg' : 'Socialtjänst', ['bribery']);
    for (let i = 0; i < 2; i++) await report('2025-02-03', 'Socialtjänst', ['threat']);
    await database.db.updateTable('reports').set({ notified: 1 }).execute();
    bot = await BotDriver.start(database, {
      clock: s.clock,
      mounters: [tabAuthRoutes, overviewTabRoutes(fakeTabViewer), reportDownloadRoutes],
      env: { PUBLIC_URL: 'http://tillit.test', TILLIT_REPORT_UNITS: units.join(';') },
    });
    anna = testUser({ name: 'Anna Andersson', email: 'anna.andersson@norrtalje.example' });
    bot.knowUser(anna);
  });
  afterAll(async () => {
    await bot?.stop();
    await database?.destroy();
  });

  it('shows them on the chat overview, from the plan’s start to the last whole quarter', async () => {
    await bot.post(messageActivity(anna, 'status', bot.serviceUrl));
    const text = cardText(bot.connector.cards()[0]);
    expect(text).toContain('Anmälningar om otillåten påverkan');
    expect(text).toContain('Totalt: **13**');
    // The two numbers, and the nine small categories gathered rather than listed one by one.
    expect(text).toContain('Per kategori: Hot 7 · Mutor 6 · övriga <5');
    expect(text).toContain('Per enhet: Socialtjänst 8 · Vård och omsorg 5');
    expect(text).toContain('Per kvartal: Q3 2024 7 · Q4 2024 6');
    expect(text).toContain('Avidentifierad statistik för hela kvartal, 1 apr. 2024–31 dec. 2024');
  });

  it('shows the same numbers on the dashboard tab', async () => {
    const res = await fetch(`${bot.baseUrl}/oversikt/innehall`, { headers: { authorization: `Bearer test-${s.people.anna}` } });
    const page = await res.text();
    expect(page).toContain('id="report-statistics"');
    expect(page).toContain('Totalt: <b>13</b>');
    expect(page).toContain('Per kvartal: Q3 2024 7 · Q4 2024 6');
  });

  it('puts them in the committee report', async () => {
    const res = await bot.post(cardInvoke(anna, verbs.overviewReport, { planId: s.planId }, bot.serviceUrl));
    const word = (res.body.value.actions as any[]).find((a) => a.type === 'Action.OpenUrl').url as string;
    const docx = await fetch(`${bot.baseUrl}${new URL(word).pathname}${new URL(word).search}`);
    const xml = await (await JSZip.loadAsync(Buffer.from(await docx.arrayBuffer()))).file('word/document.xml')!.async('string');
    expect(xml).toContain('Anmälningar om otillåten påverkan');
    expect(xml).toContain('Per enhet: Vård och omsorg');
  });

  it('counts as on an earlier day: as of 31 October 2024 only the third quarter is whole', async () => {
    bot.connector.clear();
    await bot.post(messageActivity(anna, 'status per 2024-10-31', bot.serviceUrl));
    const text = cardText(bot.connector.cards()[0]);
    expect(text).toContain('Totalt: **7**');
    expect(text).toContain('Per kategori: Hot 7 · övriga <5');
    expect(text).toContain('Per kvartal: Q3 2024 7');
  });
});
