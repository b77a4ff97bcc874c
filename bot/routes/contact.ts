import { findPersonByIdentity } from '../../src/directory/people-repository.js';
import type { Person } from '../../src/directory/person.js';
import { recordContact } from '../../src/directory/record-contact.js';
import { completeIdentity, conversationSighting, senderIdentity } from '../activity-facts.js';
import type { TurnEnv } from './route-types.js';

/**
 * Stores the conversation reference and the sender in the directory. Asks
 * Teams for e-mail/UPN only when we do not have them yet, so an ordinary
 * message costs no extra call to Teams.
 */
export async function rememberContact(env: TurnEnv, options: { forceLookup?: boolean } = {}): Promise<{ person?: Person }> {
  const activity = env.turn.activity;
  const sighting = conversationSighting(activity);
  if (!sighting.conversationId || !sighting.serviceUrl) return {};
  let identity = senderIdentity(activity);
  if (identity) {
    const known = await findPersonByIdentity(env.app.db, identity);
    if (options.forceLookup || !known?.email) identity = await completeIdentity(env.turn, identity);
  }
  const { person } = await recordContact({ db: env.app.db, clock: env.app.clock }, { conversation: sighting, person: identity });
  return { person };
}
