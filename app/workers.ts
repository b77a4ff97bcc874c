import type { Worker } from './create-app.js';
import { reminderWorker } from './reminder-worker.js';
import { createReportWorker } from './report-worker.js';

/** Background jobs that run inside `tillit serve`. Features add theirs. */
export const workers: readonly Worker[] = [reminderWorker(), createReportWorker()];
