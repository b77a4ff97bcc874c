import { translator } from '../src/i18n/catalogue.js';
import type { Locale } from '../src/i18n/locale.js';
import type { PlanMatch } from '../src/overview/locate-in-plans.js';
import { adaptiveCard, executeAction, textBlock, type AdaptiveCard } from './adaptive-card.js';
import { verbs } from './verbs.js';

/** What the person asked for, to open in the plan they pick. */
export type PlanChoiceTarget = { kind: 'measure'; code: string } | { kind: 'goalArea'; number: string; label: string } | { kind: 'plans' };

/**
 * "2.3" is in several plans (or there are more plans than one message should
 * hold): one button per plan, each opening the same thing in that plan.
 */
export function planChoiceCard(target: PlanChoiceTarget, plans: readonly PlanMatch[], locale: Locale, asOf?: string): AdaptiveCard {
  const tr = translator(locale);
  const question =
    target.kind === 'measure'
      ? tr('overview.choice.measure', { code: target.code })
      : target.kind === 'goalArea'
        ? tr('overview.choice.goalArea', { area: target.label })
        : tr('overview.choice.morePlans');
  const day = asOf ? { asOf } : {};
  const actions = plans.map((p) =>
    target.kind === 'measure'
      ? executeAction(p.planName, verbs.overviewMeasure, { planId: p.planId, code: target.code, ...day })
      : target.kind === 'goalArea'
        ? executeAction(p.planName, verbs.overviewGoalArea, { planId: p.planId, number: target.number, ...day })
        : executeAction(p.planName, verbs.overviewPlan, { planId: p.planId, ...day }),
  );
  return adaptiveCard([textBlock(question, { weight: 'Bolder' }), { type: 'ActionSet', actions }], [], { fallbackText: question });
}
