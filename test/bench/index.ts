import type { Benchmark } from './bench-types.js';
import { reminderFanOut } from './reminder-fanout.bench.js';

/** Every benchmark `npm run bench` runs, in order. Features add theirs. */
export const benchmarks: Benchmark[] = [reminderFanOut];
