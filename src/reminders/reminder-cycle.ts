import type { Logger } from '../logging/logger.js';
import { ReminderDispatcher, type DispatcherDeps } from './dispatch-reminders.js';
import type { DispatchSummary } from './dispatch-summary.js';
import { nextDueAt } from './outbox-repository.js';
import { planReminders, type PlanRemindersResult } from './plan-reminders.js';

/** One planner run and one dispatcher drain, as the worker and `reminders run` do them. */
export interface CycleResult {
  planned: PlanRemindersResult;
  dispatched: DispatchSummary;
}

/**
 * Plans and sends reminders, over and over: each cycle plans (idempotent),
 * then sends what is due. Used by the worker in `tillit serve` and by
 * `tillit reminders run` (with `--once`: one cycle that waits for retries).
 */
export class ReminderCycle {
  readonly dispatcher: ReminderDispatcher;
  private stopped = false;
  private wakeUp: (() => void) | undefined;

  constructor(private readonly deps: DispatcherDeps & { logger: Logger }) {
    this.dispatcher = new ReminderDispatcher(deps);
  }

  /** One cycle; `waitMs` keeps draining while more rows come due that soon. */
  async runOnce(waitMs = 0): Promise<CycleResult> {
    const planned = await planReminders({ db: this.deps.db, clock: this.deps.clock, organisationZone: this.deps.settings.organisationZone });
    if (planned.invalidRules.length > 0) this.deps.logger.warn({ code: 'reminder_rules_invalid', plans: planned.invalidRules.length }, 'invalid reminder rules; defaults apply');
    const dispatched = await this.dispatcher.drain({ waitMs });
    return { planned, dispatched };
  }

  /** Cycles until stop(): every `intervalMs`, or sooner when a row comes due. Errors are logged and retried next cycle. */
  async runForever(intervalMs: number): Promise<void> {
    while (!this.stopped) {
      try {
        await this.runOnce();
      } catch (error) {
        this.deps.logger.error({ code: 'reminder_cycle_failed', errorName: error instanceof Error ? error.name : typeof error }, 'reminder cycle failed');
      }
      if (this.stopped) break;
      const next = await nextDueAt(this.deps.db).catch(() => undefined);
      const untilDue = next ? Date.parse(next) - this.deps.clock.now().getTime() : intervalMs;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.min(intervalMs, Math.max(1000, untilDue)));
        this.wakeUp = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    }
  }

  /** Ends the loop after the messages in flight; unsent claims go back to the outbox. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.wakeUp?.();
    await this.dispatcher.stop();
  }
}
