import { translator } from '../src/i18n/catalogue.js';
import type { Locale } from '../src/i18n/locale.js';
import type { CoordinatorOwnersView } from '../src/plans/owners/coordinator-owners.js';
import { adaptiveCard, executeAction, heading, textBlock, type AdaptiveCard, type CardElement } from './adaptive-card.js';
import { verbs } from './verbs.js';

/** Units listed on one card; the rest are counted (Teams caps a card at 28 KB). */
export const maxUnitsOnCard = 15;

/** What the owners card shows: the coordinator's view, and the outcome of the last action if any. */
export interface OwnersCardView extends CoordinatorOwnersView {
  /** After a successful assignment. */
  assigned?: { unit: string; emails: string[] };
  /** After addresses that were not addresses. */
  invalidEmails?: string[];
}

function unitBlock(unit: CoordinatorOwnersView['missing'][number], tr: ReturnType<typeof translator>): CardElement {
  const byPlan = new Map<string, string[]>();
  for (const m of unit.measures) byPlan.set(m.planKey, [...(byPlan.get(m.planKey) ?? []), m.code]);
  const where = [...byPlan].map(([plan, codes]) => tr('owners.card.unitMeasures', { codes: codes.join(', '), plan })).join(' · ');
  return {
    type: 'Container',
    spacing: 'Small',
    items: [textBlock(unit.name, { weight: 'Bolder' }), textBlock(where, { isSubtle: true, spacing: 'None', size: 'Small' })],
  };
}

/**
 * The "ansvariga" card for a coordinator: the owner units in their plans
 * that nobody receives for (so their measures would get no reminders),
 * and a form to connect people to one of them by e-mail.
 */
export function ownersCard(view: OwnersCardView, locale: Locale): AdaptiveCard {
  const tr = translator(locale);
  const body: CardElement[] = [];
  if (view.assigned) body.push(textBlock(tr('owners.card.assigned', { emails: view.assigned.emails.join(', '), unit: view.assigned.unit }), { color: 'Good' }));
  if (view.invalidEmails) body.push(textBlock(tr('owners.card.invalidEmails', { text: view.invalidEmails.join(', ') }), { color: 'Attention' }));
  body.push(heading(tr('owners.card.title'), { size: 'Medium' }));
  if (view.plans.length === 0) {
    body.push(textBlock(tr('owners.card.notCoordinator')));
    return adaptiveCard(body, [], { fallbackText: tr('owners.card.notCoordinator') });
  }
  body.push(textBlock(tr('owners.card.plans', { plans: view.plans.map((p) => p.name).join('; ') }), { isSubtle: true, size: 'Small' }));
  const actions = [executeAction(tr('owners.card.refresh'), verbs.showOwners, {}, { associatedInputs: 'none' })];
  if (view.missing.length === 0) {
    body.push(textBlock(tr('owners.card.allCovered')));
    return adaptiveCard(body, actions, { fallbackText: tr('owners.card.allCovered') });
  }
  body.push(textBlock(tr('owners.card.intro')));
  body.push(...view.missing.slice(0, maxUnitsOnCard).map((u) => unitBlock(u, tr)));
  if (view.missing.length > maxUnitsOnCard) body.push(textBlock(tr('owners.card.more', { count: view.missing.length - maxUnitsOnCard }), { isSubtle: true }));
  body.push(
    {
      type: 'Input.ChoiceSet',
      id: 'unitId',
      label: tr('owners.card.unitLabel'),
      style: 'compact',
      isRequired: true,
      errorMessage: tr('owners.card.unitError'),
      value: view.missing[0]!.id,
      choices: view.missing.slice(0, maxUnitsOnCard).map((u) => ({ title: u.name, value: u.id })),
      spacing: 'Large',
    },
    {
      type: 'Input.Text',
      id: 'emails',
      label: tr('owners.card.emailsLabel'),
      placeholder: tr('owners.card.emailsPlaceholder'),
      isRequired: true,
      errorMessage: tr('owners.card.emailsError'),
      maxLength: 1000,
    },
  );
  return adaptiveCard(body, [executeAction(tr('owners.card.assign'), verbs.assignOwners, {}, { style: 'positive' }), ...actions], {
    fallbackText: tr('owners.card.intro'),
  });
}
