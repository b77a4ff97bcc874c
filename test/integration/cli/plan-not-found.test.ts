import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../helpers/cli-runner.js';
import { dialects, type TestDatabase } from '../../helpers/databases.js';
import { examplePath } from '../../helpers/example-files.js';

/** Every command that names a plan, asked about one that is not there. */
const asking = (plan: string): string[][] => [
  ['plan', 'show', plan],
  ['plan', 'diff', plan],
  ['plan', 'export', plan],
  ['plan', 'role', plan, 'reader', 'a@kommun.example'],
  ['plan', 'report', plan],
  ['report', plan],
  ['reminders', 'rules', plan],
  ['reminders', 'preview', '--plan', plan],
  ['reports', 'stats', '--plan', plan],
];

describe.each(dialects)('a plan that is not there gets the same answer from every command ($name)', ({ create }) => {
  let database: TestDatabase;
  let dir: string;
  const cli = (args: string[], locale: 'sv' | 'en' = 'sv') => runCli(args, { env: { DATABASE_URL: database.url }, cwd: dir, locale });

  beforeAll(async () => {
    database = await create();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tillit-not-found-'));
  });
  afterAll(async () => {
    await database?.destroy();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('says the register is empty and how to fill it, whichever command asked', async () => {
    for (const args of asking('nope')) {
      const run = await cli(args);
      expect(run.err, args.join(' ')).toBe('tillit: fel: det finns ingen plan "nope": registret har inga planer ännu. Importera en med "npx tillit plan import FIL".');
      expect(run.code).toBe(1);
      expect(run.out).toBe('');
    }
  });

  it('names the plans there are, whichever command asked, in Swedish and in English', async () => {
    expect((await cli(['plan', 'import', examplePath('norrtalje')])).code).toBe(0);
    for (const args of asking('Nope')) {
      expect((await cli(args)).err, args.join(' ')).toBe('tillit: fel: det finns ingen plan "Nope" i registret. Planerna där: norrtalje-2024-2025.');
      expect((await cli(args, 'en')).err, args.join(' ')).toBe('tillit: error: there is no plan "Nope" in the register. Its plans: norrtalje-2024-2025.');
    }
  });
});
