import { translator } from '../src/i18n/catalogue.js';
import type { Locale } from '../src/i18n/locale.js';
import type { GoalAreaView } from '../src/overview/goal-area-view.js';
import type { MeasureState } from '../src/overview/overview-types.js';
import { areaName, lightEmoji, periodText, shortDate } from '../src/overview/words.js';
import { statusLabel } from '../src/status/status-label.js';
import type { Translate } from '../src/i18n/catalogue.js';
import { adaptiveCard, executeAction, textBlock, type AdaptiveCard } from './adaptive-card.js';
import { countsLine } from './plan-overview-card.js';
import { drillData, measureRow, planHeading, type DrillContext } from './overview-parts.js';
import { verbs } from './verbs.js';

function measureDetailLine(m: MeasureState, tr: Translate, locale: Locale): string {
  const parts = [statusLabel(tr, m.status), `${tr('overview.measure.deadline')}: ${periodText(tr, m.deadline, 'deadline', locale)}`];
  // The deadline is in the line already: only that it has passed.
  if (m.overdueSince) parts.push(tr('overview.measure.overdueShort'));
  else if (m.stale && m.silentDays !== null) parts.push(tr('overview.measure.silent', { days: m.silentDays }));
  return parts.join(' · ');
}

/**
 * A goal area: its light and counts, then each measure in plan order with
 * status, deadline as written and as a date, and whether it is overdue or
 * silent. Tapping a measure opens its card.
 */
export function goalAreaCard(view: GoalAreaView, locale: Locale): AdaptiveCard {
  const tr = translator(locale);
  const context: DrillContext = { planId: view.plan.id, ...(view.isToday ? {} : { asOf: view.asOf }) };
  const name = areaName(tr, view.plan.goalAreaLabel, view.area.number, view.area.title);
  const body = [
    ...planHeading(view.plan, view.asOf, view.isToday, tr, locale, `${lightEmoji(view.area.light)} ${name}`),
    textBlock(view.plan.name, { isSubtle: true, size: 'Small', spacing: 'None' }),
    textBlock(`${tr('overview.measureCount', { count: view.area.counts.total })} — ${countsLine(view.area.counts, tr)}`, { spacing: 'Medium' }),
    ...view.measures.map((m) => ({ ...measureRow(m, measureDetailLine(m, tr, locale), context, tr), separator: true, spacing: 'Medium' })),
  ];
  return adaptiveCard(
    body,
    [
      executeAction(tr('overview.action.overview'), verbs.overviewPlan, drillData(context)),
      executeAction(tr('overview.action.report'), verbs.overviewReport, drillData(context)),
    ],
    { fallbackText: `${name}: ${countsLine(view.area.counts, tr)}` },
  );
}
