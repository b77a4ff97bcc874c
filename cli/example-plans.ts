import fs from 'node:fs';
import path from 'node:path';

/** The repository (or installed package) root: the folder above this file with examples/ in it. */
export function packageRoot(): string {
  let dir = import.meta.dirname;
  for (let i = 0; i < 5; i++) {
    if (fs.existsSync(path.join(dir, 'examples')) && fs.existsSync(path.join(dir, 'package.json'))) return dir;
    dir = path.dirname(dir);
  }
  throw new Error('examples/ not found');
}

/** One example file to import, in order, with the key its plan gets. */
export interface ExamplePlanFile {
  file: string;
  key: string;
}

/**
 * The seed plans as Tillit imports them, exactly as the municipalities
 * wrote them: Norrtälje 2024–2025 (the plan, then the committee decision
 * with its revised Bilaga 1, which becomes revision 2 with three moved
 * deadlines) and Oskarshamn 2026–2028 (32 measures).
 */
export const examplePlanFiles: readonly ExamplePlanFile[] = [
  { file: 'examples/norrtalje-2024-2025/1-handlingsplan-2024-04-22.txt', key: 'norrtalje-2024-2025' },
  { file: 'examples/norrtalje-2024-2025/2-socialnamnden-beslut-97-med-bilaga.txt', key: 'norrtalje-2024-2025' },
  { file: 'examples/oskarshamn-2026-2028/handlingsplan-2026-2028.txt', key: 'oskarshamn-2026-2028' },
];
