import type { Person } from '../../src/directory/person.js';
import { recordContact } from '../../src/directory/record-contact.js';
import { completeIdentity, conversationSighting, senderIdentity } from '../activity-facts.js';
import { currentPerson } from '../status/status-env.js';
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
  // The turn read the sender by Teams ids already; a miss is looked up again below with the e-mail Teams gives.
  const known = identity ? await currentPerson(env) : undefined;
  if (identity && (options.forceLookup || !known?.email)) identity = await completeIdentity(env.turn, identity);
  const { person } = await recordContact({ db: env.app.db, clock: env.app.clock }, { conversation: sighting, person: identity, ...(known ? { known } : {}) });
  if (person) env.sender = person;
  return { person };
}
