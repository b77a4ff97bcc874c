import { t } from '../../i18n/catalogue.js';
import type { Locale } from '../../i18n/locale.js';
import type { PlanImportError } from '../import/import-problem.js';
import { importProblemText } from '../import/problem-text.js';

/**
 * A refused upload in words: the first problem on one line (file, place,
 * what is wrong) and, when there are more, how many and where to see them
 * all — a chat message is no place for a list of thirty errors.
 */
export function uploadFailureText(locale: Locale, error: PlanImportError): { line: string; more?: string } {
  const [first] = error.problems;
  const line = first ? importProblemText(locale, error.file, first, 'chat') : t(locale, 'error.plan_import_failed');
  const rest = error.problems.length - 1;
  return rest > 0 ? { line, more: t(locale, 'upload.failedMore', { count: rest }) } : { line };
}
