import { CommanderError } from 'commander';
import { ConfigError } from '../src/config/load-config.js';
import { isTillitError } from '../src/errors.js';
import { databaseErrorKind, type DatabaseErrorKind } from '../src/storage/database-errors.js';
import { say, type CliIo } from './cli-io.js';
import { CliError } from './cli-error.js';
import { commandPathOf } from './command-path.js';

const databaseErrorKeys = {
  unreachable: 'cli.error.databaseUnreachable',
  busy: 'cli.error.databaseBusy',
  full: 'cli.error.databaseFull',
  readonly: 'cli.error.databaseReadonly',
} as const satisfies Record<DatabaseErrorKind, string>;

/** "-f, --format <format>" → "--format": the flag a person types, without its short form and placeholder. */
function flagName(flags: string): string {
  return flags.split(/[\s,|]+/).filter((part) => part.startsWith('-')).at(-1) ?? flags;
}

const commanderPatterns: Array<[RegExp, (io: CliIo, m: RegExpMatchArray) => string]> = [
  [/unknown option '([^']+)'/, (io, m) => say(io, 'cli.error.unknownOption', { flag: m[1]! })],
  [/missing required argument '([^']+)'/, (io, m) => say(io, 'cli.error.missingArgument', { name: m[1]! })],
  [/option '([^']+)' argument missing/, (io, m) => say(io, 'cli.error.optionMissingArgument', { flag: flagName(m[1]!) })],
  [/required option '([^']+)' not specified/, (io, m) => say(io, 'cli.error.missingMandatoryOption', { flag: flagName(m[1]!) })],
  [/too many arguments/, (io) => say(io, 'cli.error.excessArguments')],
  [/unknown command '([^']+)'/, (io, m) => say(io, 'cli.error.unknownCommand', { name: m[1]! })],
];

function translateCommander(io: CliIo, message: string): string {
  for (const [pattern, render] of commanderPatterns) {
    const match = message.match(pattern);
    if (match) {
      const suggestion = message.match(/Did you mean (.+)\?/);
      const hint = suggestion ? ` ${say(io, 'cli.error.didYouMean', { suggestion: suggestion[1]! })}` : '';
      return `${render(io, match)}${hint}`;
    }
  }
  const invalid = message.match(/^error: (?:option|command-argument value) .*? is invalid(?: for argument '[^']*')?\. ?(.*)$/s);
  if (invalid) {
    const choices = invalid[1]?.match(/^Allowed choices are (.*?)\.?$/);
    return say(io, 'cli.error.invalidArgument', { detail: choices ? say(io, 'cli.error.allowedChoices', { choices: choices[1]! }) : invalid[1] || message });
  }
  return message.replace(/^error: /, '');
}

/**
 * Turns any error into one line for stderr and an exit code. Stack traces
 * never reach the terminal; unexpected errors say only their kind.
 */
export function describeCliError(io: CliIo, error: unknown): { line: string; exitCode: number } {
  const prefix = say(io, 'cli.error.prefix');
  if (error instanceof CommanderError) {
    const help = say(io, 'cli.error.seeCommandHelp', { command: commandPathOf(error) });
    const what = translateCommander(io, error.message);
    // One sentence ends before the next begins: "okänd flagga --x. Skriv …".
    return { line: `${prefix} ${what}${/[.!?)]$/u.test(what) ? '' : '.'} ${help}`, exitCode: 2 };
  }
  if (error instanceof CliError) return { line: `${prefix} ${error.message}`, exitCode: error.exitCode };
  if (error instanceof ConfigError) {
    const problems = error.problems.map((p) => `${p.variable}: ${p.message}`).join('; ');
    return { line: `${prefix} ${say(io, 'cli.error.config', { problems })}`, exitCode: 1 };
  }
  if (isTillitError(error, 'migration_failed')) {
    return { line: `${prefix} ${say(io, 'cli.error.migration', { migration: String(error.context.migration) })}`, exitCode: 1 };
  }
  const code = (error as { code?: unknown })?.code;
  const kind = databaseErrorKind(error);
  if (kind) {
    const detail = typeof code === 'string' ? code : 'connection lost';
    return { line: `${prefix} ${say(io, databaseErrorKeys[kind], { detail })}`, exitCode: 1 };
  }
  if (typeof code === 'string' && /^(ENOTFOUND|28P01|3D000|SQLITE_CANTOPEN)$/.test(code)) {
    return { line: `${prefix} ${say(io, 'cli.error.database', { detail: code })}`, exitCode: 1 };
  }
  const name = error instanceof Error ? error.name : typeof error;
  return { line: `${prefix} ${say(io, 'cli.error.unexpected', { name })}`, exitCode: 1 };
}
