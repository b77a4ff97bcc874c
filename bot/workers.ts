import type { Worker } from './create-app.js';

/** Background jobs that run inside `tillit serve`. Features add theirs. */
export const workers: readonly Worker[] = [];
