import { describe, expect, it } from 'vitest';
import { ProblemCollector } from '../../../../../src/plans/import/import-problem.js';
import { parsePlanText } from '../../../../../src/plans/import/text/parse-plan-text.js';
import { exampleText } from '../../../../helpers/example-files.js';

function parse(text: string) {
  const problems = new ProblemCollector();
  return { ...parsePlanText(text, problems), problems };
}

const measure = (plan: ReturnType<typeof parse>, code: string) => plan.measures.find((m) => m.code === code)!;

describe('parsePlanText on Norrtälje 2024–2025 (001)', () => {
  const plan = parse(exampleText('norrtalje'));

  it('reads the eight measures of both goal areas, not the table of contents', () => {
    expect(plan.measures.map((m) => m.code)).toEqual(['1.1', '1.2', '2.1', '2.2', '2.3', '2.4', '2.5', '2.6']);
    expect(plan.goalAreas).toEqual([
      { number: '1', title: 'Kompetenshöjande insatser' },
      { number: '2', title: 'Upptäcka och förebygga' },
    ]);
    expect(plan.measures.map((m) => m.goalAreaNumber)).toEqual(['1', '1', '2', '2', '2', '2', '2', '2']);
    expect(plan.problems.errors).toEqual([]);
    expect(plan.problems.warnings).toEqual([]);
  });

  it('merges 2.3, broken across a page, back into one row', () => {
    const m = measure(plan, '2.3');
    expect(m.title).toBe('Utred förutsättningarna för ytterligare kontroller för att minska felaktiga utbetalningar (FUT) med stöd av RPA');
    expect(m.responsibleText).toBe('Enhet för säkerhet, beredskap och systemförvaltning');
    expect(m.indicators).toEqual(['Utredning och förslag på vidare åtgärder är färdigställd']);
    expect(m.deadline).toEqual({ kind: 'month', from: '2024-11-01', to: '2024-11-30', text: 'November 2024' });
  });

  it('splits indicators that lost their line breaks', () => {
    expect(measure(plan, '2.1').indicators).toEqual(['Riktlinjerna är beslutade i nämnd', 'Riktlinjerna är förankrade och kända hos socialförvaltningens medarbetare']);
    expect(measure(plan, '1.1').indicators).toEqual(['Samtliga enheter har deltagit i utbildning inom området', 'Mäta medarbetarnas skattning av kompetens inom området']);
  });

  it('takes the plan facts from the prose', () => {
    expect(plan.meta).toMatchObject({
      organisation: 'Norrtälje kommun',
      name: 'Socialnämndens handlingsplan mot välfärdsbrott och otillåten påverkan 2024-2025',
      committee: 'Socialnämnden',
      decisionReference: null,
      validTo: '2025-06-30',
      goalAreaLabel: 'målområde',
      coordinatorText: 'Enhet för säkerhet, beredskap och systemförvaltning',
    });
    expect(plan.meta.followUps!.map((f) => [f.kind, f.period.kind, f.period.from, f.period.to])).toEqual([
      ['followUp', 'month', '2025-03-01', '2025-03-31'],
      ['finalReport', 'month', '2025-08-01', '2025-08-31'],
    ]);
    expect(plan.meta.followUps![0]!.note).toBe('Den avslutade uppföljningen ska genomföras i mars 2025 inför budgetprocessen för 2026–2028.');
  });
});

describe('parsePlanText on the Norrtälje decision with its revised Bilaga 1 (000)', () => {
  const plan = parse(exampleText('norrtaljeDecision'));

  it('reads only the Bilaga’s measure tables, not the summaries or the child-rights tables', () => {
    expect(plan.measures.map((m) => m.code)).toEqual(['1.1', '1.2', '2.1', '2.2', '2.3', '2.4', '2.5', '2.6']);
    expect(plan.riskAreas).toEqual([]);
    expect(plan.problems.errors).toEqual([]);
  });

  it('has the revised deadlines and the merged 2.3', () => {
    expect(measure(plan, '1.1').deadline.text).toBe('Oktober 2024');
    expect(measure(plan, '2.3').deadline.text).toBe('Oktober 2024');
    expect(measure(plan, '2.4').deadline).toEqual({ kind: 'month', from: '2024-12-01', to: '2024-12-31', text: 'December 2024' });
    expect(measure(plan, '2.3').title).toBe('Utred förutsättningarna för ytterligare kontroller för att minska felaktiga utbetalningar (FUT) med stöd av RPA');
  });

  it('finds the decision (Socialnämnden §97) and names the same plan as 001', () => {
    expect(plan.meta).toMatchObject({
      organisation: 'Norrtälje kommun',
      name: 'Socialnämndens handlingsplan mot välfärdsbrott och otillåten påverkan 2024-2025',
      committee: 'Socialnämnden',
      decisionReference: '§97 (Dnr SN 2024-258)',
      decisionDate: null,
    });
    expect(plan.meta.followUps).toHaveLength(2);
  });
});

