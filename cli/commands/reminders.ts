import type { Command } from 'commander';
import { say, type CliIo } from '../cli-io.js';
import { runPreviewCommand } from '../reminders/preview-command.js';
import { runRulesCommand } from '../reminders/rules-command.js';
import { runRemindersCommand } from '../reminders/run-command.js';
import { runStatusCommand } from '../reminders/status-command.js';

/** `tillit reminders rules|run|preview|status`. */
export function registerReminders(program: Command, io: CliIo): void {
  const reminders = program.command('reminders').description(say(io, 'cli.reminders.description'));
  reminders
    .command('rules')
    .description(say(io, 'cli.reminders.rules.description'))
    .argument('<plan>', say(io, 'cli.reminders.rules.plan'))
    .action(async (plan: string) => runRulesCommand(io, plan));
  reminders
    .command('run')
    .description(say(io, 'cli.reminders.run.description'))
    .option('--once', say(io, 'cli.reminders.run.once'))
    .action(async (opts: { once?: boolean }) => runRemindersCommand(io, { once: opts.once === true }));
  reminders
    .command('preview')
    .description(say(io, 'cli.reminders.preview.description'))
    .option('--days <n>', say(io, 'cli.reminders.preview.days'))
    .option('--plan <plan>', say(io, 'cli.reminders.preview.plan'))
    .action(async (opts: { days?: string; plan?: string }) => runPreviewCommand(io, { days: opts.days ?? '60', plan: opts.plan }));
  reminders
    .command('status')
    .description(say(io, 'cli.reminders.status.description'))
    .action(async () => runStatusCommand(io));
}
