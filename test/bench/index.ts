import type { Benchmark } from './bench-types.js';
import { overviewBenchmark } from './overview-bench.js';
import { planDocumentImportBenchmark } from './plan-document-import.bench.js';
import { planImportBench } from './plan-import.bench.js';
import { reminderFanOut } from './reminder-fanout.bench.js';
import { reportChannelBenchmark } from './report-channel.bench.js';
import { reportBenchmark } from './report-bench.js';
import { standaloneDispatcherBenchmark } from './standalone-dispatcher.bench.js';
import { startupBenchmark } from './startup.bench.js';
import { statusSubmitBenchmark } from './status-submit.bench.js';

/** Every benchmark `npm run bench` runs, in order. Features add theirs. */
export const benchmarks: Benchmark[] = [planImportBench, planDocumentImportBenchmark, statusSubmitBenchmark, reminderFanOut, standaloneDispatcherBenchmark, reportChannelBenchmark, overviewBenchmark, reportBenchmark, startupBenchmark];
