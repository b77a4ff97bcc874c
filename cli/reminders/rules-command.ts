import { formatDate } from '../../src/calendar/zoned-time.js';
import { loadConfig } from '../../src/config/load-config.js';
import { getPerson } from '../../src/directory/people-repository.js';
import { planRoleHolders } from '../../src/plans/plan-repository.js';
import { findPlanOrFail } from '../find-plan.js';
import { parseReminderRules } from '../../src/reminders/reminder-rules-schema.js';
import { defaultReminderRules, type ReminderRules } from '../../src/reminders/reminder-rules.js';
import { statusRounds } from '../../src/reminders/round-occurrences.js';
import { CliError } from '../cli-error.js';
import { say, type CliIo } from '../cli-io.js';
import { withDatabase } from '../with-database.js';

const weekdayNames = { sv: ['', 'måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag'], en: ['', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'] };

function lines(io: CliIo, rules: ReminderRules): Array<[keyof ReminderRules, string, string]> {
  const yesNo = (v: boolean) => say(io, v ? 'cli.reminders.rules.yes' : 'cli.reminders.rules.no');
  const off = say(io, 'cli.reminders.rules.off');
  const days = (d: number | null) => (d === null ? off : say(io, 'cli.reminders.rules.daysBeforeShort', { days: d }));
  return [
    ['atStart', say(io, 'cli.reminders.rules.atStart'), yesNo(rules.atStart)],
    ['daysBefore', say(io, 'cli.reminders.rules.daysBefore'), rules.daysBefore.length > 0 ? say(io, 'cli.reminders.rules.daysBeforeValue', { days: rules.daysBefore.join(', ') }) : off],
    ['onDeadline', say(io, 'cli.reminders.rules.onDeadline'), yesNo(rules.onDeadline)],
    ['overdue', say(io, 'cli.reminders.rules.overdue'), rules.overdue ? say(io, rules.overdue.everyWeeks === 1 ? 'cli.reminders.rules.overdueWeekly' : 'cli.reminders.rules.overdueValue', { weeks: rules.overdue.everyWeeks, weekday: weekdayNames[io.locale][rules.overdue.weekday]!, max: rules.overdue.maxWeeks }) : off],
    ['escalation', say(io, 'cli.reminders.rules.escalation'), rules.escalation ? say(io, 'cli.reminders.rules.escalationValue', { weeks: rules.escalation.afterWeeks }) : off],
    ['statusRounds', say(io, 'cli.reminders.rules.rounds'), rules.statusRounds ? say(io, 'cli.reminders.rules.roundsValue', { days: rules.statusRounds.daysBefore, nudge: days(rules.statusRounds.nudgeDaysBefore), summary: days(rules.statusRounds.summaryDaysBefore) }) : off],
    ['quietDaysAfterStatus', say(io, 'cli.reminders.rules.quiet'), say(io, 'cli.reminders.rules.quietValue', { days: rules.quietDaysAfterStatus })],
    ['snoozeDays', say(io, 'cli.reminders.rules.snooze'), say(io, 'cli.reminders.rules.quietValue', { days: rules.snoozeDays })],
    ['workingHours', say(io, 'cli.reminders.rules.workingHours'), say(io, 'cli.reminders.rules.workingHoursValue', rules.workingHours)],
  ];
}

/** `tillit reminders rules PLAN`: the effective rules, which are the plan's own, its rounds and its coordinators. */
export async function runRulesCommand(io: CliIo, planKey: string): Promise<void> {
  const config = loadConfig(io.env);
  await withDatabase(io, async ({ db }) => {
    const plan = await findPlanOrFail(io, db, planKey);
    const parsed = parseReminderRules(plan.reminderRules);
    const rules = parsed.ok ? parsed.rules : defaultReminderRules;
    const own = new Set(parsed.ok && plan.reminderRules ? Object.keys(plan.reminderRules) : []);
    io.out(say(io, 'cli.reminders.rules.title', { plan: plan.name, key: plan.key }));
    if (!parsed.ok) {
      io.out(`  ${say(io, 'cli.reminders.rules.invalid')}`);
      for (const p of parsed.problems) io.out(`    reminders.${p.path}: ${p.message}`);
    }
    const rows = lines(io, rules);
    const width = Math.max(...rows.map(([, label]) => label.length)) + 2;
    for (const [key, label, value] of rows) io.out(`  ${own.has(key) ? '*' : ' '} ${`${label}:`.padEnd(width)}${value}`);
    const rounds = statusRounds(plan.followUps, rules);
    const when = (d: string | null) => (d ? formatDate(d, io.locale) : say(io, 'cli.reminders.rules.off'));
    if (rules.statusRounds) {
      if (rounds.length === 0) io.out(`      ${say(io, 'cli.reminders.rules.noRounds')}`);
      for (const r of rounds) io.out(`      - ${say(io, 'cli.reminders.rules.roundLine', { followUp: r.followUpText, round: when(r.roundDate), nudge: when(r.nudgeDate), summary: when(r.summaryDate) })}`);
    }
    const coordinators = await Promise.all((await planRoleHolders(db, plan.id, 'coordinator')).map((id) => getPerson(db, id)));
    const names = coordinators.map((p) => p?.displayName ?? p?.email ?? '–');
    io.out(`    ${`${say(io, 'cli.reminders.rules.coordinators')}:`.padEnd(width)}${names.length > 0 ? names.join(', ') : say(io, 'cli.reminders.rules.noCoordinators')}`);
    if (own.size > 0) io.out(`  ${say(io, 'cli.reminders.rules.overrideNote')}`);
  }, config);
}
