import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDraft } from '../../src/plans/import/build-draft.js';
import { ProblemCollector } from '../../src/plans/import/import-problem.js';
import { parsePlanFile } from '../../src/plans/import/plan-file/parse-plan-file.js';
import type { PlanView } from '../../src/plans/plan-view.js';
import { exampleText } from '../helpers/example-files.js';

const readme = fs.readFileSync(path.resolve(import.meta.dirname, '../../README.md'), 'utf8');

function block(language: string, heading: string): string {
  const section = readme.slice(readme.indexOf(heading));
  const match = new RegExp('```' + language + '\\n([\\s\\S]*?)```').exec(section);
  if (!match) throw new Error(`no ${language} block after ${heading}`);
  return match[1]!;
}

function draftOf(yaml: string) {
  const problems = new ProblemCollector();
  const draft = buildDraft(parsePlanFile(yaml, 'yaml', problems)!, {}, problems);
  expect(problems.errors).toEqual([]);
  return draft;
}

/** Every key path in a JSON value ("plan.decision.date", "measures[].start.kind"). */
function keyPaths(value: unknown, prefix = ''): string[] {
  if (Array.isArray(value)) return value.length > 0 ? keyPaths(value[0], `${prefix}[]`) : [];
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, v]) => [`${prefix}.${key}`, ...keyPaths(v, `${prefix}.${key}`)]);
}

describe('the README', () => {
  it('documents the plan file with the shipped example, which reads without errors', () => {
    expect(draftOf(block('yaml', "### Tillit's plan file"))).toEqual(draftOf(exampleText('yaml')));
  });

  it('documents every field of `plan show --json`', () => {
    const documented = JSON.parse(block('json', '### `plan show --json`')) as PlanView;
    const expected: PlanView = {
      format: 'tillit.plan/1',
      plan: {
        id: '', key: '', organisation: '', name: '', committee: null, decision: { reference: null, date: null }, validity: { from: null, to: null },
        goalAreaLabel: '', coordinator: null, followUps: [{ kind: 'followUp', period: { kind: 'day', from: null, to: null, text: '' }, note: null }],
        riskAreas: [{ name: '', motivation: '' }], reminders: null, revision: 1,
      },
      goalAreas: [{ number: '', title: '' }],
      measures: [{
        code: '', goalArea: null, title: '', responsible: '', owners: [{ id: '', name: '' }], start: { kind: 'day', from: null, to: null, text: '' },
        deadline: { kind: 'day', from: null, to: null, text: '' }, due: null, indicators: [''], notes: null,
      }],
    };
    expect(keyPaths(documented).sort()).toEqual(keyPaths(expected).sort());
  });
});
