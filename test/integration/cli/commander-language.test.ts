import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../../cli/cli-io.js';
import { buildProgram } from '../../../cli/program.js';
import { runCli } from '../../helpers/cli-runner.js';

/** Every command's words, as typed: ["plan", "show"], … */
function allCommandPaths(): string[][] {
  const io: CliIo = { out: () => {}, err: () => {}, env: {}, cwd: process.cwd(), locale: 'sv' };
  const paths: string[][] = [[]];
  const walk = (command: Command, prefix: string[]): void => {
    for (const sub of command.commands) {
      paths.push([...prefix, sub.name()]);
      walk(sub, [...prefix, sub.name()]);
    }
  };
  walk(buildProgram(io), []);
  return paths;
}

/** Commander's own English, which must not reach a Swedish reader. */
const commanderEnglish = /\b(Usage|Options|Arguments|Commands|choices|default|preset|display help|Did you mean)\b|\[options\]|\[command\]|<file>|<date>/;
/** Our Swedish, which must not reach an English reader. */
const swedish = /Användning|Flaggor|Argument:|Kommandon|\[flaggor\]|\[kommando\]|<fil>|<ÅÅÅÅ-MM-DD>|\bval: |standard: |fel:|Skriv /;

describe('the command line speaks the reader’s language, Commander’s own words included', () => {
  it.each([
    [['--bogus'], 'tillit: fel: okänd flagga --bogus. Skriv "npx tillit --help" för hjälp.'],
    [['plan', 'show', '--bogus'], 'tillit: fel: okänd flagga --bogus. Skriv "npx tillit plan show --help" för hjälp.'],
    [['plan', 'show'], 'tillit: fel: argumentet plan saknas. Skriv "npx tillit plan show --help" för hjälp.'],
    [['plan', 'show', 'a', 'b'], 'tillit: fel: för många argument. Skriv "npx tillit plan show --help" för hjälp.'],
    [['plan', 'report', 'norrtalje-2024-2025', '--format'], 'tillit: fel: flaggan --format saknar värde. Skriv "npx tillit plan report --help" för hjälp.'],
    [['report', 'norrtalje-2024-2025', '--format'], 'tillit: fel: flaggan --format saknar värde. Skriv "npx tillit report --help" för hjälp.'],
    [['plan', 'export', 'x', '--format', 'toml'], 'tillit: fel: ogiltigt värde: tillåtna värden är yaml, json. Skriv "npx tillit plan export --help" för hjälp.'],
    [['hlep'], 'tillit: fel: okänt kommando hlep (menade du help?) Skriv "npx tillit --help" för hjälp.'],
    [['plan', 'shwo'], 'tillit: fel: okänt kommando shwo (menade du show?) Skriv "npx tillit plan --help" för hjälp.'],
  ])('tells a Swedish reader what was wrong with %j in one Swedish line, naming the help to read', async (args, line) => {
    const run = await runCli(args);
    expect(run.code).toBe(2);
    expect(run.err).toBe(line);
  });

  it('says the same in English for an English reader', async () => {
    expect((await runCli(['plan', 'show', '--bogus'], { locale: 'en' })).err).toBe('tillit: error: unknown option --bogus. Run "npx tillit plan show --help" for help.');
    expect((await runCli(['plan', 'report', 'x', '--format'], { locale: 'en' })).err).toBe('tillit: error: option --format needs a value. Run "npx tillit plan report --help" for help.');
  });

  it('shows a command’s help in Swedish: titles, placeholders, choices and defaults', async () => {
    const help = (await runCli(['plan', 'export', '--help'])).out;
    expect(help).toContain('Användning: npx tillit plan export [flaggor] <plan>');
    expect(help).toContain('(val: "yaml", "json", standard: "yaml")');
    expect(help).toContain('-o, --output <fil>');
    expect((await runCli(['plan', 'report', '--help'])).out).toContain('--as-of <ÅÅÅÅ-MM-DD>');
    expect((await runCli(['plan', 'import', '--help'])).out).toMatch(/Argument:\n {2}fil /);
  });

  it.each(allCommandPaths().map((p) => [p.join(' ') || '(tillit)', p]))('has no word of Commander’s English in the Swedish help of %s, and no Swedish in the English', async (_, words) => {
    const sv = await runCli([...(words as string[]), '--help']);
    expect(sv.out).not.toMatch(commanderEnglish);
    const en = await runCli([...(words as string[]), '--help'], { locale: 'en' });
    expect(en.out).toMatch(/^Usage: npx tillit/);
    expect(en.out).not.toMatch(swedish);
    // One form of the command everywhere, the README's: "npx tillit …", never a bare "tillit plan …".
    for (const out of [sv.out, en.out]) expect(out).not.toMatch(/(?<!npx )(?<![\w/.-])tillit (start|serve|migrate|plan|owners|reports|report|reminders|help)\b/u);
  });

  it('stays Swedish in a terminal whose own locale is English, unless TILLIT_LOCALE says otherwise', async () => {
    const cli = path.resolve(import.meta.dirname, '../../../dist/cli/tillit.js');
    const run = async (env: NodeJS.ProcessEnv) => {
      const { TILLIT_LOCALE: _, ...rest } = process.env;
      try {
        await promisify(execFile)(process.execPath, [cli, 'plan', 'show', '--bogus'], { env: { ...rest, LANG: 'en_US.UTF-8', LC_ALL: 'en_US.UTF-8', ...env } });
        return '';
      } catch (error) {
        return (error as { stderr: string }).stderr.trim();
      }
    };
    expect(await run({})).toBe('tillit: fel: okänd flagga --bogus. Skriv "npx tillit plan show --help" för hjälp.');
    expect(await run({ TILLIT_LOCALE: 'en' })).toBe('tillit: error: unknown option --bogus. Run "npx tillit plan show --help" for help.');
  });
});
