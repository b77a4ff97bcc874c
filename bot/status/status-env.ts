import { findConversation } from '../../src/directory/conversations-repository.js';
import { findPersonByIdentity } from '../../src/directory/people-repository.js';
import type { Person } from '../../src/directory/person.js';
import { TillitError } from '../../src/errors.js';
import type { StatusDeps } from '../../src/status/status-deps.js';
import { rememberStatusPrompt } from '../../src/status/status-prompts.js';
import type { AppServices } from '../../app/app-services.js';
import type { TurnEnv } from '../routes/route-types.js';

/** The status use cases' ports from the app's services. */
export function statusDeps(app: Pick<AppServices, 'db' | 'clock' | 'config'>): StatusDeps {
  return { db: app.db, clock: app.clock, timeZone: app.config.timeZone };
}

/** The person who sent this activity (the directory knows them once rememberContact ran); read once per turn. */
export async function currentPerson(env: TurnEnv): Promise<Person | undefined> {
  if (env.sender !== undefined) return env.sender ?? undefined;
  const from = env.turn.activity.from;
  if (!from?.id) return undefined;
  env.sender = (await findPersonByIdentity(env.app.db, { aadObjectId: from.aadObjectId || undefined, teamsUserId: from.id })) ?? null;
  return env.sender ?? undefined;
}

/** Card data that fails its schema: the generic "could not be read, nothing changed" card. */
export function invalidCardData(what: string): TillitError<'invalid_input'> {
  return new TillitError('invalid_input', `Invalid ${what} data`);
}

/**
 * Remembers that this conversation was just shown a status card or list
 * about these measures, so a free-text "klar" can be tied to them. Best
 * effort: a failure here must not cost the person their card.
 */
export async function rememberShownMeasures(env: TurnEnv, personId: string | null, measureIds: readonly string[], activityId?: string): Promise<void> {
  try {
    const conversationId = env.turn.activity.conversation?.id;
    const conversation = conversationId ? await findConversation(env.app.db, conversationId) : undefined;
    if (!conversation) return;
    await rememberStatusPrompt(env.app.db, {
      conversationRowId: conversation.id,
      personId,
      activityId: activityId ?? env.turn.activity.replyToId ?? null,
      measureIds,
      nowIso: env.app.clock.now().toISOString(),
    });
  } catch (error) {
    env.app.logger.warn({ code: 'status_prompt_not_saved', errorName: error instanceof Error ? error.name : 'unknown' }, 'status prompt not saved');
  }
}
