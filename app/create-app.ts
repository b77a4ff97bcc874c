import type http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createTabAuthenticator, type TabAuthenticator } from '../src/auth/tab-authenticator.js';
import type { Config } from '../src/config/load-config.js';
import { createLogger, type Logger } from '../src/logging/logger.js';
import { systemClock, type Clock } from '../src/ports/clock.js';
import { noTelemetry, type Telemetry } from '../src/ports/telemetry.js';
import { RunningClock } from '../src/ports/running-clock.js';
import { reportStatisticsSource } from '../src/reports/statistics/statistics-source.js';
import { linkSecret } from '../src/committee-report/download-link.js';
import { DbLinkRevocations } from '../src/committee-report/link-revocations.js';
import { openDatabase, type TillitDatabase } from '../src/storage/database.js';
import { migrateToLatest } from '../src/storage/migrate.js';
import { WriteCadence } from '../src/storage/write-cadence.js';
import { createBotRuntime, type BotRuntime } from '../bot/bot-runtime.js';
import { createInboundAuth, type InboundAuth } from '../bot/inbound-auth.js';
import { messagesEndpoint } from '../bot/messages-endpoint.js';
import { silenceSdkConsole } from '../bot/sdk-console.js';
import { TillitBot } from '../bot/tillit-bot.js';
import { createHttpApp, listen, type RouteMounter } from '../web/http-server.js';
import { routeMounters } from '../web/mounters.js';
import type { AppServices } from './app-services.js';
import { startTelemetry } from './telemetry/start-telemetry.js';
import { tracedMessenger } from './telemetry/traced-messenger.js';
import { createReportServices, type ReportServices } from './report-services.js';
import { workers } from './workers.js';
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
  onStatement?: (sql: string, ms: number) => void;
  /** Telemetry already started (tests, with in-memory exporters); else started here as configured, and stopped with the server. */
  telemetry?: Telemetry;
}

/** Every feature: all HTTP routes (web/mounters.ts) and all background jobs (app/workers.ts), as `tillit serve` runs them. */
export const allFeatures = { mounters: routeMounters, workers } as const satisfies Pick<CreateAppOptions, 'mounters' | 'workers'>;

/** A running Tillit: its services, HTTP server and a way to stop it cleanly. */
export interface RunningTillit {
  app: AppServices;
  server: http.Server;
  port: number;
  /** The SQLite file created at this start because none was there. */
  createdDatabaseFile?: string;
  stop(): Promise<void>;
}

/** The Teams side of one process: the SDK runtime (TILLIT_BOT_SDK), its inbound auth, and `app`. */
export interface ComposedTillit {
  app: AppServices;
  runtime: BotRuntime;
  auth: InboundAuth;
}

/** The value of `make`, made on the first call and the same after. */
function once<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => (made ??= { value: make() }).value;
}

/**
 * The composition root: every service of one Tillit process, made here and
 * nowhere else. The SDK runtime (TILLIT_BOT_SDK) and its messenger (bot/), the clock (a test
 * clock when TILLIT_TEST_CLOCK is set), the write cadence, the overview's
 * ports, the link key; the report services and the tab authenticator on
 * first use. `tillit serve` (via startTillit) and `tillit reminders run`
 * both ask this for what they send with.
 */
