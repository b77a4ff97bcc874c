import type { CaseDetail, CaseDetailResponse, ViewContext } from './case-types.js';
import { handlerName } from './case-list-view.js';
import { el, formatDay, formatInstant } from './dom.js';

type Post = (action: string, body: Record<string, unknown>, status: HTMLElement) => void;

function select(name: string, options: Array<[string, string]>, current?: string): HTMLSelectElement {
  return el('select', { name, id: `f-${name}` }, ...options.map(([value, label]) => el('option', { value, selected: value === current }, label)));
}

function section(title: string, ...children: Array<Node | null>): HTMLElement {
  return el('section', { class: 'card' }, el('h2', {}, title), ...children);
}

function form(onSubmit: (data: FormData, status: HTMLElement) => void, ...children: Node[]): HTMLFormElement {
  const status = el('p', { class: 'status-line', role: 'status' });
  const f = el('form', {}, ...children, status);
  f.addEventListener('submit', (event) => {
    event.preventDefault();
    onSubmit(new FormData(f), status);
  });
  return f;
}

function writeSection(ctx: ViewContext, c: CaseDetail, post: Post): HTMLElement | null {
  if (c.status === 'closed') return null;
  const kinds: Array<[string, string]> = [
    ...(c.status === 'new' ? [['acknowledgement', ctx.tr('report.message.acknowledgement')] as [string, string]] : []),
    ['message', ctx.tr('report.message.message')],
    ['feedback', ctx.tr('report.message.feedback')],
  ];
  const text = el('textarea', { name: 'text', id: 'f-text', maxlength: '20000' }, c.status === 'new' ? ctx.tr('cases.write.ackDefault') : '');
  return section(
    ctx.tr('cases.write.title'),
    form(
      (data, status) => post('write', { kind: data.get('kind'), text: data.get('text') }, status),
      el('label', { class: 'field', for: 'f-kind' }, ctx.tr('cases.write.kind')),
      select('kind', kinds),
      el('label', { class: 'field', for: 'f-text' }, ctx.tr('cases.write.text')),
      text,
      el('p', { class: 'hint' }, ctx.tr(c.kind === 'named' ? 'cases.write.note.named' : 'cases.write.note.anonymous')),
      el('div', { class: 'actions' }, el('button', { type: 'submit' }, ctx.tr('cases.write.send'))),
    ),
  );
}

function guidelineSection(ctx: ViewContext, c: CaseDetail, post: Post): HTMLElement {
  const chief = c.securityChiefInformedOn
    ? el('p', {}, '✓ ', ctx.tr('cases.securityChief.done', { date: formatDay(c.securityChiefInformedOn) }))
    : form((_d, status) => post('security-chief', {}, status), el('button', { type: 'submit', class: 'secondary' }, ctx.tr('cases.securityChief.record')));
  const decisions: Array<[string, string]> = [['reported', ctx.tr('report.police.reported')], ['not_reported', ctx.tr('report.police.not_reported')]];
  const police = form(
    (data, status) => (data.get('decision') ? post('police', { decision: data.get('decision'), note: data.get('note') || undefined }, status) : undefined),
    ...(c.policeDecision ? [el('p', {}, '✓ ', ctx.tr(`report.police.${c.policeDecision}`))] : []),
    el('label', { class: 'field', for: 'f-decision' }, ctx.tr('cases.police.decision')),
    select('decision', [['', ctx.tr('cases.choose')], ...decisions], c.policeDecision ?? ''),
    el('label', { class: 'field', for: 'f-note' }, ctx.tr('cases.police.note')),
    el('input', { type: 'text', name: 'note', id: 'f-note', maxlength: '2000', value: c.notes.policeNote ?? '' }),
    el('div', { class: 'actions' }, el('button', { type: 'submit', class: 'secondary' }, ctx.tr('cases.police.save'))),
  );
  return el('section', { class: 'card' }, el('p', { class: 'hint' }, ctx.tr('cases.guideline')), el('div', { class: 'grid2' }, el('div', {}, el('h3', {}, ctx.tr('cases.securityChief.title')), chief), el('div', {}, el('h3', {}, ctx.tr('cases.police.title')), police)));
}

