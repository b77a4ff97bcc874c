import { hasMessage, t } from '../../i18n/catalogue.js';
import type { Locale } from '../../i18n/locale.js';
import type { ImportProblem } from './import-problem.js';

function placeKey(problem: ImportProblem) {
  if (problem.sheet) return 'plans.location.sheetRow' as const;
  if (problem.table) return 'plans.location.tableRow' as const;
  if (problem.page) return 'plans.location.pageRow' as const;
  return 'plans.location.line' as const;
}

/** Where the problem is read: at the command line (advice with flags) or in chat (advice to change the file and send it again). */
export type ImportSurface = 'cli' | 'chat';

/** The problem's words for this surface: `<key>.chat` in chat when the catalogue has one, else `<key>`. */
function messageKey(problem: ImportProblem, surface: ImportSurface): string {
  const chatKey = `${problem.key}.chat`;
  return surface === 'chat' && hasMessage(chatKey) ? chatKey : problem.key;
}

/**
 * One import problem on one line, in the user's language: `plan.csv, rad 3,
 * kolumn "Klar senast": what is wrong`. Shared by the CLI and the chat upload;
 * one catalogue, with a chat key where the CLI's advice names a flag.
 */
export function importProblemText(locale: Locale, file: string, problem: ImportProblem, surface: ImportSurface): string {
  const where = [file];
  if (problem.line !== undefined) where.push(t(locale, placeKey(problem), { line: problem.line, sheet: problem.sheet ?? '', table: problem.table ?? 0, page: problem.page ?? 0 }));
  if (problem.field) where.push(t(locale, /[.[]|^--/.test(problem.field) ? 'plans.location.field' : 'plans.location.column', { field: problem.field }));
  const key = messageKey(problem, surface);
  const message = hasMessage(key) ? t(locale, key, problem.vars) : problem.key;
  return `${where.join(', ')}: ${message}`;
}
