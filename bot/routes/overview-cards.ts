import type { AdaptiveCard } from '../../cards/adaptive-card.js';
import { goalAreaCard } from '../../cards/goal-area-card.js';
import { measureDetailCard } from '../../cards/measure-detail-card.js';
import { planChoiceCard } from '../../cards/plan-choice-card.js';
import { planOverviewCard } from '../../cards/plan-overview-card.js';
import { reportLinksCard } from '../../cards/report-links-card.js';
import { translator } from '../../src/i18n/catalogue.js';
import type { Locale } from '../../src/i18n/locale.js';
import { goalAreaView } from '../../src/overview/goal-area-view.js';
import { plansHolding } from '../../src/overview/locate-in-plans.js';
import { measureDetail } from '../../src/overview/measure-detail.js';
import type { OverviewQuery } from '../../src/overview/overview-query.js';
import { planOverviews } from '../../src/overview/plan-overview.js';
import type { Viewer } from '../../src/overview/plan-access.js';
import { areaShort } from '../../src/overview/words.js';
import { downloadLinkMinutes } from '../../src/committee-report/download-link.js';
import { signedReportUrls } from '../../app/report-links.js';
import type { AppServices } from '../../app/app-services.js';

/** At most this many plan cards in one answer; more plans get a choice card. */
const plansPerAnswer = 5;

/** The cards that answer a "status …" query for a viewer (the use cases check access). */
export async function cardsForQuery(app: AppServices, viewer: Viewer, query: OverviewQuery, locale: Locale): Promise<AdaptiveCard[]> {
  const deps = app.overview;
  const day = query.asOf ? { asOf: query.asOf } : {};
  if (query.target.kind === 'plans') {
    const { overviews, more } = await planOverviews(deps, { viewer, ...day, ...(query.planKey ? { planKey: query.planKey } : {}), limit: plansPerAnswer });
    const cards = overviews.map((o) => planOverviewCard(o, locale));
    if (more.length > 0) cards.push(planChoiceCard({ kind: 'plans' }, more, locale, query.asOf));
    return cards;
  }
  const target = query.target;
  const matches = await plansHolding(deps, { viewer, target, ...day, ...(query.planKey ? { planKey: query.planKey } : {}) });
  if (matches.length > 1) {
    const label = target.kind === 'goalArea' ? areaShort(translator(locale), 'målområde', target.number) : '';
    return [planChoiceCard(target.kind === 'measure' ? target : { ...target, label }, matches, locale, query.asOf)];
  }
  const planId = matches[0]!.planId;
  return target.kind === 'measure'
    ? [measureDetailCard(await measureDetail(deps, { viewer, planId, code: target.code, ...day }), locale)]
    : [goalAreaCard(await goalAreaView(deps, { viewer, planId, number: target.number, ...day }), locale)];
}

/** The report links card for a plan (access is checked when the links are signed). */
export async function reportLinksFor(app: AppServices, viewer: Viewer & { kind: 'person' }, planId: string, locale: Locale, asOf?: string): Promise<AdaptiveCard> {
  const { overview, docx, xlsx } = await signedReportUrls(app, viewer, planId, asOf);
  return reportLinksCard(
    { planId, planName: overview.plan.name, asOf: overview.asOf, wordUrl: docx, excelUrl: xlsx, validMinutes: downloadLinkMinutes, ...(overview.isToday ? {} : { pastDay: true }) },
    locale,
  );
}
