import type { PlanDocument } from '../document/plan-document.js';
import type { ProblemCollector } from '../import-problem.js';

export async function readPdf(_bytes: Uint8Array, problems: ProblemCollector): Promise<PlanDocument | undefined> {
  problems.error({ key: 'plans.import.error.pdfUnreadable' });
  return undefined;
}
