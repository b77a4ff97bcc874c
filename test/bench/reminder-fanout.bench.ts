import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createBotRuntime } from '../../bot/bot-runtime.js';
import { loadConfig } from '../../src/config/load-config.js';
import { countByState } from '../../src/reminders/outbox-repository.js';
import { RunningClock } from '../../src/ports/running-clock.js';
import { openDatabase, type TillitDatabase } from '../../src/storage/database.js';
import { migrateToLatest } from '../../src/storage/migrate.js';
import { bulkSeed } from '../helpers/bulk-seed.js';
import { createPostgresTestDatabase } from '../helpers/databases.js';
import { testCycle } from '../helpers/reminder-setup.js';
import { ConnectorProcess } from '../helpers/spawn-connector.js';
import type { Benchmark } from './bench-types.js';

/** The tenant limit the fake connector enforces (Teams' default is 50/s; higher keeps the run short). */
const tenantRps = Number(process.env.BENCH_TENANT_RPS ?? 200);
const reminders = Number(process.env.BENCH_REMINDERS ?? 10_000);
const conversations = Number(process.env.BENCH_CONVERSATIONS ?? 5_000);

async function sqliteDatabase(): Promise<TillitDatabase & { cleanup(): void }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tillit-bench-'));
  const database = openDatabase({ dialect: 'sqlite', file: path.join(dir, 'bench.sqlite') });
  await migrateToLatest(database.db);
  return { ...database, cleanup: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

type Sdk = 'botbuilder' | 'agents';

async function scenario(
  name: string,
  dialect: 'sqlite' | 'postgres',
  options: { maxItemsPerMessage: number; dispatchers: number; sdk: Sdk },
): Promise<Record<string, string | number>> {
  const database = dialect === 'sqlite' ? await sqliteDatabase() : await createPostgresTestDatabase();
  const connector = await ConnectorProcess.start(tenantRps);
  try {
    const { conversationIds } = await bulkSeed(database.db, { measures: reminders, people: conversations, serviceUrl: connector.url, deadline: '2024-10-31' });
    const config = loadConfig({ DATABASE_URL: dialect === 'sqlite' ? 'bench.sqlite' : 'postgres://x/y', TILLIT_BOT_SDK: options.sdk });
    // Each dispatcher is a process's worth: its own runtime (adapter) and messenger.
    const messengers = await Promise.all(Array.from({ length: options.dispatchers }, async () => (await createBotRuntime(config)).createMessenger(database.db)));
    const clock = new RunningClock(new Date('2024-10-24T08:00:00Z'));
    // Several dispatchers = several processes' worth of workers sharing the database budget and outbox.
    const cycles = messengers.map((messenger) =>
      testCycle(
        { db: database.db, dialect: database.dialect, clock, messenger },
        { tenantRatePerSecond: tenantRps, maxItemsPerMessage: options.maxItemsPerMessage, leaseMs: 60_000, concurrency: 16 },
      ).cycle,
    );
    global.gc?.();
    const rssBefore = process.memoryUsage().rss;
    let rssPeak = rssBefore;
    const sampler = setInterval(() => (rssPeak = Math.max(rssPeak, process.memoryUsage().rss)), 100);
    const started = Date.now();
    const cpu = process.cpuUsage();
    const results = await Promise.all(cycles.map((c) => c.runOnce(5_000)));
    const used = process.cpuUsage(cpu);
    clearInterval(sampler);
    const seconds = (Date.now() - started) / 1000;
    const messages = results.reduce((n, r) => n + r.dispatched.messages, 0);
    const stats = await connector.stats();
    const sendSeconds = (stats.lastAt - stats.firstAt) / 1000;
    const received = conversationIds.map((id) => stats.perConversation[id] ?? 0);
    const states = await countByState(database.db);
    const expectedPerConversation = options.maxItemsPerMessage === 1 ? reminders / conversations : 1;
    return {
      scenario: name,
      database: dialect,
      SDK: options.sdk,
      reminders,
      conversations,
      messages,
      'tenant limit/s': tenantRps,
      'msgs/s (first→last send)': Math.round((messages / sendSeconds) * 10) / 10,
      'share of limit': `${((messages / sendSeconds / tenantRps) * 100).toFixed(1)} %`,
      'wall s (plan+send)': Math.round(seconds * 10) / 10,
      '429s': stats.throttled,
      'CPU ms/msg': Math.round(((used.user + used.system) / 1000 / messages) * 100) / 100,
      duplicates: received.reduce((n, r) => n + Math.max(0, r - expectedPerConversation), 0),
      lost: received.filter((r) => r < expectedPerConversation).length + states.pending + states.sending + states.failed,
      'missed slots': results.reduce((n, r) => n + r.dispatched.missedSlots, 0),
      'RSS before MiB': Math.round(rssBefore / 1048576),
      'peak RSS MiB': Math.round(rssPeak / 1048576),
    };
  } finally {
    await connector.stop();
    await database.destroy();
    if ('cleanup' in database) (database as { cleanup(): void }).cleanup();
  }
}

/** Fan-out of reminders through the real dispatcher and Bot Framework client to a fake connector enforcing Teams' limits. */
export const reminderFanOut: Benchmark = {
  name: 'reminder fan-out',
  description: `Peak RSS is sampled during the send; "RSS before" is the process with its modules and seeded data loaded. ${reminders} reminders to ${conversations} conversations through the outbox, the dispatcher and the SDK's proactive send (botbuilder, or the Microsoft 365 Agents SDK: the "agents" rows), against a fake connector enforcing Teams' limits (per conversation 7/1 s, 60/30 s, 1800/h; tenant ${tenantRps}/s — set BENCH_TENANT_RPS). "grouped": one message per person listing their measures; "one per message": every reminder its own message (two per conversation); "2 dispatchers": two processes' worth of dispatchers sharing the PostgreSQL outbox and tenant budget.`,
  async run() {
    // BENCH_SCENARIOS=all adds PostgreSQL with one dispatcher; or name scenarios ("grouped sqlite,2 dispatchers").
    const only =
      process.env.BENCH_SCENARIOS === 'all'
        ? undefined
        : (process.env.BENCH_SCENARIOS?.split(',') ?? ['grouped sqlite botbuilder', 'grouped sqlite agents', 'one per message sqlite botbuilder', '2 dispatchers postgres botbuilder']);
    const all: Array<[string, 'sqlite' | 'postgres', { maxItemsPerMessage: number; dispatchers: number; sdk: Sdk }]> = [
      ['grouped', 'sqlite', { maxItemsPerMessage: 10, dispatchers: 1, sdk: 'botbuilder' }],
      ['grouped', 'sqlite', { maxItemsPerMessage: 10, dispatchers: 1, sdk: 'agents' }],
      ['one per message', 'sqlite', { maxItemsPerMessage: 1, dispatchers: 1, sdk: 'botbuilder' }],
      ['one per message', 'sqlite', { maxItemsPerMessage: 1, dispatchers: 1, sdk: 'agents' }],
      ['one per message', 'postgres', { maxItemsPerMessage: 1, dispatchers: 1, sdk: 'botbuilder' }],
      ['2 dispatchers', 'postgres', { maxItemsPerMessage: 1, dispatchers: 2, sdk: 'botbuilder' }],
      ['2 dispatchers', 'postgres', { maxItemsPerMessage: 1, dispatchers: 2, sdk: 'agents' }],
    ];
    const rows = [];
    for (const [name, dialect, options] of all) {
      if (only && !only.some((o) => `${name} ${dialect} ${options.sdk}`.includes(o))) continue;
      rows.push(await scenario(name, dialect, options));
    }
    return rows;
  },
};
