import type { ImportProblem } from '../../src/plans/import/import-problem.js';
import { importProblemText } from '../../src/plans/import/problem-text.js';
import { say, type CliIo } from '../cli-io.js';

/** How many problems are listed before "… and N more". */
const shown = 30;

/** One problem on one line: "plan.csv, rad 3, kolumn "Klar senast": what is wrong". */
export function problemLine(io: CliIo, file: string, problem: ImportProblem): string {
  return importProblemText(io.locale, file, problem, 'cli');
}

/** The lines for a list of problems, the long tail summarised. */
export function problemLines(io: CliIo, file: string, problems: readonly ImportProblem[], kind: 'errors' | 'warnings' = 'errors'): string[] {
  const lines = problems.slice(0, shown).map((p) => problemLine(io, file, p));
  if (problems.length > shown) lines.push(say(io, kind === 'errors' ? 'plans.cli.moreProblems' : 'plans.cli.moreWarnings', { count: problems.length - shown }));
  return lines;
}
