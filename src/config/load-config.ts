import { TillitError } from '../errors.js';
import type { Locale } from '../i18n/locale.js';
import { parseDatabaseUrl, type DatabaseLocation } from '../storage/database-url.js';
import { environmentSchema } from './config-schema.js';
import { secretOrUndefined, type Secret } from './secret.js';
import { dataDirectory, defaultSqliteFile } from './data-dir.js';
import { telemetryConfigFrom, type TelemetryConfig } from './telemetry-environment.js';
import { reportsConfigFrom, tabAuthConfigFrom, type ReportsConfig, type TabAuthConfig } from './reports-environment.js';

/** Tillit's validated configuration, read once at start. */
export interface Config {
  bot: {
    appId?: string;
    /** Redacted when serialised or inspected; `reveal()` only where the adapter needs it. */
    appPassword?: Secret;
    tenantId?: string;
    appType: 'SingleTenant' | 'MultiTenant' | 'UserAssignedMSI';
    /** Override of the Bot Framework OpenID metadata URL (tests only). */
    openIdMetadata?: string;
    /** True when requests to /api/messages must carry a valid Bot Framework token. */
    authenticated: boolean;
    /** The SDK that carries Teams traffic (TILLIT_BOT_SDK); nothing outside bot/ knows which. */
    sdk: 'botbuilder' | 'agents';
  };
  database: DatabaseLocation;
  /** The data folder: TILLIT_DATA_DIR, else data/ beside the installation. */
  dataDir: string;
  server: { port: number; host: string; publicUrl: string };
  timeZone: string;
  locale: Locale;
  /** TILLIT_ORGANISATION: one installation serves one organisation; a plan file that does not name one gets it. */
  organisation?: string;
  /** False when the Teams client's locale is not to be trusted (the Agents Playground always says en-US). */
  followTeamsLocale: boolean;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  playground: { port: number };
  /** The anonymous-report channel: master key, handlers, units, retention, notification times. */
  reports: ReportsConfig;
  /** How tabs (case view, dashboard) verify who is signed in. */
  tabAuth: TabAuthConfig;
  /** The plan overview: what "due soon" and "silent" mean. */
  overview: { dueSoonDays: number; staleAfterDays: number };
  /** Secret for signed download links; derived from the app password or made per process when unset. */
  links: { secret?: Secret };
  reminders: {
    /** Run the reminder worker inside `tillit serve`. */
    enabled: boolean;
    intervalSeconds: number;
    /** Teams' per-app, per-tenant limit in requests per second, shared by every process. */
    tenantRateLimit: number;
    concurrency: number;
    leaseSeconds: number;
  };
  /** Traces and metrics (OpenTelemetry), off unless OTEL_EXPORTER_OTLP_ENDPOINT is set. */
  telemetry: TelemetryConfig;
  /** Test hook (TILLIT_TEST_CLOCK): the instant the clock starts at. Never set in production. */
  testClockStart?: Date;
  /** Test hook (TILLIT_TEST_CLOCK_ANCHOR): the real instant the test clock reads testClockStart (else: when it is made). */
  testClockAnchor?: Date;
}

/** One wrong environment variable and what is wrong with it, in Swedish. */
export interface ConfigProblem {
  variable: string;
  message: string;
}

/** Thrown at start when the environment is invalid; lists every problem at once. */
export class ConfigError extends TillitError<'config_invalid'> {
  readonly problems: readonly ConfigProblem[];
  constructor(problems: ConfigProblem[]) {
    super(
      'config_invalid',
      `Felaktig konfiguration:\n${problems.map((p) => `  ${p.variable}: ${p.message}`).join('\n')}`,
      { count: problems.length },
    );
    this.problems = problems;
  }
}

const secretVariables = new Set(['MICROSOFT_APP_PASSWORD', 'TILLIT_MASTER_KEY', 'TILLIT_LINK_SECRET', 'APPLICATIONINSIGHTS_CONNECTION_STRING', 'OTEL_EXPORTER_OTLP_ENDPOINT']);

