import { statisticsText, type StatisticsText } from '../../../src/overview/statistics-words.js';
import { translator, type Translate } from '../../../src/i18n/catalogue.js';
import type { Locale } from '../../../src/i18n/locale.js';
import type { DashboardView } from '../../../src/overview/dashboard-view.js';
import { statusKeys, type MeasureState } from '../../../src/overview/overview-types.js';
import { statusLight } from '../../../src/overview/traffic-light.js';
import { areaName, areasHeading, dayWithWeekday, periodText, shortDate, shorten, silenceText } from '../../../src/overview/words.js';
import { statusLabel } from '../../../src/status/status-label.js';
import { html, type Html } from '../html.js';
import { statusChartSvg } from './status-chart-svg.js';
import { timelineHtml } from './timeline-html.js';

function option(value: string, label: string, selected: string | undefined): Html {
  return html`<option value="${value}"${value === (selected ?? '') ? html` selected` : ''}>${label}</option>`;
}

function filtersForm(view: DashboardView, tr: Translate): Html {
  const { overview, filters } = view;
  const label = overview.plan.goalAreaLabel;
  return html`<form class="filters" id="filters">
<label>${tr('tab.filter.plan')}<select name="plan">${view.plans.map((p) => option(p.key, p.name, overview.plan.key))}</select></label>
<label>${tr('tab.filter.goalArea')}<select name="area">${option('', tr('tab.filter.all'), filters.goalArea)}${overview.goalAreas.filter((a) => a.number !== null).map((a) => option(a.number!, areaName(tr, label, a.number, a.title), filters.goalArea))}</select></label>
<label>${tr('tab.filter.owner')}<select name="owner">${option('', tr('tab.filter.all'), filters.owner)}${view.owners.map((o) => option(o, shorten(o, 48), filters.owner))}</select></label>
<label>${tr('tab.filter.status')}<select name="status">${option('', tr('tab.filter.all'), filters.status)}${option('overdue', tr('tab.filter.overdue'), filters.status)}${statusKeys.map((k) => option(k, statusLabel(tr, k), filters.status))}</select></label>
<label>${tr('tab.asOf')}<input type="date" name="asOf" value="${overview.isToday ? '' : overview.asOf}" max="${overview.asOf}"></label>
<button type="submit">${tr('tab.filter.show')}</button>
<button type="button" class="primary" data-report="docx">${tr('tab.download')}: ${tr('tab.download.word')}</button>
<button type="button" data-report="xlsx">${tr('tab.download.excel')}</button>
</form>`;
}

function tiles(view: DashboardView, tr: Translate): Html {
  const { figures } = view.overview;
  return html`<div class="tiles">${statusKeys
    .filter((k) => figures.byStatus[k] > 0)
    .map((k) => html`<div class="tile l-${statusLight(k)}"><b>${figures.byStatus[k]}</b><span>${statusLabel(tr, k)}</span></div>`)}<div class="tile l-red"><b>${figures.overdue}</b><span>${tr('tab.filter.overdue')}</span></div></div>`;
}

function measureItems(list: readonly MeasureState[], detail: (m: MeasureState) => string, empty: string): Html {
  if (list.length === 0) return html`<p class="muted">${empty}</p>`;
  return html`<ul class="plain">${list.map((m) => html`<li><span class="dot ${m.light}"></span><b>${m.code}</b> ${shorten(m.title, 80)}<br><span class="small muted">${detail(m)}</span></li>`)}</ul>`;
}

function measuresTable(view: DashboardView, tr: Translate, locale: Locale): Html {
  const rows = view.measures.map(
    (m) => html`<tr><td><b>${m.code}</b></td><td>${m.title}${m.latest?.comment ? html`<br><span class="small muted">${shorten(m.latest.comment, 160)}</span>` : ''}</td><td class="small">${m.responsibleText}</td><td class="small">${periodText(tr, m.deadline, 'deadline', locale)}${m.overdueSince ? html`<br><span class="overdue-since">${tr('overview.measure.overdueShort')}</span>` : ''}</td><td><span class="status ${m.light}"><span class="dot ${m.light}"></span>${statusLabel(tr, m.status)}</span></td><td class="small">${m.latest ? `${shortDate(m.latest.recordedOn, locale)}, ${m.latest.recordedBy.name}` : tr('overview.stale.never')}</td></tr>`,
  );
  return html`<p class="small muted">${tr('tab.filter.count', { shown: view.measures.length, total: view.overview.measures.length })}</p>
${view.measures.length === 0 ? html`<p class="muted">${tr('tab.filter.empty')}</p>` : html`<table class="measures"><thead><tr><th>${tr('committeeReport.col.code')}</th><th>${tr('committeeReport.col.measure')}</th><th>${tr('committeeReport.col.owner')}</th><th>${tr('committeeReport.col.deadline')}</th><th>${tr('committeeReport.col.status')}</th><th>${tr('committeeReport.col.reported')}</th></tr></thead><tbody>${rows}</tbody></table>`}`;
}

function statisticsSection(words: StatisticsText): Html {
  return html`<section class="card" id="report-statistics"><h2>${words.heading}</h2><p>${words.total.label}: <b>${words.total.shown}</b></p>${words.lines.map(
    (line) => html`<p class="small">${line.label}: ${line.cells.map((c) => `${c.label} ${c.shown}`).join(' · ')}</p>`,
  )}${words.riskAreas.map((text) => html`<p class="small">${text}</p>`)}<p class="small muted">${words.note}</p></section>`;
}

