import { buildProgram } from '../../cli/program.js';
import { describeCliError } from '../../cli/describe-error.js';
import type { CliIo } from '../../cli/cli-io.js';

/** Runs `tillit …` in-process with the given environment; collects what it printed. */
export async function runCli(args: string[], env: Record<string, string>): Promise<{ out: string; err: string; exitCode: number }> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { out: (l) => out.push(l), err: (l) => err.push(l), env: { ...env }, cwd: process.cwd(), locale: 'sv' };
  let exitCode = 0;
  try {
    await buildProgram(io).parseAsync(['node', 'tillit', ...args]);
  } catch (error) {
    const described = describeCliError(io, error);
    err.push(described.line);
    exitCode = described.exitCode;
  }
  return { out: out.join('\n'), err: err.join('\n'), exitCode };
}