function handlerSection(ctx: ViewContext, data: CaseDetailResponse, post: Post): HTMLElement {
  const c = data.case;
  const eligible = data.handlers.filter((h) => !c.excludedHandlerIds.includes(h.id));
  const assign = form(
    (d, status) => post('assign', { handlerId: d.get('handlerId') || null }, status),
    el('label', { class: 'field', for: 'f-handlerId' }, ctx.tr('cases.assign.title')),
    select('handlerId', [['', ctx.tr('cases.assign.none')], ...eligible.map((h) => [h.id, handlerName(ctx, data.handlers, h.id)] as [string, string])], c.assignedHandlerId ?? ''),
    el('div', { class: 'actions' }, el('button', { type: 'submit', class: 'secondary' }, ctx.tr('cases.assign.save'))),
  );
  const confirm = el('div', { class: 'hidden' });
  const exclude = form(
    (d, status) => {
      const id = String(d.get('excludeId') ?? '');
      if (!id) return;
      if (confirm.classList.contains('hidden')) {
        confirm.replaceChildren(el('p', { class: 'field-error' }, ctx.tr('cases.exclude.confirm', { name: handlerName(ctx, data.handlers, id) })));
        confirm.classList.remove('hidden');
        return;
      }
      post('exclude', { handlerId: id }, status);
    },
    el('label', { class: 'field', for: 'f-excludeId' }, ctx.tr('cases.exclude.title')),
    el('p', { class: 'hint' }, ctx.tr('cases.exclude.hint')),
    select('excludeId', [['', ctx.tr('cases.choose')], ...eligible.map((h) => [h.id, handlerName(ctx, data.handlers, h.id)] as [string, string])]),
    confirm,
    el('div', { class: 'actions' }, el('button', { type: 'submit', class: 'secondary' }, ctx.tr('cases.exclude.save'))),
  );
  return el('section', { class: 'card' }, el('div', { class: 'grid2' }, assign, exclude), exclusionList(ctx, data, post));
}

/** Who is excluded, by whom and when — with a way for any handler on the case to lift it. */
function exclusionList(ctx: ViewContext, data: CaseDetailResponse, post: Post): HTMLElement {
  const c = data.case;
  const items = c.exclusions.map((x) => {
    const name = handlerName(ctx, data.handlers, x.handlerId);
    const by = x.excludedByName ?? (x.excludedBy ? handlerName(ctx, data.handlers, x.excludedBy) : ctx.tr('cases.excludedFrom.unknownBy'));
    const confirm = el('div', { class: 'hidden' });
    const lift = form(
      (_d, status) => {
        if (confirm.classList.contains('hidden')) {
          confirm.replaceChildren(el('p', { class: 'field-error' }, ctx.tr('cases.exclusions.liftConfirm', { name })));
          confirm.classList.remove('hidden');
          return;
        }
        post('lift-exclusion', { handlerId: x.handlerId }, status);
      },
      confirm,
      el('button', { type: 'submit', class: 'secondary' }, ctx.tr('cases.exclusions.lift', { name })),
    );
    return el('li', { class: 'exclusion' }, el('span', {}, ctx.tr('cases.exclusions.entry', { name, by, date: x.at ? formatInstant(x.at) : '–' })), lift);
  });
  return el(
    'div',
    { id: 'exclusions' },
    el('h3', {}, ctx.tr('cases.exclusions.title')),
    items.length === 0 ? el('p', { class: 'muted small' }, ctx.tr('cases.exclusions.none')) : el('ul', {}, ...items),
  );
}

function closeSection(ctx: ViewContext, c: CaseDetail, post: Post): HTMLElement | null {
  if (c.status === 'closed') return null;
  const outcomes = ['measures_taken', 'referred', 'no_action', 'insufficient_information'].map((o) => [o, ctx.tr(`report.outcome.${o}`)] as [string, string]);
  return section(
    ctx.tr('cases.close.title'),
    form(
      (d, status) => post('close', { outcome: d.get('outcome'), note: d.get('note') || undefined, feedbackText: d.get('feedbackText') || undefined }, status),
      el('label', { class: 'field', for: 'f-outcome' }, ctx.tr('cases.close.outcome')),
      select('outcome', outcomes),
      el('label', { class: 'field', for: 'f-feedbackText' }, ctx.tr('cases.close.feedback')),
      el('textarea', { name: 'feedbackText', id: 'f-feedbackText', maxlength: '20000' }),
      el('label', { class: 'field', for: 'f-closeNote' }, ctx.tr('cases.close.note')),
      el('input', { type: 'text', name: 'note', id: 'f-closeNote', maxlength: '2000' }),
      el('div', { class: 'actions' }, el('button', { type: 'submit', class: 'danger' }, ctx.tr('cases.close.save'))),
    ),
  );
}

/** Everything a handler can do on a case; the server checks each action again. */
export function caseActions(ctx: ViewContext, data: CaseDetailResponse, post: Post): HTMLElement[] {
  return [writeSection(ctx, data.case, post), guidelineSection(ctx, data.case, post), handlerSection(ctx, data, post), closeSection(ctx, data.case, post)].filter(
    (s): s is HTMLElement => s !== null,
  );
}
