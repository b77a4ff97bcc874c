import { hasMessage } from '../../src/i18n/catalogue.js';
import type { ImportProblem } from '../../src/plans/import/import-problem.js';
import { say, type CliIo } from '../cli-io.js';

/** How many problems are listed before "… and N more". */
const shown = 30;

function placeKey(problem: ImportProblem) {
  if (problem.sheet) return 'plans.location.sheetRow' as const;
  if (problem.table) return 'plans.location.tableRow' as const;
  if (problem.page) return 'plans.location.pageRow' as const;
  return 'plans.location.line' as const;
}

/** One problem on one line: "plan.csv, rad 3, kolumn "Klar senast": what is wrong". */
export function problemLine(io: CliIo, file: string, problem: ImportProblem): string {
  const where = [file];
  if (problem.line !== undefined) where.push(say(io, placeKey(problem), { line: problem.line, sheet: problem.sheet ?? '', table: problem.table ?? 0, page: problem.page ?? 0 }));
  if (problem.field) where.push(say(io, /[.[]|^--/.test(problem.field) ? 'plans.location.field' : 'plans.location.column', { field: problem.field }));
  const message = hasMessage(problem.key) ? say(io, problem.key, problem.vars) : problem.key;
  return `${where.join(', ')}: ${message}`;
}

/** The lines for a list of problems, the long tail summarised. */
export function problemLines(io: CliIo, file: string, problems: readonly ImportProblem[], kind: 'errors' | 'warnings' = 'errors'): string[] {
  const lines = problems.slice(0, shown).map((p) => problemLine(io, file, p));
  if (problems.length > shown) lines.push(say(io, kind === 'errors' ? 'plans.cli.moreProblems' : 'plans.cli.moreWarnings', { count: problems.length - shown }));
  return lines;
}
