import { describe, expect, it } from 'vitest';
import { buildDraft } from '../../../../../src/plans/import/build-draft.js';
import { ProblemCollector } from '../../../../../src/plans/import/import-problem.js';
import { parsePlanFile } from '../../../../../src/plans/import/plan-file/parse-plan-file.js';
import { formatPlanFile } from '../../../../../src/plans/import/plan-file/to-plan-file.js';
import { parsePlanText } from '../../../../../src/plans/import/text/parse-plan-text.js';
import { exampleText } from '../../../../helpers/example-files.js';

function read(source: string, format: 'yaml' | 'json' = 'yaml') {
  const problems = new ProblemCollector();
  const parsed = parsePlanFile(source, format, problems);
  return { parsed, problems };
}

describe('parsePlanFile', () => {
  it('reads the documented example with every field', () => {
    const { parsed, problems } = read(exampleText('yaml'));
    expect(problems.errors).toEqual([]);
    expect(parsed!.meta).toMatchObject({
      key: 'exempelby-2026-2027',
      organisation: 'Exempelby kommun',
      committee: 'Socialnämnden',
      decisionReference: '§ 42',
      decisionDate: '2026-02-18',
      validFrom: '2026-03-01',
      validTo: '2027-12-31',
      goalAreaLabel: 'målområde',
      coordinatorText: 'Enheten för säkerhet och beredskap',
      reminderRules: { daysBefore: [30, 10] },
    });
    expect(parsed!.meta.followUps!.map((f) => [f.kind, f.period.kind])).toEqual([['statusReport', 'tertial'], ['followUp', 'month'], ['finalReport', 'season']]);
    expect(parsed!.measures.map((m) => m.code)).toEqual(['1.1', '1.2', '2.1', '2.2', '2.10']);
    const m210 = parsed!.measures[4]!;
    expect(m210.ownerUnits).toEqual(['HR-avdelningen', 'Samordnarna']);
    expect(m210.deadline).toEqual({ kind: 'day', from: '2027-06-30', to: '2027-06-30', text: '2027-06-30' });
    expect(parsed!.measures[2]!.ownerUnits).toEqual(['Enhet för mottagning och ekonomiskt bistånd', 'Samordnarna']);
    expect(parsed!.measures[2]!.indicators).toEqual(['Andel e-ansökningar med kontrollerat kontoutdrag']);
  });

  it('keeps codes as written: 4.10 is not 4.1', () => {
    const { parsed } = read('organisation: X\nname: Y\nmeasures:\n  - code: 4.1\n    title: A\n  - code: 4.10\n    title: B\n');
    expect(parsed!.measures.map((m) => m.code)).toEqual(['4.1', '4.10']);
  });

  it('names the line and field of every schema error', () => {
    const { parsed, problems } = read(
      ['organisation: X', 'name: Y', 'decision:', '  date: 22 maj 2024', 'goalAreas:', '  - number: 1', '    title: A', '    measures:', '      - code: "1.1"', '        dedline: Maj 2024', '      - code: "1.2"'].join('\n'),
    );
    expect(parsed).toBeUndefined();
    expect(problems.errors).toEqual([
      { line: 4, field: 'decision.date', key: 'plans.import.error.fieldDate', vars: { keys: '' } },
      { line: 9, field: 'goalAreas[0].measures[0].title', key: 'plans.import.error.fieldRequired', vars: { keys: '' } },
      { line: 10, field: 'goalAreas[0].measures[0].dedline', key: 'plans.import.error.fieldUnknown', vars: { keys: 'dedline' } },
      { line: 11, field: 'goalAreas[0].measures[1].title', key: 'plans.import.error.fieldRequired', vars: { keys: '' } },
    ]);
  });

  it('reports YAML and JSON syntax errors with their line', () => {
    expect(read('organisation: X\nname: [Y\nmeasures: 1\n').problems.errors[0]).toMatchObject({ key: 'plans.import.error.yamlSyntax' });
    expect(read('{\n  "organisation": "X"\n  "name": "Y"\n}', 'json').problems.errors).toEqual([{ line: 3, key: 'plans.import.error.jsonSyntax' }]);
    expect(read('- a\n- b\n').problems.errors).toEqual([{ line: 1, key: 'plans.import.error.fileNotObject' }]);
  });

  it('reads JSON with the same schema', () => {
    const { parsed, problems } = read(JSON.stringify({ organisation: 'X', name: 'Y', measures: [{ code: '1', title: 'A', deadline: 'Maj 2026', indicators: ['a', 'b'] }] }), 'json');
    expect(problems.errors).toEqual([]);
    expect(parsed!.measures[0]).toMatchObject({ code: '1', deadline: { kind: 'month' }, indicators: ['a', 'b'], goalAreaNumber: null });
  });

  it('refuses reminder rules that would not work, naming their line, instead of falling back to the defaults later', () => {
    const { parsed, problems } = read(['organisation: X', 'name: Y', 'reminders:', '  daysBefore: 10', '  escalation:', '    afterWeks: 3', 'measures:', '  - { code: "1", title: A }'].join('\n'));
    expect(parsed).toBeUndefined();
    expect(problems.errors).toEqual([
      { line: 4, field: 'reminders.daysBefore', key: 'plans.import.error.reminderRule', vars: { message: 'måste vara en lista med antal dagar, t.ex. [30, 7]' } },
      { line: 6, field: 'reminders.escalation.afterWeeks', key: 'plans.import.error.reminderRule', vars: { message: 'måste vara ett antal veckor (ett heltal)' } },
      { line: 6, field: 'reminders.escalation.afterWeks', key: 'plans.import.error.reminderRule', vars: { message: 'okänd inställning (stavfel?)' } },
    ]);
  });

  it('refuses duplicate codes and measures pointing at a goal area that does not exist', () => {
    const { problems } = read('organisation: X\nname: Y\nmeasures:\n  - { code: "1", title: A, goalArea: "9" }\n  - { code: "1", title: B }\n');
    expect(problems.errors.map((e) => e.key)).toEqual(['plans.import.error.goalAreaUnknown', 'plans.import.error.codeDuplicateFile']);
  });
});

describe('formatPlanFile', () => {
  it.each(['yaml', 'json'] as const)('gives back the same plan when the %s it writes is read again', (format) => {
    const problems = new ProblemCollector();
    const original = buildDraft(parsePlanText(exampleText('oskarshamn'), problems), { key: 'oskarshamn-2026-2028' }, problems)!;
    const again = read(formatPlanFile(original, format), format);
    expect(again.problems.errors).toEqual([]);
    const roundTripped = buildDraft(again.parsed!, {}, new ProblemCollector())!;
    expect(JSON.stringify(roundTripped)).toBe(JSON.stringify(original));
  });

  it('writes owners only when they differ from what the responsible text says', () => {
    const problems = new ProblemCollector();
    const draft = buildDraft(read(exampleText('yaml')).parsed!, {}, problems)!;
    const yaml = formatPlanFile(draft, 'yaml');
    expect(yaml.match(/owners:/g)).toHaveLength(1);
  });
});
