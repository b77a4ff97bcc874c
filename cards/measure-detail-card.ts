import { translator, type Translate } from '../src/i18n/catalogue.js';
import type { Locale } from '../src/i18n/locale.js';
import type { MeasureDetail } from '../src/overview/measure-detail.js';
import type { StatusEntry } from '../src/overview/overview-types.js';
import { statusLight } from '../src/overview/traffic-light.js';
import { areaName, areaShort, lightEmoji, periodText, shortDate, shorten } from '../src/overview/words.js';
import { statusLabel } from '../src/status/status-label.js';
import { adaptiveCard, executeAction, factSet, textBlock, type AdaptiveCard, type CardElement } from './adaptive-card.js';
import { drillData, lightColor, planHeading, sectionHeading, type DrillContext } from './overview-parts.js';
import { verbs } from './verbs.js';

/** History rows shown on the card; the committee report has them all. */
const historyShown = 20;

function historyRow(entry: StatusEntry, tr: Translate, locale: Locale): CardElement {
  const who = entry.onBehalfOf ? tr('overview.latest.onBehalf', { name: entry.recordedBy.name, owner: entry.onBehalfOf.name }) : entry.recordedBy.name;
  const extra = [
    entry.comment ? shorten(entry.comment, 280) : '',
    entry.forecastDate ? `${tr('overview.measure.forecast')}: ${shortDate(entry.forecastDate, locale)}` : '',
  ].filter(Boolean);
  return {
    type: 'Container',
    spacing: 'Small',
    items: [
      textBlock(`${shortDate(entry.recordedOn, locale)} · ${lightEmoji(statusLight(entry.status))} **${statusLabel(tr, entry.status)}** · ${who}`, { size: 'Small' }),
      ...(extra.length > 0 ? [textBlock(extra.join(' · '), { isSubtle: true, size: 'Small', spacing: 'None' })] : []),
    ],
  };
}

/**
 * One measure: status and light, who is responsible (as written and the
 * people behind it), start and deadline as written and as dates, forecast,
 * indicators with their latest reported values, and the status history.
 */
export function measureDetailCard(detail: MeasureDetail, locale: Locale): AdaptiveCard {
  const tr = translator(locale);
  const m = detail.measure;
  const context: DrillContext = { planId: detail.plan.id, ...(detail.isToday ? {} : { asOf: detail.asOf }) };
  const label = detail.plan.goalAreaLabel;
  const names = (o: (typeof detail.owners)[number]) =>
    o.people.length === 0 ? tr('overview.measure.noPeople') : o.people.map((p) => (p.unreachable ? tr('overview.measure.personUnreachable', { name: p.name }) : p.name)).join(', ');
  // With one owner unit its name is already on the "Ansvarig" line; with several, each line names its unit.
  const people = detail.owners.length === 1 ? names(detail.owners[0]!) : detail.owners.map((o) => `${o.unit}: ${names(o)}`).join('\n');
  const facts: Array<[string, string]> = [
    [tr('overview.measure.owner'), m.responsibleText || '–'],
    [tr('overview.measure.people'), people || tr('overview.measure.noPeople')],
    [tr('overview.measure.start'), periodText(tr, m.start, 'start', locale)],
    [tr('overview.measure.deadline'), periodText(tr, m.deadline, 'deadline', locale)],
  ];
  if (m.latest?.forecastDate) facts.push([tr('overview.measure.forecast'), shortDate(m.latest.forecastDate, locale)]);
  if (m.latest) facts.push([tr('overview.measure.lastReport'), tr('overview.measure.lastReportValue', { date: shortDate(m.latest.recordedOn, locale), name: m.latest.recordedBy.name })]);

  // The status with its own light (as in the history below); being overdue or silent is a second line with its light.
  const statusLine = `${lightEmoji(statusLight(m.status))} **${statusLabel(tr, m.status)}**`;
  const warning = m.overdueSince
    ? tr('overview.measure.overdue', { date: shortDate(m.dueOn ?? m.overdueSince, locale) })
    : m.stale && m.silentDays !== null
      ? tr('overview.measure.silent', { days: m.silentDays })
      : '';

  const body: CardElement[] = [
    ...planHeading(detail.plan, detail.asOf, detail.isToday, tr, locale, `${m.code} ${m.title}`),
    textBlock(
      [detail.goalArea ? areaName(tr, label, detail.goalArea.number, detail.goalArea.title) : tr('overview.area.other'), detail.plan.name].join(' · '),
      { isSubtle: true, size: 'Small', spacing: 'None' },
    ),
    textBlock(statusLine, { spacing: 'Medium' }),
    ...(warning ? [textBlock(`${lightEmoji(m.light)} ${warning}`, { spacing: 'None', color: lightColor(m.light) })] : []),
    ...(m.latest?.comment ? [textBlock(`_${shorten(m.latest.comment, 400)}_`, { spacing: 'Small' })] : []),
    factSet(facts),
  ];
  if (detail.indicators.length > 0) {
    body.push(sectionHeading(tr('overview.measure.indicators')));
    for (const indicator of detail.indicators) {
      const value = indicator.value === null ? tr('overview.measure.indicatorNone') : tr('overview.measure.indicatorValue', { value: indicator.value, date: shortDate(indicator.reportedOn!, locale) });
      body.push(textBlock(`• ${indicator.name}: **${value}**`, { size: 'Small', spacing: 'Small' }));
    }
  }
  body.push(sectionHeading(tr('overview.measure.history', { count: detail.history.length })));
  if (detail.history.length === 0) body.push(textBlock(tr('overview.measure.never'), { isSubtle: true }));
  body.push(...detail.history.slice(0, historyShown).map((e) => historyRow(e, tr, locale)));
  if (detail.history.length > historyShown) {
    body.push(textBlock(tr('overview.measure.historyTruncated', { shown: historyShown, count: detail.history.length }), { isSubtle: true, size: 'Small' }));
  }
  const actions = [
    ...(detail.goalArea
      ? [executeAction(tr('overview.action.back', { area: areaShort(tr, label, detail.goalArea.number) }), verbs.overviewGoalArea, drillData(context, { number: detail.goalArea.number }))]
      : []),
    executeAction(tr('overview.action.overview'), verbs.overviewPlan, drillData(context)),
  ];
  return adaptiveCard(body, actions, { fallbackText: `${m.code} ${m.title}: ${statusLabel(tr, m.status)}` });
}
