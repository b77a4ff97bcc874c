import { TillitError } from '../src/errors.js';

/**
 * A CLI failure with a message that is already the one line the user should
 * read (Swedish, naming the file, line and field where there is one).
 */
export class CliError extends TillitError<'cli_failed'> {
  readonly exitCode: number;
  constructor(message: string, exitCode = 1) {
    super('cli_failed', message);
    this.exitCode = exitCode;
  }
}
