import { parsePlanDocument } from '../document/parse-plan-document.js';
import { textDocument } from '../document/text-document.js';
import type { ProblemCollector } from '../import-problem.js';
import type { ParsedPlan } from '../parsed-plan.js';

/**
 * Reads the plain text of a plan document (a PDF or Word plan saved as
 * text, with its measure tables tab-separated, as in the seeds).
 */
export function parsePlanText(text: string, problems: ProblemCollector): ParsedPlan {
  return parsePlanDocument(textDocument(text), problems);
}
