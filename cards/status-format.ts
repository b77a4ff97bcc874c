import type { Translate } from '../src/i18n/catalogue.js';
import type { Locale } from '../src/i18n/locale.js';
import type { GoalAreaLabel } from '../src/plans/plan.js';
import { formatDate, formatLocalDateTime } from '../src/calendar/zoned-time.js';
import type { MeasureSummary } from '../src/status/measure-summary.js';
import type { StatusEntry } from '../src/status/status-entry.js';
import type { StatusValue, TrafficLight } from '../src/status/status.js';

const lights: Record<TrafficLight, { text: string; color: 'Good' | 'Warning' | 'Attention' | 'Accent' | 'Default' }> = {
  green: { text: '●', color: 'Good' },
  yellow: { text: '●', color: 'Warning' },
  red: { text: '●', color: 'Attention' },
  blue: { text: '●', color: 'Accent' },
  grey: { text: '○', color: 'Default' },
};

/**
 * The traffic light as a coloured dot (a plain character in the card's
 * own colours, so every client and font shows it); always next to words
 * that say the same, never alone.
 */
export function lightDot(light: TrafficLight): { text: string; color: 'Good' | 'Warning' | 'Attention' | 'Accent' | 'Default' } {
  return lights[light];
}

/** The light a status has on its own: the product's one mapping. */
export { statusLight } from '../src/status/traffic-light.js';

/** What the plan calls its goal areas, as a label. */
export function goalAreaLabel(tr: Translate, label: GoalAreaLabel): string {
  return tr(label === 'aktivitetsområde' ? 'status.fact.activityArea' : label === 'fokusområde' ? 'status.fact.focusArea' : 'status.fact.goalArea');
}

/** A calendar date for people ("31 oktober 2024"). */
export function dayText(date: string, locale: Locale): string {
  return formatDate(date, locale);
}

/** An instant in the organisation's zone ("12 mars 2025 14:05"). */
export function whenText(iso: string, timeZone: string, locale: Locale): string {
  return formatLocalDateTime(new Date(iso), timeZone, locale);
}

/** The deadline as written and as a date: "Oktober 2024 (senast 31 oktober 2024)". */
export function deadlineText(tr: Translate, measure: MeasureSummary, locale: Locale): string {
  const written = measure.deadline.text.trim();
  if (measure.dueDate) {
    const date = dayText(measure.dueDate, locale);
    if (measure.deadline.kind === 'day' || written === '') return date;
    return tr('status.deadline.dated', { written, date });
  }
  return written === '' ? tr('status.deadline.missing') : tr('status.deadline.undated', { written });
}

/** "Anna Andersson, 12 mars 2025 14:05", naming a coordinator and whom they reported for. */
export function bylineText(tr: Translate, entry: StatusEntry, timeZone: string, locale: Locale): string {
  const when = whenText(entry.recordedAt, timeZone, locale);
  if (entry.recordedAs === 'coordinator' && entry.onBehalfOfName) {
    return tr('status.entry.bylineOnBehalf', { name: entry.recordedByName, owner: entry.onBehalfOfName, when });
  }
  if (entry.recordedAs === 'coordinator') return tr('status.entry.bylineCoordinator', { name: entry.recordedByName, when });
  return tr('status.entry.byline', { name: entry.recordedByName, when });
}
