import type http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Config } from '../src/config/load-config.js';
import { createLogger, type Logger } from '../src/logging/logger.js';
import { systemClock, type Clock } from '../src/ports/clock.js';
import { RunningClock } from '../src/ports/running-clock.js';
import { openDatabase } from '../src/storage/database.js';
import { migrateToLatest } from '../src/storage/migrate.js';
import { silenceSdkConsole } from './sdk-console.js';
import type { AppServices } from './app-services.js';
import { createBotRuntime } from './bot-runtime.js';
import { createHttpApp, listen, type RouteMounter } from './http-server.js';
import { createInboundAuth } from './inbound-auth.js';
import { TillitBot } from './tillit-bot.js';
import { startWriteCadence } from './write-cadence-service.js';

/** A background job that runs while the server runs (e.g. the reminder dispatcher). */
export interface Worker {
  name: string;
  start(app: AppServices): void;
  stop(): Promise<void>;
}

export interface CreateAppOptions {
  logger?: Logger;
  clock?: Clock;
  mounters?: readonly RouteMounter[];
  workers?: readonly Worker[];
}

/** A running Tillit: its services, HTTP server and a way to stop it cleanly. */
export interface RunningTillit {
  app: AppServices;
  server: http.Server;
  port: number;
  /** The SQLite file created at this start because none was there. */
  createdDatabaseFile?: string;
  stop(): Promise<void>;
}

/**
 * The composition root: opens and migrates the database, builds the adapter,
 * bot and HTTP server, starts workers. Everything Teams-specific is created
 * here and nowhere in src/.
 */
export async function startTillit(config: Config, options: CreateAppOptions = {}): Promise<RunningTillit> {
  const logger = options.logger ?? createLogger(config.logLevel);
  silenceSdkConsole(logger);
  const database = openDatabase(config.database);
  try {
    await migrateToLatest(database.db);
  } catch (error) {
    await database.destroy();
    throw error;
  }
  // The SDK (TILLIT_BOT_SDK) is chosen here and known only to the runtime; inbound tokens are Tillit's to check.
  const runtime = await createBotRuntime(config);
  const auth = createInboundAuth(config);
  const app: AppServices = {
    config,
    db: database.db,
    dialect: database.dialect,
    clock: options.clock ?? (config.testClockStart ? new RunningClock(config.testClockStart) : systemClock),
    logger,
    messenger: runtime.createMessenger(database.db),
  };
  const bot = new TillitBot(app);

  const server = await listen(
    createHttpApp(app, runtime, auth, bot, options.mounters ?? []),
    config.server.port,
    config.server.host,
  );
  const port = (server.address() as AddressInfo).port;
  const workers = options.workers ?? [];
  for (const worker of workers) worker.start(app);
  const cadence = startWriteCadence(app);

  let stopped = false;
  return {
    app,
    server,
    port,
    ...(database.createdFile ? { createdDatabaseFile: database.createdFile } : {}),
    async stop() {
      if (stopped) return;
      stopped = true;
      await Promise.all(workers.map((w) => w.stop()));
      await cadence.stop();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await database.destroy();
    },
  };
}
