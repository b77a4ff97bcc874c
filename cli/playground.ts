import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { playgroundConfigYaml } from './playground-config.js';
import { demoCurrentUser, type DemoPerson } from '../src/directory/demo-people.js';

/** A running Agents Playground child process. */
export interface Playground {
  url: string;
  port: number;
  process: ChildProcess;
  stop(): Promise<void>;
}

/** Finds the playground's CLI script, or undefined when it is not installed. */
export function playgroundCli(): string | undefined {
  try {
    return createRequire(import.meta.url).resolve('@microsoft/m365agentsplayground/cli.js');
  } catch {
    return undefined;
  }
}

/**
 * Starts Microsoft's Agents Playground (the local Teams client of the demo) as a direct child (killing an
 * npx wrapper would orphan it), headless and without telemetry, pointed at
 * the bot. It runs in its own folder with Tillit's people (see
 * playground-config.ts and src/directory/demo-people.ts); it may fall back to another port when the asked
 * one is busy, so the port is read from its "Listening on N" line.
 */
export async function startPlayground(options: {
  port: number;
  botEndpoint: string;
  workDir: string;
  currentUser?: DemoPerson;
  timeoutMs?: number;
}): Promise<Playground> {
  const cli = playgroundCli();
  if (!cli) throw new Error('not installed');
  fs.mkdirSync(options.workDir, { recursive: true });
  const configPath = path.join(options.workDir, '.m365agentsplayground.yml');
  fs.writeFileSync(configPath, playgroundConfigYaml(options.currentUser ?? demoCurrentUser));
  const child = spawn(process.execPath, [cli, 'start', '-p', String(options.port), '-e', options.botEndpoint, '-c', 'msteams', '--dt'], {
    cwd: options.workDir,
    env: {
      ...process.env,
      TEAMSAPPTESTER_BROWSER: 'none',
      M365_AGENTS_PLAYGROUND_CONFIG_PATH: configPath,
      NO_PROXY: ['localhost', '127.0.0.1', process.env.NO_PROXY].filter(Boolean).join(','),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      const timer = setTimeout(() => child.kill('SIGKILL'), 4000);
      child.once('exit', () => {
        clearTimeout(timer);
        resolve();
      });
      child.kill('SIGTERM');
    });
  try {
    const port = await new Promise<number>((resolve, reject) => {
      let output = '';
      const timer = setTimeout(() => reject(new Error(`not ready after ${options.timeoutMs ?? 60_000} ms`)), options.timeoutMs ?? 60_000);
      const onData = (chunk: Buffer) => {
        output += chunk.toString();
        const match = output.match(/Listening on (\d+)/);
        if (match) {
          clearTimeout(timer);
          resolve(Number(match[1]));
        }
      };
      child.stdout!.on('data', onData);
      child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`exited with code ${code}: ${output.trim().split('\n').slice(-2).join(' ')}`));
      });
    });
    child.stdout!.resume();
    child.stderr!.resume();
    return { url: `http://localhost:${port}`, port, process: child, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
