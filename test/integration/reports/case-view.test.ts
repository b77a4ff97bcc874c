import { generateKeyPair } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReportWorker } from '../../../app/report-worker.js';
import { FixedClock } from '../../../src/ports/clock.js';
import type { BotDriver } from '../../helpers/bot-driver.js';
import { CaseApi } from '../../helpers/case-api.js';
import { dialects, type TestDatabase } from '../../helpers/databases.js';
import { FakeEntra } from '../../helpers/fake-entra.js';
import { handlerIds, startReportApp } from '../../helpers/report-app.js';
import type { ReportClient } from '../../helpers/report-client.js';

const [cecilia, david] = handlerIds as [string, string];
const bertil = '5e1a7e57-0000-4000-8000-000000000a02';

describe.each(dialects)('the case view ($name)', ({ create }) => {
  let database: TestDatabase;
  let bot: BotDriver;
  let client: ReportClient;
  let worker: ReportWorker;
  let entra: FakeEntra;
  let asCecilia: CaseApi;
  let asDavid: CaseApi;
  let caseId: string;
  let code: string;
  const clock = new FixedClock('2026-11-23T09:00:00Z');

  beforeAll(async () => {
    database = await create();
    entra = await new FakeEntra().start();
    ({ bot, client, worker } = await startReportApp(database, { clock, env: entra.env() }));
    asCecilia = new CaseApi(bot.baseUrl, await entra.token(cecilia, { name: 'Cecilia Carlsson' }));
    asDavid = new CaseApi(bot.baseUrl, await entra.token(david, { name: 'David Dahl' }));
    code = (await client.report()).code!;
  });
  afterAll(async () => {
    await bot?.stop();
    await entra?.stop();
    await database?.destroy();
  });

  it('says the tab signs in with Teams SSO', async () => {
    expect((await new CaseApi(bot.baseUrl, undefined).call('/api/tab/auth', { token: null })).body).toEqual({ mode: 'sso' });
    expect((await new CaseApi(bot.baseUrl, undefined).call('/api/tab/local-people', { token: null })).status).toBe(404);
  });

  it('refuses requests without a valid Entra token (401)', async () => {
    const api = new CaseApi(bot.baseUrl, undefined);
    expect((await api.call('/api/cases', { token: null })).status).toBe(401);
    expect((await api.call('/api/cases', { token: 'not.a.token' })).status).toBe(401);
    expect((await api.call('/api/cases', { token: await entra.token(cecilia, { issuer: 'https://evil.example/v2.0' }) })).status).toBe(401);
    expect((await api.call('/api/cases', { token: await entra.token(cecilia, { audience: 'api://someone-else' }) })).status).toBe(401);
    expect((await api.call('/api/cases', { token: await entra.token(cecilia, { expiresIn: Math.floor(Date.now() / 1000) - 3600 }) })).status).toBe(401);
    const { privateKey } = await generateKeyPair('RS256');
    expect((await api.call('/api/cases', { token: await entra.token(cecilia, { key: privateKey }) })).status).toBe(401);
    const valid = await entra.token(cecilia);
    const [, payload] = valid.split('.');
    const unsigned = `${Buffer.from(JSON.stringify({ alg: 'none' })).toString('base64url')}.${payload}.`;
    expect((await api.call('/api/cases', { token: unsigned })).status).toBe(401);
    // The same claims, properly signed, get in: each refusal above is the token's defect, not the person.
    expect((await api.call('/api/cases', { token: valid })).status).toBe(200);
  });

  it('refuses a signed-in person who is not a handler (403), on every route', async () => {
    const asBertil = new CaseApi(bot.baseUrl, await entra.token(bertil, { name: 'Bertil Berg' }));
    const list = await asBertil.list();
    expect(list.status).toBe(403);
    expect(list.body.message).toContain('Bara kommunens rapportmottagare');
    const any = '00000000-0000-4000-8000-000000000000';
    expect((await asBertil.open(any)).status).toBe(403);
    expect((await asBertil.act(any, 'write', { kind: 'message', text: 'x' })).status).toBe(403);
  });

  it('shows a handler nothing until the batch releases the report', async () => {
    expect((await asCecilia.list()).body.cases).toEqual([]);
    await worker.tick();
    const list = await asCecilia.list();
    expect(list.status).toBe(200);
    expect(list.body.cases).toHaveLength(1);
    caseId = list.body.cases[0].id;
    expect(list.body.cases[0]).toMatchObject({ status: 'new', categories: ['threat'], receivedOn: '2026-11-23', deadlines: { acknowledgeBy: '2026-11-30' } });
    expect(JSON.stringify(list.body)).not.toContain('vet var jag bor');
  });

  it('opens a case with its text, and audits who opened it', async () => {
    const opened = await asCecilia.open(caseId);
    expect(opened.status).toBe(200);
    expect(opened.body.case.text).toBe('Han sa att han vet var jag bor.');
    expect(opened.body.case.reporter).toBeNull();
    expect(opened.body.audit.map((a: any) => [a.actorId, a.action])).toEqual([[cecilia, 'case_opened']]);
  });

  it('says "not found" for forged, malformed and unknown case ids', async () => {
    for (const id of ['00000000-0000-4000-8000-000000000000', 'not-an-id', '../../etc/passwd', `${caseId}x`]) {
      const res = await asCecilia.open(encodeURIComponent(id));
      expect(res.status).toBe(404);
      expect(res.body.message).toContain('Det finns inget sådant ärende');
    }
    expect((await asCecilia.act('00000000-0000-4000-8000-000000000000', 'close', { outcome: 'no_action' })).status).toBe(404);
  });

  it('acknowledges with a message the reporter reads in the inbox, handler unnamed', async () => {
    const res = await asCecilia.act(caseId, 'write', { kind: 'acknowledgement', text: 'Tack, vi har tagit emot din anmälan. Kan du säga vilken dag det hände?' });
    expect(res.status).toBe(200);
    expect(res.body.case).toMatchObject({ status: 'acknowledged', acknowledgedOn: '2026-11-23' });
    const inbox = await client.openInbox(code);
    expect(inbox.html).toContain('Kan du säga vilken dag det hände?');
    expect(inbox.html).not.toContain('Cecilia');
    expect((await asCecilia.act(caseId, 'write', { kind: 'acknowledgement', text: 'igen' })).status).toBe(400);
  });

  it('shows the reporter’s answer to handlers only after the next batch', async () => {
    const inbox = await client.openInbox(code);
    await client.answer(inbox.session!, inbox.token!, 'Det var i tisdags.');
    expect((await asCecilia.open(caseId)).body.case.messages.map((m: any) => m.text)).not.toContain('Det var i tisdags.');
    clock.advance(4 * 3600 * 1000);
    await worker.tick();
    expect((await asCecilia.list()).body.cases[0].unreadFromReporter).toBe(1);
    const opened = await asCecilia.open(caseId);
    expect(opened.body.case.messages.map((m: any) => [m.author, m.text])).toContainEqual(['reporter', 'Det var i tisdags.']);
    expect((await asCecilia.list()).body.cases[0].unreadFromReporter).toBe(0);
  });

  it('refuses invalid actions with the fields named and changes nothing', async () => {
    const bad = await asCecilia.act(caseId, 'police', { decision: 'maybe' });
    expect(bad.status).toBe(400);
    expect(bad.body.fields).toEqual(['decision']);
    expect((await asCecilia.act(caseId, 'write', { kind: 'message', text: 'x'.repeat(20_001) })).status).toBe(400);
    expect((await asCecilia.act(caseId, 'assign', { handlerId: bertil })).status).toBe(400);
    expect((await asCecilia.open(caseId)).body.case.policeDecision).toBeNull();
  });

  it('will not close before the security chief and the police decision are recorded', async () => {
    const early = await asCecilia.act(caseId, 'close', { outcome: 'measures_taken' });
    expect(early.status).toBe(409);
    expect(early.body.message).toContain('säkerhetschefen');
    expect(early.body.fields).toEqual(['securityChief', 'police']);
    expect((await asCecilia.open(caseId)).body.case.status).toBe('acknowledged');
  });

  it('records the security chief, the police decision (note encrypted) and an assignment', async () => {
    await asCecilia.act(caseId, 'security-chief');
    await asCecilia.act(caseId, 'police', { decision: 'reported', note: 'Polisens diarienummer 5000-K123456-26' });
    const res = await asCecilia.act(caseId, 'assign', { handlerId: david });
    expect(res.body.case).toMatchObject({ securityChiefInformedOn: '2026-11-23', policeDecision: 'reported', assignedHandlerId: david });
    expect(res.body.case.notes.policeNote).toBe('Polisens diarienummer 5000-K123456-26');
    const row = await database.db.selectFrom('reports').select('notes').where('id', '=', caseId).executeTakeFirst();
    expect(row!.notes).not.toContain('K123456');
  });

  it('lets a handler with a conflict of interest step aside; they keep seeing that the case exists, never its content', async () => {
    // With two handlers, Cecilia cannot shut David out alone: nobody would be left to see it and undo it.
    const alone = await asCecilia.act(caseId, 'exclude', { handlerId: david });
    expect(alone.status).toBe(409);
    expect(alone.body.message).toContain('bara du');
    const res = await asDavid.act(caseId, 'exclude', { handlerId: david });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ excludedSelf: true });
    expect((await asCecilia.open(caseId)).body.case.assignedHandlerId).toBeNull();
    const davids = (await asDavid.list()).body;
    expect(davids.cases).toEqual([]);
    expect(davids.excludedFrom).toHaveLength(1);
    expect(davids.excludedFrom[0]).toMatchObject({ id: caseId, exclusion: { handlerId: david, excludedBy: david } });
    expect(JSON.stringify(davids)).not.toMatch(/vet var jag bor|tisdags|threat/);
    const refused = await asDavid.open(caseId);
    expect(refused.status).toBe(403);
    expect(refused.body.message).toContain('jävig');
    expect((await asDavid.act(caseId, 'write', { kind: 'message', text: 'hej' })).status).toBe(403);
    expect((await asCecilia.act(caseId, 'exclude', { handlerId: cecilia })).status).toBe(409);
  });

  it('closes with an outcome and feedback, after which the reporter can read but not answer', async () => {
    const res = await asCecilia.act(caseId, 'close', { outcome: 'referred', feedbackText: 'Vi har polisanmält och stärkt skyddet.', note: 'Överlämnat till HR' });
    expect(res.status).toBe(200);
    expect(res.body.case).toMatchObject({ status: 'closed', outcome: 'referred', closedOn: '2026-11-23', feedbackOn: '2026-11-23', deadlines: { purgeOn: '2028-11-22' } });
    const inbox = await client.openInbox(code);
    expect(inbox.html).toContain('Vi har polisanmält och stärkt skyddet.');
    expect(inbox.html).toContain('Ärendet är avslutat');
    expect(inbox.html).not.toContain('name="session"');
    expect((await asCecilia.act(caseId, 'write', { kind: 'message', text: 'en sak till' })).status).toBe(409);
  });

  it('keeps an audit log of every handler action, naming the handler and never the reporter', async () => {
    const audit = (await asCecilia.open(caseId)).body.audit as Array<{ actorId: string; action: string }>;
    expect(audit.map((a) => a.action)).toEqual(
      expect.arrayContaining(['case_opened', 'acknowledged', 'message_sent', 'security_chief_informed', 'police_decision', 'assigned', 'handler_excluded', 'feedback_sent', 'closed']),
    );
    expect(new Set(audit.map((a) => a.actorId))).toEqual(new Set([cecilia, david]));
    expect(audit.filter((a) => a.actorId === david).map((a) => a.action)).toEqual(['handler_excluded']);
    expect(JSON.stringify(audit)).not.toMatch(/tisdags|vet var jag bor/);
  });

  it('serves the case view page and the tab scripts from Tillit itself', async () => {
    const page = await client.get('/arenden');
    expect(page.status).toBe(200);
    expect(page.html).toContain('/tab/static/teams.js');
    expect(page.html).not.toMatch(/(src|href)="(https?:)?\/\//);
    const teams = await client.get('/tab/static/teams.js');
    expect(teams.status).toBe(200);
    expect(teams.html).toContain('microsoftTeams');
  });
});
