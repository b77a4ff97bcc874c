import { translator } from '../src/i18n/catalogue.js';
import type { Locale } from '../src/i18n/locale.js';
import type { StatusCardView } from '../src/status/status-card-view.js';
import type { StatusProblem } from '../src/status/status-errors.js';
import { trafficLight } from '../src/status/traffic-light.js';
import { adaptiveCard, textBlock, type AdaptiveCard, type CardElement } from './adaptive-card.js';
import { latestStatusSection, measureFacts, measureTitle } from './measure-sections.js';
import { cardBasis, secondaryActions, statusFormInputs, statusRefresh, submitAction, type StatusFormValues } from './status-form.js';
import { withinBudget } from './text-limits.js';

/** How to build a status card beyond the view itself. */
export interface StatusCardOptions {
  /** A fresh random nonce (src/status/card-nonce.ts): the card's identity for idempotent submits. */
  nonce: string;
  /** Values to fill in: a free-text reply to confirm, an edit, or a submit that needs fixing. */
  prefill?: StatusFormValues;
  /** Problems of a submit that was not accepted, shown above the inputs. */
  problems?: readonly StatusProblem[];
  /** A sentence above everything (catalogue text, Markdown): e.g. the reminder's "2.3 ska vara klar om 7 dagar". */
  intro?: string;
  /** A short notice in accent colour (catalogue text), e.g. that the card was updated. */
  notice?: string;
}

/**
 * The measure status card: the card in the reminder is the form. Shows the
 * measure (code, title, goal area, deadline as written and as a date,
 * indicators), the latest status with who gave it when, and asks for
 * status, comment, forecast and indicator values. Action.Execute with an
 * Action.Submit fallback, and a refresh so the viewer always sees the
 * current state. Use it for people who may record (view.viewer.canRecord);
 * others get statusRefusedCard.
 */
export function measureStatusCard(view: StatusCardView, locale: Locale, options: StatusCardOptions): AdaptiveCard {
  const tr = translator(locale);
  const basis = cardBasis(view, options.nonce);
  const light = trafficLight(view.latest?.status ?? null, view.measure.dueDate, view.today);
  return withinBudget((limits) => {
    const body: CardElement[] = [
      ...(options.intro ? [textBlock(options.intro, { weight: 'Bolder' })] : []),
      ...(options.notice ? [textBlock(options.notice, { color: 'Accent' })] : []),
      measureTitle(view.measure, 'Large', limits),
      ...measureFacts(view.measure, tr, locale, { overdue: view.overdue && light === 'red', indicators: false, limits }),
      ...latestStatusSection(view.latest, tr, view.timeZone, locale, limits),
      ...statusFormInputs(view, tr, options.prefill, options.problems, limits),
    ];
    return adaptiveCard(body, [submitAction(tr('status.form.submit'), basis), ...secondaryActions(tr, view.measure.id)], {
      refresh: statusRefresh({ ...basis, view: 'form' }, view.viewer.teamsUserId),
      fallbackText: `${tr('status.form.heading')}: ${view.measure.code} ${view.measure.title}`.slice(0, 300),
    });
  });
}
