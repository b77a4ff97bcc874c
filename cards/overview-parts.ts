import type { Translate } from '../src/i18n/catalogue.js';
import type { Locale } from '../src/i18n/locale.js';
import type { MeasureState, PlanHeader } from '../src/overview/overview-types.js';
import { statusLight } from '../src/overview/traffic-light.js';
import { dayWithWeekday, lightEmoji, shorten } from '../src/overview/words.js';
import { statusLabel } from '../src/status/status-label.js';
import type { TrafficLight } from '../src/status/status.js';
import { executeAction, textBlock, type CardAction, type CardElement } from './adaptive-card.js';
import { verbs } from './verbs.js';

/**
 * Building blocks shared by the overview cards: the plan heading, section
 * headings, tappable rows and "… and N more". Pure, like every card.
 */

/** Where a drill-down happens: the plan and, for a past day, that day. */
export interface DrillContext {
  planId: string;
  /** Set only when looking at a past day, so a tap stays on that day. */
  asOf?: string;
}

/** Action data for a drill-down verb, with the as-of day when there is one. */
export function drillData(context: DrillContext, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { planId: context.planId, ...(context.asOf ? { asOf: context.asOf } : {}), ...extra };
}

/** The colour an Adaptive Card text takes for a light. */
export function lightColor(light: TrafficLight): string {
  return { red: 'Attention', yellow: 'Warning', green: 'Good', blue: 'Accent', grey: 'Default' }[light];
}

/** Organisation · committee, the plan's name, and which day the card shows. */
export function planHeading(plan: PlanHeader, asOf: string, isToday: boolean, tr: Translate, locale: Locale, title?: string): CardElement[] {
  const day = dayWithWeekday(asOf, locale);
  return [
    textBlock([plan.organisation, plan.committee].filter(Boolean).join(' · '), { isSubtle: true, size: 'Small', spacing: 'None' }),
    textBlock(title ?? plan.name, { size: 'Large', weight: 'Bolder', style: 'heading', spacing: 'Small' }),
    textBlock(isToday ? tr('overview.heading.today', { date: day }) : tr('overview.heading.past', { date: day }), {
      isSubtle: true,
      spacing: 'Small',
      ...(isToday ? {} : { color: 'Warning' }),
    }),
    ...(plan.revisionPredatesImport ? [textBlock(tr('overview.revisionPredates'), { isSubtle: true, size: 'Small', spacing: 'None' })] : []),
  ];
}

/** A section heading with a thin rule above it. */
export function sectionHeading(text: string): CardElement {
  return textBlock(text, { weight: 'Bolder', size: 'Medium', spacing: 'Large', separator: true });
}

/** A row you can tap: light, a bold code and a title, a subtle line under it. */
export function tappableRow(light: TrafficLight, label: string, detail: string, action: CardAction, tr: Translate): CardElement {
  return {
    type: 'Container',
    selectAction: action,
    spacing: 'Small',
    items: [
      {
        type: 'ColumnSet',
        columns: [
          { type: 'Column', width: 'auto', items: [textBlock(lightEmoji(light), { altText: tr(`overview.light.${light}`) })] },
          {
            type: 'Column',
            width: 'stretch',
            items: [textBlock(label, { spacing: 'None' }), textBlock(detail, { isSubtle: true, size: 'Small', spacing: 'None' })],
          },
          { type: 'Column', width: 'auto', verticalContentAlignment: 'Center', items: [textBlock('›', { isSubtle: true })] },
        ],
      },
    ],
  };
}

/** A measure as a tappable row that opens its card. */
export function measureRow(m: MeasureState, detail: string, context: DrillContext, tr: Translate): CardElement {
  const label = `**${m.code}** ${shorten(m.title, 90)}`;
  return tappableRow(m.light, label, detail, executeAction(m.code, verbs.overviewMeasure, drillData(context, { code: m.code })), tr);
}

/** Shows at most `max` items and a subtle "… och N till" for the rest. */
export function limited<T>(items: readonly T[], max: number, render: (item: T) => CardElement, tr: Translate): CardElement[] {
  const shown = items.slice(0, max).map(render);
  if (items.length > max) shown.push(textBlock(tr('overview.more', { count: items.length - max }), { isSubtle: true, size: 'Small' }));
  return shown;
}
