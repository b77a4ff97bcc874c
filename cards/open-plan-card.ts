import { translator } from '../src/i18n/catalogue.js';
import type { Locale } from '../src/i18n/locale.js';
import type { OpenablePlan } from '../src/overview/open-in-conversation.js';
import { adaptiveCard, executeAction, heading, textBlock, type AdaptiveCard, type CardElement } from './adaptive-card.js';
import { verbs } from './verbs.js';

/**
 * For a coordinator in a channel or group chat: the plans they coordinate,
 * each open or not here, with a button to change it.
 */
export function openPlanCard(view: { plans: readonly OpenablePlan[]; shared: boolean }, locale: Locale): AdaptiveCard {
  const tr = translator(locale);
  const body: CardElement[] = [heading(tr('overview.open.title'), { size: 'Medium' })];
  if (!view.shared) return adaptiveCard([...body, textBlock(tr('overview.open.onlyShared'))], [], { fallbackText: tr('overview.open.onlyShared') });
  if (view.plans.length === 0) return adaptiveCard([...body, textBlock(tr('overview.open.none'))], [], { fallbackText: tr('overview.open.none') });
  body.push(textBlock(tr('overview.open.body'), { isSubtle: true }));
  for (const plan of view.plans) {
    body.push({
      type: 'ColumnSet',
      separator: true,
      spacing: 'Medium',
      columns: [
        {
          type: 'Column',
          width: 'stretch',
          items: [
            textBlock(`**${plan.name}**`),
            textBlock(tr(plan.opened ? 'overview.open.state.open' : 'overview.open.state.closed'), { isSubtle: true, size: 'Small', spacing: 'None', color: plan.opened ? 'Good' : 'Default' }),
          ],
        },
        {
          type: 'Column',
          width: 'auto',
          verticalContentAlignment: 'Center',
          items: [
            {
              type: 'ActionSet',
              actions: [executeAction(tr(plan.opened ? 'overview.close.action' : 'overview.open.action'), verbs.overviewOpen, { planId: plan.planId, open: !plan.opened })],
            },
          ],
        },
      ],
    });
  }
  return adaptiveCard(body, [], { fallbackText: tr('overview.open.title') });
}
