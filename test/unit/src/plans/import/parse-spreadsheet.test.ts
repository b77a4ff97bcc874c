import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../../../src/plans/import/decode-text.js';
import { ProblemCollector } from '../../../../../src/plans/import/import-problem.js';
import { parseSpreadsheet } from '../../../../../src/plans/import/spreadsheet/parse-spreadsheet.js';
import { detectDelimiter, readCsv } from '../../../../../src/plans/import/spreadsheet/read-csv.js';
import { readXlsx } from '../../../../../src/plans/import/spreadsheet/read-xlsx.js';
import { exampleText } from '../../../../helpers/example-files.js';
import { workbookBytes } from '../../../../helpers/xlsx.js';

function csvPlan(text: string) {
  const problems = new ProblemCollector();
  const sheet = readCsv(text, problems);
  return { ...parseSpreadsheet([sheet], problems), problems };
}

describe('readCsv', () => {
  it('reads ";" and "," files, quoted fields with line breaks and doubled quotes, a BOM and Windows line endings', () => {
    const problems = new ProblemCollector();
    const semicolon = readCsv('\uFEFFÅtgärd;Ansvarig\r\n"1.1 Gör\r\nmer";"Enhet ""A"""\r\n\r\n2.1 X;Y\r\n', problems);
    expect(semicolon.rows).toEqual([
      { line: 1, cells: ['Åtgärd', 'Ansvarig'] },
      { line: 2, cells: ['1.1 Gör\nmer', 'Enhet "A"'] },
      { line: 4, cells: [''] },
      { line: 5, cells: ['2.1 X', 'Y'] },
    ]);
    expect(readCsv('Åtgärd,Ansvarig\n"1.1 a, b",C\n', problems).rows[1]!.cells).toEqual(['1.1 a, b', 'C']);
    expect(problems.errors).toEqual([]);
  });

  it('picks the separator used most on the first line, outside quotes', () => {
    expect(detectDelimiter('"a,b";c;d\n')).toBe(';');
    expect(detectDelimiter('a,b,c\n')).toBe(',');
    expect(detectDelimiter('a\tb\tc\n')).toBe('\t');
    expect(detectDelimiter('ensam\n')).toBe(';');
  });

  it('reports a quote that is never closed, with its line', () => {
    const problems = new ProblemCollector();
    readCsv('Åtgärd;Ansvarig\n1.1 a;"öppen\n', problems);
    expect(problems.errors).toEqual([{ line: 2, key: 'plans.import.error.csvQuote' }]);
  });
});

describe('decodeText', () => {
  it('reads UTF-8, UTF-16 with BOM and Windows-1252 (Excel’s semicolon CSV)', () => {
    expect(decodeText(new TextEncoder().encode('\uFEFFÅtgärd'))).toBe('Åtgärd');
    expect(decodeText(new Uint8Array([0xff, 0xfe, ...Buffer.from('Åtgärd', 'utf16le')]))).toBe('Åtgärd');
    expect(decodeText(new Uint8Array([0xc5, 0x74, 0x67, 0xe4, 0x72, 0x64]))).toBe('Åtgärd');
  });

  it('refuses binary content', () => {
    expect(decodeText(new Uint8Array([0x41, 0x00, 0x42]))).toBeUndefined();
    expect(decodeText(new Uint8Array(Array.from({ length: 400 }, (_, i) => (i * 7919) % 32)))).toBeUndefined();
  });
});

