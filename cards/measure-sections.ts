import type { Translate } from '../src/i18n/catalogue.js';
import type { Locale } from '../src/i18n/locale.js';
import type { MeasureSummary } from '../src/status/measure-summary.js';
import type { StatusEntry } from '../src/status/status-entry.js';
import { textBlock, type CardElement } from './adaptive-card.js';
import { clip, factLine, literalLine, literalText } from './literal-text.js';
import { bylineText, dayText, deadlineText, goalAreaLabel, lightDot, statusLight } from './status-format.js';
import { statusLabel } from '../src/status/status-label.js';
import { roomyLimits, type TextLimits } from './text-limits.js';

/** The measure's code and title as a heading (literal: titles come from plan files). */
export function measureTitle(measure: MeasureSummary, size: 'Medium' | 'Large' = 'Large', limits: TextLimits = roomyLimits): CardElement {
  return literalLine([{ text: `${measure.code} ${clip(measure.title, limits.title)}`, size, weight: 'Bolder' }]);
}

/**
 * What the plan says about the measure: plan, goal area, who is
 * responsible, start and deadline (as written and as a date), and the
 * indicators (left out when the form asks for them anyway).
 */
export function measureFacts(
  measure: MeasureSummary,
  tr: Translate,
  locale: Locale,
  options: { overdue?: boolean; indicators?: boolean; limits?: TextLimits } = {},
): CardElement[] {
  const limits = options.limits ?? roomyLimits;
  const facts: CardElement[] = [factLine(tr('status.fact.plan'), clip(`${measure.planName} (${measure.organisation})`, 200), { spacing: 'Small' })];
  if (measure.goalArea) {
    facts.push(factLine(goalAreaLabel(tr, measure.goalAreaLabel), clip(`${measure.goalArea.number} ${measure.goalArea.title}`, 200)));
  }
  facts.push(factLine(tr('status.fact.responsible'), clip(measure.responsibleText, 300)));
  if (measure.start.text.trim() !== '') facts.push(factLine(tr('status.fact.start'), clip(measure.start.text, 100)));
  facts.push(
    literalLine(
      [
        { text: `${tr('status.fact.deadline')}: `, weight: 'Bolder' },
        deadlineText(tr, measure, locale),
        ...(options.overdue ? [{ text: ` – ${tr('status.overdue')}`, color: 'Attention' as const, weight: 'Bolder' as const }] : []),
      ],
      { spacing: 'None' },
    ),
  );
  if (measure.indicators.length > 0 && options.indicators !== false) {
    facts.push(literalText(`${tr('status.fact.indicators')}:`, { weight: 'Bolder' }, { spacing: 'None' }));
    for (const indicator of measure.indicators.slice(0, limits.maxIndicators)) {
      facts.push(literalText(`• ${clip(indicator, limits.indicator)}`, {}, { spacing: 'None' }));
    }
  }
  return facts;
}

/**
 * One status update: light and status, comment, forecast, indicator values,
 * who and when. The light is the status's own (statusLight), the same at the
 * top of a card and in its history; an overdue measure says so in its facts.
 */
export function statusEntryBlock(
  entry: StatusEntry,
  tr: Translate,
  timeZone: string,
  locale: Locale,
  options: { limits?: TextLimits } = {},
): CardElement[] {
  const limits = options.limits ?? roomyLimits;
  const light = statusLight(entry.status);
  const blocks: CardElement[] = [
    literalLine([{ ...lightDot(light), text: `${lightDot(light).text} ` }, { text: statusLabel(tr, entry.status), weight: 'Bolder' }], { spacing: 'Small' }),
  ];
  if (entry.comment) blocks.push(literalText(clip(entry.comment, limits.comment), {}, { spacing: 'None' }));
  if (entry.forecastDate) blocks.push(literalText(tr('status.entry.forecast', { date: dayText(entry.forecastDate, locale) }), {}, { spacing: 'None' }));
  for (const [indicator, value] of Object.entries(entry.indicatorValues ?? {})) {
    blocks.push(literalText(tr('status.entry.indicator', { indicator: clip(indicator, limits.indicator), value: clip(value, limits.indicatorValue) }), {}, { spacing: 'None' }));
  }
  blocks.push(literalText(bylineText(tr, entry, timeZone, locale), { isSubtle: true, size: 'Small' }, { spacing: 'None' }));
  return blocks;
}

/** "Senaste status" with the latest entry, or a line saying there is none yet. */
export function latestStatusSection(
  latest: StatusEntry | null,
  tr: Translate,
  timeZone: string,
  locale: Locale,
  limits: TextLimits = roomyLimits,
): CardElement[] {
  return [
    textBlock(tr('status.latest.heading'), { weight: 'Bolder', spacing: 'Medium', separator: true }),
    ...(latest ? statusEntryBlock(latest, tr, timeZone, locale, { limits }) : [literalText(tr('status.none'), { isSubtle: true })]),
  ];
}
