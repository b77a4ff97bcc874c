import { z } from 'zod';
import { adaptiveCard, textBlock } from '../../cards/adaptive-card.js';
import { ownersCard, type OwnersCardView } from '../../cards/owners-card.js';
import { verbs } from '../../cards/verbs.js';
import { TillitError } from '../../src/errors.js';
import { translator } from '../../src/i18n/catalogue.js';
import { assignUnitPeopleAsCoordinator, coordinatorOwnersView } from '../../src/plans/owners/coordinator-owners.js';
import { InvalidEmailError, NotPlanCoordinatorError } from '../../src/plans/owners/owner-errors.js';
import { replyWithCard } from '../reply.js';
import { isSharedConversation } from '../selectors.js';
import { currentPerson } from '../status/status-env.js';
import type { CardActionHandler, CommandHandler, TurnEnv } from './route-types.js';

const assignData = z.object({ unitId: z.string().min(1).max(100), emails: z.string().max(1000) });

/** The person pressing or writing, as the directory knows them (rememberContact ran first). */
function actor(env: TurnEnv) {
  return currentPerson(env);
}

async function view(env: TurnEnv, extra: Partial<OwnersCardView> = {}): Promise<OwnersCardView> {
  const person = await actor(env);
  const base = person ? await coordinatorOwnersView(env.app.db, person.id) : { plans: [], missing: [] };
  return { ...base, ...extra };
}

/** "ansvariga": the coordinator's units without recipients. */
export const showOwners: CommandHandler = async (env) => {
  // E-mail addresses are entered on this card: only in a personal chat, never in a channel.
  if (isSharedConversation(env.turn.activity)) {
    await replyWithCard(env.turn, adaptiveCard([textBlock(translator(env.locale)('owners.card.personalOnly'))]));
    return;
  }
  await replyWithCard(env.turn, ownersCard(await view(env), env.locale));
};

/** "Uppdatera" on the owners card. */
export const refreshOwners: CardActionHandler = async (env) => ownersCard(await view(env), env.locale);

/**
 * "Koppla" on the owners card: connects people by e-mail to a unit. The use
 * case checks that the person is a coordinator of a plan using the unit;
 * addresses that are not addresses are shown on the card, nothing stored.
 */
export const assignOwners: CardActionHandler = async (env, data) => {
  const parsed = assignData.safeParse(data);
  if (!parsed.success) throw new TillitError('invalid_input', 'Owners form data malformed');
  const person = await actor(env);
  if (!person) throw new NotPlanCoordinatorError('not_plan_coordinator', 'Unknown person');
  try {
    const result = await assignUnitPeopleAsCoordinator({ db: env.app.db, clock: env.app.clock }, { actorPersonId: person.id, unitId: parsed.data.unitId, emails: parsed.data.emails });
    env.app.logger.info({ code: 'owners_assigned', count: result.added.length }, 'unit recipients added');
    return ownersCard(await view(env, { assigned: { unit: result.unitName, emails: result.added } }), env.locale);
  } catch (error) {
    if (error instanceof InvalidEmailError) return ownersCard(await view(env, { invalidEmails: error.invalid.length > 0 ? [...error.invalid] : [parsed.data.emails.trim() || '–'] }), env.locale);
    throw error;
  }
};

export const ownersCommands = { owners: showOwners };
export const ownersActions = { [verbs.showOwners]: refreshOwners, [verbs.assignOwners]: assignOwners };
