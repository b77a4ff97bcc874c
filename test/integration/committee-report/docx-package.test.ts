import JSZip from 'jszip';
import { SaxesParser } from 'saxes';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderDocxReport } from '../../../src/committee-report/docx-report.js';
import { packDocx } from '../../../src/committee-report/docx-package.js';
import { paragraphXml, run } from '../../../src/committee-report/docx-xml.js';
import { buildCommitteeReport } from '../../../src/committee-report/committee-report.js';
import { defaultOverviewSettings } from '../../../src/overview/overview-deps.js';
import { createSqliteTestDatabase, type TestDatabase } from '../../helpers/databases.js';
import { seedNorrtalje, type NorrtaljeScenario } from '../../helpers/norrtalje-scenario.js';

/** Every element of a part, as `prefix:name`; throws when the part is not well-formed XML. */
function elements(xml: string): { names: string[]; text: string } {
  const parser = new SaxesParser({ xmlns: true });
  const names: string[] = [];
  let text = '';
  parser.on('opentag', (tag) => names.push(tag.name));
  parser.on('text', (t) => (text += t));
  parser.on('error', (e) => {
    throw e;
  });
  parser.write(xml).close();
  return { names, text };
}

async function parts(docx: Buffer): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(docx);
  const out = new Map<string, string>();
  for (const file of Object.values(zip.files)) if (!file.dir) out.set(file.name, await file.async('string'));
  return out;
}

/** The package's promises a Word reader relies on: content types and relationships that point at parts that exist. */
function expectConsistentPackage(files: Map<string, string>) {
  for (const [name, xml] of files) expect(() => elements(xml), name).not.toThrow();
  const types = files.get('[Content_Types].xml')!;
  for (const name of files.keys()) {
    const extension = name.split('.').pop()!;
    expect(types.includes(`PartName="/${name}"`) || types.includes(`Extension="${extension}"`), name).toBe(true);
  }
  for (const [rels, base] of [['_rels/.rels', ''], ['word/_rels/document.xml.rels', 'word/']] as const) {
    for (const [, target] of files.get(rels)!.matchAll(/Target="([^"]+)"/g)) expect(files.has(base + target!), `${rels} → ${target}`).toBe(true);
  }
  expect(files.get('word/document.xml')).toContain('r:id="rId6"');
  expect(files.get('word/_rels/document.xml.rels')).toContain('Id="rId6" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"');
}

describe('the committee report docx package', () => {
  let database: TestDatabase;
  let s: NorrtaljeScenario;

  beforeAll(async () => {
    database = await createSqliteTestDatabase();
    s = await seedNorrtalje(database.db);
  });
  afterAll(async () => database?.destroy());

  it('is a zip whose parts are well-formed XML, typed, and related as Word expects', async () => {
    const deps = { db: database.db, clock: s.clock, timeZone: 'Europe/Stockholm', settings: defaultOverviewSettings };
    const report = await buildCommitteeReport(deps, { viewer: { kind: 'person', personId: s.people.anna, place: { kind: 'private' } }, planId: s.planId });
    const files = await parts(await renderDocxReport(report, 'sv'));
    expect([...files.keys()]).toEqual(
      expect.arrayContaining(['[Content_Types].xml', '_rels/.rels', 'docProps/core.xml', 'word/document.xml', 'word/styles.xml', 'word/numbering.xml', 'word/footer1.xml', 'word/theme/theme1.xml']),
    );
    expectConsistentPackage(files);
    const body = elements(files.get('word/document.xml')!).names;
    expect(body.filter((n) => n === 'w:tbl').length).toBe(2 + 8); // plan facts, summary, one per measure
    expect(body.at(-1)).toBe('w:docGrid'); // the section (page size, margins, footer) closes the body
    expect(elements(files.get('word/footer1.xml')!).names).toContain('w:fldChar');
    expect(elements(files.get('docProps/core.xml')!).text).toContain('Statusrapport – Socialnämndens handlingsplan');
  });

  it('keeps text with markup characters and drops characters XML cannot hold', async () => {
    const text = 'Kommentar <b>"A & B"</b>\u0001\uD800 – klar 👍';
    const files = await parts(await packDocx({ title: 'T & <t>', description: 'd', body: [paragraphXml([run(text)])], footer: paragraphXml([run('f')]) }));
    expectConsistentPackage(files);
    expect(elements(files.get('word/document.xml')!).text).toBe('Kommentar <b>"A & B"</b> – klar 👍');
    expect(elements(files.get('docProps/core.xml')!).text).toContain('T & <t>');
  });
});
