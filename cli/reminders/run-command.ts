import pino from 'pino';
import { composeTillitWithSdk } from '../../app/create-app.js';
import { reminderCycle } from '../../app/reminder-worker.js';
import { loadConfig } from '../../src/config/load-config.js';
import { createLogger } from '../../src/logging/logger.js';
import { say, type CliIo } from '../cli-io.js';
import { withDatabase } from '../with-database.js';

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
  await withDatabase(io, async ({ db, dialect }) => {
    // The same services `tillit serve` runs with, from the composition root (without the HTTP server).
    const cycle = reminderCycle((await composeTillitWithSdk(config, { db, dialect }, { logger })).app);
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
  }, config);
}
