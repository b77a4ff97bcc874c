import type { Kysely } from 'kysely';
import type { Clock } from '../ports/clock.js';
import type { Database } from '../storage/schema.js';
import type { OverviewSettings } from './overview-types.js';
import type { ReportStatisticsSource } from './report-statistics-hook.js';

/** What the overview use cases need from outside. */
export interface OverviewDeps {
  db: Kysely<Database>;
  clock: Clock;
  /** The organisation's zone: decides which day it is and when a day ends. */
  timeZone: string;
  settings: OverviewSettings;
  /** The anonymous-reports feature's k-suppressed statistics, when it is there. */
  reportStatistics?: ReportStatisticsSource;
}

/** Defaults: "due soon" is the next 30 days; a measure is silent after 60 days without a report. */
export const defaultOverviewSettings: OverviewSettings = { dueSoonDays: 30, staleAfterDays: 60 };
