import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReportWorker } from '../../../app/report-worker.js';
import { verbs } from '../../../cards/verbs.js';
import { FixedClock } from '../../../src/ports/clock.js';
import { cardInvoke, installationUpdate, messageActivity, testUser, type TestUser } from '../../helpers/activities.js';
import type { BotDriver } from '../../helpers/bot-driver.js';
import { databaseArtifacts, encodedForms, findCanaries } from '../../helpers/canaries.js';
import { CaseApi } from '../../helpers/case-api.js';
import { runCli } from '../../helpers/cli-run.js';
import { dialects, type TestDatabase } from '../../helpers/databases.js';
import { FakeEntra } from '../../helpers/fake-entra.js';
import { handlerIds, startReportApp } from '../../helpers/report-app.js';
import { receiptCodeOf, reportFields, type ReportClient } from '../../helpers/report-client.js';

/** One anonymous reporter and everything that could identify them. */
interface Reporter {
  entraId: string;
  teamsUserId: string;
  upn: string;
  name: string;
  conversationId: string;
  ipv4: string;
  ipv6: string;
  userAgent: string;
  text: string;
  answer: string;
}

function reporter(i: number): Reporter {
  const tag = randomBytes(5).toString('hex');
  return {
    entraId: randomUUID(),
    teamsUserId: `29:kanarie-${tag}`,
    upn: `kanarie.${tag}@kommun.example`,
    name: `Kanarie Anonymsson${tag}`,
    conversationId: `a:kanariekonversation-${tag}`,
    ipv4: `203.0.${113 + (i % 3)}.${10 + i}`,
    ipv6: `2001:db8:${tag.slice(0, 4)}::${i + 1}`,
    userAgent: `KanarieWebbläsare/${tag} (Windows NT 10.0; Teams)`,
    text: `KANARIETEXT-${tag} han sa att han vet var jag bor`,
    answer: `KANARIESVAR-${tag} det hände igen`,
  };
}

/** Every header and field a hostile proxy, Teams or a crafted client could add to the form post. */
function identifyingHeaders(r: Reporter, token: string): Record<string, string> {
  return {
    'user-agent': r.userAgent,
    'x-forwarded-for': `${r.ipv4}, ${r.ipv6}`,
    'x-real-ip': r.ipv4,
    forwarded: `for="[${r.ipv6}]";proto=https`,
    'x-ms-client-principal-name': r.upn,
    'x-ms-client-principal-id': r.entraId,
    authorization: `Bearer ${token}`,
    cookie: `teams_user=${encodeURIComponent(r.upn)}; aad=${r.entraId}`,
    referer: `https://teams.microsoft.com/l/entity/app/anmal?context=${encodeURIComponent(JSON.stringify({ userObjectId: r.entraId, upn: r.upn, chatId: r.conversationId }))}`,
  };
}

const identityOf = (r: Reporter) => [r.entraId, r.teamsUserId, r.upn, r.name, r.conversationId, r.ipv4, r.ipv6, r.userAgent];

