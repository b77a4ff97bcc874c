import { z } from 'zod';
import { welcomeCard } from '../../cards/welcome-card.js';
import { verbs } from '../../cards/verbs.js';
import { chatCommands } from '../../src/chat/commands.js';
import { setPreferredLocale } from '../../src/directory/people-repository.js';
import { TillitError } from '../../src/errors.js';
import { firstName } from '../activity-facts.js';
import { isSharedConversation } from '../selectors.js';
import { rememberContact } from './contact.js';
import type { CardActionHandler } from './route-types.js';

const languageData = z.object({ locale: z.enum(['sv', 'en']) });

/** "In English" / "På svenska" on the welcome card: remembers the choice and answers in it. */
export const setLanguage: CardActionHandler = async (env, data) => {
  const parsed = languageData.safeParse(data);
  if (!parsed.success) throw new TillitError('invalid_input', 'Unknown language');
  const { person } = await rememberContact(env);
  if (person) await setPreferredLocale(env.app.db, person.id, parsed.data.locale, env.app.clock.now().toISOString());
  return welcomeCard(
    {
      firstName: firstName(env.turn.activity.from?.name || person?.displayName),
      inSharedConversation: isSharedConversation(env.turn.activity),
      commands: chatCommands,
    },
    parsed.data.locale,
  );
};

export const languageActions = { [verbs.setLanguage]: setLanguage };
