import { randomBytes, randomUUID } from 'node:crypto';
import { AggregationTemporality, InMemoryMetricExporter, type ResourceMetrics } from '@opentelemetry/sdk-metrics';
import { InMemorySpanExporter, type ReadableSpan } from '@opentelemetry/sdk-trace-base';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allowedAttributes } from '../../../app/telemetry/allowed-attributes.js';
import { startTelemetry } from '../../../app/telemetry/start-telemetry.js';
import { createReportWorker } from '../../../app/report-worker.js';
import { verbs } from '../../../cards/verbs.js';
import { loadConfig } from '../../../src/config/load-config.js';
import { findConversation } from '../../../src/directory/conversations-repository.js';
import { silentLogger } from '../../../src/logging/logger.js';
import type { Telemetry } from '../../../src/ports/telemetry.js';
import { routeMounters } from '../../../web/mounters.js';
import { cardInvoke, installationUpdate, messageActivity, testUser, type TestUser } from '../../helpers/activities.js';
import { BotDriver } from '../../helpers/bot-driver.js';
import { findCanaries } from '../../helpers/canaries.js';
import { dialects, type TestDatabase } from '../../helpers/databases.js';
import { reportEnv } from '../../helpers/report-app.js';
import { receiptCodeOf, ReportClient, reportFields } from '../../helpers/report-client.js';

/**
 * Traces and metrics, exported to the SDK's in-memory exporters: what is
 * recorded for HTTP, turns, card invokes, SQL and proactive sends, and —
 * proven with canaries — that nothing of a person or a message, and nothing
 * at all of the anonymous form, its inbox or an anonymous chat turn, leaves.
 * Runs on both SDKs (integration-agents): the Agents SDK's own spans pass
 * the same redaction.
 */
