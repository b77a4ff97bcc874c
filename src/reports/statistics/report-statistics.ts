import type { Kysely } from 'kysely';
import type { IsoDate } from '../../calendar/iso-date.js';
import { localDate } from '../../calendar/zoned-time.js';
import type { Plan } from '../../plans/plan.js';
import type { Clock } from '../../ports/clock.js';
import type { Database } from '../../storage/schema.js';
import { rowCategories } from '../case-content.js';
import { reportCategories, type ReportCategory } from '../categories.js';
import { previousQuarter, quarterOf, quartersBetween } from './quarters.js';
import { linkRiskAreas, type RiskAreaLinks } from './risk-area-links.js';
import { minimumShownCount, protectAdditive, protectCells, type ProtectedCell } from './suppression.js';

/** Report statistics for managers: only counts, every small one protected. */
export interface ReportStatistics {
  /** The last whole quarter counted ("2026-Q3"); the running quarter is left out so numbers change only quarterly. */
  throughQuarter: string;
  total: { shown: string; value: number | null };
  /** A report may have several categories, so these do not add up to the total. */
  byCategory: ProtectedCell<ReportCategory>[];
  /** Key '' = the reporter did not say. */
  byUnit: ProtectedCell<string>[];
  byQuarter: ProtectedCell<string>[];
  riskAreas: RiskAreaLinks[];
}

export interface StatisticsDeps {
  db: Kysely<Database>;
  clock: Clock;
  timeZone: string;
  /** The configured units, listed even when they have no reports (shown as "<5"). */
  units: readonly string[];
}

function increment(map: Map<string, number>, key: string, by = 1): void {
  map.set(key, (map.get(key) ?? 0) + by);
}

/**
 * Reports per category, unit and quarter, for `tillit reports stats` and
 * the plan overview. Counts come from the cases still held plus those kept
 * after purging. Any count under 5 is "<5" and cells that would let a reader
 * subtract their way to a small count are hidden; only whole quarters are
 * counted, so the numbers cannot be differenced week by week. Categories are
 * linked to the risk areas of the given plans. `asOf` counts as on an
 * earlier day (the quarters whole by then); `fromQuarter` leaves out
 * earlier quarters (a plan's overview counts from its validity).
 */
export async function reportStatistics(
  deps: StatisticsDeps,
  options: { plans?: readonly Plan[]; asOf?: IsoDate; fromQuarter?: string } = {},
): Promise<ReportStatistics> {
  const throughQuarter = previousQuarter(quarterOf(options.asOf ?? localDate(deps.clock.now(), deps.timeZone)));
  const fromQuarter = options.fromQuarter ?? '0000-Q1';
  const byCategory = new Map<string, number>();
  const byUnit = new Map<string, number>(deps.units.map((u) => [u, 0]));
  const byQuarter = new Map<string, number>();
  let total = 0;

  const live = await deps.db.selectFrom('reports').select(['categories_json', 'unit', 'received_on']).where('notified', '=', 1).execute();
  for (const row of live) {
    const quarter = quarterOf(row.received_on);
    if (quarter > throughQuarter || quarter < fromQuarter) continue;
    total += 1;
    increment(byQuarter, quarter);
    increment(byUnit, row.unit ?? '');
    for (const category of rowCategories(row)) increment(byCategory, category);
  }
  const purged = await deps.db.selectFrom('report_stat_counts').selectAll().where('quarter', '<=', throughQuarter).where('quarter', '>=', fromQuarter).execute();
  for (const row of purged) {
    if (row.dimension === 'total') {
      total += row.count;
      increment(byQuarter, row.quarter, row.count);
    } else if (row.dimension === 'unit') increment(byUnit, row.value, row.count);
    else if (row.dimension === 'category') increment(byCategory, row.value, row.count);
  }

  const quarters = byQuarter.size > 0 ? quartersBetween([...byQuarter.keys()].sort()[0]!, throughQuarter) : [];
  const units = protectAdditive([...byUnit.entries()].map(([key, count]) => ({ key, count })));
  const perQuarter = protectAdditive(quarters.map((key) => ({ key, count: byQuarter.get(key) ?? 0 })));
  const totalShown = total >= minimumShownCount && units.totalSafe && perQuarter.totalSafe;
  return {
    throughQuarter,
    total: totalShown ? { shown: String(total), value: total } : { shown: total < minimumShownCount ? '<5' : 'x', value: null },
    byCategory: protectCells(reportCategories.map((key) => ({ key, count: byCategory.get(key) ?? 0 }))),
    byUnit: units.cells,
    byQuarter: perQuarter.cells,
    riskAreas: linkRiskAreas(options.plans ?? []),
  };
}