describe('parsePlanText on Oskarshamn 2026–2028 (003)', () => {
  const plan = parse(exampleText('oskarshamn'));

  it('reads all 32 measures under five aktivitetsområden', () => {
    expect(plan.measures).toHaveLength(32);
    expect(plan.goalAreas.map((g) => `${g.number} ${g.title}`)).toEqual([
      '1 Organisering och struktur av arbetet',
      '2 Lägesbild och samverkan',
      '3 Kunskapshöjning',
      '4 Analysera, upptäcka och åtgärda',
      '5 Uppföljning och hantera/förebygga',
    ]);
    expect(plan.measures.filter((m) => m.goalAreaNumber === '4').map((m) => m.code)).toEqual(['4.1', '4.2', '4.3', '4.4', '4.5', '4.6', '4.7', '4.8', '4.9', '4.10', '4.11', '4.12']);
    expect(plan.meta.goalAreaLabel).toBe('aktivitetsområde');
    expect(plan.problems.errors).toEqual([]);
    expect(plan.problems.warnings).toEqual([]);
  });

  it('reads "Andra halvan av 2028" as the second half of 2028 and Hultsfred’s timetable as external', () => {
    expect(measure(plan, '5.4').start).toEqual({ kind: 'half', from: '2028-07-01', to: '2028-12-31', text: 'Andra halvan av 2028' });
    expect(measure(plan, '2.8').deadline).toEqual({ kind: 'external', from: null, to: null, text: 'Hultsfreds kommun ansvarar för tidplanen' });
  });

  it('keeps the code at the start of the Åtgärd cell apart from the title', () => {
    expect(measure(plan, '4.10').title).toBe(
      'Säkerställ att styrande dokument och riktlinjer för att motverka välfärdsbrottslighet är uppdaterade och inkluderar de senaste lagändringarna och att dessa ses över regelbundet',
    );
    expect(measure(plan, '4.9').indicators).toEqual(['Beslut i kommunstyrelsen/ Kommunfullmäktige']);
  });

  it('reads the 47 risk areas with their motivation', () => {
    expect(plan.riskAreas).toHaveLength(47);
    expect(plan.riskAreas[0]).toEqual({ name: 'Alkoholutskänkningstillstånd', motivation: 'Risk för otillåten påverkan.' });
    expect(plan.riskAreas.at(-1)!.name).toBe('Överförmynderi');
    expect(plan.riskAreas.map((r) => r.name)).not.toContain('Riskområde');
  });

  it('takes the decision, validity, coordinator and follow-ups from the text', () => {
    expect(plan.meta).toMatchObject({
      organisation: 'Oskarshamns kommun',
      name: 'Handlingsplan för arbetet mot välfärdsbrottslighet 2026–2028',
      committee: 'Kommunstyrelsen',
      decisionReference: '§ 99',
      decisionDate: '2026-05-26',
      validFrom: '2026-06-01',
      validTo: '2028-12-31',
      coordinatorText: 'Samordnare för förebyggande mot välfärdsbrott',
    });
    expect(plan.meta.followUps!.map((f) => [f.kind, f.period.kind, f.period.text])).toEqual([
      ['statusReport', 'continuous', 'Två gånger om året'],
      ['followUp', 'continuous', 'Årligen'],
      ['followUp', 'season', 'hösten 2028'],
    ]);
  });
});

