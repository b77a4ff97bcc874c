import type { OverviewDeps } from '../src/overview/overview-deps.js';
import { reportStatisticsSource } from '../src/reports/statistics/statistics-source.js';
import { linkSecret } from '../src/status-report/download-link.js';
import type { AppServices } from './app-services.js';

/** The overview use cases' ports, from the app's services. */
export function overviewDeps(app: AppServices): OverviewDeps {
  return {
    db: app.db,
    clock: app.clock,
    timeZone: app.config.timeZone,
    settings: app.config.overview,
    // The reports feature's k-suppressed statistics, plugged in here (and in `tillit report`).
    reportStatistics: reportStatisticsSource({ db: app.db, clock: app.clock, timeZone: app.config.timeZone, units: app.config.reports.units }),
  };
}

const secrets = new WeakMap<object, Buffer>();

/** The key report links are signed with, made once per running configuration. */
export function reportLinkSecret(app: AppServices): Buffer {
  let secret = secrets.get(app.config);
  if (!secret) {
    secret = linkSecret(app.config.links.secret?.reveal(), app.config.bot.appPassword?.reveal());
    secrets.set(app.config, secret);
  }
  return secret;
}
