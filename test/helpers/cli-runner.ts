import { CommanderError } from 'commander';
import type { CliIo } from '../../cli/cli-io.js';
import { describeCliError } from '../../cli/describe-error.js';
import { buildProgram } from '../../cli/program.js';

/** What a CLI run printed and how it ended. */
export interface CliRun {
  code: number;
  out: string;
  err: string;
}

/**
 * Runs `tillit ARGS…` in-process, as cli/tillit.ts does, with a captured
 * terminal: errors become one line on stderr and an exit code.
 */
export async function runCli(args: string[], options: { env?: NodeJS.ProcessEnv; cwd?: string; locale?: 'sv' | 'en' } = {}): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    out: (line) => out.push(line),
    err: (line) => err.push(line),
    env: { LOG_LEVEL: 'silent', ...options.env },
    cwd: options.cwd ?? process.cwd(),
    locale: options.locale ?? 'sv',
  };
  let code = 0;
  try {
    await buildProgram(io).parseAsync(['node', 'tillit', ...args]);
  } catch (error) {
    if (error instanceof CommanderError && ['commander.helpDisplayed', 'commander.help', 'commander.version'].includes(error.code)) code = error.exitCode;
    else {
      const described = describeCliError(io, error);
      io.err(described.line);
      code = described.exitCode;
    }
  }
  return { code, out: out.join('\n'), err: err.join('\n') };
}
