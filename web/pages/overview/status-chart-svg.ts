import type { Translate } from '../../../src/i18n/catalogue.js';
import type { Locale } from '../../../src/i18n/locale.js';
import { statusKeys, type StatusKey } from '../../../src/overview/overview-types.js';
import type { SeriesPoint } from '../../../src/overview/status-series.js';
import { statusLabel } from '../../../src/status/status-label.js';
import { html, type Html } from '../html.js';

/** The status colours of the chart, matching the lights (no status is a light grey). */
export const statusColours: Record<StatusKey, string> = {
  done: '#0f6cbd',
  on_track: '#237b4b',
  at_risk: '#c19c00',
  delayed: '#c4314b',
  not_started: '#8a8886',
  cancelled: '#5c5c5c',
  no_status: '#d6d6d6',
};
const stackOrder: StatusKey[] = ['done', 'on_track', 'at_risk', 'delayed', 'not_started', 'cancelled', 'no_status'];

/**
 * Status over time as stacked bars (one per month end), drawn as SVG on the
 * server. Labels are large in the viewBox so they stay readable when the
 * chart shrinks to a phone's width; the legend is HTML beside it.
 */
export function statusChartSvg(series: readonly SeriesPoint[], tr: Translate, locale: Locale): Html {
  const width = 640;
  const height = 260;
  const left = 36;
  const bottom = 36;
  const plotHeight = height - bottom - 10;
  const max = Math.max(1, ...series.map((p) => statusKeys.reduce((sum, k) => sum + p.counts[k], 0)));
  const slot = (width - left - 8) / Math.max(1, series.length);
  const barWidth = Math.max(4, Math.min(40, slot * 0.7));
  const labelEvery = Math.max(1, Math.ceil(series.length / 8));
  const month = (date: string) =>
    new Intl.DateTimeFormat(locale === 'sv' ? 'sv-SE' : 'en-GB', { month: 'short', year: '2-digit', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
  const bars = series.map((point, i) => {
    const x = left + i * slot + (slot - barWidth) / 2;
    let y = height - bottom;
    const segments = stackOrder
      .filter((k) => point.counts[k] > 0)
      .map((k) => {
        const h = (point.counts[k] / max) * plotHeight;
        y -= h;
        return html`<rect x="${x.toFixed(1)}" y="${y.toFixed(1)}" width="${barWidth.toFixed(1)}" height="${h.toFixed(1)}" fill="${statusColours[k]}"><title>${point.date}: ${statusLabel(tr, k)} ${point.counts[k]}</title></rect>`;
      });
    const label = i % labelEvery === 0 || i === series.length - 1 ? html`<text x="${(x + barWidth / 2).toFixed(1)}" y="${height - 12}" text-anchor="middle" font-size="15" fill="currentColor">${month(point.date)}</text>` : '';
    return html`${segments}${label}`;
  });
  const gridLines = [0, 0.5, 1].map((f) => {
    const y = height - bottom - f * plotHeight;
    return html`<line x1="${left}" x2="${width}" y1="${y.toFixed(1)}" y2="${y.toFixed(1)}" stroke="currentColor" stroke-opacity="0.15"/><text x="${left - 6}" y="${(y + 5).toFixed(1)}" text-anchor="end" font-size="15" fill="currentColor">${Math.round(f * max)}</text>`;
  });
  const present = stackOrder.filter((k) => series.some((p) => p.counts[k] > 0));
  return html`<svg viewBox="0 0 ${width} ${height}" role="img" aria-label="${tr('tab.chart.note')}" class="muted">${gridLines}${bars}</svg>
<div class="legend">${present.map((k) => html`<span><span class="dot s-${k}"></span>${statusLabel(tr, k)}</span>`)}</div>`;
}
