import { Command } from 'commander';
import { say, type CliIo } from './cli-io.js';
import { commandRegistrars } from './commands/index.js';

/** Commander writes "[options]" and "[command]"; Swedish readers get theirs. */
function localiseUsage(io: CliIo, usage: string): string {
  if (io.locale !== 'sv') return usage;
  return usage.replace(/\[options\]/g, '[flaggor]').replace(/\[command\]/g, '[kommando]');
}

/**
 * Builds the `tillit` command line: Swedish help titles, errors that throw
 * (so the caller prints one line) and every command from commands/index.ts.
 */
export function buildProgram(io: CliIo): Command {
  const titles: Record<string, string> = {
    'Usage:': say(io, 'cli.help.usage'),
    'Options:': say(io, 'cli.help.options'),
    'Commands:': say(io, 'cli.help.commands'),
    'Arguments:': say(io, 'cli.help.arguments'),
    'Global Options:': say(io, 'cli.help.globalOptions'),
  };
  const program = new Command('tillit')
    .description(say(io, 'cli.description'))
    .helpOption('-h, --help', say(io, 'cli.option.help'))
    .helpCommand('help [kommando]', say(io, 'cli.command.help'))
    .configureHelp({
      styleTitle: (title) => titles[title] ?? title,
      styleUsage: (usage) => localiseUsage(io, usage),
      styleSubcommandTerm: (term) => localiseUsage(io, term),
      sortSubcommands: false,
    })
    .configureOutput({
      writeOut: (text) => io.out(text.replace(/\n$/, '')),
      writeErr: (text) => io.err(text.replace(/\n$/, '')),
      // Errors are printed by the caller, translated, in one line.
      outputError: () => {},
    })
    .exitOverride()
    .showSuggestionAfterError(true);
  for (const register of commandRegistrars) register(program, io);
  return program;
}
