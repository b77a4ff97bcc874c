import path from 'node:path';
import { allFeatures, startTillit, type RunningTillit } from '../app/create-app.js';
import type { Config } from '../src/config/load-config.js';
import { createLogger } from '../src/logging/logger.js';
import { say, type CliIo } from './cli-io.js';
import { announceNewDatabase } from './open-database.js';
import { startPlayground, type Playground } from './playground.js';

/** The Agents Playground's working folder: next to the SQLite file, else in the data folder. */
function playgroundDir(config: Config): string {
  const base = config.database.dialect === 'sqlite' ? path.dirname(config.database.file) : config.dataDir;
  return path.join(base, 'playground');
}

export interface RunServerOptions {
  playground: boolean;
  /** Tasks to run on the open database before serving (e.g. load example plans). */
  beforeServe?: ReadonlyArray<(running: RunningTillit, io: CliIo) => Promise<void>>;
}

/**
 * Runs Tillit until SIGINT/SIGTERM: server, workers and, when asked and
 * there are no Teams credentials, the Agents Playground.
 */
export async function runServer(io: CliIo, config: Config, options: RunServerOptions): Promise<void> {
  const started = Date.now();
  const logger = createLogger(config.logLevel);
  const running = await startTillit(config, { logger, ...allFeatures });
  announceNewDatabase(io, running.createdDatabaseFile);
  for (const task of options.beforeServe ?? []) await task(running, io);

  io.out(say(io, 'cli.serve.listening', { url: `http://localhost:${running.port}`, dialect: running.app.dialect }));
  if (config.testClockStart) io.err(say(io, 'cli.testClock', { at: config.testClockStart.toISOString() }));
  if (config.bot.authenticated) io.out(say(io, 'cli.serve.authenticated', { appId: config.bot.appId! }));
  else io.err(`\n*** ${say(io, 'cli.serve.unauthenticated')} ***\n`);

  let playground: Playground | undefined;
  if (options.playground && !config.bot.authenticated) {
    io.out(say(io, 'cli.playground.starting'));
    try {
      playground = await startPlayground({
        port: config.playground.port,
        botEndpoint: `http://localhost:${running.port}/api/messages`,
        workDir: playgroundDir(config),
      });
      io.out(say(io, 'cli.playground.ready', { url: playground.url }));
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      io.err(detail === 'not installed' ? say(io, 'cli.playground.missing') : say(io, 'cli.playground.failed', { detail }));
    }
  }
  io.out(say(io, 'cli.start.startupTime', { ms: Date.now() - started }));

  await new Promise<void>((resolve) => {
    const shutdown = () => {
      process.off('SIGINT', shutdown);
      process.off('SIGTERM', shutdown);
      io.out(say(io, 'cli.serve.stopping'));
      void Promise.all([playground?.stop(), running.stop()]).finally(resolve);
    };
    process.on('SIGINT', shutdown);
    process.on('SIGTERM', shutdown);
  });
}