describe.each(dialects)('the anonymity promise, proven with canaries ($name)', ({ create }) => {
  let database: TestDatabase;
  let bot: BotDriver;
  let client: ReportClient;
  let worker: ReportWorker;
  let entra: FakeEntra;
  let api: CaseApi;
  const clock = new FixedClock('2026-11-23T13:47:19.123Z');
  const reporters = Array.from({ length: 100 }, (_, i) => reporter(i));
  const named: Array<{ user: TestUser; text: string }> = [];
  const exports: Array<{ where: string; content: string }> = [];

  beforeAll(async () => {
    database = await create();
    entra = await new FakeEntra().start();
    ({ bot, client, worker } = await startReportApp(database, { clock, env: entra.env() }));
    api = new CaseApi(bot.baseUrl, await entra.token(handlerIds[0]!, { name: 'Cecilia Carlsson' }));
    const cecilia = testUser({ aadObjectId: handlerIds[0]!, name: 'Cecilia Carlsson' });
    bot.knowUser(cecilia);
    await bot.post(installationUpdate(cecilia, 'add', bot.serviceUrl));

    // 100 anonymous reporters: each asks the bot ("anmäl") as themselves, then uses the form and the inbox.
    const queue = [...reporters.entries()];
    const run = async () => {
      for (let next = queue.shift(); next; next = queue.shift()) {
        const [i, r] = next;
        const user: TestUser = { id: r.teamsUserId, aadObjectId: r.entraId, name: r.name, email: r.upn, locale: 'sv-SE' };
        bot.knowUser(user);
        const chat = messageActivity(user, i % 2 ? 'anmäl' : 'rapportera påverkan', bot.serviceUrl);
        expect((await bot.post({ ...chat, conversation: { ...chat.conversation, id: r.conversationId } })).status).toBe(200);
        const ssoToken = await entra.token(r.entraId, { name: r.name });
        const headers = identifyingHeaders(r, ssoToken);
        const form = await client.get(`/anmalan?userObjectId=${r.entraId}&loginHint=${encodeURIComponent(r.upn)}`, headers);
        const token = /name="token" value="([^"]+)"/.exec(form.html)![1]!;
        const page = await client.post(
          `/anmalan?userObjectId=${r.entraId}&upn=${encodeURIComponent(r.upn)}&chat=${encodeURIComponent(r.conversationId)}`,
          { ...reportFields({ text: r.text, categories: i % 3 ? ['threat'] : ['bribery', 'conflict_of_interest'] }), token, ...(await client.pow('report')), aadObjectId: r.entraId, email: r.upn, conversationId: r.conversationId, name: r.name },
          headers,
        );
        expect(page.status).toBe(200);
        const code = receiptCodeOf(page.html)!;
        const inbox = await client.post('/anmalan/inkorg', { code, lang: 'sv', ...(await client.pow('inbox')), aadObjectId: r.entraId }, headers);
        const session = /name="session" value="([^"]+)"/.exec(inbox.html)![1]!;
        const replyToken = /name="token" value="([^"]+)"/.exec(inbox.html)![1]!;
        expect((await client.post('/anmalan/inkorg/svar', { session, token: replyToken, text: r.answer, lang: 'sv' }, headers)).status).toBe(200);
      }
    };
    await Promise.all([run(), run(), run(), run()]);

    // For contrast: three named reports through the bot, identity kept on purpose.
    for (let i = 0; i < 3; i++) {
      const tag = randomBytes(5).toString('hex');
      const user = testUser({ name: `Namngiven Person${tag}`, email: `namngiven.${tag}@kommun.example` });
      bot.knowUser(user);
      await bot.post(installationUpdate(user, 'add', bot.serviceUrl));
      const text = `NAMNGIVENTEXT-${tag} någon erbjöd mig pengar`;
      const res = await bot.post(cardInvoke(user, verbs.reportNamedSubmit, { categories: 'bribery', subject: 'self', unit: 'Socialtjänst', text, submissionKey: tag }, bot.serviceUrl));
      expect(JSON.stringify(res.body)).toContain('är mottagen');
      named.push({ user, text });
    }

    // The day goes on: the batch releases everything and notifies handlers; a handler works the cases.
    clock.set('2026-11-24T07:00:05Z');
    await worker.tick();
    const cases = (await api.list()).body.cases as Array<{ id: string }>;
    expect(cases).toHaveLength(103);
    for (const c of cases.slice(0, 20)) {
      const opened = await api.open(c.id);
      exports.push({ where: `case view ${c.id}`, content: JSON.stringify({ list: undefined, audit: opened.body.audit }) });
      await api.act(c.id, 'write', { kind: 'acknowledgement', text: 'Tack, vi har tagit emot din anmälan.' });
    }
    exports.push({ where: 'case list', content: JSON.stringify((await api.list()).body) });
    const env = { DATABASE_URL: database.url, TILLIT_REPORT_UNITS: 'Socialtjänst;Vård och omsorg;Samhällsbyggnad' };
    for (const args of [['reports', 'stats'], ['reports', 'stats', '--json'], ['reports', 'audit'], ['reports', 'audit', '--json']]) {
      const printed = await runCli(args, env);
      expect(printed.exitCode).toBe(0);
      exports.push({ where: `tillit ${args.join(' ')}`, content: printed.out + printed.err });
    }
    // The replies to "anmäl" go back into each reporter's own chat (Teams addresses them to that person);
    // everything Tillit sends anywhere else must be free of them.
    const ownChats = new Set(reporters.map((r) => r.conversationId));
    const elsewhere = bot.connector.calls.filter((c) => !ownChats.has(c.conversationId));
    expect(elsewhere.length).toBeGreaterThan(0);
    exports.push({ where: 'messages Tillit sent to handlers and others', content: JSON.stringify(elsewhere.map((c) => c.body)) });
  }, 600_000);

  afterAll(async () => {
    await bot?.stop();
    await entra?.stop();
    await database?.destroy();
  });

  // The database files (or pg_dump) once, after the day above: the searches below only read them.
  let stored: ReturnType<typeof databaseArtifacts> | undefined;
  const storedArtifacts = () => (stored ??= databaseArtifacts(database));

  it('stores no identity of any anonymous reporter, in any encoding, in the database files', async () => {
    const artifacts = await storedArtifacts();
    expect(artifacts.length).toBeGreaterThan(0);
    expect(findCanaries(reporters.flatMap(identityOf), artifacts)).toEqual([]);
  });

  it('never stores a report or an answer in plain text (hex and base64 included)', async () => {
    const artifacts = await storedArtifacts();
    expect(findCanaries([...reporters.flatMap((r) => [r.text.slice(0, 22), r.answer.slice(0, 22)]), ...named.map((n) => n.text.slice(0, 24))], artifacts)).toEqual([]);
  });

  it('does find the named reporters — the same search works, so the zero above means something', async () => {
    const artifacts = await storedArtifacts();
    for (const n of named) {
      expect(findCanaries([n.user.aadObjectId, n.user.name], artifacts).length).toBeGreaterThan(0);
    }
  });

  it('stores no time of day for any report or answer', async () => {
    const reports = await database.db.selectFrom('reports').selectAll().execute();
    const messages = await database.db.selectFrom('report_messages').selectAll().execute();
    expect(reports).toHaveLength(103);
    const ciphertextOrHash = new Set(['content', 'wrapped_key', 'notes', 'body', 'receipt_hash', 'submission_hash']);
    for (const row of [...reports, ...messages]) {
      for (const [column, value] of Object.entries(row)) {
        if (ciphertextOrHash.has(column) || typeof value !== 'string') continue;
        expect(value, column).not.toMatch(/\d{1,2}:\d{2}|\d{4}-\d{2}-\d{2}T/);
      }
    }
    expect(new Set(reports.map((r) => r.received_on))).toEqual(new Set(['2026-11-23']));
  });

  it('writes no identity, text, address or device to the log — only counts and opaque codes', () => {
    const log = bot.logs.text;
    expect(log).toContain('"code":"report_routes"');
    expect(findCanaries([...reporters.flatMap((r) => [...identityOf(r), r.text.slice(0, 22), r.answer.slice(0, 22)]), ...named.map((n) => n.text.slice(0, 24))], [{ where: 'log', content: log }])).toEqual([]);
    expect(bot.logs.lines.filter((l) => l.includes('/anmalan'))).toEqual([]);
  });

  it('puts no identity and no report text in any export: statistics, audit log, case list, messages to handlers', () => {
    expect(exports.length).toBeGreaterThanOrEqual(7);
    const canaries = [...reporters.flatMap((r) => [...identityOf(r), r.text.slice(0, 22), r.answer.slice(0, 22)]), ...named.map((n) => n.text.slice(0, 24))];
    expect(findCanaries(canaries, exports)).toEqual([]);
  });

  it('searches every encoding it claims to (self-check of the search)', () => {
    const canary = reporters[0]!.upn;
    const embedded = Buffer.concat([Buffer.from('xy'), Buffer.from(canary), Buffer.from('z')]);
    expect(findCanaries([canary], [{ where: 'b64', content: embedded.toString('base64') }])).toHaveLength(1);
    expect(findCanaries([canary], [{ where: 'hex', content: embedded.toString('hex').toUpperCase() }])).toHaveLength(1);
    expect(encodedForms(reporters[0]!.entraId)).toContain(reporters[0]!.entraId.replace(/-/g, ''));
  });
});
