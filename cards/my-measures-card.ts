import { translator, type Translate } from '../src/i18n/catalogue.js';
import type { Locale } from '../src/i18n/locale.js';
import type { MyMeasureItem, MyMeasures } from '../src/status/my-measures.js';
import { adaptiveCard, heading, textBlock, type AdaptiveCard, type CardAction, type CardElement } from './adaptive-card.js';
import { clip, literalLine, literalText } from './literal-text.js';
import { deadlineText, lightDot, whenText } from './status-format.js';
import { statusLabel } from '../src/status/status-label.js';
import { plainAction } from './status-form.js';
import { verbs } from './verbs.js';

/** How many measures one page of the list shows (keeps the card well under 28 KB). */
export const myMeasuresPageSize = 8;

function itemBlock(item: MyMeasureItem, tr: Translate, locale: Locale, timeZone: string, showPlan: boolean): CardElement {
  const { measure, latest } = item;
  const due = measure.dueDate ? tr('status.my.due', { date: deadlineText(tr, measure, locale) }) : deadlineText(tr, measure, locale);
  const state = latest
    ? `${statusLabel(tr, latest.status)} – ${latest.recordedByName}, ${whenText(latest.recordedAt, timeZone, locale)}`
    : tr('status.none');
  return {
    type: 'Container',
    separator: true,
    spacing: 'Medium',
    items: [
      {
        type: 'ColumnSet',
        columns: [
          { type: 'Column', width: 'auto', items: [textBlock(lightDot(item.light).text, { size: 'Large', color: lightDot(item.light).color })] },
          {
            type: 'Column',
            width: 'stretch',
            items: [
              literalText(`${measure.code} ${clip(measure.title, 160)}`, { weight: 'Bolder' }),
              literalText(showPlan ? `${due} · ${clip(measure.planName, 80)}` : due, { isSubtle: true, size: 'Small' }, { spacing: 'None' }),
              literalLine([state, ...(item.overdue ? [{ text: ` – ${tr('status.overdue')}`, color: 'Attention' as const }] : [])], { spacing: 'None' }),
            ],
          },
        ],
      },
      { type: 'ActionSet', actions: [plainAction(tr('status.action.report'), verbs.statusOpen, { measureId: measure.id })] },
    ],
  };
}

/**
 * "Mina åtgärder": the measures a person owns, most urgent first, each with
 * its traffic light, due date, latest status and a "Rapportera" button;
 * paged so the card stays small for people who own many.
 */
export function myMeasuresCard(mine: MyMeasures, locale: Locale, options: { page?: number } = {}): AdaptiveCard {
  const tr = translator(locale);
  const title = tr('status.my.title');
  if (mine.items.length === 0) {
    return adaptiveCard([heading(title, { size: 'Medium' }), textBlock(tr('status.my.empty')), textBlock(tr('status.my.emptyHint'), { isSubtle: true })], [], {
      fallbackText: tr('status.my.empty'),
    });
  }
  const pages = Math.ceil(mine.items.length / myMeasuresPageSize);
  const page = Math.min(Math.max(0, Math.trunc(options.page ?? 0)), pages - 1);
  const from = page * myMeasuresPageSize;
  const shown = mine.items.slice(from, from + myMeasuresPageSize);
  const showPlan = new Set(mine.items.map((i) => i.measure.planId)).size > 1;
  const body: CardElement[] = [
    heading(title, { size: 'Medium' }),
    textBlock(mine.items.length === 1 ? tr('status.my.countOne') : tr('status.my.countMany', { count: mine.items.length }), { isSubtle: true }),
    ...shown.map((item) => itemBlock(item, tr, locale, mine.timeZone, showPlan)),
  ];
  if (pages > 1) {
    body.push(textBlock(tr('status.my.page', { from: from + 1, to: from + shown.length, total: mine.items.length }), { isSubtle: true, size: 'Small' }));
  }
  const actions: CardAction[] = [
    ...(page > 0 ? [plainAction(tr('status.my.previous'), verbs.myMeasures, { page: page - 1 })] : []),
    ...(page < pages - 1 ? [plainAction(tr('status.my.next'), verbs.myMeasures, { page: page + 1 })] : []),
  ];
  return adaptiveCard(body, actions, { fallbackText: title });
}