describe('parseSpreadsheet', () => {
  it('reads the example CSV: facts above the header, goal-area rows, a Nr column, multi-line indicators', () => {
    const plan = csvPlan(exampleText('csv'));
    expect(plan.problems.errors).toEqual([]);
    expect(plan.meta).toMatchObject({ organisation: 'Exempelby kommun', name: 'Handlingsplan mot välfärdsbrott 2026–2027 (kalkylblad)', committee: 'Socialnämnden', validTo: '2027-12-31' });
    expect(plan.meta.followUps).toEqual([{ kind: 'followUp', period: { kind: 'month', from: '2027-03-01', to: '2027-03-31', text: 'mars 2027' }, note: null }]);
    expect(plan.goalAreas).toEqual([
      { number: '1', title: 'Kompetenshöjande insatser' },
      { number: '2', title: 'Upptäcka och förebygga' },
    ]);
    expect(plan.measures.map((m) => [m.code, m.goalAreaNumber])).toEqual([['1.1', '1'], ['1.2', '1'], ['2.1', '2'], ['2.2', '2']]);
    expect(plan.measures[0]!.indicators).toEqual(['Andel chefer som gått utbildningen', 'Chefernas skattning av sin kunskap']);
    expect(plan.measures[2]!.title).toBe('Inför kontroll av kontoutdrag vid e-ansökan; även för pappersansökan');
    expect(plan.measures[3]!.deadline.kind).toBe('external');
  });

  it.each([
    ['Aktivitet;Ansvar;Start;Tidsplan;Indikator', 'aktivitet'],
    ['Insats,Ansvarig enhet,Startdatum,Slutdatum,Mått', 'insats'],
    ['Åtgärd;Ansvariga;Start;Klart senast;Indikatorer (mått)', 'klart senast'],
    ['Kod;Åtgärd;Ansvarig;Start;Tidplan;Indikatorer', 'kod column'],
  ])('recognises the headings %s (%s)', (header, _label) => {
    const sep = header.includes(';') ? ';' : ',';
    const withCode = header.startsWith('Kod');
    const row = [...(withCode ? ['3.1'] : []), withCode ? 'Gör något' : '3.1 Gör något', 'Samordnarna', 'Maj 2026', 'Q4 2026', 'Klart'].join(sep);
    const plan = csvPlan(`${header}\n${row}\n`);
    expect(plan.problems.errors).toEqual([]);
    expect(plan.measures).toHaveLength(1);
    expect(plan.measures[0]).toMatchObject({ code: '3.1', title: 'Gör något', ownerUnits: ['Samordnarna'], deadline: { kind: 'quarter', from: '2026-10-01' } });
  });

  it('takes goal areas from a goal-area column', () => {
    const plan = csvPlan('Målområde;Åtgärd;Ansvarig;Klar senast\n1: Kunskap;1.1 A;X-enheten;Maj 2026\nKontroll;2.1 B;Y-enheten;Juni 2026\n');
    expect(plan.goalAreas).toEqual([{ number: '1', title: 'Kunskap' }, { number: '2', title: 'Kontroll' }]);
    expect(plan.measures.map((m) => m.goalAreaNumber)).toEqual(['1', '2']);
    expect(plan.meta.goalAreaLabel).toBe('målområde');
  });

  it('merges a row broken across a page (empty Nr, empty dates) into the row above', () => {
    const plan = csvPlan('Nr;Åtgärd;Ansvarig;Start;Klar senast;Indikatorer\n2.3;Utred förutsättningarna;Enhet för säkerhet, beredskap och;Maj 2024;November 2024;Utredning är\n;för fler kontroller;systemförvaltning;;;färdigställd\n2.4;Nästa;X-enheten;Maj 2024;Februari 2025;\n');
    expect(plan.problems.errors).toEqual([]);
    expect(plan.measures.map((m) => [m.code, m.title, m.responsibleText, m.indicators])).toEqual([
      ['2.3', 'Utred förutsättningarna för fler kontroller', 'Enhet för säkerhet, beredskap och systemförvaltning', ['Utredning är färdigställd']],
      ['2.4', 'Nästa', 'X-enheten', []],
    ]);
  });

  it('numbers measures in order when the sheet has no codes, and says so', () => {
    const plan = csvPlan('Åtgärd;Ansvarig;Klar senast\nFörsta;X-enheten;Maj 2026\nAndra;X-enheten;Juni 2026\n');
    expect(plan.measures.map((m) => m.code)).toEqual(['1', '2']);
    expect(plan.problems.warnings.map((w) => w.key)).toContain('plans.import.warning.codesGenerated');
  });

  it('skips empty rows but refuses rows with content and no measure', () => {
    const plan = csvPlan('Åtgärd;Ansvarig;Klar senast\n;;\n1.1 A;X-enheten;Maj 2026\n ; ; \n;Y-enheten;Juni 2026\n');
    expect(plan.measures.map((m) => m.code)).toEqual(['1.1']);
    expect(plan.problems.errors).toEqual([{ line: 5, field: 'Åtgärd', key: 'plans.import.error.rowWithoutMeasure' }]);
  });

  it('flags dates it cannot read and keeps them as unknown', () => {
    const plan = csvPlan('Åtgärd;Ansvarig;Klar senast\n1.1 A;X-enheten;när det passar\n');
    expect(plan.measures[0]!.deadline).toEqual({ kind: 'unknown', from: null, to: null, text: 'när det passar' });
    expect(plan.problems.warnings).toEqual([{ line: 2, field: 'Klar senast', key: 'plans.import.warning.periodUnknown', vars: { text: 'när det passar' } }]);
  });

  it('names what it found when there is no header row', () => {
    const plan = csvPlan('Namn;Telefon\nAnna;123\n');
    expect(plan.problems.errors).toEqual([{ line: 1, key: 'plans.import.error.headerNotFound', vars: { found: 'Namn | Telefon' } }]);
  });
});

