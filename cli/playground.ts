import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';

/** A running Agents Playground child process. */
export interface Playground {
  url: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

/** Finds the playground's CLI script, or undefined when it is not installed. */
export function playgroundCli(): string | undefined {
  try {
    const require = createRequire(import.meta.url);
    const manifest = require.resolve('@microsoft/m365agentsplayground/package.json');
    return path.join(path.dirname(manifest), 'cli.js');
  } catch {
    return undefined;
  }
}

async function waitForHttp(url: string, timeoutMs: number, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`exited with code ${child.exitCode}`);
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(1000) });
      if (res.status < 500) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`not ready after ${timeoutMs} ms`);
}

/**
 * Starts Microsoft's local Teams simulator, headless (no browser of its
 * own, no telemetry), pointed at the bot's /api/messages, and waits until
 * its page answers.
 */
export async function startPlayground(options: {
  port: number;
  botEndpoint: string;
  timeoutMs?: number;
  env?: NodeJS.ProcessEnv;
  output?: 'inherit' | 'ignore';
}): Promise<Playground> {
  const cli = playgroundCli();
  if (!cli) throw new Error('not installed');
  const child = spawn(
    process.execPath,
    [cli, 'start', '-p', String(options.port), '-e', options.botEndpoint, '-c', 'msteams', '--dt'],
    {
      env: { ...process.env, ...options.env, TEAMSAPPTESTER_BROWSER: 'none' },
      stdio: ['ignore', options.output ?? 'ignore', options.output ?? 'ignore'],
      detached: false,
    },
  );
  const url = `http://localhost:${options.port}`;
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
      setTimeout(() => child.kill('SIGKILL'), 3000).unref();
    });
  try {
    await waitForHttp(url, options.timeoutMs ?? 60_000, child);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, process: child, stop };
}
