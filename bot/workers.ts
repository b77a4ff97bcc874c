import type { Worker } from './create-app.js';
import { reminderWorker } from './reminder-worker.js';

/** Background jobs that run inside `tillit serve`. Features add theirs. */
export const workers: readonly Worker[] = [reminderWorker()];
