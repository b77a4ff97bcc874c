import type { Config } from '../config/load-config.js';
import type { Locale } from '../i18n/locale.js';
import { defaultBackoff, type BackoffPolicy } from './backoff.js';

/** How the dispatcher behaves; defaults in `defaultDispatcherSettings`. */
export interface DispatcherSettings {
  organisationZone: string;
  organisationLocale: Locale;
  followTeamsLocale: boolean;
  /** Teams' per-app, per-tenant limit (requests per second), shared by every process. */
  tenantRatePerSecond: number;
  /** Share of the tenant limit kept unused against network jitter. */
  rateMargin: number;
  /** Messages in flight at once in this process; also the bound on duplicates after a crash. */
  concurrency: number;
  /** How long a claim holds without renewal; a crashed process's rows return after this. */
  leaseMs: number;
  /** Recipients per claim. */
  claimRecipients: number;
  maxItemsPerMessage: number;
  backoff: BackoffPolicy;
}

/** Tillit's defaults: Teams' 50 requests/s, 16 in flight, a one-minute lease. */
export const defaultDispatcherSettings: Omit<DispatcherSettings, 'organisationZone' | 'organisationLocale' | 'followTeamsLocale'> = {
  tenantRatePerSecond: 50,
  rateMargin: 0.02,
  concurrency: 16,
  leaseMs: 60_000,
  claimRecipients: 50,
  maxItemsPerMessage: 10,
  backoff: defaultBackoff,
};

/** The dispatcher's settings from Tillit's configuration (environment). */
export function dispatcherSettingsFrom(config: Config): DispatcherSettings {
  return {
    ...defaultDispatcherSettings,
    organisationZone: config.timeZone,
    organisationLocale: config.locale,
    followTeamsLocale: config.followTeamsLocale,
    tenantRatePerSecond: config.reminders.tenantRateLimit,
    concurrency: config.reminders.concurrency,
    leaseMs: config.reminders.leaseSeconds * 1000,
  };
}
