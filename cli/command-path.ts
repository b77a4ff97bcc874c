import type { CommanderError } from 'commander';

const paths = new WeakMap<CommanderError, string>();

/** Remembers which command a parse error came from ("tillit plan show"), so its help can be named. */
export function rememberCommandPath(error: CommanderError, path: string): void {
  paths.set(error, path);
}

/** The command a parse error came from, when known; "tillit" otherwise. */
export function commandPathOf(error: CommanderError): string {
  return paths.get(error) ?? 'tillit';
}