describe.each(dialects)('telemetry (OpenTelemetry, $name)', ({ create }) => {
  let database: TestDatabase;
  let bot: BotDriver;
  let client: ReportClient;
  let telemetry: Telemetry;
  const spans = new InMemorySpanExporter();
  const metrics = new InMemoryMetricExporter(AggregationTemporality.CUMULATIVE);

  const tag = randomBytes(5).toString('hex');
  /** A person and everything that could identify them or what they wrote. */
  const canary = {
    user: { id: `29:kanarie-${tag}`, aadObjectId: randomUUID(), name: `Kanarie Telemetrisson${tag}`, email: `kanarie.${tag}@kommun.example`, locale: 'sv-SE' } satisfies TestUser,
    chatText: `KANARIECHATT-${tag} vi är klara med allt`,
    reportText: `KANARIETEXT-${tag} han sa att han vet var jag bor`,
    answer: `KANARIESVAR-${tag} det hände igen`,
    ipv4: `203.0.113.${10 + (parseInt(tag.slice(0, 2), 16) % 200)}`,
    userAgent: `KanarieWebbläsare/${tag}`,
  };
  const reporter = { id: `29:anonym-${tag}`, aadObjectId: randomUUID(), name: `Anonym Kanarie${tag}`, email: `anonym.${tag}@kommun.example`, locale: 'sv-SE' } satisfies TestUser;
  const headers = { 'user-agent': canary.userAgent, 'x-forwarded-for': canary.ipv4, referer: `https://teams.microsoft.com/?upn=${reporter.email}` };
  const canaries = [
    ...Object.values(canary.user),
    canary.chatText.slice(0, 24),
    canary.reportText.slice(0, 22),
    canary.answer.slice(0, 22),
    canary.ipv4,
    canary.userAgent,
    reporter.id,
    reporter.aadObjectId,
    reporter.name,
    reporter.email,
    `a:personal-${canary.user.id}`,
  ].filter((c) => c !== 'sv-SE');

  const exported = () => spans.getFinishedSpans();
  const serialised = (list: readonly ReadableSpan[]) =>
    JSON.stringify(list.map((s) => ({ name: s.name, attributes: s.attributes, events: s.events, links: s.links, status: s.status, resource: s.resource.attributes, scope: s.instrumentationScope })));
  const metricsText = () => JSON.stringify(metrics.getMetrics() satisfies ResourceMetrics[]);
  /** How many measurements every metric holds so far (histogram counts), by metric and attributes. */
  const measurementCounts = async () => {
    await telemetry.flush();
    const last = metrics.getMetrics().at(-1);
    const counts: Record<string, number> = {};
    for (const scope of last?.scopeMetrics ?? []) {
      for (const metric of scope.metrics) {
        for (const point of metric.dataPoints) counts[`${metric.descriptor.name} ${JSON.stringify(point.attributes)}`] = (point.value as { count?: number }).count ?? 0;
      }
    }
    return counts;
  };
  const dbSystem = () => (database.location.dialect === 'postgres' ? 'postgresql' : 'sqlite');
  const named = (name: string) => exported().filter((s) => s.name === name);
  const parentOf = (span: ReadableSpan) => exported().find((s) => s.spanContext().spanId === span.parentSpanContext?.spanId);
  const rootOf = (span: ReadableSpan): ReadableSpan => {
    const parent = parentOf(span);
    return parent ? rootOf(parent) : span;
  };

  beforeAll(async () => {
    database = await create();
    const config = loadConfig({ DATABASE_URL: database.url });
    telemetry = await startTelemetry(config, silentLogger(), { spans, metrics, immediate: true });
    const worker = createReportWorker({ tickMs: 24 * 3600 * 1000, firstTickMs: 24 * 3600 * 1000, slotTimer: false });
    bot = await BotDriver.start(database, { env: reportEnv({ TILLIT_REMINDERS: 'off' }), mounters: routeMounters, workers: [worker], telemetry });
    client = new ReportClient(bot.baseUrl);
    bot.knowUser(canary.user);
    bot.knowUser(reporter);
    expect((await bot.post(installationUpdate(canary.user, 'add', bot.serviceUrl))).status).toBe(200);
    expect((await bot.post(installationUpdate(reporter, 'add', bot.serviceUrl))).status).toBe(200);
  });

  afterAll(async () => {
    await bot?.stop();
    await telemetry?.shutdown();
    await database?.destroy();
  });

  it('records an HTTP request as its method, route template and status, with its SQL as child spans', async () => {
    expect((await fetch(`${bot.baseUrl}/readyz?who=${canary.user.email}`, { headers })).status).toBe(200);
    await telemetry.flush();
    const [request] = named('GET /readyz');
    expect(request).toBeDefined();
    expect(request!.attributes).toEqual({ 'tillit.span': 'http', 'http.request.method': 'GET', 'http.route': '/readyz', 'http.response.status_code': 200 });
    const statement = exported().find((s) => s.attributes['tillit.span'] === 'statement' && s.parentSpanContext?.spanId === request!.spanContext().spanId);
    expect(statement?.attributes).toEqual({ 'tillit.span': 'statement', 'db.system.name': dbSystem(), 'db.operation.name': 'SELECT', 'db.collection.name': 'other' });
    expect(Object.keys(await measurementCounts())).toContain('http.server.request.duration {"http.request.method":"GET","http.route":"/readyz","http.response.status_code":200}');
  });

  it('names a request by its route template, or "unmatched" when no route answered, never by its path', async () => {
    expect((await fetch(`${bot.baseUrl}/api/cases/${canary.user.aadObjectId}`, { headers })).status).toBe(401);
    expect((await fetch(`${bot.baseUrl}/finns-inte/${canary.user.aadObjectId}`, { headers })).status).toBe(404);
    await telemetry.flush();
    expect(named('GET unmatched').map((s) => s.attributes['http.response.status_code']).sort()).toEqual([401, 404]);
  });

  it('records a card invoke by its verb only, inside its request, and its statements by kind and table', async () => {
    const res = await bot.post(cardInvoke(canary.user, verbs.showHelp, { note: canary.chatText }, bot.serviceUrl));
    expect(res.status).toBe(200);
    await telemetry.flush();
    const [invoke] = named(`invoke ${verbs.showHelp}`);
    expect(invoke?.attributes).toEqual({ 'tillit.span': 'invoke', 'tillit.invoke.name': 'adaptiveCard/action', 'tillit.verb': verbs.showHelp });
    expect(rootOf(invoke!).name).toBe('POST /api/messages');
    const statements = exported().filter((s) => s.attributes['tillit.span'] === 'statement' && rootOf(s) === rootOf(invoke!));
    expect(statements.length).toBeGreaterThan(0);
    for (const s of statements) {
      expect(s.name).toMatch(/^[A-Z]+ [a-z_]+$/);
      expect(Object.keys(s.attributes).sort()).toEqual(['db.collection.name', 'db.operation.name', 'db.system.name', 'tillit.span']);
    }
    expect(statements.map((s) => s.attributes['db.collection.name'])).toContain('people');
    const counts = await measurementCounts();
    expect(Object.keys(counts).some((k) => k.startsWith(`tillit.invoke.duration {"tillit.invoke.name":"adaptiveCard/action","tillit.verb":"${verbs.showHelp}"}`))).toBe(true);
    expect(Object.keys(counts).some((k) => k.startsWith(`db.client.operation.duration {"db.system.name":"${dbSystem()}","db.operation.name":"SELECT","db.collection.name":"people"}`))).toBe(true);
  });

  it('records a proactive send by its outcome and status code, never its conversation', async () => {
    const conversation = await findConversation(database.db, `a:personal-${canary.user.id}`);
    const message = { text: canary.chatText, summary: canary.chatText };
    expect(await bot.running.app.messenger.send({ conversationRowId: conversation!.id }, message)).toMatchObject({ ok: true });
    bot.connector.policy = (call) => (call.path.includes('/activities') ? { status: 403 } : undefined);
    expect(await bot.running.app.messenger.send({ conversationRowId: conversation!.id }, message)).toMatchObject({ ok: false, kind: 'unreachable' });
    bot.connector.policy = () => undefined;
    await telemetry.flush();
    const sends = named('proactive send').map((s) => s.attributes);
    expect(sends).toEqual([
      { 'tillit.span': 'send', 'tillit.send.outcome': 'sent' },
      { 'tillit.span': 'send', 'tillit.send.outcome': 'unreachable', 'http.response.status_code': 403 },
    ]);
    expect(Object.keys(await measurementCounts())).toContain('tillit.proactive_send.duration {"tillit.send.outcome":"unreachable","http.response.status_code":403}');
  });

  it('records a chat turn without its text or who wrote it', async () => {
    expect((await bot.post(messageActivity(canary.user, canary.chatText, bot.serviceUrl))).status).toBe(200);
    await telemetry.flush();
    expect(named('turn message').length).toBeGreaterThan(0);
  });

  it('records nothing at all of the anonymous form, its inbox, or an anonymous chat turn ("anmäl"): no span, no metric', async () => {
    await telemetry.flush();
    const before = exported().length;
    const countsBefore = await measurementCounts();

    expect((await bot.post(messageActivity(reporter, 'anmäl', bot.serviceUrl))).status).toBe(200);
    const form = await client.get(`/anmalan?userObjectId=${reporter.aadObjectId}&loginHint=${encodeURIComponent(reporter.email)}`, headers);
    const token = /name="token" value="([^"]+)"/.exec(form.html)![1]!;
    const page = await client.post(`/anmalan?upn=${encodeURIComponent(reporter.email)}`, { ...reportFields({ text: canary.reportText }), token, ...(await client.pow('report')), name: reporter.name }, headers);
    expect(page.status).toBe(200);
    const code = receiptCodeOf(page.html)!;
    const inbox = await client.post('/anmalan/inkorg', { code, lang: 'sv', ...(await client.pow('inbox')) }, headers);
    const session = /name="session" value="([^"]+)"/.exec(inbox.html)![1]!;
    const replyToken = /name="token" value="([^"]+)"/.exec(inbox.html)![1]!;
    expect((await client.post('/anmalan/inkorg/svar', { session, token: replyToken, text: canary.answer, lang: 'sv' }, headers)).status).toBe(200);
    // Express matches the mount in any case: so does the rule.
    expect((await client.get('/ANMALAN/stil.css', headers)).status).toBe(200);

    await telemetry.flush();
    expect(exported().slice(before).map((s) => s.name)).toEqual([]);
    expect(await measurementCounts()).toEqual(countsBefore);
  });

  it('exports no canary — identity, address, device or text — in any span or metric, in any encoding', async () => {
    await telemetry.flush();
    expect(exported().length).toBeGreaterThan(10);
    expect(findCanaries(canaries, [{ where: 'spans', content: serialised(exported()) }, { where: 'metrics', content: metricsText() }])).toEqual([]);
    expect(serialised(exported())).not.toMatch(/anmalan/i);
  });

  it('keeps only allowed attributes on every span, the SDK\'s own spans included', () => {
    for (const span of exported()) {
      for (const key of Object.keys(span.attributes)) expect(allowedAttributes.has(key), `${span.name}: ${key}`).toBe(true);
      expect(span.events).toEqual([]);
    }
  });

  it('lets the SDK\'s own spans (the Agents SDK\'s, via the global tracer) through the same gate, without the ids they carried', () => {
    const foreign = exported().filter((s) => s.instrumentationScope.name !== 'tillit');
    if (bot.running.app.config.bot.sdk === 'botbuilder') {
      expect(foreign).toEqual([]);
      return;
    }
    expect(foreign.map((s) => s.name)).toContain('agents.connector.reply_to_activity');
    expect(foreign.some((s) => s.droppedAttributesCount > 0)).toBe(true);
  });

  it('searches for the canaries it claims to (self-check: the same search finds them in a span that carries them)', () => {
    const leaky = { ...exported()[0]!, attributes: { 'enduser.id': canary.user.aadObjectId, 'url.full': `https://x/?upn=${encodeURIComponent(reporter.email)}` } } as ReadableSpan;
    expect(findCanaries(canaries, [{ where: 'spans', content: serialised([leaky]) }]).length).toBeGreaterThan(0);
  });
});
