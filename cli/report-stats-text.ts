import type { MessageKey } from '../src/i18n/catalogue.js';
import type { ReportStatistics } from '../src/reports/statistics/report-statistics.js';
import { quarterLabel } from '../src/overview/statistics-words.js';
import { say, type CliIo } from './cli-io.js';

function table(rows: ReadonlyArray<[string, string]>): string[] {
  const width = Math.max(0, ...rows.map(([label]) => label.length));
  return rows.map(([label, value]) => `  ${label.padEnd(width)}  ${value.padStart(3)}`);
}

/** The statistics as lines for the terminal: one table per dimension, then the risk-area links. */
export function reportStatsLines(io: CliIo, stats: ReportStatistics): string[] {
  const lines = [say(io, 'cli.reports.stats.title', { quarter: quarterLabel(stats.throughQuarter) }), say(io, 'cli.reports.stats.total', { total: stats.total.shown }), ''];
  if (stats.byQuarter.length === 0) lines.push(say(io, 'cli.reports.stats.none'), '');
  lines.push(say(io, 'cli.reports.stats.byCategory'), ...table(stats.byCategory.map((c) => [say(io, `report.category.${c.key}` as MessageKey), c.shown])), '');
  lines.push(say(io, 'cli.reports.stats.byUnit'), ...table(stats.byUnit.map((c) => [c.key || say(io, 'cli.reports.stats.unitNone'), c.shown])), '');
  if (stats.byQuarter.length > 0) lines.push(say(io, 'cli.reports.stats.byQuarter'), ...table(stats.byQuarter.map((c) => [quarterLabel(c.key), c.shown])), '');
  lines.push(say(io, 'cli.reports.stats.legend'));
  if (stats.riskAreas.length === 0) lines.push('', say(io, 'cli.reports.stats.noRiskAreas'));
  for (const plan of stats.riskAreas) {
    lines.push('', say(io, 'cli.reports.stats.riskTitle', { plan: `${plan.organisation}: ${plan.planName}` }));
    lines.push(`  ${say(io, 'cli.reports.stats.riskGeneral', { areas: plan.general.join(', ') || '–' })}`);
    for (const [category, areas] of Object.entries(plan.byCategory)) {
      lines.push(`  ${say(io, 'cli.reports.stats.riskCategory', { category: say(io, `report.category.${category}` as MessageKey), areas: (areas ?? []).join(', ') })}`);
    }
  }
  return lines;
}
