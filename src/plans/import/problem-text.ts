import { hasMessage, t } from '../../i18n/catalogue.js';
import type { Locale } from '../../i18n/locale.js';
import type { ImportProblem } from './import-problem.js';

function placeKey(problem: ImportProblem) {
  if (problem.sheet) return 'plans.location.sheetRow' as const;
  if (problem.table) return 'plans.location.tableRow' as const;
  if (problem.page) return 'plans.location.pageRow' as const;
  return 'plans.location.line' as const;
}

/**
 * One import problem on one line, in the user's language: `plan.csv, rad 3,
 * kolumn "Klar senast": what is wrong`. Shared by the CLI and the chat upload.
 */
export function importProblemText(locale: Locale, file: string, problem: ImportProblem): string {
  const where = [file];
  if (problem.line !== undefined) where.push(t(locale, placeKey(problem), { line: problem.line, sheet: problem.sheet ?? '', table: problem.table ?? 0, page: problem.page ?? 0 }));
  if (problem.field) where.push(t(locale, /[.[]|^--/.test(problem.field) ? 'plans.location.field' : 'plans.location.column', { field: problem.field }));
  const message = hasMessage(problem.key) ? t(locale, problem.key, problem.vars) : problem.key;
  return `${where.join(', ')}: ${message}`;
}
