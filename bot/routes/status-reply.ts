import { measureStatusCard } from '../../cards/measure-status-card.js';
import { myMeasuresCard } from '../../cards/my-measures-card.js';
import { statusChooseCard } from '../../cards/status-choose-card.js';
import { localDate } from '../../src/calendar/zoned-time.js';
import { findConversation } from '../../src/directory/conversations-repository.js';
import { translator } from '../../src/i18n/catalogue.js';
import { newCardNonce } from '../../src/status/card-nonce.js';
import { loadMyMeasures } from '../../src/status/my-measures.js';
import { parseStatusReply } from '../../src/status/parse-status-reply.js';
import { resolveReplyMeasure } from '../../src/status/resolve-reply-measure.js';
import { replyWithCard } from '../reply.js';
import { currentPerson, rememberShownMeasures, statusDeps } from '../status/status-env.js';
import { refusal, viewForSender } from '../status/status-views.js';
import type { TurnEnv } from './route-types.js';

/**
 * A free-text reply such as "klar" or "försenad till mars, väntar på IT".
 * When it speaks of a status and the measure is clear (a code in the text,
 * the reminder or card it answers, or the person's only measure), the
 * status card comes back filled in with what was understood, to confirm;
 * when several measures fit, the person picks one. Nothing is stored until
 * the owner sends the card. Returns false when the text is not about status.
 */
export async function handleStatusReply(env: TurnEnv, text: string): Promise<boolean> {
  const deps = statusDeps(env.app);
  const reply = parseStatusReply(text, localDate(deps.clock.now(), deps.timeZone));
  if (!reply) return false;
  const person = await currentPerson(env);
  if (!person) return false;
  const activity = env.turn.activity;
  const conversation = activity.conversation?.id ? await findConversation(env.app.db, activity.conversation.id) : undefined;
  const target = await resolveReplyMeasure(deps, {
    personId: person.id,
    conversationRowId: conversation?.id ?? null,
    replyToId: activity.replyToId,
    measureCode: reply.measureCode,
  });
  const draft = { status: reply.status, comment: reply.comment, forecastDate: reply.forecastDate };

  if (target.kind === 'measure') {
    const view = await viewForSender(env, target.measureId);
    const tr = translator(env.locale);
    const card = view.viewer.canRecord
      ? measureStatusCard(view, env.locale, { nonce: newCardNonce(), prefill: draft, intro: tr(reply.status ? 'status.confirm.intro' : 'status.confirm.uncertain') })
      : refusal(env, view);
    const activityId = await replyWithCard(env.turn, card);
    if (view.viewer.canRecord) await rememberShownMeasures(env, person.id, [view.measure.id], activityId);
    return true;
  }
  if (target.kind === 'refused') {
    await replyWithCard(env.turn, refusal(env, await viewForSender(env, target.measureId)));
    return true;
  }
  const mine = await loadMyMeasures(deps, { personId: person.id });
  if (target.kind === 'choose') {
    const wanted = new Set(target.measureIds);
    const items = mine.items.filter((i) => wanted.has(i.measure.id));
    // A coordinator's plan measures are not in "mine"; then offer what they own, or nothing to choose.
    const choices = items.length > 0 ? items : mine.items;
    const activityId = await replyWithCard(env.turn, choices.length > 0 ? statusChooseCard(choices, env.locale, draft) : myMeasuresCard(mine, env.locale));
    await rememberShownMeasures(env, person.id, choices.map((i) => i.measure.id), activityId);
    return true;
  }
  await replyWithCard(env.turn, myMeasuresCard(mine, env.locale));
  return true;
}
