/**
 * The few messages a bench server process (tillit-server.ts, bare-bot.mjs) and the bench exchange over IPC:
 * the server says it is ready (and its port); the bench asks for the
 * server's CPU time and SQL statement count so far, and tells it to stop.
 */
export interface ServerReady {
  kind: 'ready';
  port: number;
}

export interface ServerStats {
  kind: 'stats';
  /** User + system CPU time of the server process so far, in ms. */
  cpuMs: number;
  /** SQL statements sent so far (0 for a server without a database). */
  statements: number;
  rssMiB: number;
}

export type BenchRequest = { kind: 'stats' } | { kind: 'stop' };

/** The verb Tillit's bench server answers without status work. */
export const benchNoopVerb = 'bench.noop';

/** Answers the bench's stats and stop requests in a server process. */
export function serveStats(statements: () => number, stop: () => Promise<void>): void {
  process.on('message', (message: BenchRequest) => {
    if (message.kind === 'stats') {
      const cpu = process.cpuUsage();
      const stats: ServerStats = { kind: 'stats', cpuMs: (cpu.user + cpu.system) / 1000, statements: statements(), rssMiB: process.memoryUsage().rss / 1048576 };
      process.send!(stats);
    } else if (message.kind === 'stop') {
      void stop().finally(() => process.exit(0));
    }
  });
}
