import { translator } from '../src/i18n/catalogue.js';
import type { Locale } from '../src/i18n/locale.js';
import type { StatusCardView } from '../src/status/status-card-view.js';
import { trafficLight } from '../src/status/traffic-light.js';
import { adaptiveCard, heading, textBlock, type AdaptiveCard } from './adaptive-card.js';
import { latestStatusSection, measureFacts, measureTitle } from './measure-sections.js';
import { whenText } from './status-format.js';
import { cardBasis, plainAction, statusFormInputs, statusRefresh, submitAction, type StatusFormValues } from './status-form.js';
import { withinBudget } from './text-limits.js';
import { verbs } from './verbs.js';

/**
 * The answer to a submit from an out-of-date card: someone reported
 * meanwhile, or a plan revision changed the measure. Says so, shows the
 * current state, keeps what the owner filled in, and lets them decide:
 * record it anyway (based on the current state) or keep the current one.
 * Nothing has been stored.
 */
export function statusStaleCard(
  view: StatusCardView,
  locale: Locale,
  options: { reason: 'newer_status' | 'plan_revised'; nonce: string; draft: StatusFormValues },
): AdaptiveCard {
  const tr = translator(locale);
  const code = view.measure.code;
  const latest = view.latest;
  const reason =
    options.reason === 'newer_status' && latest
      ? tr('status.stale.newerStatus', { name: latest.recordedByName, code, when: whenText(latest.recordedAt, view.timeZone, locale) })
      : tr('status.stale.planRevised', { code });
  const basis = cardBasis(view, options.nonce);
  const light = trafficLight(latest?.status ?? null, view.measure.dueDate, view.today);
  return withinBudget((limits) =>
    adaptiveCard(
      [
        heading(tr('status.stale.title'), { size: 'Medium', color: 'Warning' }),
        textBlock(reason),
        textBlock(tr('status.stale.decide')),
        measureTitle(view.measure, 'Medium', limits),
        ...measureFacts(view.measure, tr, locale, { overdue: view.overdue && light === 'red', indicators: false, limits }),
        ...latestStatusSection(latest, tr, view.timeZone, locale, limits),
        ...statusFormInputs(view, tr, options.draft, [], limits),
      ],
      [submitAction(tr('status.action.submitAnyway'), basis), plainAction(tr('status.action.keep'), verbs.statusKeep, { measureId: view.measure.id })],
      { refresh: statusRefresh({ ...basis, view: 'form' }, view.viewer.teamsUserId), fallbackText: tr('status.stale.title') },
    ),
  );
}
