import { measureStatusCard } from '../../cards/measure-status-card.js';
import { myMeasuresCard } from '../../cards/my-measures-card.js';
import { statusChooseCard } from '../../cards/status-choose-card.js';
import { localDate } from '../../src/calendar/zoned-time.js';
import { findConversation } from '../../src/directory/conversations-repository.js';
import { translator } from '../../src/i18n/catalogue.js';
import { newCardNonce } from '../../src/status/card-nonce.js';
import { getMeasuresByIds } from '../../src/plans/plan-repository.js';
import { loadMeasureItems, loadMyMeasures } from '../../src/status/my-measures.js';
import { parseStatusReply, statusWords } from '../../src/status/parse-status-reply.js';
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
    mentions: reply.mentions,
    text,
    statusWords,
  });
  const draft = { status: reply.status, comment: reply.comment, forecastDate: reply.forecastDate };

  if (target.kind === 'measure') {
    const view = await viewForSender(env, target.measureId);
    const tr = translator(env.locale);
    const card = view.viewer.canRecord
      ? measureStatusCard(view, env.locale, {
          nonce: newCardNonce(),
          prefill: draft,
          intro: tr(reply.status ? 'status.confirm.intro' : 'status.confirm.uncertain', { code: view.measure.code }),
        })
      : refusal(env, view);
    const activityId = await replyWithCard(env.turn, card);
    if (view.viewer.canRecord) await rememberShownMeasures(env, person.id, [view.measure.id], activityId);
    return true;
  }
  if (target.kind === 'refused') {
    await replyWithCard(env.turn, refusal(env, await viewForSender(env, target.measureId)));
    return true;
  }
  if (target.kind === 'choose') {
    const measures = new Map((await getMeasuresByIds(env.app.db, target.measureIds)).map((m) => [m.id, m] as const));
    const { items } = await loadMeasureItems(deps, target.measureIds.flatMap((id) => measures.get(id) ?? []));
    const ask = { reason: target.reason, unknownCodes: target.unknownCodes };
    const activityId = await replyWithCard(env.turn, statusChooseCard(items, env.locale, draft, ask));
    await rememberShownMeasures(env, person.id, items.map((i) => i.measure.id), activityId);
    return true;
  }
  await replyWithCard(env.turn, myMeasuresCard(await loadMyMeasures(deps, { personId: person.id }), env.locale));
  return true;
}