/**
 * The dashboard's content for one viewer, rendered on the server: filters,
 * status tiles, goal areas with lights, overdue / due soon / silent /
 * unreachable lists, the timeline, status over time, the latest updates and
 * the measures table. Every plan text is escaped.
 */
export function dashboardFragment(view: DashboardView, locale: Locale): Html {
  const tr = translator(locale);
  const o = view.overview;
  const label = o.plan.goalAreaLabel;
  const day = (d: string) => shortDate(d, locale);
  const titles = new Map(o.goalAreas.map((a) => [a.number, a.title]));
  const areaTitle = (n: string | null) => areaName(tr, label, n !== null && titles.has(n) ? n : null, n !== null ? (titles.get(n) ?? '') : '');
  const stats = o.reportStatistics;
  return html`<div class="head"><div><p class="sub">${[o.plan.organisation, o.plan.committee].filter(Boolean).join(' · ')}</p><h1>${o.plan.name}</h1>
<p class="sub">${o.isToday ? tr('overview.heading.today', { date: dayWithWeekday(o.asOf, locale) }) : tr('overview.heading.past', { date: dayWithWeekday(o.asOf, locale) })}</p></div>${filtersForm(view, tr)}</div>
${tiles(view, tr)}
<div class="grid">
<section class="card"><h2>${areasHeading(tr, label)}</h2><ul class="areas">${o.goalAreas.map(
    (a) => html`<li><span class="dot ${a.light}" title="${tr(`overview.light.${a.light}`)}"></span><div><b>${areaName(tr, label, a.number, a.title)}</b><br><span class="c">${statusKeys
      .filter((k) => a.counts.byStatus[k] > 0)
      .map((k) => `${statusLabel(tr, k)} ${a.counts.byStatus[k]}`)
      .join(' · ')}${a.counts.overdue > 0 ? ` · ${tr('overview.area.overdue', { count: a.counts.overdue })}` : ''}</span></div></li>`,
  )}</ul></section>
<section class="card"><h2>${tr('overview.section.overdue', { count: o.figures.overdue })}</h2>${measureItems(o.overdue, (m) => `${statusLabel(tr, m.status)} · ${tr('overview.overdue.dueOn', { date: day(m.dueOn ?? m.overdueSince!) })}`, tr('overview.overdue.none'))}</section>
</div>
<section class="card"><h2>${tr('tab.timeline')}</h2>${timelineHtml(view.measures, view.span, o.asOf, areaTitle, tr, locale)}</section>
<div class="grid">
<section class="card chart"><h2>${tr('tab.chart')}</h2>${statusChartSvg(view.series, tr, locale)}<p class="small muted">${tr('tab.chart.note')}</p></section>
<section class="card"><h2>${tr('overview.section.dueSoon', { days: o.settings.dueSoonDays, count: o.figures.dueSoon })}</h2>${measureItems(o.dueSoon, (m) => `${statusLabel(tr, m.status)} · ${tr('overview.dueSoon.on', { date: day(m.dueOn!) })}`, tr('overview.dueSoon.none', { days: o.settings.dueSoonDays }))}
<h2 class="spaced">${tr('overview.section.stale', { days: o.settings.staleAfterDays, count: o.figures.silent })}</h2>${measureItems(o.stale, (m) => silenceText(m, tr, locale), '–')}</section>
<section class="card"><h2>${tr('overview.section.unreachable', { count: o.unreachable?.length ?? '–' })}</h2>${
    o.unreachable === null
      ? html`<p class="muted">${tr('overview.unreachable.past')}</p>`
      : o.unreachable.length === 0
        ? html`<p class="muted">${tr('overview.unreachable.none')}</p>`
        : html`<ul class="plain">${o.unreachable.map(
            (u) => html`<li><b>${u.unit}</b><br><span class="small muted">${u.reason === 'no_person' ? tr('overview.unreachable.no_person') : tr(`overview.unreachable.${u.reason}`, { names: u.people.map((p) => p.name).join(', ') })} · ${tr('overview.unreachable.measures', { codes: u.measureCodes.join(', ') })}</span></li>`,
          )}</ul>`
  }</section>
<section class="card"><h2>${tr('overview.section.latest')}</h2>${
    o.latestUpdates.length === 0
      ? html`<p class="muted">${tr('overview.latest.none')}</p>`
      : html`<ul class="plain">${o.latestUpdates.map(
          (u) => html`<li><span class="dot ${statusLight(u.entry.status)}"></span>${day(u.entry.recordedOn)} · <b>${u.code}</b> ${statusLabel(tr, u.entry.status)}<br><span class="small muted">${u.entry.onBehalfOf ? tr('overview.latest.onBehalf', { name: u.entry.recordedBy.name, owner: u.entry.onBehalfOf.name }) : u.entry.recordedBy.name}${u.entry.comment ? ` — ${shorten(u.entry.comment, 120)}` : ''}</span></li>`,
        )}</ul>`
  }</section>
</div>
${stats ? statisticsSection(statisticsText(stats, tr, locale)) : ''}
<section class="card"><h2>${tr('tab.measures')}</h2>${measuresTable(view, tr, locale)}</section>`;
}
