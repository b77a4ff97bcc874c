import { performance } from 'node:perf_hooks';
import { ProblemCollector } from '../../src/plans/import/import-problem.js';
import { readPlanSource } from '../../src/plans/import/read-plan-source.js';
import { planDocumentBytes } from '../helpers/plan-documents.js';
import { ms, peakRssMiB, percentile, type Benchmark } from './bench-types.js';

const runs = 7;

async function measure(file: string, format: 'docx' | 'pdf', pages: string): Promise<Record<string, string | number>> {
  const bytes = planDocumentBytes(file);
  const times: number[] = [];
  let measures = 0;
  // One warm-up read loads pdf.js and its worker code, as a running server has.
  await readPlanSource({ fileName: file, bytes }, new ProblemCollector());
  for (let i = 0; i < runs; i++) {
    const problems = new ProblemCollector();
    const started = performance.now();
    const { parsed } = await readPlanSource({ fileName: file, bytes }, problems);
    times.push(performance.now() - started);
    if (problems.errors.length > 0 || !parsed) throw new Error(`${file} did not read: ${problems.errors.map((e) => e.key).join(', ')}`);
    measures = parsed.measures.length;
  }
  return {
    file,
    format,
    pages,
    'size KiB': Math.round(bytes.length / 1024),
    measures,
    'read+check p50 ms': ms(percentile(times, 50)),
    'max ms': ms(Math.max(...times)),
    'peak RSS MiB (process so far)': peakRssMiB(),
  };
}

export const planDocumentImportBenchmark: Benchmark = {
  name: 'plan-document-import',
  description:
    'Reading and checking a decided plan document (everything the import does before the database): a 300-measure DOCX and a 40-page PDF (720 measures) from test/fixtures/plan-documents; 7 runs after one warm-up. Goal: DOCX < 300 ms, PDF < 1.5 s, RSS < 250 MiB.',
  async run() {
    return [await measure('bench-300-atgarder.docx', 'docx', '–'), await measure('bench-40-sidor.pdf', 'pdf', '40')];
  },
};
