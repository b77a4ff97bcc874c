import { translator, type Translate } from '../src/i18n/catalogue.js';
import type { Locale } from '../src/i18n/locale.js';
import { statusKeys, type PlanOverview, type StatusCounts, type UnreachableOwner } from '../src/overview/overview-types.js';
import type { SuppressedReportStatistics } from '../src/overview/report-statistics-hook.js';
import { areaName, lightEmoji, shortDate, shorten, silenceText } from '../src/overview/words.js';
import { statusLabel } from '../src/status/status-label.js';
import { statisticsText } from '../src/overview/statistics-words.js';
import { statusLight } from '../src/overview/traffic-light.js';
import { adaptiveCard, executeAction, textBlock, type AdaptiveCard, type CardElement } from './adaptive-card.js';
import { drillData, lightColor, limited, measureRow, planHeading, sectionHeading, tappableRow, type DrillContext } from './overview-parts.js';
import { verbs } from './verbs.js';

/** "🔵 Klar 2 · 🟢 Pågår enligt plan 2 · 🔴 Försenad 2": only the statuses that occur. */
export function countsLine(counts: StatusCounts, tr: Translate): string {
  return statusKeys
    .filter((k) => counts.byStatus[k] > 0)
    .map((k) => `${lightEmoji(statusLight(k))} ${statusLabel(tr, k)} ${counts.byStatus[k]}`)
    .join(' · ');
}

function unreachableLine(owner: UnreachableOwner, tr: Translate): CardElement {
  const names = owner.people.map((p) => p.name).join(', ');
  const why = owner.reason === 'no_person' ? tr('overview.unreachable.no_person') : tr(`overview.unreachable.${owner.reason}`, { names });
  const codes = tr('overview.unreachable.measures', { codes: owner.measureCodes.join(', ') });
  return textBlock(`**${owner.unit}**: ${why} (${codes})`, { size: 'Small', spacing: 'Small' });
}

/** The k-suppressed statistics section; counts below k read "<k". */
export function statisticsBlocks(stats: SuppressedReportStatistics, tr: Translate, locale: Locale): CardElement[] {
  const words = statisticsText(stats, tr, locale);
  return [
    sectionHeading(words.heading),
    textBlock(`${words.total.label}: **${words.total.shown}**`),
    ...words.lines.map((line) => textBlock(`${line.label}: ${line.cells.map((c) => `${c.label} ${c.shown}`).join(' · ')}`, { size: 'Small', spacing: 'Small' })),
    ...words.riskAreas.map((text) => textBlock(text, { size: 'Small', spacing: 'Small' })),
    textBlock(words.note, { isSubtle: true, size: 'Small' }),
  ];
}

/**
 * A plan's situation at a glance: counts with lights, one tappable row per
 * goal area, what is overdue, due soon, silent, unreachable, the latest
 * updates, and the committee report button. Lists are cut short to keep
 * the card readable (and under Teams' 28 KB); the full picture is a tap away.
 */
export function planOverviewCard(overview: PlanOverview, locale: Locale): AdaptiveCard {
  const tr = translator(locale);
  const plan = overview.plan;
  const context: DrillContext = { planId: plan.id, ...(overview.isToday ? {} : { asOf: overview.asOf }) };
  const { settings } = overview;
  const day = (d: string) => shortDate(d, locale);

  const body: CardElement[] = [
    ...planHeading(plan, overview.asOf, overview.isToday, tr, locale),
    textBlock(`${tr('overview.measureCount', { count: overview.figures.total })} — ${countsLine(overview.figures, tr)}`, { spacing: 'Medium' }),
    ...overview.goalAreas.map((area) =>
      tappableRow(
        area.light,
        `**${areaName(tr, plan.goalAreaLabel, area.number, area.title)}**`,
        [countsLine(area.counts, tr), area.counts.overdue > 0 ? tr('overview.area.overdue', { count: area.counts.overdue }) : '']
          .filter(Boolean)
          .join(' · '),
        executeAction(areaName(tr, plan.goalAreaLabel, area.number, area.title), verbs.overviewGoalArea, drillData(context, { number: area.number ?? '' })),
        tr,
      ),
    ),

    sectionHeading(`${lightEmoji('red')} ${tr('overview.section.overdue', { count: overview.figures.overdue })}`),
    ...(overview.overdue.length === 0
      ? [textBlock(tr('overview.overdue.none'), { isSubtle: true })]
      : limited(overview.overdue, 6, (m) => measureRow(m, `${statusLabel(tr, m.status)} · ${tr('overview.overdue.dueOn', { date: day(m.dueOn ?? m.overdueSince!) })}`, context, tr), tr)),

    sectionHeading(tr('overview.section.dueSoon', { days: settings.dueSoonDays, count: overview.figures.dueSoon })),
    ...(overview.dueSoon.length === 0
      ? [textBlock(tr('overview.dueSoon.none', { days: settings.dueSoonDays }), { isSubtle: true })]
      : limited(overview.dueSoon, 5, (m) => measureRow(m, `${statusLabel(tr, m.status)} · ${tr('overview.dueSoon.on', { date: day(m.dueOn!) })}`, context, tr), tr)),

    ...(overview.stale.length === 0
      ? []
      : [
          sectionHeading(tr('overview.section.stale', { days: settings.staleAfterDays, count: overview.figures.silent })),
          ...limited(
            overview.stale,
            5,
            (m) => measureRow(m, silenceText(m, tr, locale), context, tr),
            tr,
          ),
        ]),

    ...(overview.unreachable === null
      ? [sectionHeading(tr('overview.section.unreachable', { count: '–' })), textBlock(tr('overview.unreachable.past'), { isSubtle: true })]
      : overview.unreachable.length === 0
        ? []
        : [sectionHeading(tr('overview.section.unreachable', { count: overview.unreachable.length })), ...limited(overview.unreachable, 5, (o) => unreachableLine(o, tr), tr)]),

    sectionHeading(tr('overview.section.latest')),
    ...(overview.latestUpdates.length === 0
      ? [textBlock(tr('overview.latest.none'), { isSubtle: true })]
      : overview.latestUpdates.map((u) => {
          const who = u.entry.onBehalfOf ? tr('overview.latest.onBehalf', { name: u.entry.recordedBy.name, owner: u.entry.onBehalfOf.name }) : u.entry.recordedBy.name;
          return textBlock(
            `${day(u.entry.recordedOn)} · **${u.code}** ${lightEmoji(statusLight(u.entry.status))} ${statusLabel(tr, u.entry.status)} · ${who}${
              u.entry.comment ? ` — _${shorten(u.entry.comment, 80)}_` : ''
            }`,
            { size: 'Small', spacing: 'Small', color: lightColor('grey') },
          );
        })),

    ...(overview.reportStatistics ? statisticsBlocks(overview.reportStatistics, tr, locale) : []),
  ];
  const actions = [
    executeAction(tr('overview.action.report'), verbs.overviewReport, drillData(context), { style: 'positive' }),
    executeAction(tr('overview.action.refresh'), verbs.overviewPlan, drillData(context)),
  ];
  return adaptiveCard(body, actions, {
    fallbackText: `${plan.name}: ${tr('overview.measureCount', { count: overview.figures.total })} — ${countsLine(overview.figures, tr)}`,
  });
}
