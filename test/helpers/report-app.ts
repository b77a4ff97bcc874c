import { randomBytes } from 'node:crypto';
import { routeMounters } from '../../web/mounters.js';
import { createReportWorker, type ReportWorker } from '../../app/report-worker.js';
import type { Clock } from '../../src/ports/clock.js';
import { BotDriver } from './bot-driver.js';
import type { TestDatabase } from './databases.js';
import { ReportClient } from './report-client.js';

/** Handlers of the tests: Cecilia and David from the demo people. */
export const handlerIds = ['5e1a7e57-0000-4000-8000-000000000a03', '5e1a7e57-0000-4000-8000-000000000a04'];

/** The report channel's settings for a test: a fresh master key, two handlers, two units. */
export function reportEnv(extra: Record<string, string> = {}): Record<string, string> {
  return {
    TILLIT_MASTER_KEY: randomBytes(32).toString('base64'),
    TILLIT_REPORT_HANDLERS: handlerIds.join(','),
    TILLIT_REPORT_UNITS: 'Socialtjänst;Vård och omsorg;Samhällsbyggnad',
    PUBLIC_URL: 'https://tillit.test',
    // A fast write cadence, so a posted report is stored within 50 ms.
    TILLIT_WRITE_CADENCE_SECONDS: '0.05',
    // A calm proof of work of 8 bits, not production's 14: the same routes and checks at a 64th of the
    // hashing (a 14-bit solve costs the test process 0.1–0.5 s). The difficulty itself is tested where it
    // matters (report-inbox: it rises under guessing; flood: it rises under a flood) relative to the calm one.
    TILLIT_REPORT_POW_BITS: '8',
    ...extra,
  };
}

/** Tillit with the report routes and a report worker the test ticks by hand (it never ticks on its own). */
export async function startReportApp(
  database: TestDatabase,
  options: { env?: Record<string, string>; clock?: Clock } = {},
): Promise<{ bot: BotDriver; client: ReportClient; worker: ReportWorker }> {
  const worker = createReportWorker({ tickMs: 24 * 3600 * 1000, firstTickMs: 24 * 3600 * 1000, slotTimer: false });
  const bot = await BotDriver.start(database, { env: reportEnv(options.env), clock: options.clock, mounters: routeMounters, workers: [worker] });
  return { bot, client: new ReportClient(bot.baseUrl), worker };
}
