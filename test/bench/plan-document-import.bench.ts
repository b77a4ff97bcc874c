import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { planDocumentPath } from '../helpers/plan-documents.js';
import { ms, percentile, type Benchmark } from './bench-types.js';

const runs = 7;
const root = path.resolve(import.meta.dirname, '../..');

/**
 * Reads one document `runs` times in a fresh Node process on the built code
 * (dist/, as `tillit plan import` runs it), so its peak RSS is this
 * document's alone; the first read (loading pdf.js) is reported apart.
 */
const child = `
const fs = await import('node:fs');
const { readPlanSource } = await import(process.env.SOURCE);
const { ProblemCollector } = await import(process.env.PROBLEMS);
const bytes = new Uint8Array(fs.readFileSync(process.env.FILE));
const times = [];
let measures = 0;
for (let i = 0; i <= Number(process.env.RUNS); i++) {
  const problems = new ProblemCollector();
  const started = performance.now();
  const { parsed } = await readPlanSource({ fileName: process.env.FILE, bytes }, problems);
  times.push(performance.now() - started);
  if (problems.errors.length > 0 || !parsed) throw new Error(problems.errors.map((e) => e.key).join(', '));
  measures = parsed.measures.length;
}
console.log(JSON.stringify({ times, measures, bytes: bytes.length, rss: process.resourceUsage().maxRSS / 1024 }));
`;

function measure(file: string, format: 'docx' | 'pdf', pages: string): Record<string, string | number> {
  const dist = (p: string) => pathToFileURL(path.join(root, 'dist/src/plans/import', p)).href;
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', child], {
    env: { ...process.env, SOURCE: dist('read-plan-source.js'), PROBLEMS: dist('import-problem.js'), FILE: planDocumentPath(file), RUNS: String(runs) },
    encoding: 'utf8',
  });
  const result = JSON.parse(out) as { times: number[]; measures: number; bytes: number; rss: number };
  const [first, ...rest] = result.times;
  return {
    file,
    format,
    pages,
    'size KiB': Math.round(result.bytes / 1024),
    measures: result.measures,
    'first read ms': ms(first!),
    'read+check p50 ms': ms(percentile(rest, 50)),
    'max ms': ms(Math.max(...rest)),
    'peak RSS MiB': Math.round(result.rss * 10) / 10,
  };
}

export const planDocumentImportBenchmark: Benchmark = {
  name: 'plan-document-import',
  description:
    'Reading and checking a decided plan document (all the import does before the database), each in its own Node process on dist/: a 300-measure DOCX and a 40-page PDF (720 measures) from test/fixtures/plan-documents; 7 runs after the first. Goal: DOCX < 300 ms, PDF < 1.5 s, RSS < 250 MiB.',
  async run() {
    return [measure('bench-300-atgarder.docx', 'docx', '–'), measure('bench-40-sidor.pdf', 'pdf', '40')];
  },
};
