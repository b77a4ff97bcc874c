import pino from 'pino';
import { createBotRuntime } from '../../bot/bot-runtime.js';
import { statusReminderRenderer } from '../../bot/reminder-status-renderer.js';
import { loadConfig } from '../../src/config/load-config.js';
import { createLogger } from '../../src/logging/logger.js';
import { systemClock } from '../../src/ports/clock.js';
import { RunningClock } from '../../src/ports/running-clock.js';
import { dispatcherSettingsFrom } from '../../src/reminders/dispatcher-settings.js';
import { ReminderCycle } from '../../src/reminders/reminder-cycle.js';
import { say, type CliIo } from '../cli-io.js';
import { withDatabase } from './with-database.js';

/** How long `--once` keeps going for rows that come due soon (a 429's Retry-After, a crashed process's lease). */
const onceWaitMs = 30_000;

/**
 * `tillit reminders run [--once]`: plans and sends due reminders without the
 * HTTP server — once for cron, or until SIGINT/SIGTERM. Logs (JSON) go to
 * stderr; the summary line to stdout.
 */
export async function runRemindersCommand(io: CliIo, options: { once: boolean }): Promise<void> {
  const config = loadConfig(io.env);
  const logger = createLogger(config.logLevel, pino.destination(2));
  if (config.testClockStart) io.err(say(io, 'cli.testClock', { at: config.testClockStart.toISOString() }));
  await withDatabase(io, config, async ({ db, dialect }) => {
    const runtime = await createBotRuntime(config);
    const clock = config.testClockStart ? new RunningClock(config.testClockStart) : systemClock;
    const cycle = new ReminderCycle({
      db,
      dialect,
      clock,
      messenger: runtime.createMessenger(db),
      renderer: statusReminderRenderer({ db, clock, config, logger }),
      logger,
      settings: dispatcherSettingsFrom(config),
    });
    const stop = () => {
      io.err(say(io, 'cli.reminders.run.stopping'));
      void cycle.stop();
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    try {
      if (!options.once) {
        await cycle.runForever(config.reminders.intervalSeconds * 1000);
        return;
      }
      const { planned, dispatched: d } = await cycle.runOnce(onceWaitMs);
      if (planned.invalidRules.length > 0) io.err(say(io, 'cli.reminders.run.invalidRules', { plans: planned.invalidRules.join(', ') }));
      io.out(
        say(io, 'cli.reminders.run.summary', {
          planned: planned.inserted,
          messages: d.messages,
          sent: d.sentRows,
          skipped: d.skippedRows,
          deferred: d.deferredRows,
          unreachable: d.unreachableRows,
          retried: d.retriedRows,
          failed: d.failedRows,
        }),
      );
    } finally {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
    }
  });
}
