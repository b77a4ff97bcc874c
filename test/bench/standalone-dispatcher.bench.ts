import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { countByState } from '../../src/reminders/outbox-repository.js';
import { openDatabase } from '../../src/storage/database.js';
import { migrateToLatest } from '../../src/storage/migrate.js';
import { bulkSeed } from '../helpers/bulk-seed.js';
import { ConnectorProcess } from '../helpers/spawn-connector.js';
import type { Benchmark } from './bench-types.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const tillit = path.join(process.env.BENCH_TILLIT_DIST ?? path.resolve(here, '../../dist'), 'cli/tillit.js');
const tenantRps = Number(process.env.BENCH_TENANT_RPS ?? 200);
/** The sizes to compare: peak RSS should not grow with the number of reminders. */
const sizes = (process.env.BENCH_DISPATCHER_SIZES ?? '2000,10000').split(',').map(Number);
/** Node flags for the dispatcher, e.g. "--max-old-space-size=96": how much of its peak is garbage V8 has not yet collected. */
const nodeFlags = process.env.BENCH_DISPATCHER_FLAGS?.split(' ').filter(Boolean) ?? [];

/** VmRSS and VmHWM (peak) of a live process, MiB. */
function memory(pid: number): { rss: number; peak: number } | undefined {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? Number.NaN);
    return { rss: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
  } catch {
    return undefined;
  }
}

async function run(reminders: number): Promise<Record<string, string | number>> {
  const conversations = reminders / 2;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tillit-dispatcher-'));
  const file = path.join(dir, 'bench.sqlite');
  const connector = await ConnectorProcess.start(tenantRps);
  try {
    const seeding = openDatabase({ dialect: 'sqlite', file });
    await migrateToLatest(seeding.db);
    const { conversationIds } = await bulkSeed(seeding.db, { measures: reminders, people: conversations, serviceUrl: connector.url, deadline: '2024-10-31' });
    await seeding.destroy();

    const started = Date.now();
    const child = spawn(process.execPath, [...nodeFlags, tillit, 'reminders', 'run', '--once'], {
      env: { ...process.env, DATABASE_URL: file, TILLIT_TEST_CLOCK: '2024-10-24T08:00:00.000Z', TILLIT_TENANT_RATE_LIMIT: String(tenantRps), TILLIT_LOCALE: 'sv', LOG_LEVEL: 'silent' },
      stdio: ['ignore', 'ignore', 'ignore'],
    });
    let peak = 0;
    const samples: number[] = [];
    const sampler = setInterval(() => {
      const m = memory(child.pid!);
      // An exiting process's status may lack the fields: skip that sample.
      if (!m || !Number.isFinite(m.rss) || !Number.isFinite(m.peak)) return;
      peak = Math.max(peak, m.peak);
      samples.push(m.rss);
    }, 100);
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    clearInterval(sampler);
    if (code !== 0) throw new Error(`tillit reminders run --once exited with ${code}`);
    const seconds = (Date.now() - started) / 1000;

    const stats = await connector.stats();
    const sendSeconds = (stats.lastAt - stats.firstAt) / 1000;
    const checking = openDatabase({ dialect: 'sqlite', file });
    const states = await countByState(checking.db);
    await checking.destroy();
    const received = conversationIds.map((id) => stats.perConversation[id] ?? 0);
    return {
      'node flags': nodeFlags.join(' ') || '–',
      reminders,
      conversations,
      messages: stats.accepted,
      'tenant limit/s': tenantRps,
      'msgs/s (first→last send)': Math.round((stats.accepted / sendSeconds) * 10) / 10,
      'share of limit': `${((stats.accepted / sendSeconds / tenantRps) * 100).toFixed(1)} %`,
      'wall s (start+plan+send)': Math.round(seconds * 10) / 10,
      '429s': stats.throttled,
      // The default grouping sends each conversation one message (its two reminders together).
      'duplicates (messages beyond one)': received.reduce((n, r) => n + Math.max(0, r - 1), 0),
      'conversations without a message': received.filter((r) => r === 0).length,
      'rows not sent': states.pending + states.sending + states.failed,
      'RSS p50 MiB': Math.round(samples.sort((a, b) => a - b)[Math.floor(samples.length / 2)] ?? Number.NaN),
      'peak RSS MiB (VmHWM)': Math.round(peak),
    };
  } finally {
    await connector.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The dispatcher as it runs in production: `tillit reminders run --once` in a process of its own, its memory read from /proc. */
export const standaloneDispatcherBenchmark: Benchmark = {
  name: 'fan-out standalone dispatcher',
  description: `\`tillit reminders run --once\` (SQLite, botbuilder, the default grouping) in its own process, for ${sizes.join(' and ')} reminders to half as many conversations, against the fake connector (tenant ${tenantRps}/s; BENCH_DISPATCHER_SIZES, BENCH_TENANT_RPS, BENCH_DISPATCHER_FLAGS). Peak RSS is the process's VmHWM, sampled every 100 ms: it should not grow with the number of reminders.`,
  async run() {
    const rows = [];
    for (const size of sizes) rows.push(await run(size));
    return rows;
  },
};
