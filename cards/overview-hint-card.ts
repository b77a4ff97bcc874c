import { formatDate } from '../src/calendar/zoned-time.js';
import { isIsoDate } from '../src/calendar/iso-date.js';
import { translator, type Translate } from '../src/i18n/catalogue.js';
import type { Locale } from '../src/i18n/locale.js';
import { adaptiveCard, executeAction, heading, textBlock, type AdaptiveCard, type CardAction, type CardElement } from './adaptive-card.js';
import { clip, literalText } from './literal-text.js';
import { verbs } from './verbs.js';

/** What a "status …" question asked for that is not there, and what is. */
export type OverviewHintView =
  | {
      kind: 'measure';
      code: string;
      asOf?: string;
      plans: ReadonlyArray<{ planId: string; planName: string; close: readonly string[]; first?: string; last?: string }>;
    }
  | { kind: 'goalArea'; number: string; plans: ReadonlyArray<{ planName: string; numbers: readonly string[] }> }
  | { kind: 'invalidDate'; written: string; about?: HintAbout }
  /** `date`: the day asked about, when it was read. */
  | { kind: 'futureDate'; date?: string; about?: HintAbout }
  | { kind: 'notUnderstood'; about?: HintAbout };

/** Which command was asked: the hint suggests words of the same command ("rapport per …", not "status per …"). */
export type HintAbout = 'overview' | 'report';

/** At most this many "did you mean" buttons. */
const maxButtons = 6;

function either(locale: Locale, items: readonly string[]): string {
  return new Intl.ListFormat(locale, { type: 'disjunction' }).format(items);
}

function all(locale: Locale, items: readonly string[]): string {
  return new Intl.ListFormat(locale, { type: 'conjunction' }).format(items);
}

function measureLines(view: Extract<OverviewHintView, { kind: 'measure' }>, tr: Translate, locale: Locale): CardElement[] {
  if (view.plans.length === 0) return [textBlock(tr('overview.hint.measureNoPlan', { code: view.code }))];
  return view.plans.map((plan) => {
    const found = tr('overview.hint.measureNone', { code: view.code, plan: clip(plan.planName, 150) });
    const more =
      plan.close.length > 0
        ? tr('overview.hint.didYouMean', { codes: either(locale, plan.close) })
        : plan.first && plan.last
          ? tr('overview.hint.range', { first: plan.first, last: plan.last })
          : '';
    return literalText(`${found} ${more}`.trim());
  });
}

/**
 * The ordinary answer to a "status …" question that asks for something that
 * is not there — an unknown measure or goal area, a date that does not
 * exist or has not come — saying what is there instead. No red, no error
 * reference: a typo is no fault.
 */
export function overviewHintCard(view: OverviewHintView, locale: Locale): AdaptiveCard {
  const tr = translator(locale);
  let title: string;
  let body: CardElement[];
  let actions: CardAction[] = [];
  switch (view.kind) {
    case 'measure':
      title = tr('overview.hint.measureTitle', { code: view.code });
      body = measureLines(view, tr, locale);
      actions = view.plans
        .flatMap((plan) => plan.close.map((code) => ({ planId: plan.planId, code })))
        .slice(0, maxButtons)
        .map((s) => executeAction(tr('overview.hint.show', { code: s.code }), verbs.overviewMeasure, { planId: s.planId, code: s.code, ...(view.asOf ? { asOf: view.asOf } : {}) }));
      break;
    case 'goalArea':
      title = tr('overview.hint.areaTitle', { number: view.number });
      body = view.plans.map((plan) =>
        literalText(tr('overview.hint.areaNone', { number: view.number, plan: clip(plan.planName, 150), numbers: all(locale, plan.numbers) })),
      );
      break;
    case 'invalidDate':
      title = tr('overview.hint.dateTitle');
      body = [literalText(tr(view.about === 'report' ? 'overview.hint.invalidDateReport' : 'overview.hint.invalidDate', { written: clip(view.written, 40) }))];
      break;
    case 'futureDate': {
      // Nobody knows what the plan will look like on a day that has not come: say so, and what can be shown.
      const date = view.date && isIsoDate(view.date) ? formatDate(view.date, locale) : undefined;
      title = date ? tr('overview.hint.futureDayTitle', { date }) : tr('overview.hint.futureDateTitle');
      body = [textBlock(tr('overview.hint.futureUnknown')), textBlock(tr(view.about === 'report' ? 'overview.hint.futureAskReport' : 'overview.hint.futureAskStatus'), { isSubtle: true })];
      break;
    }
    default:
      title = tr('overview.hint.notUnderstoodTitle');
      body = [textBlock(tr(view.about === 'report' ? 'overview.hint.reportNotUnderstood' : 'error.overview_query_not_understood'))];
  }
  return adaptiveCard([heading(title, { size: 'Medium' }), ...body], actions, { fallbackText: title });
}
