import type { Locale } from '../src/i18n/locale.js';
import type { CoordinatorDigestView, OwnerReminderView } from '../src/reminders/reminder-views.js';
import { adaptiveCard, type AdaptiveCard, type CardElement } from './adaptive-card.js';
import { coordinatorDigestCard } from './coordinator-digest-card.js';
import { reminderCard, type ReminderCardOptions } from './reminder-card.js';

/**
 * For a person who owns measures and coordinates a plan: their reminder and
 * their coordinator digest in one card, so one send is one message. The
 * reminder comes first, its buttons ("Rapportera status", "Påminn mig …")
 * right below it, so they are not read as acting on the digest under it.
 * The card has no refresh: the digest must not be swapped for a status form.
 */
export function reminderWithDigestCard(
  owner: OwnerReminderView,
  digests: readonly CoordinatorDigestView[],
  locale: Locale,
  options: ReminderCardOptions = {},
): AdaptiveCard {
  const reminder = reminderCard(owner, locale, options);
  const digest = coordinatorDigestCard(digests, locale);
  const body: CardElement[] = [...reminder.body];
  if (reminder.actions && reminder.actions.length > 0) body.push({ type: 'ActionSet', actions: reminder.actions });
  body.push({ type: 'Container', separator: true, spacing: 'ExtraLarge', items: digest.body });
  return adaptiveCard(body, [], { fallbackText: [reminder.fallbackText, digest.fallbackText].filter(Boolean).join(' · ') });
}
