import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../helpers/cli-runner.js';
import { dialects, type TestDatabase } from '../../helpers/databases.js';
import { examplePath } from '../../helpers/example-files.js';
import { registerSnapshot } from '../../helpers/register-snapshot.js';
import { workbookBytes } from '../../helpers/xlsx.js';

describe.each(dialects)('tillit plan and owners commands on $name', ({ create }) => {
  let database: TestDatabase;
  let dir: string;
  const cli = (...args: string[]) => runCli(args, { env: { DATABASE_URL: database.url }, cwd: dir });

  beforeAll(async () => {
    database = await create();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tillit-cli-'));
  });
  afterAll(async () => {
    await database?.destroy();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('imports Norrtälje, then its revision, and prints the three moved deadlines', async () => {
    const first = await cli('plan', 'import', examplePath('norrtalje'));
    expect(first.code).toBe(0);
    expect(first.out).toContain('ny plan norrtalje-2024-2025');
    expect(first.out).toContain('2 områden, 8 åtgärder, 4 ansvariga enheter');
    expect(first.out).toContain('Står inte i filen: beslutsparagraf (--decision-reference), beslutsdatum (--decision-date)');
    const second = await cli('plan', 'import', examplePath('norrtaljeDecision'));
    expect(second.code).toBe(0);
    expect(second.out).toContain('revision 2 av norrtalje-2024-2025');
    expect(second.out.split('\n').filter((l) => l.startsWith('  Flyttat sista datum'))).toEqual([
      '  Flyttat sista datum 1.1 (Genomföra medvetandegörande aktivitet för hela förvaltningen för att säkerställa grundläggande kompetens inom området): December 2024 → Oktober 2024',
      '  Flyttat sista datum 2.3 (Utred förutsättningarna för ytterligare kontroller för att minska felaktiga utbetalningar (FUT) med stöd av RPA): November 2024 → Oktober 2024',
      '  Flyttat sista datum 2.4 (Säkerställ att socialförvaltningen arbetar i enighet med kommunens beslutade riktlinjer för bakgrundskontroller): Februari 2025 → December 2024',
    ]);
    const diff = await cli('plan', 'diff', 'norrtalje-2024-2025');
    expect(diff.out.split('\n').filter((l) => l.includes('Flyttat sista datum'))).toHaveLength(3);
    const json = JSON.parse((await cli('plan', 'diff', 'norrtalje-2024-2025', '--json')).out);
    expect(json.diff.changed.map((c: { code: string }) => c.code)).toEqual(['1.1', '2.3', '2.4']);
    expect((await cli('plan', 'diff', 'norrtalje-2024-2025', '--revision', '1')).out).toContain('första revision');
  });

  it('shows a plan as text and as the documented JSON', async () => {
    const imported = await cli('plan', 'import', examplePath('oskarshamn'), '--key', 'oskarshamn-2026-2028');
    expect(imported.err).toBe('');
    expect(imported.code).toBe(0);
    const text = await cli('plan', 'show', 'oskarshamn-2026-2028');
    expect(text.out).toContain('Aktivitetsområde 5: Uppföljning och hantera/förebygga');
    expect(text.out).toContain('Start: Andra halvan av 2028 (från och med 2028-07-01) · Klar senast: December 2028 (till och med 2028-12-29)');
    expect(text.out).toContain('Klar senast: Hultsfreds kommun ansvarar för tidplanen (extern tidplan, ingen påminnelse)');
    expect(text.out).toContain('Ansvarig: Ekonomichefen och beslut av Kommunfullmäktige → enheter: Ekonomichefen (saknar mottagare)');
    const view = JSON.parse((await cli('plan', 'show', 'oskarshamn-2026-2028', '--json')).out);
    expect(view.format).toBe('tillit.plan/1');
    expect(view.measures).toHaveLength(32);
    expect(view.measures.find((m: { code: string }) => m.code === '5.4').start).toEqual({ kind: 'half', from: '2028-07-01', to: '2028-12-31', text: 'Andra halvan av 2028' });
    const list = await cli('plan', 'list');
    expect(list.out.split('\n')).toEqual([
      'norrtalje-2024-2025  Norrtälje kommun – Socialnämndens handlingsplan mot välfärdsbrott och otillåten påverkan 2024-2025 (revision 2, 8 åtgärder) – 4 enheter saknar mottagare',
      'oskarshamn-2026-2028  Oskarshamns kommun – Handlingsplan för arbetet mot välfärdsbrottslighet 2026–2028 (revision 1, 32 åtgärder) – 10 enheter saknar mottagare',
    ]);
  });

  it('round-trips an XLSX spreadsheet through import → show --json', async () => {
    const file = path.join(dir, 'kalkyl.xlsx');
    fs.writeFileSync(
      file,
      await workbookBytes([{ name: 'Plan', rows: [['Nr', 'Aktivitet', 'Ansvar', 'Startdatum', 'Tidsplan', 'Mått'], ['A1', 'Kartlägg risker', 'Samordnarna', 'Våren 2026', 'T2 2026', 'Lista på risker']] }]),
    );
    const imported = await cli('plan', 'import', 'kalkyl.xlsx', '--organisation', 'Kalkylby kommun', '--name', 'Kalkylplan 2026', '--key', 'kalkyl-2026', '--decision-date', '2026-01-20');
    expect(imported.code).toBe(0);
    const view = JSON.parse((await cli('plan', 'show', 'kalkyl-2026', '--json')).out);
    expect(view.plan).toMatchObject({ organisation: 'Kalkylby kommun', name: 'Kalkylplan 2026', decision: { reference: null, date: '2026-01-20' } });
    expect(view.measures).toEqual([
      {
        code: 'A1',
        goalArea: null,
        title: 'Kartlägg risker',
        responsible: 'Samordnarna',
        owners: [{ id: expect.any(String), name: 'Samordnarna' }],
        start: { kind: 'season', from: '2026-01-01', to: '2026-06-30', text: 'Våren 2026' },
        deadline: { kind: 'tertial', from: '2026-05-01', to: '2026-08-31', text: 'T2 2026' },
        due: '2026-08-31',
        indicators: ['Lista på risker'],
        notes: null,
      },
    ]);
  });

  it('exports a plan as YAML that imports back unchanged', async () => {
    const exported = await cli('plan', 'export', 'oskarshamn-2026-2028', '-o', 'oskarshamn.yaml');
    expect(exported.code).toBe(0);
    const again = await cli('plan', 'import', 'oskarshamn.yaml');
    expect(again.out).toContain('är oförändrad jämfört med revision 1 av oskarshamn-2026-2028');
  });

  it('refuses bad files with one line per error, a non-zero exit and an unchanged register', async () => {
    fs.writeFileSync(path.join(dir, 'fel.csv'), 'Namn;Telefon\nAnna;123\n');
    fs.writeFileSync(path.join(dir, 'dubbel.csv'), 'Nr;Åtgärd;Ansvarig;Klar senast\n1;A;X;Maj 2026\n1;B;X;när som helst\n;;Y;Juni 2026\n');
    fs.writeFileSync(path.join(dir, 'stor.txt'), Buffer.alloc(20_000_000, 0x20));
    fs.writeFileSync(path.join(dir, 'skräp.bin'), Buffer.from(Array.from({ length: 3000 }, (_, i) => (i * 97 + 13) % 256)));
    const before = await registerSnapshot(database.db);

    const header = await cli('plan', 'import', 'fel.csv', '--organisation', 'X', '--name', 'Y');
    expect(header).toEqual({
      code: 1,
      out: '',
      err: 'tillit: fel: fel.csv, rad 1: hittade ingen rubrikrad med kolumnerna Åtgärd och Ansvarig/Start/Klar senast. Första raden med innehåll är: Namn | Telefon. Ingenting har ändrats.',
    });
    const duplicates = await cli('plan', 'import', 'dubbel.csv', '--organisation', 'X', '--name', 'Y');
    expect(duplicates.code).toBe(1);
    expect(duplicates.err.split('\n')).toEqual([
      'dubbel.csv, rad 3, kolumn "Nr": åtgärdsnumret 1 finns redan på rad 2. Varje åtgärd behöver ett eget nummer.',
      'dubbel.csv, rad 4, kolumn "Åtgärd": raden har innehåll men ingen åtgärd (kolumnen är tom).',
      'tillit: fel: dubbel.csv importerades inte: 2 fel (se ovan). Ingenting har ändrats.',
    ]);
    const big = await cli('plan', 'import', 'stor.txt');
    expect(big.code).toBe(1);
    expect(big.err).toBe('tillit: fel: stor.txt: filen är 20,0 MB; Tillit läser planfiler på högst 10,0 MB. Dela upp filen eller ta bort bilder och bilagor. Ingenting har ändrats.');
    const garbage = await cli('plan', 'import', 'skräp.bin', '--format', 'text');
    expect(garbage.err).toContain('filen innehåller inte text');
    expect((await cli('plan', 'import', 'finns-inte.csv')).err).toBe('tillit: fel: det finns ingen fil finns-inte.csv.');
    expect((await cli('plan', 'import', 'fel.csv', '--format', 'odt')).code).toBe(2);
    const notPdf = await cli('plan', 'import', 'fel.csv', '--format', 'pdf');
    expect(notPdf.code).toBe(1);
    expect(notPdf.err).toMatch(/^tillit: fel: fel\.csv/);
    expect((await cli('plan', 'show', 'okänd')).err).toBe('tillit: fel: det finns ingen plan "okänd" i registret. Planerna där: kalkyl-2026, norrtalje-2024-2025, oskarshamn-2026-2028.');
    expect(await registerSnapshot(database.db)).toEqual(before);
  });

  it('warns about dates it cannot read and still imports, with --dry-run storing nothing', async () => {
    fs.writeFileSync(path.join(dir, 'datum.csv'), 'Åtgärd;Ansvarig;Klar senast\n1.1 A;Samordnarna;snart\n');
    const before = await registerSnapshot(database.db);
    const dry = await cli('plan', 'import', 'datum.csv', '--organisation', 'Datumby kommun', '--name', 'Datumplan 2026', '--dry-run');
    expect(dry.out).toContain('går att importera; inget sparades (--dry-run)');
    expect(await registerSnapshot(database.db)).toEqual(before);
    const real = await cli('plan', 'import', 'datum.csv', '--organisation', 'Datumby kommun', '--name', 'Datumplan 2026');
    expect(real.out).toContain('Obs: datum.csv, rad 2, kolumn "Klar senast": "snart" kunde inte tolkas som en tidpunkt.');
  });

  it('assigns owners from a CSV and by hand, lists who is missing, and gives plan roles', async () => {
    const imported = await cli('owners', 'import', examplePath('owners'));
    expect(imported.out).toBe(`Importerade ${examplePath('owners')}: 5 kopplingar i 4 enheter.`);
    const set = await cli('owners', 'set', 'enhet för mottagning och ekonomiskt bistånd', 'Cecilia.Carlsson@tillit.example');
    expect(set.out).toBe('Enhet för mottagning och ekonomiskt bistånd: cecilia.carlsson@tillit.example');
    const typo = await cli('owners', 'set', 'Samordnare', 'x@kommun.se');
    expect(typo.code).toBe(1);
    expect(typo.err).toContain('det finns ingen enhet "Samordnare" i någon plan');
    const list = await cli('owners', 'list', '--missing');
    expect(list.out).toContain('Kommundirektören  (åtgärd 2.8 i oskarshamn-2026-2028)\n  saknar mottagare');
    expect(list.out).not.toContain('Samordnarna  (');
    const all = await cli('owners', 'list');
    expect(all.out).toContain('Samordnarna  (åtgärd 1.1 i datumby-2026; åtgärd A1 i kalkyl-2026; åtgärd 1.1, 1.2, 1.3');
    expect(all.out).toContain('  anna.andersson@tillit.example – har inte öppnat Tillit i Teams än');
    const role = await cli('plan', 'role', 'oskarshamn-2026-2028', 'samordnare', 'anna.andersson@tillit.example');
    expect(role.out).toBe('anna.andersson@tillit.example är nu samordnare för oskarshamn-2026-2028.');
    expect((await cli('plan', 'show', 'oskarshamn-2026-2028')).out).toContain('Samordnare i Tillit: anna.andersson@tillit.example');
    const badRole = await cli('plan', 'role', 'oskarshamn-2026-2028', 'chef', 'a@b.se');
    expect(badRole).toMatchObject({ code: 2 });
    expect(badRole.err).toContain('"chef" är ingen roll');
  });

  it('has Swedish help for every command', async () => {
    for (const command of [['plan'], ['plan', 'import'], ['plan', 'show'], ['plan', 'diff'], ['plan', 'role'], ['plan', 'export'], ['owners'], ['owners', 'set']]) {
      const help = await cli(...command, '--help');
      expect(help.code).toBe(0);
      expect(help.out).toMatch(/Användning:/);
      expect(help.out).not.toMatch(/display help for command|Usage:/);
    }
  });
});
