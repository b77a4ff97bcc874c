import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { cardInvoke, testUser } from '../helpers/activities.js';
import { examplePath } from '../helpers/example-files.js';
import { FakeConnector } from '../helpers/fake-connector.js';
import { moduleRecorder, packagesOf } from '../helpers/loaded-packages.js';
import { ms, percentile, type Benchmark } from './bench-types.js';

const here = path.dirname(fileURLToPath(import.meta.url));
/** The built Tillit to start (BENCH_TILLIT_DIST points at another build, e.g. an older release, to compare). */
const dist = process.env.BENCH_TILLIT_DIST ?? path.resolve(here, '../../dist');
const tillit = path.join(dist, 'cli/tillit.js');
const bareBot = path.join(here, 'servers/bare-bot.mjs');
const runs = Number(process.env.BENCH_STARTUP_RUNS ?? 5);
const idleMs = 2000;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Resident memory of a process now, from /proc (Linux), in MiB. */
function rssMiB(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? Number.NaN);
  return Math.round((kb / 1024) * 10) / 10;
}

/** CPU time a process has used so far (user + system, /proc, 10 ms ticks): holds when other work shares the machine. */
function cpuMs(pid: number): number {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

interface StartSample {
  readyMs: number;
  readyCpuMs: number;
  idleRssMiB: number;
  packages: number;
}

/**
 * Starts a server, times it from spawn to its first answer to a card invoke
 * (polled every 5 ms), lets it idle, reads its RSS, stops it. With `record`,
 * also counts the npm packages it loaded (see module-recorder.mjs).
 */
async function startOnce(args: string[], env: Record<string, string>, record: boolean, serviceUrl: string): Promise<StartSample> {
  const port = await freePort();
  const modules = path.join(os.tmpdir(), `tillit-modules-${process.pid}-${port}.txt`);
  const started = performance.now();
  const child = spawn(process.execPath, [...(record ? ['--import', moduleRecorder] : []), ...args], {
    env: { ...process.env, ...env, PORT: String(port), LOG_LEVEL: 'silent', TILLIT_LOADED_MODULES_FILE: modules },
    stdio: 'ignore',
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const user = testUser({ name: 'Start Tid' });
  const body = JSON.stringify(cardInvoke(user, 'bench.ready', {}, serviceUrl));
  let readyMs = Number.NaN;
  let readyCpuMs = Number.NaN;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${args.join(' ')} exited before answering`);
    const ok = await fetch(`http://127.0.0.1:${port}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body })
      .then((res) => res.status === 200)
      .catch(() => false);
    if (ok) {
      readyMs = performance.now() - started;
      readyCpuMs = cpuMs(child.pid!);
      break;
    }
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  await new Promise((resolve) => setTimeout(resolve, idleMs));
  const idleRssMiB = rssMiB(child.pid!);
  child.kill('SIGTERM');
  await exited;
  let packages = Number.NaN;
  if (record) {
    packages = packagesOf(fs.readFileSync(modules, 'utf8').split('\n')).size;
    fs.rmSync(modules, { force: true });
  }
  return { readyMs, readyCpuMs, idleRssMiB, packages };
}

/** Wall time of one CLI command, spawn to exit. */
async function cliOnce(args: string[], env: Record<string, string>): Promise<number> {
  const started = performance.now();
  const child = spawn(process.execPath, [tillit, ...args], { env: { ...process.env, ...env, LOG_LEVEL: 'silent' }, stdio: 'ignore' });
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  if (code !== 0) throw new Error(`tillit ${args.join(' ')} exited with ${code}`);
  return performance.now() - started;
}

export const startupBenchmark: Benchmark = {
  name: 'startup',
  description: [
    `\`tillit serve\` (node ${path.relative(process.cwd(), tillit)}, a new SQLite database each time) against the plain botbuilder bot (bare-bot.mjs),`,
    `${runs} starts each, alternated: ready = spawn to the first 200 answer to a card invoke (wall, and the server's CPU time then); idle RSS ${idleMs / 1000} s after that (/proc);`,
    'packages = npm packages loaded (one extra start with a module recorder). Then CLI commands, spawn to exit, on a database',
    'holding one example plan. Medians (and the slowest).',
  ].join('\n'),
  async run() {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tillit-startup-'));
    // Tillit asks Teams who a new sender is: a local fake answers at once, as Teams would.
    const connector = await new FakeConnector().start();
    try {
      const tillitSamples: StartSample[] = [];
      const bareSamples: StartSample[] = [];
      for (let i = 0; i < runs + 1; i++) {
        const record = i === runs;
        const db = path.join(dir, `serve-${i}.sqlite`);
        bareSamples.push(await startOnce([bareBot], {}, record, connector.url));
        tillitSamples.push(await startOnce([tillit, 'serve'], { DATABASE_URL: db }, record, connector.url));
      }
      const startRow = (target: string, samples: StartSample[]) => {
        const timed = samples.slice(0, runs);
        return {
          target,
          'ready ms (p50)': ms(percentile(timed.map((s) => s.readyMs), 50)),
          'ready ms (max)': ms(Math.max(...timed.map((s) => s.readyMs))),
          'ready CPU ms (p50)': percentile(timed.map((s) => s.readyCpuMs), 50),
          'idle RSS MiB (p50)': percentile(timed.map((s) => s.idleRssMiB), 50),
          packages: samples[runs]!.packages,
        };
      };
      const rows: Array<Record<string, string | number>> = [startRow('tillit serve', tillitSamples), startRow('bare botbuilder bot', bareSamples)];

      const env = { DATABASE_URL: path.join(dir, 'cli.sqlite'), TILLIT_LOCALE: 'sv' };
      await cliOnce(['plan', 'import', examplePath('oskarshamn'), '--key', 'oskarshamn'], env);
      for (const args of [['plan', 'list'], ['plan', 'show', 'oskarshamn'], ['--help']]) {
        const times: number[] = [];
        for (let i = 0; i < runs; i++) times.push(await cliOnce(args, env));
        rows.push({ target: `tillit ${args.join(' ')}`, 'ready ms (p50)': ms(percentile(times, 50)), 'ready ms (max)': ms(Math.max(...times)), 'idle RSS MiB (p50)': '', packages: '' });
      }
      // Into a new database each time: what someone trying Tillit does first.
      const times: number[] = [];
      for (let i = 0; i < runs; i++) times.push(await cliOnce(['plan', 'import', examplePath('oskarshamn')], { ...env, DATABASE_URL: path.join(dir, `import-${i}.sqlite`) }));
      rows.push({ target: 'tillit plan import (example, new database)', 'ready ms (p50)': ms(percentile(times, 50)), 'ready ms (max)': ms(Math.max(...times)), 'idle RSS MiB (p50)': '', packages: '' });
      rows.push({ target: `load average ${os.loadavg().map((l) => l.toFixed(2)).join(' ')} on ${os.cpus().length} CPUs` });
      return rows;
    } finally {
      await connector.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  },
};
