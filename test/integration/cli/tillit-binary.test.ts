import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { examplePath } from '../../helpers/example-files.js';

const run = promisify(execFile);
const cli = path.resolve(import.meta.dirname, '../../../dist/cli/tillit.js');

/** `node dist/cli/tillit.js …` as a user runs it (npm test builds dist first). */
async function tillit(args: string[], env: NodeJS.ProcessEnv) {
  try {
    const { stdout, stderr } = await run(process.execPath, [cli, ...args], { env: { ...process.env, ...env } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('the tillit binary', () => {
  let dir: string;
  let env: NodeJS.ProcessEnv;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tillit-bin-'));
    env = { DATABASE_URL: path.join(dir, 'tillit.sqlite'), LOG_LEVEL: 'silent', TILLIT_LOCALE: 'sv' };
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('imports a plan and exits 0', async () => {
    const result = await tillit(['plan', 'import', examplePath('oskarshamn'), '--key', 'oskarshamn-2026-2028'], env);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('ny plan oskarshamn-2026-2028');
  });

  it('refuses a bad file with one line on stderr, no stack trace, exit 1', async () => {
    const file = path.join(dir, 'skräp.xlsx');
    fs.writeFileSync(file, 'inte en arbetsbok');
    const result = await tillit(['plan', 'import', file], env);
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toEqual(['tillit: fel: skräp.xlsx: filen är ingen Excel-arbetsbok (.xlsx): den går inte att packa upp. Ingenting har ändrats.']);
  });

  it('ends quietly when its output is piped into a program that stops reading', async () => {
    const { stdout, stderr } = await run('/bin/sh', ['-c', `"${process.execPath}" "${cli}" plan show oskarshamn-2026-2028 | head -n 1`], { env: { ...process.env, ...env } });
    expect(stdout.trim()).toBe('Handlingsplan för arbetet mot välfärdsbrottslighet 2026–2028');
    expect(stderr).toBe('');
  });
});
