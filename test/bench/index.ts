import type { Benchmark } from './bench-types.js';
import { reportChannelBenchmark } from './report-channel.bench.js';

/** Every benchmark `npm run bench` runs, in order. Features add theirs. */
export const benchmarks: Benchmark[] = [reportChannelBenchmark];
