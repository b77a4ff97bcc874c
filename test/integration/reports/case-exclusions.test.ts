import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReportWorker } from '../../../app/report-worker.js';
import { FixedClock } from '../../../src/ports/clock.js';
import type { BotDriver } from '../../helpers/bot-driver.js';
import { CaseApi } from '../../helpers/case-api.js';
import { dialects, type TestDatabase } from '../../helpers/databases.js';
import { FakeEntra } from '../../helpers/fake-entra.js';
import { handlerIds, startReportApp } from '../../helpers/report-app.js';
import { reportFields, type ReportClient } from '../../helpers/report-client.js';

const [cecilia, david] = handlerIds as [string, string];
const eva = '5e1a7e57-0000-4000-8000-000000000a05';

/**
 * Conflict of interest (jäv) among three handlers: Cecilia, David and Eva.
 * An exclusion works at once, but no handler can quietly keep a case to
 * themselves: everyone sees it, another handler can lift it, and the one it
 * excludes still sees that the case exists, who excluded them and when.
 */
describe.each(dialects)('conflicts of interest on a case ($name)', ({ create }) => {
  let database: TestDatabase;
  let bot: BotDriver;
  let client: ReportClient;
  let worker: ReportWorker;
  let entra: FakeEntra;
  let asCecilia: CaseApi;
  let asDavid: CaseApi;
  let asEva: CaseApi;
  let caseId: string;
  const clock = new FixedClock('2026-11-23T09:00:00Z');

  beforeAll(async () => {
    database = await create();
    entra = await new FakeEntra().start();
    ({ bot, client, worker } = await startReportApp(database, { clock, env: { ...entra.env(), TILLIT_REPORT_HANDLERS: [cecilia, david, eva].join(',') } }));
    asCecilia = new CaseApi(bot.baseUrl, await entra.token(cecilia, { name: 'Cecilia Carlsson' }));
    asDavid = new CaseApi(bot.baseUrl, await entra.token(david, { name: 'David Dahl' }));
    asEva = new CaseApi(bot.baseUrl, await entra.token(eva, { name: 'Eva Ek' }));
    await client.report(reportFields({ text: 'Min chef tar emot pengar från en leverantör.' }));
    await worker.tick();
    caseId = (await asCecilia.list()).body.cases[0].id;
  });
  afterAll(async () => {
    await bot?.stop();
    await entra?.stop();
    await database?.destroy();
  });

  it('Cecilia excludes David: it works at once, and Eva sees who did it and when', async () => {
    const res = await asCecilia.act(caseId, 'exclude', { handlerId: david });
    expect(res.status).toBe(200);
    expect(res.body.case.exclusions).toEqual([{ handlerId: david, excludedBy: cecilia, excludedByName: 'Cecilia Carlsson', at: '2026-11-23T09:00:00.000Z' }]);
    const evasView = await asEva.open(caseId);
    expect(evasView.body.case.exclusions).toEqual(res.body.case.exclusions);
    expect((await asEva.list()).body.cases[0].excludedHandlers).toBe(1);
    expect((await asDavid.open(caseId)).status).toBe(403);
  });

  it('David still sees that the case exists, who excluded him and when — and the log entry — never the content', async () => {
    const list = (await asDavid.list()).body;
    expect(list.cases).toEqual([]);
    expect(list.excludedFrom).toEqual([
      {
        id: caseId,
        reference: expect.stringMatching(/^[A-Z0-9]{3}-[A-Z0-9]{3}$/),
        receivedOn: '2026-11-23',
        exclusion: { handlerId: david, excludedBy: cecilia, excludedByName: 'Cecilia Carlsson', at: '2026-11-23T09:00:00.000Z' },
        log: [expect.objectContaining({ actorId: cecilia, action: 'handler_excluded', detail: david })],
      },
    ]);
    expect(JSON.stringify(list)).not.toMatch(/leverantör|threat|Socialtjänst/);
  });

  it('David cannot lift his own exclusion', async () => {
    const res = await asDavid.act(caseId, 'lift-exclusion', { handlerId: david });
    expect(res.status).toBe(403);
    expect((await asEva.open(caseId)).body.case.excludedHandlerIds).toEqual([david]);
  });

  it('Cecilia cannot also shut Eva out: she would be alone with the case', async () => {
    const res = await asCecilia.act(caseId, 'exclude', { handlerId: eva });
    expect(res.status).toBe(409);
    expect(res.body.error).toBe('exclusion_needs_second_handler');
    expect(res.body.message).toContain('bara du');
    expect((await asEva.open(caseId)).status).toBe(200);
  });

  it('Eva lifts David’s exclusion; he sees the case again and the log says who lifted it', async () => {
    const res = await asEva.act(caseId, 'lift-exclusion', { handlerId: david });
    expect(res.status).toBe(200);
    expect(res.body.case.exclusions).toEqual([]);
    const davids = await asDavid.open(caseId);
    expect(davids.status).toBe(200);
    expect(davids.body.case.text).toBe('Min chef tar emot pengar från en leverantör.');
    expect(davids.body.audit.map((a: any) => [a.actorId, a.action, a.detail])).toEqual(
      expect.arrayContaining([
        [cecilia, 'handler_excluded', david],
        [eva, 'exclusion_lifted', david],
      ]),
    );
    expect((await asDavid.list()).body.excludedFrom).toEqual([]);
  });

  it('a handler who steps aside still sees the case listed as one they are excluded from', async () => {
    expect((await asEva.act(caseId, 'exclude', { handlerId: eva })).body).toEqual({ excludedSelf: true });
    const evas = (await asEva.list()).body;
    expect(evas.cases).toEqual([]);
    expect(evas.excludedFrom.map((x: any) => [x.id, x.exclusion.excludedBy])).toEqual([[caseId, eva]]);
    expect((await asCecilia.open(caseId)).body.case.exclusions.map((x: any) => x.handlerId)).toEqual([eva]);
  });

  it('refuses to lift an exclusion that does not exist, and names the field', async () => {
    const res = await asCecilia.act(caseId, 'lift-exclusion', { handlerId: david });
    expect(res.status).toBe(400);
    expect(res.body.fields).toEqual(['handlerId']);
    expect((await asCecilia.act(caseId, 'lift-exclusion', { handlerId: 'constructor' })).status).toBe(400);
  });
});
