import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReportWorker } from '../../../app/report-worker.js';
import { ConfigError, loadConfig } from '../../../src/config/load-config.js';
import { FixedClock } from '../../../src/ports/clock.js';
import { installationUpdate, testUser } from '../../helpers/activities.js';
import type { BotDriver } from '../../helpers/bot-driver.js';
import { cardText } from '../../helpers/cards.js';
import { CaseApi } from '../../helpers/case-api.js';
import { dialects, type TestDatabase } from '../../helpers/databases.js';
import { FakeEntra } from '../../helpers/fake-entra.js';
import { handlerIds, startReportApp } from '../../helpers/report-app.js';
import { reportFields, type ReportClient } from '../../helpers/report-client.js';

const [cecilia] = handlerIds as [string, string];

describe.each(dialects)('trying the report channel locally ($name)', ({ create }) => {
  let database: TestDatabase;
  let bot: BotDriver;
  let client: ReportClient;
  let worker: ReportWorker;
  let entra: FakeEntra;
  let api: CaseApi;
  const user = testUser({ aadObjectId: cecilia, name: 'Cecilia Carlsson' });
  // Monday 23 November 2026, 19:26 in Stockholm: long after the last batch time of the day.
  const clock = new FixedClock('2026-11-23T18:26:00Z');

  beforeAll(async () => {
    database = await create();
    entra = await new FakeEntra().start();
    ({ bot, client, worker } = await startReportApp(database, { clock, env: { ...entra.env(), TILLIT_REPORT_RELEASE: 'immediate' } }));
    bot.knowUser(user);
    await bot.post(installationUpdate(user, 'add', bot.serviceUrl));
    api = new CaseApi(bot.baseUrl, await entra.token(cecilia, { name: 'Cecilia Carlsson' }));
    await worker.tick(); // the catch-up round after start
    bot.connector.clear();
  });
  afterAll(async () => {
    await bot?.stop();
    await entra?.stop();
    await database?.destroy();
  });

  it('shows a report made at 19:26 to the handlers at the next minute, not at 08:00 the next day', async () => {
    const { code } = await client.report(reportFields({ categories: ['threat'], text: 'Lokalt prov' }));
    expect((await api.list()).body.cases).toEqual([]);
    clock.set('2026-11-23T18:27:00Z');
    await worker.tick();
    expect((await api.list()).body.cases).toHaveLength(1);
    expect(cardText(bot.connector.cards(`a:personal-${user.id}`)[0])).toContain('Ny anmälan mottagen, kategori hot');

    const id = (await api.list()).body.cases[0].id;
    const inbox = await client.openInbox(code!);
    await client.answer(inbox.session!, inbox.token!, 'Ett tillägg');
    clock.set('2026-11-23T18:28:00Z');
    await worker.tick();
    expect(JSON.stringify((await api.open(id)).body)).toContain('Ett tillägg');
  });

  it('tells the reporter, on the form, the receipt and after an answer, that it is the local mode and how production differs', async () => {
    const form = await client.get('/anmalan');
    expect(form.html).toContain('Lokalt läge: rapportmottagarna ser nya anmälningar inom en minut. I drift ser de dem först vid fasta tider (08:00, 13:00)');
    const receipt = await client.report(reportFields({ text: 'Ett lokalt prov till' }));
    expect(receipt.html).toContain('Lokalt läge: rapportmottagarna ser anmälan inom en minut (i drift först vid nästa fasta tid');
    expect(receipt.html).toContain('De ska bekräfta att de har tagit emot den inom 7 dagar, och Tillit påminner dem om det.');
    const inbox = await client.openInbox(receipt.code!);
    const answered = await client.answer(inbox.session!, inbox.token!, 'Ett tillägg till');
    expect(answered.html).toContain('Tack, det är sparat. Lokalt läge: rapportmottagarna ser det inom en minut');
  });

  it('says on the case view that it is the local mode and how production differs', async () => {
    const page = await (await fetch(`${bot.baseUrl}/arenden`)).text();
    expect(page).toContain('Lokalt läge: nya anmälningar och svar visas inom en minut. I drift visas de bara vid de fasta tiderna 08:00, 13:00');
  });
});

describe('the release setting', () => {
  it('keeps batching by default', () => {
    expect(loadConfig({}).reports.release).toBe('batch');
  });

  it('refuses immediate release once Teams credentials are set: in production the batch times protect the reporter', () => {
    expect(() => loadConfig({ TILLIT_REPORT_RELEASE: 'immediate', MICROSOFT_APP_ID: '00000000-0000-4000-8000-000000000001', MICROSOFT_APP_PASSWORD: 'x' })).toThrow(ConfigError);
  });
});
