import type { Benchmark } from './bench-types.js';
import { overviewBenchmark } from './overview-bench.js';
import { planImportBench } from './plan-import.bench.js';
import { reportChannelBenchmark } from './report-channel.bench.js';
import { reportBenchmark } from './report-bench.js';
import { statusSubmitBenchmark } from './status-submit.bench.js';

/** Every benchmark `npm run bench` runs, in order. Features add theirs. */
export const benchmarks: Benchmark[] = [planImportBench, statusSubmitBenchmark, reportChannelBenchmark, overviewBenchmark, reportBenchmark];
