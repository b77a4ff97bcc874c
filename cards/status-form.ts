import type { Translate } from '../src/i18n/catalogue.js';
import type { StatusCardView } from '../src/status/status-card-view.js';
import { statusLimits, type StatusProblem } from '../src/status/status-errors.js';
import { statusValues, type StatusValue } from '../src/status/status.js';
import { executeAction, textBlock, type CardAction, type CardElement } from './adaptive-card.js';
import { clip } from './literal-text.js';
import { statusLabel } from '../src/status/status-label.js';
import { roomyLimits, type TextLimits } from './text-limits.js';
import { verbs, type Verb } from './verbs.js';

/** What the form is filled in with (a free-text reply, an edit, a failed submit). */
export interface StatusFormValues {
  status?: StatusValue | null;
  comment?: string | null;
  forecastDate?: string | null;
  indicatorValues?: ReadonlyArray<string | null | undefined>;
  onBehalfOf?: string | null;
}

/**
 * What a card says about the state it was built from. It travels in the
 * submit's data: the seq and revision reveal an out-of-date card, the nonce
 * makes the submit idempotent.
 */
export interface StatusCardBasis {
  measureId: string;
  basedOnSeq: number;
  planRevision: number;
  nonce: string;
}

/** The basis of a card built now from `view`. */
export function cardBasis(view: StatusCardView, nonce: string): StatusCardBasis {
  return { measureId: view.measure.id, basedOnSeq: view.latest?.seq ?? 0, planRevision: view.measure.planRevision, nonce };
}

/** Input ids on the card; the submit schema in bot/ reads the same names. */
export const statusInputIds = {
  status: 'status',
  comment: 'comment',
  forecastDate: 'forecastDate',
  onBehalfOf: 'onBehalfOf',
  indicator: (index: number) => `indicator${index}`,
} as const;

/** A problem in the person's words. */
export function problemText(tr: Translate, problem: StatusProblem, context: { status?: StatusValue | null; previous?: StatusValue | null }): string {
  switch (problem.code) {
    case 'comment_required':
      return tr('status.problem.comment_required', { status: context.status ? statusLabel(tr, context.status) : '' });
    case 'reopen_needs_comment':
      return tr('status.problem.reopen_needs_comment', { previous: context.previous ? statusLabel(tr, context.previous) : '' });
    case 'comment_too_long':
      return tr('status.problem.comment_too_long', { max: statusLimits.commentMaxLength });
    case 'indicator_too_long':
      return tr('status.problem.indicator_too_long', { max: statusLimits.indicatorValueMaxLength });
    default:
      return tr(`status.problem.${problem.code}`);
  }
}

/**
 * The form: problems (if any), who a coordinator reports for, status,
 * comment, forecast date and one value per indicator. Limits match the
 * server's rules; the server checks everything again.
 */
export function statusFormInputs(
  view: StatusCardView,
  tr: Translate,
  values: StatusFormValues = {},
  problems: readonly StatusProblem[] = [],
  limits: TextLimits = roomyLimits,
): CardElement[] {
  const body: CardElement[] = [textBlock(tr('status.form.heading'), { weight: 'Bolder', size: 'Medium', spacing: 'Large', separator: true })];
  if (problems.length > 0) {
    body.push({
      type: 'Container',
      style: 'attention',
      items: [
        textBlock(tr('status.form.problemsHeading'), { weight: 'Bolder' }),
        ...problems.map((p) => textBlock(`• ${problemText(tr, p, { status: values.status, previous: view.latest?.status })}`, { spacing: 'None' })),
      ],
    });
  }
  if (view.viewer.role === 'coordinator') {
    body.push(textBlock(tr('status.form.coordinatorNote'), { isSubtle: true, size: 'Small' }));
    if (view.owners.length > 0) {
      // With several owners the coordinator must choose: a default would put the report in someone's name unnoticed.
      const chosen = values.onBehalfOf && view.owners.some((o) => o.personId === values.onBehalfOf) ? values.onBehalfOf : undefined;
      const value = chosen ?? (view.owners.length === 1 ? view.owners[0]!.personId : undefined);
      body.push({
        type: 'Input.ChoiceSet',
        id: statusInputIds.onBehalfOf,
        label: tr('status.form.onBehalfOf'),
        style: 'compact',
        isRequired: true,
        errorMessage: tr('status.problem.owner_choice_invalid'),
        choices: view.owners.map((o) => ({ title: clip(o.name, 80), value: o.personId })),
        ...(value ? { value } : {}),
      });
    }
  }
  body.push(
    {
      type: 'Input.ChoiceSet',
      id: statusInputIds.status,
      label: tr('status.form.status'),
      style: 'expanded',
      isRequired: true,
      errorMessage: tr('status.form.statusRequired'),
      choices: statusValues.map((s) => ({ title: statusLabel(tr, s), value: s })),
      ...(values.status ? { value: values.status } : {}),
    },
    {
      type: 'Input.Text',
      id: statusInputIds.comment,
      label: tr('status.form.comment'),
      placeholder: tr('status.form.commentPlaceholder'),
      isMultiline: true,
      maxLength: statusLimits.commentMaxLength,
      ...(values.comment ? { value: values.comment.slice(0, statusLimits.commentMaxLength) } : {}),
    },
    {
      type: 'Input.Date',
      id: statusInputIds.forecastDate,
      label: tr(view.overdue ? 'status.form.forecastOverdue' : 'status.form.forecast'),
      min: view.today,
      ...(values.forecastDate ? { value: values.forecastDate } : {}),
    },
  );
  if (view.measure.indicators.length > 0) {
    body.push(textBlock(tr('status.form.indicatorsHeading'), { weight: 'Bolder', spacing: 'Medium' }));
    view.measure.indicators.slice(0, limits.maxIndicators).forEach((indicator, index) => {
      const value = values.indicatorValues?.[index];
      body.push({
        type: 'Input.Text',
        id: statusInputIds.indicator(index),
        label: clip(indicator, limits.indicator),
        maxLength: statusLimits.indicatorValueMaxLength,
        ...(value ? { value: value.slice(0, statusLimits.indicatorValueMaxLength) } : {}),
      });
    });
  }
  return body;
}

/** The button that submits the form, carrying the card's basis. */
export function submitAction(title: string, basis: StatusCardBasis): CardAction {
  return executeAction(title, verbs.statusSubmit, { ...basis }, { style: 'positive', associatedInputs: 'auto' });
}

/** A button that needs none of the inputs (history, lists…), so empty required fields do not block it. */
export function plainAction(title: string, verb: Verb, data: Record<string, unknown>): CardAction {
  return executeAction(title, verb, data, { associatedInputs: 'none' });
}

/**
 * The card's refresh: when the viewer opens the chat, Teams asks Tillit for
 * the current card (Universal Actions), sending `data` with the verb.
 * `userIds` lists who gets it; in a personal chat that is the owner.
 */
export function statusRefresh(data: Record<string, unknown>, teamsUserId: string | null): Record<string, unknown> {
  return {
    action: { type: 'Action.Execute', title: 'Refresh', verb: verbs.statusRefresh, data },
    ...(teamsUserId ? { userIds: [teamsUserId] } : {}),
  };
}

/** The standard secondary actions: history and the person's list. */
export function secondaryActions(tr: Translate, measureId: string): CardAction[] {
  return [plainAction(tr('status.action.history'), verbs.statusHistory, { measureId }), plainAction(tr('status.action.myMeasures'), verbs.myMeasures, { page: 0 })];
}
