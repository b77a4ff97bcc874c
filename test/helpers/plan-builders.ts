import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import { ensurePersonByEmail } from '../../src/directory/people-repository.js';
import { parsePeriod } from '../../src/plans/parse-period.js';
import type { PlanDraft } from '../../src/plans/plan.js';
import type { MeasureDraft } from '../../src/plans/measure.js';
import { storePlanRevision, type StorePlanResult } from '../../src/plans/store-plan-revision.js';
import { addUnitMember, ensureUnit } from '../../src/plans/units-repository.js';
import type { Clock } from '../../src/ports/clock.js';
import type { Database } from '../../src/storage/schema.js';

/** A measure draft; periods are written as in a plan and parsed. */
export function measureDraft(
  overrides: Partial<Omit<MeasureDraft, 'start' | 'deadline'>> & { code: string; start?: string; deadline?: string },
): MeasureDraft {
  const { start, deadline, ...rest } = overrides;
  return {
    goalAreaNumber: overrides.code.split('.')[0] ?? null,
    title: `Åtgärd ${overrides.code}`,
    responsibleText: 'Samordnarna',
    ownerUnits: ['Samordnarna'],
    indicators: [],
    notes: null,
    ...rest,
    start: parsePeriod(start ?? 'Maj 2024'),
    deadline: parsePeriod(deadline ?? 'December 2024'),
  };
}

/** A plan draft with sensible defaults; pass measures and what the test cares about. */
export function planDraft(overrides: Partial<PlanDraft> = {}): PlanDraft {
  return {
    key: null,
    organisation: 'Testkommun',
    name: 'Handlingsplan mot välfärdsbrott 2024-2025',
    committee: 'Socialnämnden',
    decision: { reference: '§97', date: '2024-05-22' },
    validity: { from: '2024-05-01', to: '2025-06-30' },
    goalAreaLabel: 'målområde',
    coordinatorText: 'Samordnarna',
    followUps: [{ kind: 'followUp', period: parsePeriod('mars 2025'), note: null }],
    riskAreas: [],
    reminderRules: null,
    goalAreas: [
      { number: '1', title: 'Kompetenshöjande insatser' },
      { number: '2', title: 'Upptäcka och förebygga' },
    ],
    measures: [measureDraft({ code: '1.1' }), measureDraft({ code: '2.1', deadline: 'Oktober 2024' })],
    ...overrides,
  };
}

/** Stores a draft as an import would. */
export async function storeDraft(db: Kysely<Database>, clock: Clock, draft: PlanDraft, sourceName = 'test.yaml'): Promise<StorePlanResult> {
  const sha256 = createHash('sha256').update(JSON.stringify(draft)).digest('hex');
  return storePlanRevision({ db, clock }, draft, { name: sourceName, sha256 });
}

/** Puts a person (by e-mail) in a unit, creating both as needed; returns the person id. */
export async function assignToUnit(db: Kysely<Database>, unitName: string, email: string, nowIso = new Date().toISOString()): Promise<string> {
  const unit = await ensureUnit(db, unitName, nowIso);
  const person = await ensurePersonByEmail(db, email, nowIso);
  await addUnitMember(db, unit.id, person.id, nowIso);
  return person.id;
}
