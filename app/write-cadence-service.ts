import { WriteCadence } from '../src/storage/write-cadence.js';
import type { AppServices } from './app-services.js';

const cadences = new WeakMap<AppServices, WriteCadence>();

/** The write cadence of one running Tillit (the report routes queue the reporter's writes on it). */
export function writeCadence(app: AppServices): WriteCadence {
  let cadence = cadences.get(app);
  if (!cadence) {
    cadence = new WriteCadence(app.db, app.dialect);
    cadences.set(app, cadence);
  }
  return cadence;
}

/**
 * Beats every TILLIT_WRITE_CADENCE_SECONDS on the wall clock, whatever
 * happens. `stop` beats once more, so nothing queued is left unwritten.
 */
export function startWriteCadence(app: AppServices): { stop(): Promise<void> } {
  const cadence = writeCadence(app);
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
