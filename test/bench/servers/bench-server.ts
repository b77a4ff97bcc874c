import { fork, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BenchRequest, ServerReady, ServerStats } from './server-protocol.js';

const here = path.dirname(fileURLToPath(import.meta.url));

/** A server process started for a bench: where it listens, its stats, and a clean stop. */
export interface BenchServer {
  port: number;
  stats(): Promise<ServerStats>;
  stop(): Promise<void>;
}

/** Starts one of the servers in this folder (by file name) in its own Node process (TypeScript through tsx). */
export async function startBenchServer(file: string, env: Record<string, string>): Promise<BenchServer> {
  const child: ChildProcess = fork(path.join(here, file), [], {
    // BENCH_PROFILE_DIR=dir writes a V8 CPU profile of each server process there (node --cpu-prof).
    execArgv: [...(file.endsWith('.ts') ? ['--import', 'tsx'] : []), ...(process.env.BENCH_PROFILE_DIR ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE_DIR}`] : [])],
    env: { ...process.env, ...env },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const next = <T extends { kind: string }>(kind: T['kind']) =>
    new Promise<T>((resolve, reject) => {
      const onMessage = (message: T) => {
        if (message.kind !== kind) return;
        child.off('message', onMessage);
        child.off('exit', onExit);
        resolve(message);
      };
      const onExit = (code: number | null) => reject(new Error(`${file} exited (${code}) before '${kind}'`));
      child.on('message', onMessage);
      child.once('exit', onExit);
    });
  const send = (request: BenchRequest) => child.send(request);
  const ready = await next<ServerReady>('ready');
  return {
    port: ready.port,
    async stats() {
      const answer = next<ServerStats>('stats');
      send({ kind: 'stats' });
      return answer;
    },
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      send({ kind: 'stop' });
      await exited;
    },
  };
}

/** A keep-alive HTTP client with a fixed number of sockets (one per simulated connection). */
export function keepAliveClient(connections: number) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  return {
    /** POSTs JSON; resolves with the status and the body text. */
    post(port: number, pathname: string, body: unknown): Promise<{ status: number; text: string }> {
      const payload = Buffer.from(JSON.stringify(body));
      return new Promise((resolve, reject) => {
        const req = http.request(
          { agent, host: '127.0.0.1', port, path: pathname, method: 'POST', headers: { 'content-type': 'application/json', 'content-length': payload.length } },
          (res) => {
            const chunks: Buffer[] = [];
            res.on('data', (c: Buffer) => chunks.push(c));
            res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
            res.on('error', reject);
          },
        );
        req.on('error', reject);
        req.end(payload);
      });
    },
    close: () => agent.destroy(),
  };
}