describe('parsePlanText on other layouts', () => {
  it('takes goal areas from markdown headings and dashes, and generates no measures from prose', () => {
    const text = [
      'Exempelby kommun',
      '# Handlingsplan mot välfärdsbrott 2026-2027',
      'Innehåll',
      'Målområde 1: Kunskap\t3',
      '### Målområde 1: Kunskap',
      '1.1 Det här är prosa som liknar en åtgärd.',
      'Åtgärd\tAnsvarig\tStart\tTidplan\tMått',
      '1.1 Utbilda\tHR-avdelningen\tQ1 2026\tQ2 2026\tAntal utbildade',
      'Fokusområde 2 - Kontroll',
      'Aktivitet\tAnsvar\tStartdatum\tSlutdatum',
      '2.1 Kontrollera\tEkonomiavdelningen\t2026\tsnart',
    ].join('\r\n');
    const plan = parse(text);
    expect(plan.measures.map((m) => [m.code, m.goalAreaNumber, m.title])).toEqual([
      ['1.1', '1', 'Utbilda'],
      ['2.1', '2', 'Kontrollera'],
    ]);
    expect(plan.goalAreas).toEqual([
      { number: '1', title: 'Kunskap' },
      { number: '2', title: 'Kontroll' },
    ]);
    expect(plan.meta.name).toBe('Handlingsplan mot välfärdsbrott 2026-2027');
    expect(plan.meta.organisation).toBe('Exempelby kommun');
    expect(plan.problems.warnings).toEqual([{ line: 11, field: 'Slutdatum', key: 'plans.import.warning.periodUnknown', vars: { text: 'snart' } }]);
  });

  it('says there is no measure table when the text has none', () => {
    const plan = parse('Handlingsplan 2026-2027\n\nBara prosa här.\nKolumn\tannan kolumn\n');
    expect(plan.problems.errors.map((e) => e.key)).toEqual(['plans.import.error.noMeasureTable']);
  });

  it('reports duplicate codes with both lines', () => {
    const plan = parse('Åtgärd\tAnsvarig\tKlar senast\n1.1 A\tX-enheten\tMaj 2026\n1.1 B\tX-enheten\tJuni 2026\n');
    expect(plan.problems.errors).toEqual([{ line: 3, field: 'Åtgärd', key: 'plans.import.error.codeDuplicate', vars: { code: '1.1', firstLine: 2 } }]);
  });
});

describe('parsePlanText on plans that state their name and decision in other words', () => {
  const table = ['Nr\tInsats\tAnsvar\tKlart', '1\tKartlägga utbetalningar\tEkonomiavdelningen\tJuni 2026'];

  it('takes a title without "för arbetet" and one year as the name, and the decision from a sentence with committee, date and §', () => {
    const plan = parse(
      [
        'Handlingsplan mot bidragsfusk 2026',
        '',
        'Bakgrund',
        'Vi vill att pengarna går till rätt personer. Planen antogs av socialnämnden den 3 februari 2026, § 14, efter samråd med förvaltningen.',
        '',
        ...table,
      ].join('\n'),
    );
    expect(plan.meta).toMatchObject({
      name: 'Handlingsplan mot bidragsfusk 2026',
      committee: 'Socialnämnden',
      decisionReference: '§ 14',
      decisionDate: '2026-02-03',
      validFrom: '2026-01-01',
      validTo: '2026-12-31',
    });
  });

  it('reads an "Åtgärdsplan" whose decision sentence gives an ISO date and the § in parentheses', () => {
    const plan = parse(['Åtgärdsplan för ett tryggt bistånd 2025–2026', '', 'Kommunfullmäktige fastställde planen 2025-01-30 (§ 7).', '', ...table].join('\n'));
    expect(plan.meta).toMatchObject({ name: 'Åtgärdsplan för ett tryggt bistånd 2025–2026', committee: 'Kommunfullmäktige', decisionReference: '§ 7', decisionDate: '2025-01-30' });
  });

  it('takes a plan title without years near the top, and a two-word committee', () => {
    const plan = parse(['VÄSTERBY KOMMUN', 'Plan mot otillåten påverkan i skolan', '', 'Beslutad av barn- och utbildningsnämnden 12 maj 2026 § 33.', '', ...table].join('\n'));
    expect(plan.meta).toMatchObject({ organisation: 'Västerby kommun', name: 'Plan mot otillåten påverkan i skolan', committee: 'Barn- och utbildningsnämnden', decisionReference: '§ 33', decisionDate: '2026-05-12' });
  });

  it('does not take a sentence about the plan for its name, nor a § without a decision for the decision', () => {
    const plan = parse(['Inledning', 'Denna plan ska följas upp varje år.', 'Enligt 5 kap. § 2 ska kommunen samverka.', '', ...table].join('\n'));
    expect(plan.meta.name).toBeNull();
    expect(plan.meta.decisionReference).toBeNull();
  });
});