describe('readXlsx', () => {
  it('reads sheets named after goal areas, dates as days and month-formatted dates as months', async () => {
    const bytes = await workbookBytes([
      { name: 'Målområde 1 Kunskap', rows: [['Handlingsplan 2026–2027'], [], ['Nr', 'Åtgärd', 'Ansvarig', 'Start', 'Klar senast'], ['1.1', 'Utbilda', 'HR-avdelningen', { month: new Date(Date.UTC(2026, 3, 1)) }, new Date(Date.UTC(2026, 8, 30))]] },
      { name: 'Målområde 2 Kontroll', rows: [['Nr', 'Åtgärd', 'Ansvarig', 'Start', 'Klar senast'], ['2.1', 'Kontrollera', 'Ekonomi', 'Q1 2026', 2027]] },
      { name: 'Riskområden', rows: [['Riskområde', 'Motivering'], ['Bygglov', 'Risk för otillåten påverkan.']] },
    ]);
    const problems = new ProblemCollector();
    const plan = parseSpreadsheet(await readXlsx(bytes, problems), problems);
    expect(problems.errors).toEqual([]);
    expect(plan.meta.name).toBe('Handlingsplan 2026–2027');
    expect(plan.goalAreas).toEqual([{ number: '1', title: 'Kunskap' }, { number: '2', title: 'Kontroll' }]);
    expect(plan.measures.map((m) => [m.code, m.goalAreaNumber, m.start.kind, m.start.from, m.deadline.kind, m.deadline.to])).toEqual([
      ['1.1', '1', 'month', '2026-04-01', 'day', '2026-09-30'],
      ['2.1', '2', 'quarter', '2026-01-01', 'year', '2027-12-31'],
    ]);
    expect(plan.riskAreas).toEqual([{ name: 'Bygglov', motivation: 'Risk för otillåten påverkan.' }]);
  });
});

describe('parseSpreadsheet with text as other systems write it', () => {
  it('matches headings and units written in decomposed Unicode (as saved on a Mac)', () => {
    const nfd = 'Åtgärd;Ansvarig;Klar senast\n1.1 A;Säkerhetsavdelningen;Maj 2026\n'.normalize('NFD');
    const text = decodeText(new TextEncoder().encode(nfd))!;
    const plan = csvPlan(text);
    expect(plan.problems.errors).toEqual([]);
    expect(plan.measures[0]!.ownerUnits).toEqual(['Säkerhetsavdelningen']);
    expect(plan.measures[0]!.ownerUnits[0]).toBe('Säkerhetsavdelningen'.normalize('NFC'));
  });

  it('does not repeat a Nr in the title when the title also starts with it', () => {
    const plan = csvPlan('Nr;Åtgärd;Ansvarig;Klar senast\n2.1;2.1 Kontrollera;X-enheten;Maj 2026\n3;2026 års kontroll;X-enheten;Maj 2026\n');
    expect(plan.measures.map((m) => [m.code, m.title])).toEqual([['2.1', 'Kontrollera'], ['3', '2026 års kontroll']]);
  });
});
