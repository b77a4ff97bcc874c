import { myMeasuresCard } from '../../cards/my-measures-card.js';
import { chooseMeasureInputId } from '../../cards/status-choose-card.js';
import { statusHistoryCard } from '../../cards/status-history-card.js';
import { statusReceiptCard } from '../../cards/status-receipt-card.js';
import { verbs } from '../../cards/verbs.js';
import { newCardNonce } from '../../src/status/card-nonce.js';
import { loadMyMeasures } from '../../src/status/my-measures.js';
import { loadStatusHistory } from '../../src/status/status-history.js';
import { myMeasuresPageSize } from '../../cards/my-measures-card.js';
import { replyWithCard } from '../reply.js';
import { measureRefSchema, myMeasuresPageSchema, openSchema } from '../status/status-card-data.js';
import { currentPerson, invalidCardData, rememberShownMeasures, statusDeps } from '../status/status-env.js';
import { cardForViewer, refusal, valuesOfEntry, viewForSender } from '../status/status-views.js';
import { refreshStatusCard } from './status-refresh.js';
import { submitStatus } from './status-submit.js';
import type { CardActionHandler, CommandHandler, TurnEnv } from './route-types.js';

async function myMeasuresFor(env: TurnEnv, page: number) {
  const person = await currentPerson(env);
  const mine = person ? await loadMyMeasures(statusDeps(env.app), { personId: person.id }) : { items: [], today: '', timeZone: env.app.config.timeZone };
  const shown = mine.items.slice(page * myMeasuresPageSize, (page + 1) * myMeasuresPageSize).map((i) => i.measure.id);
  return { person, card: myMeasuresCard(mine, env.locale, { page }), shown };
}

/** "mina åtgärder" / "my measures": the list card with traffic lights and "Rapportera" on each. */
export const showMyMeasures: CommandHandler = async (env) => {
  const { person, card, shown } = await myMeasuresFor(env, 0);
  const activityId = await replyWithCard(env.turn, card);
  if (person) await rememberShownMeasures(env, person.id, shown, activityId);
};

/** The list's page buttons and "Mina åtgärder" on other cards: the list replaces the card. */
export const myMeasuresAction: CardActionHandler = async (env, data) => {
  const parsed = myMeasuresPageSchema.safeParse(data);
  if (!parsed.success) throw invalidCardData('my measures');
  const { person, card, shown } = await myMeasuresFor(env, parsed.data.page ?? 0);
  if (person) await rememberShownMeasures(env, person.id, shown);
  return card;
};

/** "Rapportera": the measure's status card for this person (filled in when the button carries values). */
export const openStatusCard: CardActionHandler = async (env, data) => {
  const parsed = openSchema.safeParse({ ...data, measureId: data.measureId ?? data[chooseMeasureInputId] });
  if (!parsed.success) throw invalidCardData('status open');
  const view = await viewForSender(env, parsed.data.measureId);
  const card = cardForViewer(env, view, { nonce: newCardNonce(), prefill: parsed.data.prefill });
  if (view.viewer.canRecord) await rememberShownMeasures(env, view.viewer.personId, [view.measure.id]);
  return card;
};

/** "Ändra" on a receipt: the form again, filled in with the latest status; sending adds a new row. */
export const editStatus: CardActionHandler = async (env, data) => {
  const parsed = measureRefSchema.safeParse(data);
  if (!parsed.success) throw invalidCardData('status edit');
  const view = await viewForSender(env, parsed.data.measureId);
  return cardForViewer(env, view, { nonce: newCardNonce(), prefill: valuesOfEntry(view, view.latest) });
};

/** "Behåll nuvarande" on an out-of-date card: nothing changes; the current status is shown. */
export const keepStatus: CardActionHandler = async (env, data) => {
  const parsed = measureRefSchema.safeParse(data);
  if (!parsed.success) throw invalidCardData('status keep');
  const view = await viewForSender(env, parsed.data.measureId);
  if (!view.viewer.canRead) return refusal(env, view);
  return statusReceiptCard(view, env.locale, { entry: view.latest, variant: 'kept' });
};

/** "Historik": the measure's status history, for owners, coordinators and readers. */
export const showStatusHistory: CardActionHandler = async (env, data) => {
  const parsed = measureRefSchema.safeParse(data);
  if (!parsed.success) throw invalidCardData('status history');
  const person = await currentPerson(env);
  const history = await loadStatusHistory(statusDeps(env.app), { measureId: parsed.data.measureId, viewerId: person?.id ?? null });
  return statusHistoryCard(history, env.locale);
};

/** Chat commands of the status feature, by command id (src/chat/commands.ts). */
export const statusCommands = { myMeasures: showMyMeasures };
/** Card verbs of the status feature (cards/verbs.ts) and their handlers. */
export const statusActions = {
  [verbs.statusOpen]: openStatusCard,
  [verbs.statusSubmit]: submitStatus,
  [verbs.statusRefresh]: refreshStatusCard,
  [verbs.statusEdit]: editStatus,
  [verbs.statusKeep]: keepStatus,
  [verbs.statusHistory]: showStatusHistory,
  [verbs.myMeasures]: myMeasuresAction,
};
