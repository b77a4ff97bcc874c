import { benchmarks } from './index.js';

/**
 * `npm run bench [name…]`: runs the benchmarks (all, or those whose name
 * contains one of the arguments) and prints one table each.
 */
const filters = process.argv.slice(2);
const selected = benchmarks.filter((b) => filters.length === 0 || filters.some((f) => b.name.includes(f)));
console.log(`Tillit benchmarks — node ${process.version}, ${new Date().toISOString()}`);
for (const bench of selected) {
  console.log(`\n## ${bench.name}\n${bench.description}`);
  const started = Date.now();
  const rows = await bench.run();
  console.table(rows);
  console.log(`(${((Date.now() - started) / 1000).toFixed(1)} s)`);
}
process.exit(0);
