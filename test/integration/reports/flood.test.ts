import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BotDriver } from '../../helpers/bot-driver.js';
import { dialects, type TestDatabase } from '../../helpers/databases.js';
import { startReportApp } from '../../helpers/report-app.js';
import { hiddenField, ReportClient, reportFields, send, solvePow, transportRetries } from '../../helpers/report-client.js';

/** How many zero bits the attacker is willing to pay for; above that they send junk. */
const attackerBudgetBits = 12;

/**
 * A flood of 2,000 requests against the real server — junk reports without
 * work, forged and replayed challenges, reports and code guesses with real
 * work while it is cheap — and, during it, honest reporters who send a
 * report or open their inbox the way the page does. Every honest attempt
 * must get through, and the server must never answer 5xx.
 */
describe.each(dialects)('a flood against the anonymous channel ($name)', ({ create }) => {
  let database: TestDatabase;
  let bot: BotDriver;
  let client: ReportClient;
  let code: string;

  beforeAll(async () => {
    database = await create();
    // A lower calm difficulty than production (14), so the test's attacker can afford real work at first.
    const started = await startReportApp(database, { env: { TILLIT_REPORT_POW_BITS: '10' } });
    bot = started.bot;
    // A socket per request: with server and clients in one busy process, reused keep-alive sockets race the server's idle timer.
    client = new ReportClient(bot.baseUrl, { connection: 'close' });
    code = (await client.report()).code!;
  });
  afterAll(async () => {
    await bot?.stop();
    await database?.destroy();
  });

  const challenge = async (purpose: 'report' | 'inbox') =>
    (await (await send(`${client.baseUrl}/anmalan/utmaning?for=${purpose}`, { headers: { connection: 'close' } })).json()) as { challenge: string; bits: number };

  /** One attacker request of the i-th kind; resolves with the HTTP status. */
  const attack = async (i: number, replayable: { pow: string; powNonce: string }): Promise<{ status: number; realWork: boolean }> => {
    const kind = i % 5;
    const junk = reportFields({ text: `Skräp ${i}` });
    if (kind === 0 || kind === 1) return { status: (await client.post('/anmalan', { ...junk, token: 'x'.repeat(40) })).status, realWork: false };
    if (kind === 2) return { status: (await client.post('/anmalan', { ...junk, token: await client.formToken(), ...replayable })).status, realWork: false };
    const purpose = kind === 3 ? 'report' : 'inbox';
    const { challenge: c, bits } = await challenge(purpose);
    const realWork = bits <= attackerBudgetBits;
    const pow = { pow: c, powNonce: realWork ? solvePow(c, bits) : '0' };
    if (purpose === 'report') return { status: (await client.post('/anmalan', { ...junk, token: await client.formToken(), ...pow })).status, realWork };
    return { status: (await client.post('/anmalan/inkorg', { code: String(i).padStart(20, '4'), ...pow })).status, realWork };
  };

  it('lets every honest report and receipt code through during a flood of 2,000 requests, without a single 5xx', async () => {
    transportRetries.count = 0;
    const replayable = await client.pow('report');
    await client.post('/anmalan', { ...reportFields(), token: await client.formToken(), ...replayable });
    const statuses: number[] = [];
    let realWork = 0;
    const honest: Array<Promise<boolean>> = [];
    let next = 0;
    const worker = async () => {
      while (next < 2000) {
        const i = next++;
        // Every 100th request, an honest reporter starts: a report, or opening the inbox.
        if (i % 100 === 50) {
          honest.push(
            i % 200 === 50
              ? client.report(reportFields({ text: `Ärlig anmälan ${i}` })).then((p) => p.status === 200 && p.code !== undefined)
              : client.openInbox(code).then((p) => p.status === 200 && hiddenField(p.html, 'session') !== undefined),
          );
        }
        const result = await attack(i, replayable);
        statuses.push(result.status);
        if (result.realWork) realWork++;
      }
    };
    const bitsBefore = (await challenge('report')).bits;
    await Promise.all(Array.from({ length: 50 }, worker));
    const bitsAfter = (await challenge('report')).bits;
    const outcomes = await Promise.all(honest);
    const succeeded = outcomes.filter(Boolean).length;
    const count = (s: number) => statuses.filter((x) => x === s).length;
    console.log(
      `${database.dialect}: flood of ${statuses.length} requests (${realWork} with real work): ${count(200)} × 200, ${count(400)} × 400, ${count(404)} × 404, ${count(409)} × 409, ` +
        `${statuses.filter((s) => s >= 500).length} × 5xx, ${transportRetries.count} keep-alive retries; difficulty ${bitsBefore} → ${bitsAfter} bits; honest: ${succeeded}/${outcomes.length} succeeded (${((100 * succeeded) / outcomes.length).toFixed(0)} %)`,
    );
    expect(statuses).toHaveLength(2000);
    expect(statuses.filter((s) => s >= 500)).toEqual([]);
    expect(outcomes).toHaveLength(20);
    expect(succeeded).toBe(outcomes.length);
    expect(bitsAfter).toBeGreaterThan(bitsBefore);
    expect((await fetch(`${client.baseUrl}/healthz`)).status).toBe(200);
  }, 600_000);
});
