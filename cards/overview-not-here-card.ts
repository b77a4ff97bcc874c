import { translator } from '../src/i18n/catalogue.js';
import type { Locale } from '../src/i18n/locale.js';
import { adaptiveCard, executeAction, heading, textBlock, type AdaptiveCard } from './adaptive-card.js';
import { verbs } from './verbs.js';

/** What the channel is told when a reader asks where the plan is not opened. */
export interface NotHereView {
  /** True when the overview went to the asker's personal chat instead. */
  sentPrivately: boolean;
  /** Plans the asker coordinates and could open here (no other plan is named). */
  openable: ReadonlyArray<{ planId: string; name: string }>;
  /** "report": links were asked for; "overview": the overview was. */
  about?: 'overview' | 'report';
}

/**
 * Said in public in a team channel or group chat: the overview is not shown
 * here because everyone would see it. Names a plan only to its coordinator,
 * who gets a button to open it here.
 */
export function overviewNotHereCard(view: NotHereView, locale: Locale): AdaptiveCard {
  const tr = translator(locale);
  const report = view.about === 'report';
  const body = [
    heading(tr('overview.notHere.title'), { size: 'Medium' }),
    textBlock(tr('overview.notHere.body')),
    textBlock(
      report
        ? tr(view.sentPrivately ? 'overview.report.sentPrivately' : 'overview.report.askPrivately')
        : tr(view.sentPrivately ? 'overview.notHere.sentPrivately' : 'overview.notHere.askPrivately'),
      { weight: 'Bolder' },
    ),
    ...(view.openable.length > 0 ? [textBlock(tr('overview.notHere.coordinator'), { isSubtle: true, size: 'Small' })] : []),
  ];
  const actions = view.openable.map((p) => executeAction(`${tr('overview.open.action')}: ${p.name}`, verbs.overviewOpen, { planId: p.planId, open: true }));
  return adaptiveCard(body, actions, { fallbackText: tr('overview.notHere.title') });
}
