import os from 'node:os';
import { randomBytes } from 'node:crypto';
import { t } from '../src/i18n/catalogue.js';
import { DbBatchClaims, type BatchClaims } from '../src/reports/notifications/batch-claims.js';
import { latestBatchSlot, nextBatchSlot } from '../src/reports/notifications/batch-slots.js';
import { deliverNamedMessages } from '../src/reports/notifications/deliver-named-messages.js';
import type { NotificationDeps } from '../src/reports/notifications/notification-deps.js';
import { releaseNewActivity } from '../src/reports/notifications/release-new-activity.js';
import { sendDeadlineReminders } from '../src/reports/notifications/send-deadline-reminders.js';
import { tidyReportStorage } from '../src/reports/storage-hygiene.js';
import type { AppServices } from './app-services.js';
import type { Worker } from './create-app.js';
import { cardReportRenderer } from '../bot/report-renderer.js';

/** The report worker, with `tick()` exposed so tests can drive it with a fixed clock. */
export interface ReportWorker extends Worker {
  tick(): Promise<void>;
}

function notificationDeps(app: AppServices): NotificationDeps {
  const services = app.reports();
  return {
    ...services.deps,
    messenger: app.messenger,
    render: cardReportRenderer,
    locale: app.config.locale,
    followTeamsLocale: app.config.followTeamsLocale,
    caseViewUrl: services.caseViewUrl,
  };
}

/**
 * Runs the report channel's timed work. Every tick (a minute): handlers'
 * messages to named reporters go out, and the proof of work's old minutes
 * are forgotten. At each fixed batch time (woken right
 * after it) (TILLIT_REPORT_NOTIFY_TIMES;
 * also once after start, to catch up), in the one process that claims the
 * slot in the database (batch_claims: several may serve): new reports and answers are released
 * to the handlers with a content-free notification, deadline reminders and
 * escalations go out, expired closed cases are purged, and the anonymous
 * routes' request counts are logged. Logs hold counts only. With
 * TILLIT_REPORT_RELEASE=immediate (local trials) every tick also releases.
 */
export function createReportWorker(options: { tickMs?: number; firstTickMs?: number; slotTimer?: boolean; claims?: BatchClaims } = {}): ReportWorker {
  let app: AppServices | undefined;
  let claims: BatchClaims | undefined;
  let timer: NodeJS.Timeout | undefined;
  let slotTimer: NodeJS.Timeout | undefined;
  let lastSlot: number | undefined;
  let running: Promise<void> | undefined;

  const batch = async (a: AppServices) => {
    const deps = notificationDeps(a);
    const released = await releaseNewActivity(deps);
    const reminders = await sendDeadlineReminders(deps);
    if (released.reports + released.answers + reminders.purged > 0) await tidyReportStorage(a.db, a.dialect);
    a.logger.info(
      {
        code: 'report_batch',
        released: released.reports,
        answers: released.answers,
        reminders: reminders.reminders,
        purged: reminders.purged,
        sent: released.sent + reminders.sent,
        failed: released.failed + reminders.failed,
        unreachable: released.unreachable + reminders.unreachable,
      },
      'report batch',
    );
    if (released.unreachable + reminders.unreachable > 0 && a.config.reports.handlerIds.length > 0) {
      a.logger.warn({ code: 'report_handlers_unreachable', count: released.unreachable + reminders.unreachable }, t(a.config.locale, 'cases.unreachable', { count: released.unreachable + reminders.unreachable }));
    }
  };

  // Local trials only (refused with Teams credentials): what arrived is released within a minute.
  const releaseNow = async (a: AppServices) => {
    const released = await releaseNewActivity(notificationDeps(a));
    if (released.reports + released.answers === 0) return;
    a.logger.info({ code: 'report_release_local', released: released.reports, answers: released.answers, sent: released.sent, failed: released.failed }, 'report release (local mode)');
  };

  const run = async () => {
    const a = app;
    if (!a) return;
    try {
      const named = await deliverNamedMessages(notificationDeps(a));
      if (named.sent + named.failed > 0) a.logger.info({ code: 'report_named_delivery', ...named }, 'named report messages');
      await a.reports().pow.forgetOld();
      const slot = latestBatchSlot(a.clock.now(), a.config.reports.notifyTimes, a.config.timeZone).getTime();
      if (lastSlot === undefined || slot > lastSlot) {
        lastSlot = slot;
        // Each process logs its own request counts; the batch itself runs in the one process that claims the slot.
        a.reports().requestLog.flush(a.logger);
        if (await (claims ??= new DbBatchClaims(a.db, `${os.hostname()}/${process.pid}/${randomBytes(4).toString('hex')}`)).claim('report_batch', new Date(slot))) await batch(a);
      } else if (a.config.reports.release === 'immediate') {
        await releaseNow(a);
      }
    } catch (error) {
      a.logger.error({ code: 'report_worker_failed', errorName: error instanceof Error ? error.name : typeof error }, 'report worker failed');
    }
  };

  const tick = async () => {
    // Never two rounds at once: a slow send must not let the next tick release twice.
    running ??= run().finally(() => (running = undefined));
    await running;
  };

  // Wake at the next batch time (a second after it), and every tick in between for named deliveries.
  const scheduleSlot = () => {
    const a = app;
    if (!a) return;
    const now = a.clock.now();
    const wait = nextBatchSlot(now, a.config.reports.notifyTimes, a.config.timeZone).getTime() - now.getTime() + 1000;
    slotTimer = setTimeout(() => {
      void tick().finally(scheduleSlot);
    }, Math.min(Math.max(wait, 1000), 6 * 3600 * 1000));
    slotTimer.unref();
  };

  return {
    name: 'reports',
    tick,
    start(services) {
      app = services;
      claims = options.claims;
      services.reports();
      const first = setTimeout(() => void tick(), options.firstTickMs ?? 5000);
      first.unref();
      // A minute; in a local trial (release 'immediate') as often as TILLIT_REPORT_LOCAL_RELEASE_SECONDS says.
      const tickMs = options.tickMs ?? (services.config.reports.release === 'immediate' ? services.config.reports.localReleaseSeconds * 1000 : 60_000);
      timer = setInterval(() => void tick(), tickMs);
      timer.unref();
      if (options.slotTimer !== false) scheduleSlot();
    },
    async stop() {
      if (timer) clearInterval(timer);
      if (slotTimer) clearTimeout(slotTimer);
      timer = undefined;
      slotTimer = undefined;
      await running;
      app = undefined;
    },
  };
}
