import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');

/** The shipped example files (verbatim copies of the seed documents and the format examples). */
export const exampleFiles = {
  norrtalje: 'examples/norrtalje-2024-2025/1-handlingsplan-2024-04-22.txt',
  norrtaljeDecision: 'examples/norrtalje-2024-2025/2-socialnamnden-beslut-97-med-bilaga.txt',
  oskarshamn: 'examples/oskarshamn-2026-2028/handlingsplan-2026-2028.txt',
  yaml: 'examples/formats/exempelplan.yaml',
  csv: 'examples/formats/exempelplan.csv',
  owners: 'examples/formats/ansvariga.csv',
} as const;

/** An example file's absolute path. */
export function examplePath(name: keyof typeof exampleFiles): string {
  return path.join(root, exampleFiles[name]);
}

/** An example file's bytes. */
export function exampleBytes(name: keyof typeof exampleFiles): Uint8Array {
  return new Uint8Array(fs.readFileSync(examplePath(name)));
}

/** An example file as text. */
export function exampleText(name: keyof typeof exampleFiles): string {
  return fs.readFileSync(examplePath(name), 'utf8');
}
