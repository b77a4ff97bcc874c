import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { moduleRecorder, packagesOf } from '../../helpers/loaded-packages.js';
import { workbookBytes } from '../../helpers/xlsx.js';

const cli = path.resolve(import.meta.dirname, '../../../dist/cli/tillit.js');

/** Libraries a server or a quick command must not load at start: each is loaded by the one feature that needs it. */
const heavy = ['exceljs', 'docx', 'jszip', 'archiver', 'unzipper', 'qrcode', 'pdfjs-dist', 'saxes', 'pg', 'date-holidays', 'yaml', 'csv-parse'];

/**
 * Runs `node dist/cli/tillit.js …` with the module recorder; `until` lets it
 * run until a line appears on stdout, then stops it with SIGTERM as an
 * operator would. Resolves with the npm packages the process loaded.
 */
async function packagesLoadedBy(args: string[], env: Record<string, string>, until?: RegExp): Promise<Set<string>> {
  const record = path.join(os.tmpdir(), `tillit-modules-${process.pid}-${Math.random().toString(36).slice(2)}.txt`);
  const child = spawn(process.execPath, ['--import', moduleRecorder, cli, ...args], {
    env: { ...process.env, ...env, LOG_LEVEL: 'silent', TILLIT_LOADED_MODULES_FILE: record },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.on('data', (chunk: Buffer) => {
    out += chunk.toString('utf8');
    if (until?.test(out)) child.kill('SIGTERM');
  });
  child.stderr.resume();
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  expect(code, out).toBe(0);
  const urls = fs.readFileSync(record, 'utf8').split('\n');
  fs.rmSync(record, { force: true });
  expect(urls.length).toBeGreaterThan(10);
  return packagesOf(urls);
}

describe('what Tillit loads at start (built dist/)', () => {
  let dir: string;
  let env: Record<string, string>;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tillit-startup-'));
    env = { DATABASE_URL: path.join(dir, 'tillit.sqlite'), TILLIT_LOCALE: 'sv', PORT: '0' };
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('serves on SQLite without loading the report, import, QR or PostgreSQL libraries', async () => {
    const loaded = await packagesLoadedBy(['serve'], env, /lyssnar på http/);
    expect(loaded.has('botbuilder')).toBe(true);
    expect(heavy.filter((name) => loaded.has(name))).toEqual([]);
  });

  it('lists plans without loading the server (botbuilder, Express) or any heavy library', async () => {
    const loaded = await packagesLoadedBy(['plan', 'list'], env);
    expect(loaded.has('kysely')).toBe(true);
    expect([...heavy, 'botbuilder', 'express'].filter((name) => loaded.has(name))).toEqual([]);
  });

  it('does load ExcelJS when a workbook is imported (the recorder sees what is loaded late)', async () => {
    const file = path.join(dir, 'plan.xlsx');
    fs.writeFileSync(
      file,
      await workbookBytes([
        {
          name: 'Handlingsplan',
          rows: [
            ['Organisation', 'Startby kommun'],
            ['Plan', 'Handlingsplan mot välfärdsbrott 2026–2027'],
            [],
            ['Nr', 'Åtgärd', 'Ansvarig', 'Start', 'Klar senast'],
            ['1.1', 'Utbilda chefer', 'HR-avdelningen', 'Maj 2026', 'Q3 2026'],
          ],
        },
      ]),
    );
    const loaded = await packagesLoadedBy(['plan', 'import', file, '--dry-run'], env);
    expect(loaded.has('exceljs')).toBe(true);
    expect(loaded.has('pg')).toBe(false);
  });
});
