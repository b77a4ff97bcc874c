import { z } from 'zod';
import { parseDatabaseUrl } from '../storage/database-url.js';
import { reportsEnvironmentShape } from './reports-environment.js';
import { telemetryEnvironmentShape } from './telemetry-environment.js';

const optionalText = z
  .string()
  .trim()
  .optional()
  .transform((v) => (v === '' ? undefined : v));

function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

const guid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Every environment variable Tillit reads, with its default. Messages are
 * Swedish because the person starting the server reads them.
 */
export const environmentSchema = z
  .object({
    MICROSOFT_APP_ID: optionalText.refine((v) => v === undefined || guid.test(v), {
      error: 'måste vara ett app-id (GUID) från Azure Bot-registreringen',
    }),
    MICROSOFT_APP_PASSWORD: optionalText,
    MICROSOFT_APP_TENANT_ID: optionalText.refine((v) => v === undefined || guid.test(v), {
      error: 'måste vara ett klient-id (GUID) för er Entra-tenant',
    }),
    MICROSOFT_APP_TYPE: z
      .enum(['SingleTenant', 'MultiTenant', 'UserAssignedMSI'], {
        error: 'måste vara SingleTenant, MultiTenant eller UserAssignedMSI',
      })
      .optional(),
    /** Which SDK carries the Teams traffic: the Bot Framework SDK (default) or the Microsoft 365 Agents SDK. */
    TILLIT_BOT_SDK: z.enum(['botbuilder', 'agents'], { error: 'måste vara botbuilder eller agents' }).default('botbuilder'),
    /** Test hook: where to read the Bot Framework's OpenID metadata from. */
    BOT_OPENID_METADATA: optionalText.refine((v) => v === undefined || /^https?:\/\//.test(v), {
      error: 'måste vara en http(s)-adress',
    }),
    /** Unset: the SQLite file tillit.sqlite in TILLIT_DATA_DIR. */
    DATABASE_URL: optionalText.refine((v) => v === undefined || v === '' || parseDatabaseUrl(v) !== undefined, {
      error: 'måste vara en sökväg till en SQLite-fil (t.ex. /var/lib/tillit/tillit.sqlite) eller en postgres://-adress',
    }),
    /** Tillit's data folder (database, generated reports, keys made locally); default data/ beside the installation. */
    TILLIT_DATA_DIR: optionalText,
    PORT: z.coerce
      .number({ error: 'måste vara ett portnummer' })
      .int({ error: 'måste vara ett heltal' })
      .min(0, { error: 'måste vara mellan 0 och 65535 (0 väljer en ledig port)' })
      .max(65535, { error: 'måste vara mellan 0 och 65535 (0 väljer en ledig port)' })
      .default(3978),
    HOST: z.string().trim().min(1).default('0.0.0.0'),
    PUBLIC_URL: optionalText.refine((v) => v === undefined || /^https?:\/\/[^\s]+$/.test(v), {
      error: 'måste vara en http(s)-adress, t.ex. https://tillit.kommun.se',
    }),
    TILLIT_TIME_ZONE: z
      .string()
      .default('Europe/Stockholm')
      .refine(isTimeZone, { error: 'måste vara en IANA-tidszon, t.ex. Europe/Stockholm' }),
    TILLIT_LOCALE: z.enum(['sv', 'en'], { error: 'måste vara sv eller en' }).default('sv'),
    /** The organisation this installation serves ("Norrtälje kommun"): for plan files that do not name it. */
    TILLIT_ORGANISATION: optionalText,
    /** Answer in each person's Teams language (true) or always in TILLIT_LOCALE (false). */
    TILLIT_FOLLOW_TEAMS_LOCALE: z
      .enum(['true', 'false'], { error: 'måste vara true eller false' })
      .default('true')
      .transform((v) => v === 'true'),
    LOG_LEVEL: z
      .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
        error: 'måste vara fatal, error, warn, info, debug, trace eller silent',
      })
      .default('info'),
    /** Days without a status report after which the overview lists a measure as silent. */
    TILLIT_STALE_STATUS_DAYS: z.coerce
      .number({ error: 'måste vara ett antal dagar' })
      .int({ error: 'måste vara ett heltal' })
      .min(1, { error: 'måste vara mellan 1 och 730 dagar' })
      .max(730, { error: 'måste vara mellan 1 och 730 dagar' })
      .default(60),
    /** Key for signing report download links; shared by every server process. */
    TILLIT_LINK_SECRET: optionalText.refine((v) => v === undefined || v.length >= 32, {
      error: 'måste vara minst 32 tecken, t.ex. från "openssl rand -hex 32"',
    }),
    /** Reminders inside `tillit serve`: on (default) or off (e.g. when cron runs `tillit reminders run --once`). */
    TILLIT_REMINDERS: z.enum(['on', 'off'], { error: 'måste vara on eller off' }).default('on'),
    TILLIT_REMINDER_INTERVAL_SECONDS: z.coerce
      .number({ error: 'måste vara ett antal sekunder' })
      .int({ error: 'måste vara ett heltal' })
      .min(1, { error: 'måste vara mellan 1 och 3600 sekunder' })
      .max(3600, { error: 'måste vara mellan 1 och 3600 sekunder' })
      .default(60),
    /** Teams' limit per app and tenant, shared by every Tillit process on the same database. */
    TILLIT_TENANT_RATE_LIMIT: z.coerce
      .number({ error: 'måste vara ett antal anrop per sekund' })
      .min(1, { error: 'måste vara mellan 1 och 1000 anrop per sekund' })
      .max(1000, { error: 'måste vara mellan 1 och 1000 anrop per sekund' })
      .default(50),
    TILLIT_REMINDER_CONCURRENCY: z.coerce
      .number({ error: 'måste vara ett antal samtidiga utskick' })
      .int({ error: 'måste vara ett heltal' })
      .min(1, { error: 'måste vara mellan 1 och 256' })
      .max(256, { error: 'måste vara mellan 1 och 256' })
      .default(16),
    TILLIT_REMINDER_LEASE_SECONDS: z.coerce
      .number({ error: 'måste vara ett antal sekunder' })
      .int({ error: 'måste vara ett heltal' })
      .min(5, { error: 'måste vara mellan 5 och 3600 sekunder' })
      .max(3600, { error: 'måste vara mellan 5 och 3600 sekunder' })
      .default(60),
    /** Test hook: the clock starts at this instant and runs on (never set in production). */
    TILLIT_TEST_CLOCK: optionalText.refine((v) => v === undefined || (/^\d{4}-\d{2}-\d{2}T/.test(v) && !Number.isNaN(Date.parse(v))), {
      error: 'måste vara en tidpunkt i ISO-8601, t.ex. 2026-11-24T09:00:00+01:00 (bara för test)',
    }),
    /** Test hook: the real time (Unix ms) at which the test clock reads TILLIT_TEST_CLOCK, so processes started apart agree. */
    TILLIT_TEST_CLOCK_ANCHOR: optionalText.refine((v) => v === undefined || /^\d{13}$/.test(v), {
      error: 'måste vara en tidpunkt i millisekunder sedan 1970, 13 siffror (bara för test)',
    }),
    PLAYGROUND_PORT: z.coerce
      .number({ error: 'måste vara ett portnummer' })
      .int()
      .min(1)
      .max(65535)
      .default(56150),
    ...reportsEnvironmentShape,
    ...telemetryEnvironmentShape,
  })
  .superRefine((env, ctx) => {
    if (env.MICROSOFT_APP_ID && !env.MICROSOFT_APP_PASSWORD && env.MICROSOFT_APP_TYPE !== 'UserAssignedMSI') {
      ctx.addIssue({
        code: 'custom',
        path: ['MICROSOFT_APP_PASSWORD'],
        message: 'saknas: en app-hemlighet krävs när MICROSOFT_APP_ID är satt',
      });
    }
    if (env.MICROSOFT_APP_PASSWORD && !env.MICROSOFT_APP_ID) {
      ctx.addIssue({
        code: 'custom',
        path: ['MICROSOFT_APP_ID'],
        message: 'saknas: MICROSOFT_APP_PASSWORD är satt men inte app-id',
      });
    }
  });
