import type { AppServices } from './app-services.js';

/**
 * Beats every TILLIT_WRITE_CADENCE_SECONDS on the wall clock, whatever
 * happens. `stop` beats once more, so nothing queued is left unwritten.
 */
export function startWriteCadence(app: Pick<AppServices, 'writes' | 'config' | 'logger'>): { stop(): Promise<void> } {
  const cadence = app.writes;
  const beat = () =>
    cadence.beat().catch((error: unknown) => {
      app.logger.error({ code: 'write_beat_failed', errorName: error instanceof Error ? error.name : typeof error }, 'write cadence beat failed');
    });
  const timer = setInterval(() => void beat(), app.config.reports.writeCadenceMs);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await beat();
    },
  };
}
