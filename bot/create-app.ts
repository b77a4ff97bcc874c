import type http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Config } from '../src/config/load-config.js';
import { createLogger, type Logger } from '../src/logging/logger.js';
import { systemClock, type Clock } from '../src/ports/clock.js';
import { RunningClock } from '../src/ports/running-clock.js';
import { openDatabase } from '../src/storage/database.js';
import { migrateToLatest } from '../src/storage/migrate.js';
import { createAdapter } from './adapter.js';
import { silenceSdkConsole } from './sdk-console.js';
import type { AppServices } from './app-services.js';
import { surfaceError } from './error-surface.js';
import { createHttpApp, listen, type RouteMounter } from './http-server.js';
import { TeamsMessenger } from './teams-messenger.js';
import { TillitBot } from './tillit-bot.js';
import { activityLocale } from './activity-facts.js';
import { replyWithCard } from './reply.js';
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
  /** Counts SQL statements (benchmarks and statement-budget tests); see OpenDatabaseOptions. */
  onStatement?: (sql: string) => void;
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
  const database = openDatabase(config.database, options.onStatement ? { onStatement: options.onStatement } : {});
  try {
    await migrateToLatest(database.db);
  } catch (error) {
    await database.destroy();
    throw error;
  }
  const { adapter, auth } = createAdapter(config);
  const app: AppServices = {
    config,
    db: database.db,
    dialect: database.dialect,
    clock: options.clock ?? (config.testClockStart ? new RunningClock(config.testClockStart) : systemClock),
    logger,
    messenger: new TeamsMessenger(adapter, database.db, config.bot.appId),
  };
  const bot = new TillitBot(app);
  adapter.onTurnError = async (turn, error) => {
    const locale = activityLocale(turn.activity, config.locale, config.followTeamsLocale);
    const card = surfaceError(logger, turn, error, locale);
    if (turn.activity.type === 'message') {
      await replyWithCard(turn, card).catch(() => undefined);
    }
  };

  const server = await listen(
    createHttpApp(app, adapter, auth, bot, options.mounters ?? []),
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
