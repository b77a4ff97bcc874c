import { formatDate } from '../src/calendar/zoned-time.js';
import { translator, type Translate } from '../src/i18n/catalogue.js';
import type { Locale } from '../src/i18n/locale.js';
import type { CoordinatorDigestView, MeasureRef } from '../src/reminders/reminder-views.js';
import { adaptiveCard, heading, textBlock, type AdaptiveCard, type CardElement } from './adaptive-card.js';
import { deadlineLabel, latestStatusText, shorten } from './reminder-formatting.js';

/** Lists are cut here (with "… och N till") so the card stays far below Teams' 28 KB. */
const maxListed = 25;

function section(title: string): CardElement {
  return textBlock(title, { weight: 'Bolder', size: 'Medium', spacing: 'Large', separator: true });
}

function capped<T>(items: readonly T[], render: (item: T) => CardElement, tr: Translate): CardElement[] {
  const shown = items.slice(0, maxListed).map(render);
  return items.length > maxListed ? [...shown, textBlock(tr('reminders.digest.more', { count: items.length - maxListed }), { isSubtle: true })] : shown;
}

const refText = (m: MeasureRef) => `**${m.code}** ${shorten(m.title, 120)}`;

/**
 * The coordinator's digest, in one message however many plans they
 * coordinate: per plan, measures overdue past the escalation point (owners
 * who cannot be reached marked "når inte mottagaren"), unreachable owners,
 * deadlines that could not be read, measures without an owner, each status
 * round's answer rate, and — once — that the plan has ended.
 */
export function coordinatorDigestCard(views: CoordinatorDigestView | readonly CoordinatorDigestView[], locale: Locale): AdaptiveCard {
  const tr = translator(locale);
  const list: readonly CoordinatorDigestView[] = Array.isArray(views) ? views : [views as CoordinatorDigestView];
  if (list.length === 1) {
    const title = tr('reminders.digest.title', { plan: shorten(list[0]!.planName, 100) });
    return adaptiveCard([heading(title, { size: 'Medium' }), ...planBody(list[0]!, tr, locale)], [], { fallbackText: title });
  }
  const title = tr('reminders.digest.titleMany', { count: list.length });
  const body: CardElement[] = [heading(title, { size: 'Medium' })];
  for (const view of list) body.push(heading(shorten(view.planName, 100), { size: 'Medium' }), ...planBody(view, tr, locale));
  return adaptiveCard(body, [], { fallbackText: title });
}

function planBody(view: CoordinatorDigestView, tr: Translate, locale: Locale): CardElement[] {
  const body: CardElement[] = [];
  if (view.ended) {
    body.push(textBlock(tr('reminders.digest.ended', { date: formatDate(view.ended.validTo, locale) }), { weight: 'Bolder', spacing: 'Small' }));
    return body;
  }
  body.push(textBlock(tr('reminders.digest.intro'), { isSubtle: true, spacing: 'Small' }));

  for (const round of view.rounds) {
    const percent = round.asked === 0 ? 100 : Math.round((round.answered / round.asked) * 100);
    body.push(section(tr('reminders.digest.round', { followUp: round.followUpText })));
    body.push(textBlock(tr('reminders.digest.roundRate', { answered: round.answered, asked: round.asked, percent }), { weight: 'Bolder', color: percent >= 100 ? 'Good' : 'Default' }));
    if (round.missing.length === 0) body.push(textBlock(tr('reminders.digest.roundComplete')));
    else {
      body.push(textBlock(tr('reminders.digest.roundMissing'), { spacing: 'Small' }));
      body.push(...capped(round.missing, (m) => textBlock(refText(m), { spacing: 'None' }), tr));
    }
  }
  if (view.overdue.length > 0) {
    body.push(section(tr('reminders.digest.overdue', { count: view.overdue.length })));
    body.push(
      ...capped(
        view.overdue,
        (m) => {
          const owners = m.owners.map((o) => (o.reachable ? o.name : tr('reminders.digest.ownerUnreachable', { name: o.name })));
          const status = m.forecastDate
            ? tr('reminders.digest.statusForecast', { status: latestStatusText(m.latestStatus, tr), date: formatDate(m.forecastDate, locale) })
            : tr('reminders.digest.statusLine', { status: latestStatusText(m.latestStatus, tr) });
          return {
            type: 'Container',
            spacing: 'Medium',
            items: [
              textBlock(refText(m)),
              textBlock(tr('reminders.digest.overdueLine', { deadline: deadlineLabel(m.deadlineText, m.dueDate, locale, tr), weeks: m.weeksOverdue }), { color: 'Attention', spacing: 'None' }),
              textBlock(owners.length > 0 ? tr('reminders.digest.owners', { owners: owners.join(', ') }) : tr('reminders.digest.noOwners'), { spacing: 'None', isSubtle: true }),
              textBlock(status, { spacing: 'None', isSubtle: true }),
            ],
          };
        },
        tr,
      ),
    );
  }
  if (view.unreachable.length > 0) {
    body.push(section(tr('reminders.digest.unreachable', { count: view.unreachable.length })));
    body.push(
      ...capped(
        view.unreachable,
        (u) => {
          const reason = ['not_installed', 'blocked', 'uninstalled', 'conversation_gone'].includes(u.reason) ? u.reason : 'not_installed';
          return textBlock(
            tr('reminders.digest.unreachableLine', {
              name: u.name,
              reason: tr(`reminders.unreachable.${reason as 'not_installed'}`),
              measures: u.measures.map((m) => m.code).join(', '),
            }),
          );
        },
        tr,
      ),
    );
  }
  if (view.unknownDeadlines.length > 0) {
    body.push(section(tr('reminders.digest.unknown', { count: view.unknownDeadlines.length })));
    body.push(...capped(view.unknownDeadlines, (m) => textBlock(tr('reminders.digest.unknownLine', { code: m.code, title: shorten(m.title, 120), text: shorten(m.deadlineText, 120) })), tr));
  }
  if (view.withoutOwner.length > 0) {
    body.push(section(tr('reminders.digest.noOwner', { count: view.withoutOwner.length })));
    body.push(...capped(view.withoutOwner, (m) => textBlock(tr('reminders.digest.noOwnerLine', { code: m.code, title: shorten(m.title, 120), text: shorten(m.responsibleText, 120) })), tr));
  }
  return body;
}
