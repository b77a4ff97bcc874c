import type { AdaptiveCard } from '../../cards/adaptive-card.js';
import { overviewHintCard, type HintAbout } from '../../cards/overview-hint-card.js';
import { isTillitError } from '../../src/errors.js';
import type { Locale } from '../../src/i18n/locale.js';
import type { Viewer } from '../../src/overview/plan-access.js';
import { closeCodes, planNumbers } from '../../src/overview/plan-numbers.js';
import { overviewQueryProblem, type OverviewQuery } from '../../src/overview/overview-query.js';
import type { AppServices } from '../../app/app-services.js';

/** The answer to words after "status" that could not be read: a date that does not exist, or a hint how to ask. */
export function unreadableQueryCard(rest: string, locale: Locale, about: HintAbout = 'overview'): AdaptiveCard {
  const problem = overviewQueryProblem(rest);
  return overviewHintCard(problem.kind === 'invalid_date' ? { kind: 'invalidDate', written: problem.written, about } : { kind: 'notUnderstood', about }, locale);
}

/**
 * Turns a "not there" outcome of an overview question (unknown measure or
 * goal area, unreal or future date) into an ordinary answer that says what
 * is there; undefined for anything else, which stays an error.
 */
export async function hintForLookup(app: AppServices, viewer: Viewer, query: OverviewQuery, error: unknown, locale: Locale): Promise<AdaptiveCard | undefined> {
  if (isTillitError(error, 'overview_invalid_date')) return overviewHintCard({ kind: 'invalidDate', written: query.asOf ?? '' }, locale);
  if (isTillitError(error, 'overview_future_date')) return overviewHintCard({ kind: 'futureDate', ...(query.asOf ? { date: query.asOf } : {}) }, locale);
  if (!isTillitError(error, 'overview_measure_not_found', 'overview_goal_area_not_found')) return undefined;
  const plans = (await planNumbers(app.overview, { viewer, ...(query.asOf ? { asOf: query.asOf } : {}) })).filter(
    (p) => !query.planKey || p.planKey === query.planKey,
  );
  if (query.target.kind === 'measure') {
    const code = query.target.code;
    return overviewHintCard(
      {
        kind: 'measure',
        code,
        ...(query.asOf ? { asOf: query.asOf } : {}),
        plans: plans.map((p) => ({
          planId: p.planId,
          planName: p.planName,
          close: closeCodes(code, p.measureCodes),
          ...(p.measureCodes.length > 0 ? { first: p.measureCodes[0]!, last: p.measureCodes.at(-1)! } : {}),
        })),
      },
      locale,
    );
  }
  if (query.target.kind === 'goalArea') {
    const number = query.target.number;
    return overviewHintCard({ kind: 'goalArea', number, plans: plans.map((p) => ({ planName: p.planName, numbers: p.goalAreaNumbers })) }, locale);
  }
  return undefined;
}
