import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

const cliEntry = path.resolve(import.meta.dirname, '../../dist/cli/tillit.js');

/** `tillit reminders run --once` (or serve) as a real child process, as cron or a server would run it. */
export interface ReminderChild {
  process: ChildProcess;
  output: string[];
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Starts `node dist/cli/tillit.js reminders run --once` against `databaseUrl` with a test clock. */
export function spawnReminderRun(databaseUrl: string, env: Record<string, string> = {}): ReminderChild {
  return spawnTillit(['reminders', 'run', '--once'], databaseUrl, env);
}

/** Starts `node dist/cli/tillit.js <args>` against `databaseUrl`, without Teams credentials. */
export function spawnTillit(args: string[], databaseUrl: string, env: Record<string, string> = {}): ReminderChild {
  const output: string[] = [];
  const child = spawn(process.execPath, [cliEntry, ...args], {
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      MICROSOFT_APP_ID: '',
      MICROSOFT_APP_PASSWORD: '',
      LOG_LEVEL: 'warn',
      TILLIT_LOCALE: 'sv',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (c: Buffer) => output.push(c.toString()));
  child.stderr!.on('data', (c: Buffer) => output.push(c.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  return { process: child, output, exited };
}

/** Resolves once `check` is true, polling every 20 ms; rejects after `timeoutMs`. */
export async function waitUntil(check: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Like waitUntil, for a check that has to ask (the database, an HTTP endpoint). */
export async function waitUntilAsync(check: () => Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await check().catch(() => false))) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
