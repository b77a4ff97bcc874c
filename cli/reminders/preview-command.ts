import { loadConfig } from '../../src/config/load-config.js';
import { systemClock } from '../../src/ports/clock.js';
import { RunningClock } from '../../src/ports/running-clock.js';
import { previewReminders, type PreviewMessage } from '../../src/reminders/preview-reminders.js';
import type { Locale } from '../../src/i18n/locale.js';
import { CliError } from '../cli-error.js';
import { findPlanOrFail } from '../find-plan.js';
import { say, type CliIo } from '../cli-io.js';
import { withDatabase } from '../with-database.js';

/** "mån 30 nov. 2026 08:30" in the recipient's zone. */
export function previewTime(at: Date, zone: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === 'sv' ? 'sv-SE' : 'en-GB', { timeZone: zone, weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' }).format(at);
}

function ruleLabel(io: CliIo, item: PreviewMessage['items'][number]): string {
  const p = item.payload ?? {};
  switch (item.rule) {
    case 'before':
      return say(io, 'cli.reminders.rule.before', { days: Number(p.daysBefore ?? 0) });
    case 'overdue':
      return say(io, 'cli.reminders.rule.overdue', { weeks: Number(p.weeksOverdue ?? 1) });
    case 'escalation':
      return say(io, 'cli.reminders.rule.escalation', { weeks: Number(p.weeksOverdue ?? 1) });
    default:
      return say(io, `cli.reminders.rule.${item.rule}` as const);
  }
}

/** "har inte Tillit installerat i Teams": the reason in words, never its code. */
function unreachableReason(io: CliIo, reason: NonNullable<PreviewMessage['unreachable']>): string {
  return say(io, `reminders.unreachable.${reason}`);
}

/** `tillit reminders preview [--days 60] [--plan KEY]`: what would be sent to whom and when, without sending. */
export async function runPreviewCommand(io: CliIo, options: { days: string; plan?: string }): Promise<void> {
  const days = Number(options.days);
  if (!Number.isInteger(days) || days < 1 || days > 366) throw new CliError(say(io, 'cli.reminders.badDays', { value: options.days }), 2);
  const config = loadConfig(io.env);
  await withDatabase(io, async ({ db }) => {
    const clock = config.testClockStart ? new RunningClock(config.testClockStart) : systemClock;
    // A plan that is not there is said so, not previewed as "nothing to send".
    const plan = options.plan ? await findPlanOrFail(io, db, options.plan.trim()) : undefined;
    const messages = await previewReminders({ db, clock, organisationZone: config.timeZone }, { days, ...(plan ? { planKey: plan.key } : {}) });
    if (messages.length === 0) {
      io.out(say(io, 'cli.reminders.preview.none', { days }));
      return;
    }
    io.out(say(io, 'cli.reminders.preview.title', { days }));
    for (const m of messages) {
      const who = m.unreachable ? `${m.recipientName} – ${say(io, 'cli.reminders.preview.unreachable', { reason: unreachableReason(io, m.unreachable) })}` : m.recipientName;
      io.out('');
      io.out(`${previewTime(m.at, m.zone, io.locale)}  ${who}  (${say(io, m.audience === 'owner' ? 'cli.reminders.preview.owner' : 'cli.reminders.preview.coordinator')}, ${m.planName})`);
      for (const item of m.items) io.out(`    ${item.code ? `${item.code} ` : ''}${item.title} – ${ruleLabel(io, item)}`);
    }
    io.out('');
    io.out(say(io, 'cli.reminders.preview.total', { messages: messages.length, people: new Set(messages.map((m) => m.recipientName)).size }));
  }, config);
}
