import { addDays, type IsoDate } from '../../calendar/iso-date.js';
import type { ReportStatisticsSource, SuppressedReportStatistics } from '../../overview/report-statistics-hook.js';
import { findPlan } from '../../plans/plan-repository.js';
import { quarterOf } from './quarters.js';
import { reportStatistics, type StatisticsDeps } from './report-statistics.js';
import { minimumShownCount } from './suppression.js';

function quarterStart(quarter: string): IsoDate {
  const month = (Number(quarter.slice(6)) - 1) * 3 + 1;
  return `${quarter.slice(0, 4)}-${String(month).padStart(2, '0')}-01`;
}

function nextQuarterStart(quarter: string): IsoDate {
  const year = Number(quarter.slice(0, 4));
  const q = Number(quarter.slice(6));
  return q === 4 ? `${year + 1}-01-01` : quarterStart(`${year}-Q${q + 1}`);
}

/**
 * The reports feature's statistics for the plan overview: the same
 * protected counts as `tillit reports stats`, over the whole quarters from
 * the plan's start up to the as-of day, with the plan's own risk areas.
 * Null while no whole quarter has passed in the plan's time.
 */
export function reportStatisticsSource(deps: StatisticsDeps): ReportStatisticsSource {
  return async (query): Promise<SuppressedReportStatistics | null> => {
    const plan = await findPlan(deps.db, query.planId);
    const fromQuarter = quarterOf(query.from);
    const stats = await reportStatistics(deps, { plans: plan ? [plan] : [], asOf: query.to, fromQuarter });
    if (stats.throughQuarter < fromQuarter) return null;
    const links = stats.riskAreas[0];
    return {
      threshold: minimumShownCount,
      period: { from: quarterStart(fromQuarter), to: addDays(nextQuarterStart(stats.throughQuarter), -1) },
      total: stats.total.shown,
      breakdowns: [
        { dimension: 'category', rows: stats.byCategory.map((c) => ({ key: c.key, shown: c.shown })) },
        { dimension: 'unit', rows: stats.byUnit.map((c) => ({ key: c.key, shown: c.shown })) },
        { dimension: 'quarter', rows: stats.byQuarter.map((c) => ({ key: c.key, shown: c.shown })) },
      ],
      riskAreas: {
        general: links?.general ?? [],
        byCategory: Object.entries(links?.byCategory ?? {}).map(([category, areas]) => ({ category, areas: areas ?? [] })),
      },
    };
  };
}
