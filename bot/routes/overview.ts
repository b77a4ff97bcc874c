import { z } from 'zod';
import { openPlanCard } from '../../cards/open-plan-card.js';
import { verbs } from '../../cards/verbs.js';
import { TillitError } from '../../src/errors.js';
import { goalAreaView } from '../../src/overview/goal-area-view.js';
import { measureDetail } from '../../src/overview/measure-detail.js';
import { openablePlans, setPlanOpenInConversation } from '../../src/overview/open-in-conversation.js';
import { parseOverviewQuery } from '../../src/overview/overview-query.js';
import { planOverview, planOverviews } from '../../src/overview/plan-overview.js';
import { goalAreaCard } from '../../cards/goal-area-card.js';
import { measureDetailCard } from '../../cards/measure-detail-card.js';
import { planOverviewCard } from '../../cards/plan-overview-card.js';
import { viewingPlace } from '../viewing-place.js';
import { replyWithCard } from '../reply.js';
import { answerFor, currentPersonId } from './overview-answer.js';
import { cardsForQuery, reportLinksFor } from './overview-cards.js';
import { hintForLookup, unreadableQueryCard } from './overview-hints.js';
import type { CardActionHandler, CommandHandler } from './route-types.js';

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional();
const planData = z.object({ planId: z.string().min(1).max(100), asOf: day });
const areaData = planData.extend({ number: z.string().min(1).max(10) });
const measureData = planData.extend({ code: z.string().min(1).max(20) });
const openData = z.object({ planId: z.string().min(1).max(100), open: z.boolean() });

function parse<T>(schema: z.ZodType<T>, data: unknown): T {
  const parsed = schema.safeParse(data);
  if (!parsed.success) throw new TillitError('invalid_input', 'Invalid overview action data');
  return parsed.data;
}

function asOfOf(data: { asOf?: string | undefined }) {
  return data.asOf ? { asOf: data.asOf } : {};
}

/** "status", "läget", "status 2.3", "status målområde 2", "status per 2025-03-31". */
export const showStatus: CommandHandler = async (env, rest) => {
  const query = parseOverviewQuery(rest);
  if (!query) {
    await replyWithCard(env.turn, unreadableQueryCard(rest, env.locale));
    return;
  }
  const cards = await answerFor(env, async (viewer) => {
    try {
      return await cardsForQuery(env.app, viewer, query, env.locale);
    } catch (error) {
      // An unknown code or an unreal date is a typo, answered as such; only real faults get the error card.
      const hint = await hintForLookup(env.app, viewer, query, error, env.locale);
      if (hint) return [hint];
      throw error;
    }
  });
  for (const card of cards) await replyWithCard(env.turn, card, card.fallbackText?.slice(0, 200));
};

/** "rapport": personal links to each readable plan's committee report (never posted in a shared conversation). */
export const showReport: CommandHandler = async (env, rest) => {
  const query = parseOverviewQuery(rest);
  if (!query || query.target.kind !== 'plans') {
    await replyWithCard(env.turn, unreadableQueryCard(query ? '' : rest, env.locale, 'report'));
    return;
  }
  const cards = await answerFor(
    env,
    async (viewer) => {
      if (viewer.kind !== 'person') return [];
      // Only which plans: the links card builds its own overview, so none is built here.
      const { overviews, more } = await planOverviews(env.app.overview, { viewer, ...asOfOf(query), ...(query.planKey ? { planKey: query.planKey } : {}), limit: 0 });
      const planIds = [...overviews.map((o) => o.plan.id), ...more.map((m) => m.planId)].slice(0, 5);
      return Promise.all(planIds.map((planId) => reportLinksFor(env.app, viewer, planId, env.locale, query.asOf)));
    },
    { about: 'report', alwaysPrivate: true },
  );
  for (const card of cards) await replyWithCard(env.turn, card);
};

/** "visa läget här": a coordinator opens or closes their plans in a channel or group chat. */
export const showOpenPlans: CommandHandler = async (env) => {
  const place = viewingPlace(env.turn.activity);
  const personId = await currentPersonId(env);
  const plans = place.kind === 'shared' && personId ? await openablePlans(env.app.db, personId, place.conversationKey) : [];
  await replyWithCard(env.turn, openPlanCard({ plans, shared: place.kind === 'shared' }, env.locale));
};

const showPlan: CardActionHandler = async (env, data) => {
  const d = parse(planData, data);
  const [card] = await answerFor(env, async (viewer) => [planOverviewCard(await planOverview(env.app.overview, { viewer, planId: d.planId, ...asOfOf(d) }), env.locale)]);
  return card!;
};

const showGoalArea: CardActionHandler = async (env, data) => {
  const d = parse(areaData, data);
  const [card] = await answerFor(env, async (viewer) => [goalAreaCard(await goalAreaView(env.app.overview, { viewer, planId: d.planId, number: d.number, ...asOfOf(d) }), env.locale)]);
  return card!;
};

const showMeasure: CardActionHandler = async (env, data) => {
  const d = parse(measureData, data);
  const [card] = await answerFor(env, async (viewer) => [measureDetailCard(await measureDetail(env.app.overview, { viewer, planId: d.planId, code: d.code, ...asOfOf(d) }), env.locale)]);
  return card!;
};

const showReportLinks: CardActionHandler = async (env, data) => {
  const d = parse(planData, data);
  const [card] = await answerFor(env, async (viewer) => (viewer.kind === 'person' ? [await reportLinksFor(env.app, viewer, d.planId, env.locale, d.asOf)] : []), {
    about: 'report',
    alwaysPrivate: true,
  });
  return card!;
};

const setOpen: CardActionHandler = async (env, data) => {
  const d = parse(openData, data);
  const place = viewingPlace(env.turn.activity);
  const personId = await currentPersonId(env);
  if (place.kind !== 'shared' || !personId) return openPlanCard({ plans: [], shared: place.kind === 'shared' }, env.locale);
  await setPlanOpenInConversation({ db: env.app.db, clock: env.app.clock }, { personId, planId: d.planId, conversationKey: place.conversationKey, open: d.open });
  return openPlanCard({ plans: await openablePlans(env.app.db, personId, place.conversationKey), shared: true }, env.locale);
};

export const overviewCommands = { status: showStatus, 'committee-report': showReport, 'open-plan': showOpenPlans };
export const overviewActions = {
  [verbs.overviewPlan]: showPlan,
  [verbs.overviewGoalArea]: showGoalArea,
  [verbs.overviewMeasure]: showMeasure,
  [verbs.overviewReport]: showReportLinks,
  [verbs.overviewOpen]: setOpen,
};
