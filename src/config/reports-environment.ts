import { z } from 'zod';
import { secretOrUndefined, type Secret } from './secret.js';

const guid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const optionalText = z
  .string()
  .trim()
  .optional()
  .transform((v) => (v === '' ? undefined : v));

/** Splits a comma (or semicolon, for unit names) separated list, dropping blanks. */
export function splitList(value: string | undefined, separator: RegExp = /[,\s]+/): string[] {
  return (value ?? '')
    .split(separator)
    .map((v) => v.trim())
    .filter((v) => v !== '');
}

/** The coarse units a reporter may choose from when nothing is configured. */
export const defaultReportUnits = [
  'Socialtjänst',
  'Vård och omsorg',
  'Utbildning och förskola',
  'Samhällsbyggnad, miljö och bygg',
  'Kultur och fritid',
  'Ekonomi, inköp och upphandling',
  'Kommunledning och stöd',
];

/** A master key as base64 (32 bytes = 44 characters) or hex (64 characters). */
export function parseMasterKey(value: string): Buffer | undefined {
  const text = value.trim();
  if (/^[0-9a-f]{64}$/i.test(text)) return Buffer.from(text, 'hex');
  if (/^[A-Za-z0-9+/_-]{43}=?$/.test(text)) {
    const key = Buffer.from(text.replace(/-/g, '+').replace(/_/g, '/'), 'base64');
    return key.length === 32 ? key : undefined;
  }
  return undefined;
}

function isTimeList(value: string): boolean {
  const times = splitList(value);
  return times.length > 0 && times.length <= 12 && times.every((t) => /^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?$/.test(t));
}

/**
 * The anonymous-report and tab variables (spread into config-schema.ts).
 * Swedish messages, because the person starting the server reads them.
 */
export const reportsEnvironmentShape = {
  TILLIT_MASTER_KEY: optionalText.refine((v) => v === undefined || parseMasterKey(v) !== undefined, {
    error: 'måste vara 32 slumpmässiga byte som base64 (44 tecken) eller hex (64 tecken); skapa en med "openssl rand -base64 32"',
  }),
  TILLIT_MASTER_KEY_FILE: optionalText,
  TILLIT_REPORT_HANDLERS: optionalText.refine((v) => splitList(v).every((id) => guid.test(id)), {
    error: 'måste vara rapportmottagarnas Entra-objekt-id (GUID), åtskilda med komma',
  }),
  TILLIT_REPORT_HANDLER_CHANNEL: optionalText.refine((v) => v === undefined || /^19:[^\s]+$/.test(v), {
    error: 'måste vara ett Teams-kanal-id som börjar med "19:" (från kanalens länk), t.ex. 19:abc…@thread.tacv2',
  }),
  TILLIT_REPORT_ESCALATION: optionalText.refine((v) => splitList(v).every((id) => guid.test(id)), {
    error: 'måste vara Entra-objekt-id (GUID) för dem som får eskaleringar, åtskilda med komma',
  }),
  TILLIT_REPORT_UNITS: optionalText.refine(
    (v) => {
      const units = splitList(v, /[;\n]+/);
      return v === undefined || (units.length > 0 && units.length <= 40 && units.every((u) => u.length <= 80));
    },
    { error: 'måste vara 1–40 enhetsnamn (högst 80 tecken vardera) åtskilda med semikolon' },
  ),
  TILLIT_REPORT_RETENTION_DAYS: z.coerce
    .number({ error: 'måste vara ett antal dagar' })
    .int({ error: 'måste vara ett heltal' })
    .min(30, { error: 'måste vara minst 30 dagar' })
    .max(3650, { error: 'får vara högst 3650 dagar (10 år)' })
    .default(730),
  TILLIT_REPORT_NOTIFY_TIMES: z
    .string()
    .trim()
    .default('08:00,13:00')
    .refine(isTimeList, { error: 'måste vara högst 12 klockslag (HH:MM eller HH:MM:SS) åtskilda med komma, t.ex. 08:00,13:00' }),
  /** batch: release at TILLIT_REPORT_NOTIFY_TIMES (production); immediate: within a minute (local trials only). */
  TILLIT_REPORT_RELEASE: z.enum(['batch', 'immediate'], { error: 'måste vara batch (vid de fasta tiderna) eller immediate (inom en minut, bara lokalt)' }).default('batch'),
  /** With TILLIT_REPORT_RELEASE=immediate: how often the release looks for new activity (seconds, default 60). */
  TILLIT_REPORT_LOCAL_RELEASE_SECONDS: z.coerce
    .number({ error: 'måste vara ett antal sekunder' })
    .int({ error: 'måste vara ett heltal' })
    .min(1, { error: 'måste vara mellan 1 och 60 sekunder' })
    .max(60, { error: 'måste vara mellan 1 och 60 sekunder' })
    .default(60),
  TILLIT_REPORT_POW_BITS: z.coerce
    .number({ error: 'måste vara ett antal bitar' })
    .int({ error: 'måste vara ett heltal' })
    .min(1, { error: 'måste vara minst 1' })
    .max(24, { error: 'får vara högst 24 (redan det tar en halv minut i en webbläsare)' })
    .default(14),
  TILLIT_WRITE_CADENCE_SECONDS: z.coerce
    .number({ error: 'måste vara ett antal sekunder' })
    .min(0.05, { error: 'måste vara minst 0,05 sekunder' })
    .max(60, { error: 'får vara högst 60 sekunder (minst ett hjärtslag i minuten)' })
    .default(15),
  TILLIT_TAB_APP_ID: optionalText.refine((v) => v === undefined || guid.test(v), {
    error: 'måste vara app-id (GUID) för appregistreringen som flikens Teams-inloggning (SSO) använder',
  }),
  TILLIT_TAB_AUDIENCE: optionalText,
  TILLIT_TAB_ISSUER: optionalText.refine((v) => splitList(v).every((i) => /^https?:\/\//.test(i)), {
    error: 'måste vara en eller flera http(s)-adresser åtskilda med komma',
  }),
  TILLIT_TAB_JWKS_URL: optionalText.refine((v) => v === undefined || /^https?:\/\//.test(v), {
    error: 'måste vara en http(s)-adress till en JWKS-nyckeluppsättning',
  }),
};

