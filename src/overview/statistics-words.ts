import type { MessageKey, Translate } from '../i18n/catalogue.js';
import type { Locale } from '../i18n/locale.js';
import type { SuppressedReportStatistics } from './report-statistics-hook.js';
import { shortDate } from './words.js';

/** The report statistics put into words once, for the chat card, the dashboard and the committee report alike. */
export interface StatisticsText {
  heading: string;
  /** "Totalt: 37". */
  total: { label: string; shown: string };
  /** One line per dimension: "Per kategori" and its cells. */
  lines: Array<{ label: string; cells: Array<{ label: string; shown: string }> }>;
  /** The plan's risk areas the categories relate to, one sentence each. */
  riskAreas: string[];
  /** What the numbers cover and what "<5" and "x" mean. */
  note: string;
}

function cellLabel(tr: Translate, dimension: 'category' | 'unit' | 'quarter', key: string): string {
  if (dimension === 'category') return tr(`report.category.${key}` as MessageKey);
  if (dimension === 'unit') return key || tr('overview.reports.unitNone');
  return quarterLabel(key);
}

/** A quarter as people write it: "2026-Q1" → "Q1 2026"; the same in the chat, the dashboard, the report and the terminal. */
export function quarterLabel(key: string): string {
  return /^\d{4}-Q[1-4]$/.test(key) ? `${key.slice(5)} ${key.slice(0, 4)}` : key;
}

/** Most risk areas named in one sentence; the plan lists them all. */
const maxAreas = 6;

function areaList(tr: Translate, areas: readonly string[]): string {
  return areas.length <= maxAreas ? areas.join(', ') : `${areas.slice(0, maxAreas).join(', ')} ${tr('overview.more', { count: areas.length - maxAreas })}`;
}

/**
 * The cells worth reading: every count shown or hidden by itself, and the
 * small ones (all "<k") gathered at the end as "övriga <5" — no more is
 * revealed than each cell already said, and eleven "<5" do not drown the two numbers.
 */
function readableCells(tr: Translate, cells: Array<{ label: string; shown: string }>, small: string): Array<{ label: string; shown: string }> {
  const big = cells.filter((c) => c.shown !== small);
  if (big.length === cells.length) return cells;
  if (big.length === 0) return [{ label: tr('overview.reports.all'), shown: small }];
  return [...big, { label: tr('overview.reports.others'), shown: small }];
}

/** Words for a plan's protected report statistics. */
export function statisticsText(stats: SuppressedReportStatistics, tr: Translate, locale: Locale): StatisticsText {
  const category = (key: string) => cellLabel(tr, 'category', key);
  const small = `<${stats.threshold}`;
  return {
    heading: tr('overview.section.reports'),
    total: { label: tr('overview.reports.total'), shown: stats.total },
    lines: stats.breakdowns
      .filter((b) => b.rows.length > 0)
      .map((b) => ({
        label: tr(`overview.reports.${b.dimension}`),
        cells: readableCells(tr, b.rows.map((r) => ({ label: cellLabel(tr, b.dimension, r.key), shown: r.shown })), small),
      })),
    riskAreas: [
      ...(stats.riskAreas.general.length > 0 ? [tr('overview.reports.riskGeneral', { areas: areaList(tr, stats.riskAreas.general) })] : []),
      ...stats.riskAreas.byCategory.map((c) => tr('overview.reports.riskCategory', { category: category(c.category), areas: areaList(tr, c.areas) })),
    ],
    note: tr('overview.reports.note', { from: shortDate(stats.period.from, locale), to: shortDate(stats.period.to, locale), k: stats.threshold }),
  };
}
