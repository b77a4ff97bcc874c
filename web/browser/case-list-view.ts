import type { CaseListResponse, CaseSummary, ViewContext } from './case-types.js';
import { el, formatDay, formatInstant } from './dom.js';

/** A handler's display name, or "Handläggare 5e1a…" when Tillit does not know it yet. */
export function handlerName(ctx: ViewContext, list: ReadonlyArray<{ id: string; name: string | null }>, id: string | null): string {
  if (!id) return '–';
  return list.find((h) => h.id === id)?.name ?? ctx.tr('cases.handlerUnknown', { id: id.slice(0, 8) });
}

/** A deadline cell: the date, "försenad" when passed and not met, or when it was met. */
export function deadlineBadge(ctx: ViewContext, due: string, doneOn: string | null, open: boolean): HTMLElement {
  if (doneOn) return el('span', { class: 'muted' }, ctx.tr('cases.done', { date: formatDay(doneOn) }));
  const late = open && ctx.today > due;
  return el('span', {}, formatDay(due), late ? ' ' : '', late ? el('span', { class: 'badge late' }, ctx.tr('cases.overdue')) : null);
}

function row(ctx: ViewContext, data: CaseListResponse, c: CaseSummary, open: (id: string) => void): HTMLElement {
  const isOpen = c.status !== 'closed';
  const link = el('a', { href: `#/arende/${c.id}` }, c.reference);
  link.addEventListener('click', (event) => {
    event.preventDefault();
    open(c.id);
  });
  return el(
    'tr',
    {},
    el(
      'td',
      { 'data-label': ctx.tr('cases.col.reference') },
      link,
      c.unreadFromReporter > 0 ? ' ' : '',
      c.unreadFromReporter > 0 ? el('span', { class: 'badge unread' }, ctx.tr('cases.unread', { count: c.unreadFromReporter })) : null,
      c.excludedHandlers ? ' ' : '',
      c.excludedHandlers ? el('span', { class: 'badge late' }, ctx.tr('cases.exclusions.badge', { count: c.excludedHandlers })) : null,
    ),
    el('td', { 'data-label': ctx.tr('cases.col.received') }, formatDay(c.receivedOn)),
    el('td', { 'data-label': ctx.tr('cases.col.categories') }, c.categories.map((k) => ctx.tr(`report.category.${k}`)).join(', ')),
    el('td', { 'data-label': ctx.tr('cases.col.unit') }, c.unit ?? ctx.tr('report.unit.none')),
    el('td', { 'data-label': ctx.tr('cases.col.status') }, el('span', { class: `badge ${c.status}` }, ctx.tr(`report.status.${c.status}`))),
    el('td', { 'data-label': ctx.tr('cases.col.acknowledgeBy') }, deadlineBadge(ctx, c.deadlines.acknowledgeBy, c.acknowledgedOn, isOpen)),
    el('td', { 'data-label': ctx.tr('cases.col.feedbackBy') }, deadlineBadge(ctx, c.deadlines.feedbackBy, c.feedbackOn, isOpen)),
    el('td', { 'data-label': ctx.tr('cases.col.assigned') }, handlerName(ctx, data.handlers, c.assignedHandlerId)),
  );
}

/** The cases the signed-in handler is excluded from: reference, who excluded them and when — never content. */
function excludedFrom(ctx: ViewContext, data: CaseListResponse): HTMLElement | null {
  if (data.excludedFrom.length === 0) return null;
  return el(
    'section',
    { class: 'card', id: 'excluded-from' },
    el('h2', {}, ctx.tr('cases.excludedFrom.title')),
    el('p', { class: 'muted small' }, ctx.tr('cases.excludedFrom.lead')),
    el(
      'ul',
      {},
      ...data.excludedFrom.map((x) => {
        const by = x.exclusion.excludedByName ?? (x.exclusion.excludedBy ? handlerName(ctx, data.handlers, x.exclusion.excludedBy) : ctx.tr('cases.excludedFrom.unknownBy'));
        return el('li', {}, ctx.tr('cases.excludedFrom.entry', { reference: x.reference, received: formatDay(x.receivedOn), by, date: x.exclusion.at ? formatInstant(x.exclusion.at) : '–' }));
      }),
    ),
  );
}

/** The list of cases with status and deadlines, open cases first; then those the handler is excluded from. */
export function caseList(ctx: ViewContext, data: CaseListResponse, open: (id: string) => void): HTMLElement {
  const warnings = [
    data.handlers.length === 0 ? el('div', { class: 'errors' }, ctx.tr('cases.noHandlers')) : null,
    data.unreachable > 0 ? el('p', { class: 'muted small' }, ctx.tr('cases.unreachable', { count: data.unreachable })) : null,
  ];
  if (data.cases.length === 0) return el('div', {}, ...warnings, el('p', { class: 'card muted' }, ctx.tr('cases.empty')), excludedFrom(ctx, data));
  const head = ['reference', 'received', 'categories', 'unit', 'status', 'acknowledgeBy', 'feedbackBy', 'assigned'].map((k) => el('th', { scope: 'col' }, ctx.tr(`cases.col.${k}`)));
  return el(
    'div',
    {},
    ...warnings,
    el('table', { class: 'cases' }, el('thead', {}, el('tr', {}, ...head)), el('tbody', {}, ...data.cases.map((c) => row(ctx, data, c, open)))),
    excludedFrom(ctx, data),
  );
}
