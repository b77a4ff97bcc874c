import { z } from 'zod';
import { snoozeConfirmationCard } from '../../cards/snooze-confirmation-card.js';
import { verbs } from '../../cards/verbs.js';
import { TillitError } from '../../src/errors.js';
import { snoozeReminders } from '../../src/reminders/snooze-reminders.js';
import { rememberContact } from './contact.js';
import type { CardActionHandler } from './route-types.js';

const snoozeData = z.object({ measureIds: z.array(z.string().min(1).max(100)).min(1).max(50) });

/** "Påminn mig om en vecka": snoozes the reminder's measures for the person who clicked, and says until when. */
export const snoozeReminder: CardActionHandler = async (env, data) => {
  const parsed = snoozeData.safeParse(data);
  if (!parsed.success) throw new TillitError('invalid_input', 'Malformed snooze data');
  const { person } = await rememberContact(env);
  if (!person) throw new TillitError('invalid_input', 'Snooze without a sender');
  const result = await snoozeReminders({ db: env.app.db, clock: env.app.clock, organisationZone: env.app.config.timeZone }, { personId: person.id, measureIds: parsed.data.measureIds });
  return snoozeConfirmationCard(result, env.locale);
};

export const reminderActions = { [verbs.snoozeReminder]: snoozeReminder };
