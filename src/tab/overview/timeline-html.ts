import { daysBetween, type IsoDate } from '../../calendar/iso-date.js';
import type { Translate } from '../../i18n/catalogue.js';
import type { Locale } from '../../i18n/locale.js';
import type { MeasureState } from '../../overview/overview-types.js';
import { isDated } from '../../plans/period.js';
import { periodText, shortDate, statusLabel } from '../../overview/words.js';
import { html, type SafeHtml } from '../html.js';

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
 * A Gantt-like timeline in plain HTML (it reflows to a phone's width): each
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
): SafeHtml {
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
      return html`<div class="tl-row" title="${title}"><span class="small"><b>${m.code}</b></span><div class="tl-track"><div class="tl-bar ${m.light}" style="left:${left.toFixed(2)}%;width:${width.toFixed(2)}%"></div><div class="tl-today" style="left:${today.toFixed(2)}%"></div></div></div>`;
    })}`,
  );
  return html`<div class="tl" role="img" aria-label="${tr('tab.timeline.note', { date: shortDate(asOf, locale) })}">
${rows}
<div class="tl-axis"><div></div><div>${ticks(span, locale).map((t) => html`<span style="left:${t.at.toFixed(2)}%">${t.label}</span>`)}</div></div>
</div>
<p class="small muted">${tr('tab.timeline.note', { date: shortDate(asOf, locale) })}${undated.length > 0 ? ` ${tr('tab.timeline.undated', { codes: undated.map((m) => m.code).join(', ') })}` : ''}</p>`;
}
