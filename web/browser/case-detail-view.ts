import { caseActions } from './case-actions-view.js';
import { deadlineBadge, handlerName } from './case-list-view.js';
import type { CaseDetailResponse, ViewContext } from './case-types.js';
import { el, formatDay, formatInstant, formatMonth } from './dom.js';

function fact(label: string, value: Node | string): Node[] {
  return [el('dt', {}, label), el('dd', {}, value)];
}

function summary(ctx: ViewContext, data: CaseDetailResponse): HTMLElement {
  const c = data.case;
  const open = c.status !== 'closed';
  const month = c.happenedMonth === 'earlier' ? ctx.tr('report.month.earlier') : c.happenedMonth ? formatMonth(c.happenedMonth) : ctx.tr('report.month.none');
  const ongoing = c.ongoing === null ? ctx.tr('report.ongoing.unknown') : ctx.tr(c.ongoing ? 'report.ongoing.yes' : 'report.ongoing.no');
  return el(
    'section',
    { class: 'card' },
    el('h2', {}, `${c.reference} · ${c.categories.map((k) => ctx.tr(`report.category.${k}`)).join(', ')}`),
    c.reporter ? el('div', { class: 'notice' }, el('strong', {}, ctx.tr('cases.reporter')), el('br'), [c.reporter.name, c.reporter.email].filter(Boolean).join(' · ')) : null,
    el(
      'dl',
      { class: 'facts' },
      ...fact(ctx.tr('cases.fact.kind'), ctx.tr(`report.kind.${c.kind}`)),
      ...fact(ctx.tr('cases.fact.status'), el('span', { class: `badge ${c.status}` }, ctx.tr(`report.status.${c.status}`))),
      ...fact(ctx.tr('cases.fact.received'), formatDay(c.receivedOn)),
      ...fact(ctx.tr('cases.col.acknowledgeBy'), deadlineBadge(ctx, c.deadlines.acknowledgeBy, c.acknowledgedOn, open)),
      ...fact(ctx.tr('cases.col.feedbackBy'), deadlineBadge(ctx, c.deadlines.feedbackBy, c.feedbackOn, open)),
      ...(c.deadlines.purgeOn ? fact(ctx.tr('cases.fact.purgeOn'), formatDay(c.deadlines.purgeOn)) : []),
      ...fact(ctx.tr('cases.fact.subject'), ctx.tr(`report.subject.${c.subject}`)),
      ...fact(ctx.tr('cases.fact.unit'), c.unit ?? ctx.tr('report.unit.none')),
      ...fact(ctx.tr('cases.fact.month'), month),
      ...fact(ctx.tr('cases.fact.ongoing'), ongoing),
      ...fact(ctx.tr('cases.fact.contact'), ctx.tr(c.wantsContact ? 'report.ongoing.yes' : 'report.ongoing.no')),
      ...fact(ctx.tr('cases.col.assigned'), handlerName(ctx, data.handlers, c.assignedHandlerId)),
    ),
    c.status === 'closed' && c.outcome ? el('p', {}, el('strong', {}, ctx.tr('cases.closed', { date: formatDay(c.closedOn), outcome: ctx.tr(`report.outcome.${c.outcome}`) }))) : null,
    el('h3', {}, ctx.tr('cases.text')),
    el('div', { class: 'prewrap', id: 'case-text' }, c.text),
    c.notes.policeNote ? el('p', { class: 'small' }, el('strong', {}, `${ctx.tr('cases.notes.police')}: `), c.notes.policeNote) : null,
    c.notes.closingNote ? el('p', { class: 'small' }, el('strong', {}, `${ctx.tr('cases.notes.closing')}: `), c.notes.closingNote) : null,
  );
}

function thread(ctx: ViewContext, data: CaseDetailResponse): HTMLElement {
  const messages = data.case.messages;
  return el(
    'section',
    { class: 'card' },
    el('h2', {}, ctx.tr('cases.thread')),
    messages.length === 0 ? el('p', { class: 'muted' }, ctx.tr('cases.threadEmpty')) : null,
    el(
      'ol',
      { class: 'thread' },
      ...messages.map((m) =>
        el(
          'li',
          { class: m.author === 'handler' ? 'mine' : 'theirs' },
          el('div', { class: 'meta' }, `${m.author === 'handler' ? handlerName(ctx, data.handlers, m.handlerId) : ctx.tr('cases.fromReporter')} · ${formatDay(m.sentOn)}${m.kind !== 'message' ? ` · ${ctx.tr(`report.message.${m.kind}`)}` : ''}`),
          el('div', { class: 'prewrap' }, m.text),
        ),
      ),
    ),
  );
}

/** What an audit entry concerned, in words: a handler's name, an outcome, a police decision, a deadline. */
function auditDetail(ctx: ViewContext, data: CaseDetailResponse, a: CaseDetailResponse['audit'][number]): string {
  if (!a.detail) return '';
  if (a.action === 'assigned' || a.action === 'handler_excluded' || a.action === 'exclusion_lifted') return ` (${handlerName(ctx, data.handlers, a.detail)})`;
  const key = a.action === 'closed' ? `report.outcome.${a.detail}` : a.action === 'police_decision' ? `report.police.${a.detail}` : `cases.audit.kind.${a.detail}`;
  const text = ctx.tr(key);
  // An unknown code stays out of sight rather than showing as a code.
  return text === key ? '' : ` (${text})`;
}

function audit(ctx: ViewContext, data: CaseDetailResponse): HTMLElement {
  return el(
    'details',
    { class: 'card' },
    el('summary', {}, ctx.tr('cases.audit.title')),
    el(
      'ul',
      { class: 'small' },
      ...[...data.audit].reverse().map((a) =>
        el('li', {}, `${formatInstant(a.at)} · ${a.actorName ?? (a.actorId ? handlerName(ctx, data.handlers, a.actorId) : ctx.tr('cases.audit.system'))} ${ctx.tr(`cases.audit.${a.action}`)}${auditDetail(ctx, data, a)}`),
      ),
    ),
  );
}

/** One case: facts and text, the dialogue, the handler's actions and the audit log. */
export function caseDetail(
  ctx: ViewContext,
  data: CaseDetailResponse,
  back: () => void,
  post: (action: string, body: Record<string, unknown>, status: HTMLElement) => void,
): HTMLElement {
  const backLink = el('a', { href: '#/' }, ctx.tr('cases.back'));
  backLink.addEventListener('click', (event) => {
    event.preventDefault();
    back();
  });
  return el('div', {}, el('p', {}, backLink), summary(ctx, data), thread(ctx, data), ...caseActions(ctx, data, post), audit(ctx, data));
}
