import { translator } from '../src/i18n/catalogue.js';
import type { Locale } from '../src/i18n/locale.js';
import { shortDate } from '../src/overview/words.js';
import { adaptiveCard, executeAction, heading, textBlock, type AdaptiveCard } from './adaptive-card.js';
import { verbs } from './verbs.js';

/** Personal, short-lived download links for one plan's committee report. */
export interface ReportLinksView {
  planId: string;
  planName: string;
  /** True when the report is for a past day (the way back keeps that day). */
  pastDay?: boolean;
  asOf: string;
  wordUrl: string;
  excelUrl: string;
  validMinutes: number;
}

/** "Rapport till nämnden": Word and Excel buttons (Action.OpenUrl) and what the links are. */
export function reportLinksCard(view: ReportLinksView, locale: Locale): AdaptiveCard {
  const tr = translator(locale);
  return adaptiveCard(
    [
      heading(tr('overview.report.title'), { size: 'Medium' }),
      textBlock(tr('overview.report.body', { plan: view.planName, date: shortDate(view.asOf, locale) })),
      textBlock(tr('overview.report.linkNote', { minutes: view.validMinutes }), { isSubtle: true, size: 'Small' }),
    ],
    [
      { type: 'Action.OpenUrl', title: tr('overview.report.word'), url: view.wordUrl, style: 'positive' },
      { type: 'Action.OpenUrl', title: tr('overview.report.excel'), url: view.excelUrl },
      executeAction(tr('overview.action.overview'), verbs.overviewPlan, { planId: view.planId, ...(view.pastDay ? { asOf: view.asOf } : {}) }),
    ],
    { fallbackText: tr('overview.report.title') },
  );
}