/**
 * Validates the environment and turns it into a Config. Every problem is
 * reported, each naming its variable and (except for secrets) the value seen.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = environmentSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const variable = String(issue.path[0] ?? 'miljön');
      const seen = env[variable];
      const shown = seen === undefined || seen === '' || secretVariables.has(variable) ? '' : ` (fick "${seen}")`;
      return { variable, message: `${issue.message}${shown}` };
    });
    throw new ConfigError(problems);
  }
  const e = parsed.data;
  if (e.TILLIT_REPORT_RELEASE === 'immediate' && e.MICROSOFT_APP_ID !== undefined) {
    // The batching is what hides when a report was sent: with real users it is never switched off.
    throw new ConfigError([{ variable: 'TILLIT_REPORT_RELEASE', message: 'immediate går bara lokalt, utan MICROSOFT_APP_ID: i drift skyddar de fasta tiderna anmälaren' }]);
  }
  const port = e.PORT;
  const dataDir = dataDirectory(e.TILLIT_DATA_DIR);
  const publicUrl = (e.PUBLIC_URL ?? `http://localhost:${port}`).replace(/\/+$/, '');
  const appType = e.MICROSOFT_APP_TYPE ?? (e.MICROSOFT_APP_TENANT_ID ? 'SingleTenant' : 'MultiTenant');
  return {
    bot: {
      appId: e.MICROSOFT_APP_ID,
      appPassword: secretOrUndefined(e.MICROSOFT_APP_PASSWORD),
      tenantId: e.MICROSOFT_APP_TENANT_ID,
      appType,
      openIdMetadata: e.BOT_OPENID_METADATA,
      authenticated: e.MICROSOFT_APP_ID !== undefined,
      sdk: e.TILLIT_BOT_SDK,
    },
    database: e.DATABASE_URL ? parseDatabaseUrl(e.DATABASE_URL)! : { dialect: 'sqlite', file: defaultSqliteFile(dataDir) },
    dataDir,
    server: {
      port,
      host: e.HOST,
      publicUrl,
    },
    timeZone: e.TILLIT_TIME_ZONE,
    locale: e.TILLIT_LOCALE,
    ...(e.TILLIT_ORGANISATION?.trim() ? { organisation: e.TILLIT_ORGANISATION.trim() } : {}),
    followTeamsLocale: e.TILLIT_FOLLOW_TEAMS_LOCALE,
    logLevel: e.LOG_LEVEL,
    playground: { port: e.PLAYGROUND_PORT },
    reports: reportsConfigFrom(e),
    tabAuth: tabAuthConfigFrom(e, { appId: e.MICROSOFT_APP_ID, tenantId: e.MICROSOFT_APP_TENANT_ID }, publicUrl),
    overview: { dueSoonDays: 30, staleAfterDays: e.TILLIT_STALE_STATUS_DAYS },
    links: { secret: secretOrUndefined(e.TILLIT_LINK_SECRET) },
    reminders: {
      enabled: e.TILLIT_REMINDERS === 'on',
      intervalSeconds: e.TILLIT_REMINDER_INTERVAL_SECONDS,
      tenantRateLimit: e.TILLIT_TENANT_RATE_LIMIT,
      concurrency: e.TILLIT_REMINDER_CONCURRENCY,
      leaseSeconds: e.TILLIT_REMINDER_LEASE_SECONDS,
    },
    telemetry: telemetryConfigFrom(e),
    ...(e.TILLIT_TEST_CLOCK ? { testClockStart: new Date(e.TILLIT_TEST_CLOCK) } : {}),
    ...(e.TILLIT_TEST_CLOCK && e.TILLIT_TEST_CLOCK_ANCHOR ? { testClockAnchor: new Date(Number(e.TILLIT_TEST_CLOCK_ANCHOR)) } : {}),
  };
}
