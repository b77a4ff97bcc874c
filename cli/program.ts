import { Command, type CommanderError } from 'commander';
import type { MessageKey } from '../src/i18n/catalogue.js';
import { say, type CliIo } from './cli-io.js';
import { rememberCommandPath } from './command-path.js';
import { commandRegistrars } from './commands/index.js';

/**
 * The words in angle and square brackets of usage lines and option terms
 * ("<fil>", "[flaggor]"), as commands and Commander write them in either
 * language, and the catalogue word they stand for.
 */
const termWords = new Map<string, MessageKey>([
  ['options', 'cli.term.options'],
  ['flaggor', 'cli.term.options'],
  ['command', 'cli.term.command'],
  ['kommando', 'cli.term.command'],
  ['file', 'cli.term.file'],
  ['fil', 'cli.term.file'],
  ['date', 'cli.term.date'],
  ['ÅÅÅÅ-MM-DD', 'cli.term.date'],
  ['key', 'cli.term.key'],
  ['nyckel', 'cli.term.key'],
  ['word', 'cli.term.word'],
  ['ord', 'cli.term.word'],
  ['unit', 'cli.term.unit'],
  ['enhet', 'cli.term.unit'],
  ['email', 'cli.term.email'],
  ['e-post', 'cli.term.email'],
  ['role', 'cli.term.role'],
  ['roll', 'cli.term.role'],
  ['reference', 'cli.term.reference'],
  ['referens', 'cli.term.reference'],
  ['text', 'cli.term.text'],
]);

/** "[options] <file>" in the terminal's language: "[flaggor] <fil>". */
function localiseTerms(io: CliIo, text: string): string {
  return text.replace(/([<[])([^<>[\]]+?)(\.\.\.)?([>\]])/gu, (whole, open: string, word: string, dots = '', close: string) => {
    const key = termWords.get(word);
    return key ? `${open}${say(io, key)}${dots}${close}` : whole;
  });
}

/** Commander's "(choices: …, default: …)" after a description, in the terminal's language. */
function localiseExtras(io: CliIo, description: string): string {
  return description.replace(/\((?:(?:choices|default|preset|env): [^()]*?)\)$/u, (extras) =>
    extras.replace(/\b(choices|default|preset|env): /gu, (_, word: 'choices' | 'default' | 'preset' | 'env') => `${say(io, `cli.help.${word}`)}: `),
  );
}

/** The full name of a command: "tillit plan show". */
function pathOf(command: Command): string {
  const names: string[] = [];
  for (let c: Command | null = command; c; c = c.parent) names.unshift(c.name());
  return names.join(' ');
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
      // The usage line names the command as the README and every message do: "npx tillit …".
      styleUsage: (usage) => `npx ${localiseTerms(io, usage)}`,
      styleSubcommandTerm: (term) => localiseTerms(io, term),
      styleOptionTerm: (term) => localiseTerms(io, term),
      // An argument's term is its bare name ("fil"): the same words, without brackets.
      styleArgumentTerm: (term) => {
        const key = termWords.get(term);
        return key ? say(io, key) : term;
      },
      styleOptionDescription: (text) => localiseExtras(io, text),
      styleArgumentDescription: (text) => localiseExtras(io, text),
      sortSubcommands: false,
    })
    .configureOutput({
      writeOut: (text) => io.out(text.replace(/\n$/, '')),
      writeErr: (text) => io.err(text.replace(/\n$/, '')),
      // Errors are printed by the caller, translated, in one line.
      outputError: () => {},
    })
    .exitOverride((error: CommanderError) => {
      throw error;
    })
    .showSuggestionAfterError(true);
  for (const register of commandRegistrars) register(program, io);
  // Each command's parse errors say which command's help to read ("tillit plan show --help").
  const mark = (command: Command): void => {
    command.exitOverride((error: CommanderError) => {
      rememberCommandPath(error, pathOf(command));
      throw error;
    });
    command.commands.forEach(mark);
  };
  mark(program);
  return program;
}
