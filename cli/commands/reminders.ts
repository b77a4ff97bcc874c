import type { Command } from 'commander';
import { say, type CliIo } from '../cli-io.js';

/** `tillit reminders rules|run|preview|status`; each loads its implementation when it runs. */
export function registerReminders(program: Command, io: CliIo): void {
  const reminders = program.command('reminders').description(say(io, 'cli.reminders.description'));
  reminders
    .command('rules')
    .description(say(io, 'cli.reminders.rules.description'))
    .argument('<plan>', say(io, 'cli.reminders.rules.plan'))
    .action(async (plan: string) => (await import('../reminders/rules-command.js')).runRulesCommand(io, plan));
  reminders
    .command('run')
    .description(say(io, 'cli.reminders.run.description'))
    .option('--once', say(io, 'cli.reminders.run.once'))
    // The dispatcher talks to Teams (botbuilder): loaded only for `run`.
    .action(async (opts: { once?: boolean }) => (await import('../reminders/run-command.js')).runRemindersCommand(io, { once: opts.once === true }));
  reminders
    .command('preview')
    .description(say(io, 'cli.reminders.preview.description'))
    .option('--days <n>', say(io, 'cli.reminders.preview.days'))
    .option('--plan <plan>', say(io, 'cli.reminders.preview.plan'))
    .action(async (opts: { days?: string; plan?: string }) => (await import('../reminders/preview-command.js')).runPreviewCommand(io, { days: opts.days ?? '60', plan: opts.plan }));
  reminders
    .command('status')
    .description(say(io, 'cli.reminders.status.description'))
    .action(async () => (await import('../reminders/status-command.js')).runStatusCommand(io));
}