type ReportsEnvironment = { [K in keyof typeof reportsEnvironmentShape]: z.output<(typeof reportsEnvironmentShape)[K]> };

/** Configuration of the anonymous-report feature. */
export interface ReportsConfig {
  /** From TILLIT_MASTER_KEY; when absent a key file is used (or generated locally). */
  masterKey?: Secret<Buffer>;
  masterKeyFile?: string;
  /** Entra object ids of the case handlers (rapportmottagare). */
  handlerIds: string[];
  /** A Teams channel (conversation id) that also gets content-free notifications. */
  handlerChannelId?: string;
  /** Entra object ids who also get escalations of missed deadlines (e.g. the security chief). */
  escalationIds: string[];
  units: string[];
  retentionDays: number;
  /** Local times ("08:00") at which handlers are notified in batches. */
  notifyTimes: string[];
  /**
   * batch: new reports and answers reach the handlers only at `notifyTimes`,
   * so when a case appears says nothing about when it was sent. immediate:
   * within a minute — for trying Tillit locally, refused with Teams credentials.
   */
  release: 'batch' | 'immediate';
  /** With release 'immediate' only: seconds between looks for new activity (≤ 60, so "within a minute" holds). */
  localReleaseSeconds: number;
  /** Proof of work on the form and inbox: leading zero bits when calm (rises under load). */
  powBits: number;
  /** The fixed write cadence: anonymous writes and the heartbeat happen only at these beats. */
  writeCadenceMs: number;
}

/** How the tabs (case view, dashboard) authenticate people. */
export type TabAuthConfig =
  | { mode: 'sso'; audiences: string[]; issuers: string[]; jwksUrl: string; tenantId?: string }
  | { mode: 'local' }
  | { mode: 'unavailable'; reason: 'tenant_missing' };

/** Reads the report variables into ReportsConfig. */
export function reportsConfigFrom(e: ReportsEnvironment): ReportsConfig {
  return {
    masterKey: secretOrUndefined(e.TILLIT_MASTER_KEY ? parseMasterKey(e.TILLIT_MASTER_KEY) : undefined),
    masterKeyFile: e.TILLIT_MASTER_KEY_FILE,
    handlerIds: splitList(e.TILLIT_REPORT_HANDLERS).map((id) => id.toLowerCase()),
    handlerChannelId: e.TILLIT_REPORT_HANDLER_CHANNEL,
    escalationIds: splitList(e.TILLIT_REPORT_ESCALATION).map((id) => id.toLowerCase()),
    units: e.TILLIT_REPORT_UNITS ? [...new Set(splitList(e.TILLIT_REPORT_UNITS, /[;\n]+/))] : defaultReportUnits,
    retentionDays: e.TILLIT_REPORT_RETENTION_DAYS,
    notifyTimes: [...new Set(splitList(e.TILLIT_REPORT_NOTIFY_TIMES))].sort(),
    release: e.TILLIT_REPORT_RELEASE,
    localReleaseSeconds: e.TILLIT_REPORT_LOCAL_RELEASE_SECONDS,
    powBits: e.TILLIT_REPORT_POW_BITS,
    writeCadenceMs: Math.round(e.TILLIT_WRITE_CADENCE_SECONDS * 1000),
  };
}

/**
 * Tab SSO: explicit TILLIT_TAB_* settings win (tests point them at a local
 * key set); else they follow the bot's app and tenant. Without an app id the
 * tabs run in local mode, with a demo sign-in for the demo people.
 */
export function tabAuthConfigFrom(
  e: ReportsEnvironment,
  bot: { appId?: string; tenantId?: string },
  publicUrl: string,
): TabAuthConfig {
  const appId = e.TILLIT_TAB_APP_ID ?? bot.appId;
  const explicit = e.TILLIT_TAB_AUDIENCE && e.TILLIT_TAB_ISSUER && e.TILLIT_TAB_JWKS_URL;
  if (!appId && !explicit) return { mode: 'local' };
  const tenantId = bot.tenantId;
  if (!explicit && !tenantId) return { mode: 'unavailable', reason: 'tenant_missing' };
  const host = new URL(publicUrl).host;
  return {
    mode: 'sso',
    audiences: e.TILLIT_TAB_AUDIENCE ? splitList(e.TILLIT_TAB_AUDIENCE) : [appId!, `api://${host}/${appId}`],
    issuers: e.TILLIT_TAB_ISSUER
      ? splitList(e.TILLIT_TAB_ISSUER)
      : [`https://login.microsoftonline.com/${tenantId}/v2.0`, `https://sts.windows.net/${tenantId}/`],
    jwksUrl: e.TILLIT_TAB_JWKS_URL ?? `https://login.microsoftonline.com/${tenantId}/discovery/v2.0/keys`,
    tenantId,
  };
}
