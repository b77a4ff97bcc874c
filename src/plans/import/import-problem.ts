import { TillitError } from '../../errors.js';
import type { MessageKey, MessageVars } from '../../i18n/catalogue.js';

/** Where in a file something was found: a line (text, CSV, YAML) or a sheet row, and the column or field. */
export interface SourceLocation {
  /** 1-based line of a text/CSV/YAML file, or row of a worksheet. */
  line?: number;
  /** Worksheet name (XLSX). */
  sheet?: string;
  /** 1-based table of a DOCX document. */
  table?: number;
  /** 1-based page of a PDF. */
  page?: number;
  /** The column heading as written in the file, or the path of a YAML/JSON field. */
  field?: string;
}

/** One thing wrong with (or worth saying about) an imported file; the words come from the catalogue. */
export interface ImportProblem extends SourceLocation {
  key: MessageKey;
  vars?: MessageVars;
}

/**
 * An import that stored nothing: the file is too large, unreadable or has
 * errors. `problems` lists every error found (file, line, field and what
 * is wrong), so the user can fix them all in one go.
 */
export class PlanImportError extends TillitError<'plan_import_failed'> {
  readonly file: string;
  readonly problems: readonly ImportProblem[];
  constructor(file: string, problems: ImportProblem[]) {
    super('plan_import_failed', `Import of ${problems.length} problem(s) refused`, { problems: problems.length });
    this.file = file;
    this.problems = problems;
  }
}

/** Collects errors and warnings while a file is read; errors stop the import, warnings are shown. */
export class ProblemCollector {
  readonly errors: ImportProblem[] = [];
  readonly warnings: ImportProblem[] = [];

  error(problem: ImportProblem): void {
    this.errors.push(problem);
  }

  warn(problem: ImportProblem): void {
    this.warnings.push(problem);
  }

  /** Throws a PlanImportError with every error collected so far, if any. */
  throwIfErrors(file: string): void {
    if (this.errors.length > 0) throw new PlanImportError(file, [...this.errors]);
  }
}
