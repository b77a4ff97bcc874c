import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../helpers/cli-runner.js';
import { dialects, type TestDatabase } from '../../helpers/databases.js';
import { workbookBytes } from '../../helpers/xlsx.js';

const header = ['Nr', 'Åtgärd', 'Ansvarig', 'Klar senast'];
const row = ['1.1', 'Utbilda cheferna i otillåten påverkan', 'HR-enheten', 'December 2026'];

describe.each(dialects)('a spreadsheet without organisation or plan name ($name)', ({ create }) => {
  let database: TestDatabase;
  let dir: string;
  const write = (name: string, bytes: Uint8Array | string) => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, bytes);
    return file;
  };
  const importing = (file: string, env: Record<string, string> = {}) =>
    runCli(['plan', 'import', file, '--dry-run'], { env: { DATABASE_URL: database.url, ...env }, cwd: dir });

  beforeAll(async () => {
    database = await create();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tillit-defaults-'));
  });
  afterAll(async () => {
    await database?.destroy();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('takes the organisation from TILLIT_ORGANISATION and says so; without it, says how to give it', async () => {
    const file = write('atgarder.csv', `${header.join(';')}\n${row.join(';')}\n`);
    const without = await importing(file);
    expect(without.code).toBe(1);
    expect(without.err).toContain('planens organisation (kommun) står inte i filen. Ange den med --organisation "Exempels kommun", eller en gång för hela installationen med TILLIT_ORGANISATION.');
    const withConfig = await importing(file, { TILLIT_ORGANISATION: 'Exempels kommun' });
    expect(withConfig.code).toBe(0);
    expect(withConfig.out).toContain('"atgarder" (Exempels kommun) går att importera');
    expect(withConfig.out).toContain('1 åtgärd, 1 ansvarig enhet.');
    expect(withConfig.out).toContain('organisationen står inte i filen, så jag tog installationens: "Exempels kommun" (TILLIT_ORGANISATION).');
    expect(withConfig.out).toContain('planens namn står inte i filen, så jag tog filens namn: "atgarder".');
    // The file's own organisation wins, and then nothing is said about the installation's.
    const own = await importing(write('egen.csv', `Organisation;Grannkommunen\nPlan;Handlingsplan 2026\n\n${header.join(';')}\n${row.join(';')}\n`), { TILLIT_ORGANISATION: 'Exempels kommun' });
    expect(own.out).toContain('"Handlingsplan 2026" (Grannkommunen)');
    expect(own.out).not.toContain('TILLIT_ORGANISATION');
  });

  it('takes a missing plan name from the title cell, else the sheet name, else the file name, saying which', async () => {
    const env = { TILLIT_ORGANISATION: 'Exempels kommun' };
    const titled = await importing(write('titel.xlsx', await workbookBytes([{ name: 'Blad1', rows: [['Mot otillåten påverkan 2026–2027'], [], header, row] }])), env);
    expect(titled.out).toContain('planens namn tog jag från rubriken överst i filen: "Mot otillåten påverkan 2026–2027".');
    const sheet = await importing(write('blad.xlsx', await workbookBytes([{ name: 'Trygg förvaltning 2026', rows: [header, row] }])), env);
    expect(sheet.out).toContain('planens namn står inte i filen, så jag tog bladets namn: "Trygg förvaltning 2026".');
    const plain = await importing(write('plan-2026.xlsx', await workbookBytes([{ name: 'Sheet1', rows: [header, row] }])), env);
    expect(plain.out).toContain('planens namn står inte i filen, så jag tog filens namn: "plan-2026".');
    const named = await runCli(['plan', 'import', path.join(dir, 'plan-2026.xlsx'), '--dry-run', '--name', 'Handlingsplan för ekonomin'], { env: { DATABASE_URL: database.url, ...env }, cwd: dir });
    expect(named.out).toContain('"Handlingsplan för ekonomin"');
    expect(named.out).not.toContain('tog filens namn');
  });
});
