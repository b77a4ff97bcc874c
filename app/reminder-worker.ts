import { dispatcherSettingsFrom } from '../src/reminders/dispatcher-settings.js';
import { ReminderCycle } from '../src/reminders/reminder-cycle.js';
import type { AppServices } from './app-services.js';
import type { Worker } from './create-app.js';
import { statusReminderRenderer } from '../bot/reminder-status-renderer.js';

/** The reminder planner and dispatcher of one composed Tillit (the worker's, and `tillit reminders run`'s). */
export function reminderCycle(app: AppServices): ReminderCycle {
  return new ReminderCycle({
    db: app.db,
    dialect: app.dialect,
    clock: app.clock,
    messenger: app.messenger,
    renderer: statusReminderRenderer(app),
    logger: app.logger,
    settings: dispatcherSettingsFrom(app.config),
  });
}

/**
 * The reminder planner and dispatcher inside `tillit serve`: a cycle every
 * TILLIT_REMINDER_INTERVAL_SECONDS (sooner when a row comes due). Off with
 * TILLIT_REMINDERS=off, e.g. when cron runs `tillit reminders run --once`.
 * A reminder about one measure carries the status form itself.
 */
export function reminderWorker(): Worker {
  let cycle: ReminderCycle | undefined;
  let loop: Promise<void> | undefined;
  return {
    name: 'reminders',
    start(app: AppServices) {
      if (!app.config.reminders.enabled) return;
      cycle = reminderCycle(app);
      loop = cycle.runForever(app.config.reminders.intervalSeconds * 1000);
    },
    async stop() {
      await cycle?.stop();
      await loop;
    },
  };
}
