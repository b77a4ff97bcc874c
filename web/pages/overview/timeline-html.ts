import { daysBetween, type IsoDate } from '../../../src/calendar/iso-date.js';
import type { Translate } from '../../../src/i18n/catalogue.js';
import type { Locale } from '../../../src/i18n/locale.js';
import type { MeasureState } from '../../../src/overview/overview-types.js';
import { isDated } from '../../../src/plans/period.js';
import { periodText, shortDate } from '../../../src/overview/words.js';
import { statusLabel } from '../../../src/status/status-label.js';
import { html, type Html } from '../html.js';

function percent(date: IsoDate, span: { from: IsoDate; to: IsoDate }): number {
  const total = Math.max(1, daysBetween(span.from, span.to));
  return Math.min(100, Math.max(0, (daysBetween(span.from, date) / total) * 100));
}

function ticks(span: { from: IsoDate; to: IsoDate }, locale: Locale): Array<{ at: number; label: string }> {
  const months = Math.max(1, Math.round(daysBetween(span.from, span.to) / 30.4));
  const step = Math.max(1, Math.ceil(months / 6));
  const out: Array<{ at: number; label: string }> = [];
  let y = Number(span.from.slice(0, 4));
  let m = Number(span.from.slice(5, 7)) + 1;
  for (let i = 0; i < 200; i++, m += step) {
    while (m > 12) [y, m] = [y + 1, m - 12];
    const day = `${y}-${String(m).padStart(2, '0')}-01`;
    if (day > span.to) break;
    const label = new Intl.DateTimeFormat(locale === 'sv' ? 'sv-SE' : 'en-GB', { month: 'short', year: '2-digit', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
    out.push({ at: percent(day, span), label });
  }
  return out;
}

/**
 * A Gantt-like timeline in HTML and inline SVG, positioned by SVG attributes
 * rather than style attributes (the CSP allows no inline styles); it reflows
 * to a phone's width: each
 * measure from its start to its deadline, coloured by its light, grouped by
 * goal area, with the as-of day marked. Undated measures are named below.
 */
export function timelineHtml(
  measures: readonly MeasureState[],
  span: { from: IsoDate; to: IsoDate } | null,
  asOf: IsoDate,
  areaTitle: (number: string | null) => string,
  tr: Translate,
  locale: Locale,
): Html {
  const dated = measures.filter((m) => isDated(m.deadline) || m.startsOn !== null);
  const undated = measures.filter((m) => !dated.includes(m));
  if (!span || dated.length === 0) return html`<p class="muted">${undated.length > 0 ? tr('tab.timeline.undated', { codes: undated.map((m) => m.code).join(', ') }) : tr('tab.filter.empty')}</p>`;
  const today = percent(asOf, span);
  const groups = new Map<string | null, MeasureState[]>();
  for (const m of dated) groups.set(m.goalAreaNumber, [...(groups.get(m.goalAreaNumber) ?? []), m]);
  const rows = [...groups.entries()].map(
    ([area, list]) => html`<div class="tl-area">${areaTitle(area)}</div>${list.map((m) => {
      const start = m.startsOn ?? span.from;
      const end = isDated(m.deadline) ? m.deadline.to : (m.dueOn ?? span.to);
      const left = percent(start, span);
      const width = Math.max(0.8, percent(end, span) - left);
      const title = `${m.code} ${m.title} — ${statusLabel(tr, m.status)}. ${tr('overview.measure.start')}: ${periodText(tr, m.start, 'start', locale)}. ${tr('overview.measure.deadline')}: ${periodText(tr, m.deadline, 'deadline', locale)}`;
      return html`<div class="tl-row" title="${title}"><span class="small"><b>${m.code}</b></span><svg class="tl-track" width="100%" height="14" aria-hidden="true"><rect class="tl-bar ${m.light}" x="${left.toFixed(2)}%" width="${width.toFixed(2)}%" height="14" rx="7"/><rect class="tl-today" x="${today.toFixed(2)}%" y="0" width="2" height="14"/></svg></div>`;
    })}`,
  );
  return html`<div class="tl" role="img" aria-label="${tr('tab.timeline.note', { date: shortDate(asOf, locale) })}">
${rows}
<div class="tl-axis"><div></div><svg width="100%" height="16" aria-hidden="true">${ticks(span, locale).map((t) => html`<text x="${t.at.toFixed(2)}%" y="12" text-anchor="middle">${t.label}</text>`)}</svg></div>
</div>
<p class="small muted">${tr('tab.timeline.note', { date: shortDate(asOf, locale) })}${undated.length > 0 ? ` ${tr('tab.timeline.undated', { codes: undated.map((m) => m.code).join(', ') })}` : ''}</p>`;
}