export function composeTillit(
  config: Config,
  database: Pick<TillitDatabase, 'db' | 'dialect'>,
  options: { logger: Logger; clock?: Clock; runtime: BotRuntime; telemetry?: Telemetry },
): ComposedTillit {
  const { db, dialect } = database;
  const { runtime } = options;
  // Inbound tokens are Tillit's to check, whichever SDK runs.
  const auth = createInboundAuth(config);
  const clock = options.clock ?? (config.testClockStart ? new RunningClock(config.testClockStart, config.testClockAnchor) : systemClock);
  const logger = options.logger;
  const writes = new WriteCadence(db, dialect);
  const telemetry = options.telemetry ?? noTelemetry;
  const app: AppServices = {
    config,
    db,
    dialect,
    clock,
    logger,
    messenger: tracedMessenger(runtime.createMessenger(db), telemetry),
    telemetry,
    writes,
    overview: {
      db,
      clock,
      timeZone: config.timeZone,
      settings: config.overview,
      // The reports feature's k-suppressed statistics, plugged in here (and in `tillit plan report`).
      reportStatistics: reportStatisticsSource({ db, clock, timeZone: config.timeZone, units: config.reports.units }),
    },
    linkSecret: linkSecret(config.links.secret?.reveal(), config.bot.appPassword?.reveal()),
    linkRevocations: new DbLinkRevocations(db, clock),
    reports: once((): ReportServices => createReportServices({ config, db, clock, logger, writes })),
    tabAuthenticator: once((): Promise<TabAuthenticator> => createTabAuthenticator(config.tabAuth, db)),
  };
  return { app, runtime, auth };
}

/** composeTillit with the runtime of the configured SDK (each SDK is loaded only when chosen). */
export async function composeTillitWithSdk(
  config: Config,
  database: Pick<TillitDatabase, 'db' | 'dialect'>,
  options: { logger: Logger; clock?: Clock; telemetry?: Telemetry },
): Promise<ComposedTillit> {
  return composeTillit(config, database, { ...options, runtime: await createBotRuntime(config) });
}

/**
 * Starts Tillit: opens and migrates the database, composes the services,
 * builds the bot and the HTTP server, starts workers. Everything
 * Teams-specific is created here (from bot/) and nowhere in src/ or web/.
 */
export async function startTillit(config: Config, options: CreateAppOptions = {}): Promise<RunningTillit> {
  const logger = options.logger ?? createLogger(config.logLevel);
  silenceSdkConsole(logger);
  // Off unless configured: then (and only then) the OpenTelemetry SDK is loaded.
  const telemetry = options.telemetry ?? (await startTelemetry(config, logger));
  const stopTelemetry = options.telemetry ? async () => undefined : () => telemetry.shutdown();
  const database = openDatabase(config.database, statementHook(options.onStatement, telemetry));
  try {
    await migrateToLatest(database.db);
  } catch (error) {
    await database.destroy();
    await stopTelemetry();
    throw error;
  }
  const { app, runtime, auth } = await composeTillitWithSdk(config, database, { logger, telemetry, ...(options.clock ? { clock: options.clock } : {}) });
  const bot = new TillitBot(app);

  const server = await listen(
    createHttpApp(app, messagesEndpoint(app, runtime, auth, bot), options.mounters ?? []),
    config.server.port,
    config.server.host,
  );
  const port = (server.address() as AddressInfo).port;
  const running = options.workers ?? [];
  for (const worker of running) worker.start(app);
  // The write cadence stores the reporters' writes: its beats (and the statements they run) are never recorded.
  const cadence = telemetry.unrecorded(() => startWriteCadence(app));

  let stopped = false;
  return {
    app,
    server,
    port,
    ...(database.createdFile ? { createdDatabaseFile: database.createdFile } : {}),
    async stop() {
      if (stopped) return;
      stopped = true;
      await Promise.all(running.map((w) => w.stop()));
      await telemetry.unrecorded(() => cadence.stop());
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await database.destroy();
      await stopTelemetry();
    },
  };
}

/** The database's statement hook: the caller's counter and the statement spans, either, both or none. */
function statementHook(count: CreateAppOptions['onStatement'], telemetry: Telemetry): { onStatement?: (sql: string, ms: number) => void } {
  if (!telemetry.enabled) return count ? { onStatement: count } : {};
  if (!count) return { onStatement: (sql, ms) => telemetry.statement(sql, ms) };
  return {
    onStatement: (sql, ms) => {
      count(sql, ms);
      telemetry.statement(sql, ms);
    },
  };
}
