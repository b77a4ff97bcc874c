import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Document, Packer, Paragraph } from 'docx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../helpers/cli-runner.js';
import { dialects, type TestDatabase } from '../../helpers/databases.js';
import { examplePath } from '../../helpers/example-files.js';
import { planDocumentPath } from '../../helpers/plan-documents.js';

describe.each(dialects)('tillit plan import of Word and PDF documents on $name', ({ create }) => {
  let database: TestDatabase;
  let dir: string;
  const cli = (...args: string[]) => runCli(args, { env: { DATABASE_URL: database.url }, cwd: dir });
  /** Copies a fixture into the working folder, so the messages name it as a user would. */
  const fixture = (name: string) => {
    fs.copyFileSync(planDocumentPath(name), path.join(dir, name));
    return name;
  };

  beforeAll(async () => {
    database = await create();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tillit-documents-'));
  });
  afterAll(async () => {
    await database?.destroy();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('imports the plan as text, then the decided Word document of the revised version as revision 2 with its moved deadlines, and the same version as PDF as unchanged', async () => {
    expect((await cli('plan', 'import', examplePath('norrtalje'))).code).toBe(0);
    const revised = await cli('plan', 'import', fixture('norrtalje-beslut-97-med-bilaga.docx'));
    expect(revised.err).toBe('');
    expect(revised.out).toContain('Importerade norrtalje-beslut-97-med-bilaga.docx (docx): revision 2 av norrtalje-2024-2025');
    expect(revised.out.split('\n').filter((l) => l.startsWith('  Flyttat sista datum')).map((l) => l.replace(/ \(.*\)/u, ''))).toEqual([
      '  Flyttat sista datum 1.1: December 2024 → Oktober 2024',
      '  Flyttat sista datum 2.3: November 2024 → Oktober 2024',
      '  Flyttat sista datum 2.4: Februari 2025 → December 2024',
    ]);
    const pdf = await cli('plan', 'import', fixture('norrtalje-beslut-97-med-bilaga.pdf'));
    expect(pdf.out).toContain('norrtalje-beslut-97-med-bilaga.pdf är oförändrad jämfört med revision 2 av norrtalje-2024-2025');
  });

  it('imports a plan in another layout from PDF with no flags, and with --format docx a PDF is refused in one line', async () => {
    const imported = await cli('plan', 'import', fixture('sjovik-handlingsplan-2026.pdf'));
    expect(imported.err).toBe('');
    expect(imported.out).toContain('(pdf): ny plan');
    expect(imported.out).toContain('"Handlingsplan mot välfärdsbrott 2026" (Sjöviks kommun)');
    expect(imported.out).toContain('3 områden, 36 åtgärder');
    const wrong = await cli('plan', 'import', fixture('abro-plan-2025-2027.pdf'), '--format', 'docx');
    expect(wrong.code).not.toBe(0);
    expect(wrong.err).toBe('tillit: fel: abro-plan-2025-2027.pdf: filen är en PDF men ska läsas som docx. Ange --format pdf eller ingen --format. Ingenting har ändrats.');
  });

  it('refuses a Word document without a measure table, a protected PDF and a scan in one Swedish line each, storing nothing', async () => {
    const before = (await cli('plan', 'list')).out;
    const file = path.join(dir, 'utkast.docx');
    fs.writeFileSync(file, await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('Handlingsplan mot välfärdsbrott 2027'), new Paragraph('Åtgärderna tas fram under våren.')] }] })));
    const noTable = await cli('plan', 'import', 'utkast.docx');
    expect(noTable.code).not.toBe(0);
    expect(noTable.err.split('\n')[0]).toMatch(/^tillit: fel: utkast\.docx: hittade ingen åtgärdstabell\./u);
    const locked = await cli('plan', 'import', fixture('losenordsskyddad.pdf'));
    expect(locked.err).toBe('tillit: fel: losenordsskyddad.pdf: filen är lösenordsskyddad. Spara en kopia utan lösenord och importera den. Ingenting har ändrats.');
    expect((await cli('plan', 'list')).out).toBe(before);
  });
});
