import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { ensurePersonByEmail } from '../../src/directory/people-repository.js';
import { findMeasureByCode, grantPlanRole } from '../../src/plans/plan-repository.js';
import type { Clock } from '../../src/ports/clock.js';
import { newCardNonce, statusIdempotencyKey } from '../../src/status/card-nonce.js';
import type { RecordStatusInput } from '../../src/status/record-status-update.js';
import type { StatusDraft } from '../../src/status/validate-status-update.js';
import type { Database } from '../../src/storage/schema.js';
import { assignToUnit, measureDraft, planDraft, storeDraft } from './plan-builders.js';

/** The people and measures of the status tests, by role. */
export interface StatusFixture {
  planId: string;
  /** 2.3: due Oktober 2024 (31 Oct), owned by the reception unit (Anna, Bo), two indicators. */
  measureId: string;
  /** 1.1: "Löpande", owned by the reception unit and the coordinators' unit (Sam). */
  continuousId: string;
  anna: string;
  bo: string;
  sam: string;
  coordinator: string;
  reader: string;
  stranger: string;
  tag: string;
  receptionUnit: string;
  /** The e-mail a fixture person was assigned by ("anna" → anna.<tag>@kommun.example). */
  email(name: string): string;
}

/**
 * A plan with two measures and one person in each role. `tag` keeps
 * fixtures apart in one database (organisation, units and e-mails carry
 * it); e-mails are `<name>.<tag>@kommun.example` so bot tests can give the
 * same people Teams identities.
 */
export async function seedStatusPlan(db: Kysely<Database>, clock: Clock, tag: string = randomUUID().slice(0, 8)): Promise<StatusFixture> {
  const nowIso = clock.now().toISOString();
  const receptionUnit = `Enhet för mottagning och ekonomiskt bistånd ${tag}`;
  const coordinators = `Samordnarna ${tag}`;
  const email = (name: string) => `${name}.${tag}@kommun.example`;
  const draft = planDraft({
    organisation: `Testkommun ${tag}`,
    measures: [
      measureDraft({
        code: '2.3',
        title: 'Införa rutin för kontroll av identitet vid ansökan',
        deadline: 'Oktober 2024',
        responsibleText: receptionUnit,
        ownerUnits: [receptionUnit],
        indicators: ['Andel ansökningar där identiteten kontrollerats', 'Antal upptäckta felaktiga identiteter'],
      }),
      measureDraft({ code: '1.1', deadline: 'Löpande', responsibleText: `${receptionUnit} och samordnarna`, ownerUnits: [receptionUnit, coordinators] }),
    ],
  });
  const plan = (await storeDraft(db, clock, draft)).plan;
  const anna = await assignToUnit(db, receptionUnit, email('anna'), nowIso);
  const bo = await assignToUnit(db, receptionUnit, email('bo'), nowIso);
  const sam = await assignToUnit(db, coordinators, email('sam'), nowIso);
  const coordinator = (await ensurePersonByEmail(db, email('cecilia'), nowIso)).id;
  const reader = (await ensurePersonByEmail(db, email('david'), nowIso)).id;
  const stranger = (await ensurePersonByEmail(db, email('eva'), nowIso)).id;
  await grantPlanRole(db, plan.id, coordinator, 'coordinator', nowIso);
  await grantPlanRole(db, plan.id, reader, 'reader', nowIso);
  const measureId = (await findMeasureByCode(db, plan.id, '2.3'))!.id;
  const continuousId = (await findMeasureByCode(db, plan.id, '1.1'))!.id;
  return { planId: plan.id, measureId, continuousId, anna, bo, sam, coordinator, reader, stranger, tag, receptionUnit, email };
}

/** A status draft with only what a test cares about. */
export function draft(overrides: Partial<StatusDraft> = {}): StatusDraft {
  return { status: 'on_track', comment: null, forecastDate: null, indicatorValues: [], ...overrides };
}

/** A submit as a fresh card would make it (new nonce, based on `basedOnSeq`). */
export function submit(
  measureId: string,
  actorId: string,
  overrides: Partial<Omit<RecordStatusInput, 'measureId' | 'actorId'>> & { nonce?: string } = {},
): RecordStatusInput {
  const { nonce = newCardNonce(), ...rest } = overrides;
  const basedOnSeq = rest.basedOnSeq ?? 0;
  return {
    measureId,
    actorId,
    draft: draft(),
    basedOnSeq,
    basedOnRevision: 1,
    idempotencyKey: statusIdempotencyKey(nonce, measureId, basedOnSeq),
    source: 'card',
    ...rest,
  };
}
