import { describe, expect, it } from 'vitest';
import type { Plan } from '../../../../src/plans/plan.js';
import { linkRiskAreas } from '../../../../src/reports/statistics/risk-area-links.js';
import { oskarshamnRiskAreas } from '../../../helpers/oskarshamn-risk-areas.js';

function plan(riskAreas: Plan['riskAreas']): Plan {
  return {
    id: 'p',
    key: 'oskarshamn-2026-2028',
    organisation: 'Oskarshamns kommun',
    name: 'Handlingsplan för arbetet mot välfärdsbrottslighet 2026–2028',
    committee: null,
    decision: { reference: null, date: null },
    validity: { from: null, to: null },
    goalAreaLabel: 'aktivitetsområde',
    coordinatorText: null,
    followUps: [],
    riskAreas,
    reminderRules: null,
    currentRevision: 1,
  };
}

describe('linking categories to a plan’s risk areas', () => {
  const [links] = linkRiskAreas([plan(oskarshamnRiskAreas)]);

  it('takes every Oskarshamn risk area exposed to otillåten påverkan as related to all categories', () => {
    expect(links!.general).toEqual(expect.arrayContaining(['Bygglov', 'Upphandling', 'Ekonomiskt bistånd (försörjningsstöd)', 'Bisysslor', 'Anhöriganställningar']));
    expect(links!.general).not.toContain('Fakturahantering');
  });

  it('ties mutor, jäv and otillbörliga relationer to the areas that name them', () => {
    expect(links!.byCategory.bribery).toEqual(['Byggtreprenader']);
    expect(links!.byCategory.conflict_of_interest).toEqual(expect.arrayContaining(['Anhöriganställningar', 'Bisysslor']));
    expect(links!.byCategory.undue_rewards).toEqual(expect.arrayContaining(['Anhöriganställningar']));
  });

  it('does not read "hot" inside other words', () => {
    expect(links!.byCategory.threat ?? []).toEqual([]);
  });

  it('leaves out plans without risk areas (Norrtälje)', () => {
    expect(linkRiskAreas([plan([])])).toEqual([]);
  });
});
