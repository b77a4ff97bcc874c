import type { Config } from '../config/load-config.js';
import { defaultDispatcherSettings, type DispatcherSettings } from './dispatch-reminders.js';

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
