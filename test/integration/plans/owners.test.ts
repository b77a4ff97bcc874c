import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensurePersonByEmail, findPersonByEmail, upsertPersonFromTeams } from '../../../src/directory/people-repository.js';
import { PlanImportError } from '../../../src/plans/import/import-problem.js';
import { importPlan } from '../../../src/plans/import-plan.js';
import { assignUnitPeopleAsCoordinator, coordinatorOwnersView } from '../../../src/plans/owners/coordinator-owners.js';
import { importUnitPeople } from '../../../src/plans/owners/import-unit-people.js';
import { InvalidEmailError, NotPlanCoordinatorError, UnitNotFoundError } from '../../../src/plans/owners/owner-errors.js';
import { listPlanRoles, setPlanRole } from '../../../src/plans/owners/plan-roles.js';
import { setUnitPeople } from '../../../src/plans/owners/set-unit-people.js';
import { listUnitDirectory, measuresMissingRecipients, unitsWithoutRecipients } from '../../../src/plans/owners/unit-directory.js';
import { findPlan, grantPlanRole, measuresOwnedBy } from '../../../src/plans/plan-repository.js';
import { findUnit } from '../../../src/plans/units-repository.js';
import { FixedClock } from '../../../src/ports/clock.js';
import { dialects, type TestDatabase } from '../../helpers/databases.js';
import { exampleBytes } from '../../helpers/example-files.js';
import { measureDraft, planDraft, storeDraft } from '../../helpers/plan-builders.js';
import { registerSnapshot } from '../../helpers/register-snapshot.js';

const enc = (s: string) => new TextEncoder().encode(s);

describe.each(dialects)('owners and recipients on $name', ({ create }) => {
  let database: TestDatabase;
  const clock = new FixedClock('2026-01-12T08:00:00Z');
  const deps = () => ({ db: database.db, clock });
  let oskarshamnId: string;
  let norrtaljeId: string;

  beforeAll(async () => {
    database = await create();
    oskarshamnId = (await importPlan(deps(), { fileName: 'o.txt', bytes: exampleBytes('oskarshamn'), overrides: { key: 'oskarshamn-2026-2028' } })).plan!.id;
    norrtaljeId = (await importPlan(deps(), { fileName: 'n.txt', bytes: exampleBytes('norrtalje') })).plan!.id;
  });
  afterAll(async () => database?.destroy());

  it('lists every owner unit of the plans as "saknar mottagare" until someone is assigned', async () => {
    const missing = await unitsWithoutRecipients(database.db);
    expect(missing.map((u) => u.name)).toContain('Berörda förvaltningar');
    expect(missing).toHaveLength(14);
    expect(missing.find((u) => u.name === 'Berörda förvaltningar')!.measures.map((m) => m.code)).toEqual(['4.3', '4.4', '4.5', '4.7', '4.8', '4.11']);
    expect((await unitsWithoutRecipients(database.db, { planIds: [norrtaljeId] })).map((u) => u.name)).toEqual([
      'Avdelningen stöd och utveckling',
      'Enhet för mottagning och ekonomiskt bistånd',
      'Enhet för säkerhet, beredskap och systemförvaltning',
      'Familjehem- och insatsenhet Skadligt bruk och beroende',
    ]);
  });

  it('sets, adds and removes a unit’s people by e-mail, matching any case of the unit name', async () => {
    await setUnitPeople(deps(), { unitName: 'samordnarna', emails: ['Anna@Kommun.se', 'bertil@kommun.se'], mode: 'replace' });
    await setUnitPeople(deps(), { unitName: 'SAMORDNARNA', emails: ['cecilia@kommun.se'], mode: 'add' });
    await setUnitPeople(deps(), { unitName: 'Samordnarna', emails: ['bertil@kommun.se'], mode: 'remove' });
    const unit = (await listUnitDirectory(database.db)).find((u) => u.name === 'Samordnarna')!;
    expect(unit.people.map((p) => p.email)).toEqual(['anna@kommun.se', 'cecilia@kommun.se']);
    await setUnitPeople(deps(), { unitName: 'Samordnarna', emails: ['anna@kommun.se'], mode: 'replace' });
    expect((await listUnitDirectory(database.db)).find((u) => u.name === 'Samordnarna')!.people.map((p) => p.email)).toEqual(['anna@kommun.se']);
    expect((await unitsWithoutRecipients(database.db)).map((u) => u.name)).not.toContain('Samordnarna');
  });

  it('lists, measure by measure, who cannot be reminded and whether anyone can', async () => {
    const measures = await measuresMissingRecipients(database.db, { planIds: [oskarshamnId] });
    const m43 = measures.find((m) => m.code === '4.3')!;
    expect(m43).toMatchObject({ planKey: 'oskarshamn-2026-2028', unitsWithoutPeople: ['Berörda förvaltningar'], reachable: true });
    expect(measures.find((m) => m.code === '1.1')).toBeUndefined();
    expect(measures.find((m) => m.code === '2.8')).toMatchObject({ unitsWithoutPeople: ['Kommundirektören'], reachable: false });
    expect(measures.map((m) => m.code).slice(0, 3)).toEqual(['2.2', '2.3', '2.8']);
    const ownerless = await storeDraft(database.db, clock, planDraft({ organisation: 'Ägarlös kommun', measures: [measureDraft({ code: '1.1', responsibleText: '', ownerUnits: [] })] }));
    expect(await measuresMissingRecipients(database.db, { planIds: [ownerless.plan.id] })).toEqual([
      { measureId: expect.any(String), planKey: ownerless.plan.key, code: '1.1', title: 'Åtgärd 1.1', unitsWithoutPeople: [], reachable: false },
    ]);
  });

  it('refuses an unknown unit (a typo) unless asked to create it, and addresses that are not addresses', async () => {
    const before = await registerSnapshot(database.db);
    await expect(setUnitPeople(deps(), { unitName: 'Samordnare', emails: ['x@kommun.se'], mode: 'add' })).rejects.toBeInstanceOf(UnitNotFoundError);
    await expect(setUnitPeople(deps(), { unitName: 'Samordnarna', emails: ['inte en adress'], mode: 'add' })).rejects.toBeInstanceOf(InvalidEmailError);
    expect(await registerSnapshot(database.db)).toEqual(before);
    const created = await setUnitPeople(deps(), { unitName: 'Nya enheten', emails: ['ny@kommun.se'], mode: 'add', create: true });
    expect(created.unit.name).toBe('Nya enheten');
  });

  it('imports a unit;e-mail CSV all or nothing', async () => {
    const before = await registerSnapshot(database.db);
    const bad = enc('Enhet;E-post\nEkonomichefen;eko@kommun.se\nEkonomi-avdelnigen;x@kommun.se\nKommundirektören;fel-adress\nKommundirektören;\n');
    const error = await importUnitPeople(deps(), { fileName: 'ansvariga.csv', bytes: bad }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PlanImportError);
    expect((error as PlanImportError).problems.map((p) => [p.line, p.key])).toEqual([
      [3, 'owners.import.error.unitUnknown'],
      [4, 'owners.import.error.emailInvalid'],
      [5, 'owners.import.error.emailMissing'],
    ]);
    expect(await registerSnapshot(database.db)).toEqual(before);

    const result = await importUnitPeople(deps(), { fileName: 'ansvariga.csv', bytes: exampleBytes('owners') });
    expect(result).toEqual({ units: 4, assignments: 5, createdUnits: [] });
    const berorda = (await listUnitDirectory(database.db)).find((u) => u.name === 'Berörda förvaltningar')!;
    expect(berorda.people.map((p) => p.email)).toEqual(['cecilia.carlsson@tillit.example', 'david.dahl@tillit.example']);
  });

  it('matches a person assigned by e-mail to their Teams identity when they first write, keeping their units', async () => {
    await setUnitPeople(deps(), { unitName: 'Kommundirektören', emails: ['kd@oskarshamn.example'], mode: 'add' });
    const before = (await findPersonByEmail(database.db, 'kd@oskarshamn.example'))!;
    expect(before.teamsUserId).toBeNull();
    const teams = await upsertPersonFromTeams(database.db, { teamsUserId: '29:kd', aadObjectId: 'aad-kd', upn: 'KD@oskarshamn.example', displayName: 'Kommundirektören' }, clock.now().toISOString());
    expect(teams.id).toBe(before.id);
    expect(teams.teamsUserId).toBe('29:kd');
    expect((await measuresOwnedBy(database.db, teams.id)).map((m) => m.code)).toEqual(['2.8']);
  });

  it('lets only a coordinator of a plan that uses the unit assign people from chat', async () => {
    const coordinator = await ensurePersonByEmail(database.db, 'samordnare@oskarshamn.example', clock.now().toISOString());
    const reader = await ensurePersonByEmail(database.db, 'lasare@oskarshamn.example', clock.now().toISOString());
    const other = await ensurePersonByEmail(database.db, 'samordnare@norrtalje.example', clock.now().toISOString());
    await grantPlanRole(database.db, oskarshamnId, coordinator.id, 'coordinator', clock.now().toISOString());
    await grantPlanRole(database.db, oskarshamnId, reader.id, 'reader', clock.now().toISOString());
    await grantPlanRole(database.db, norrtaljeId, other.id, 'coordinator', clock.now().toISOString());
    const unit = (await findUnit(database.db, 'Digitaliseringsavdelningen'))!;

    const before = await registerSnapshot(database.db);
    for (const actor of [reader, other]) {
      await expect(assignUnitPeopleAsCoordinator(deps(), { actorPersonId: actor.id, unitId: unit.id, emails: 'it@oskarshamn.example' })).rejects.toBeInstanceOf(NotPlanCoordinatorError);
    }
    await expect(assignUnitPeopleAsCoordinator(deps(), { actorPersonId: coordinator.id, unitId: 'no-such-unit', emails: 'it@oskarshamn.example' })).rejects.toBeInstanceOf(UnitNotFoundError);
    await expect(assignUnitPeopleAsCoordinator(deps(), { actorPersonId: coordinator.id, unitId: unit.id, emails: 'it@, nej' })).rejects.toBeInstanceOf(InvalidEmailError);
    expect(await registerSnapshot(database.db)).toEqual(before);

    const view = await coordinatorOwnersView(database.db, coordinator.id);
    expect(view.plans.map((p) => p.key)).toEqual(['oskarshamn-2026-2028']);
    expect(view.missing.map((u) => u.name)).toContain('Digitaliseringsavdelningen');
    expect(view.missing.flatMap((u) => u.measures.map((m) => m.planKey))).not.toContain('norrtalje-2024-2025');

    const result = await assignUnitPeopleAsCoordinator(deps(), { actorPersonId: coordinator.id, unitId: unit.id, emails: 'IT@oskarshamn.example; it2@oskarshamn.example' });
    expect(result).toEqual({ unitName: 'Digitaliseringsavdelningen', added: ['it@oskarshamn.example', 'it2@oskarshamn.example'] });
    expect((await coordinatorOwnersView(database.db, coordinator.id)).missing.map((u) => u.name)).not.toContain('Digitaliseringsavdelningen');
    expect((await coordinatorOwnersView(database.db, reader.id)).plans).toEqual([]);
  });

  it('does not let a coordinator change a unit that only owns measures a revision removed', async () => {
    const plan = await storeDraft(database.db, clock, planDraft({ organisation: 'Revby kommun', measures: [measureDraft({ code: '1.1', ownerUnits: ['Gamla enheten'] }), measureDraft({ code: '1.2' })] }));
    const coordinator = await ensurePersonByEmail(database.db, 'rev@revby.example', clock.now().toISOString());
    await grantPlanRole(database.db, plan.plan.id, coordinator.id, 'coordinator', clock.now().toISOString());
    await storeDraft(database.db, clock, planDraft({ organisation: 'Revby kommun', measures: [measureDraft({ code: '1.2' })] }));
    const unit = (await findUnit(database.db, 'Gamla enheten'))!;
    await expect(assignUnitPeopleAsCoordinator(deps(), { actorPersonId: coordinator.id, unitId: unit.id, emails: 'x@revby.example' })).rejects.toBeInstanceOf(NotPlanCoordinatorError);
    expect((await unitsWithoutRecipients(database.db)).map((u) => u.name)).not.toContain('Gamla enheten');
  });

  it('gives and takes plan roles by e-mail', async () => {
    await setPlanRole(deps(), { planId: norrtaljeId, role: 'reader', emails: ['Chef@norrtalje.example', 'chef@norrtalje.example'] });
    await setPlanRole(deps(), { planId: norrtaljeId, role: 'coordinator', emails: ['chef@norrtalje.example'] });
    expect((await listPlanRoles(database.db, norrtaljeId)).filter((r) => r.email === 'chef@norrtalje.example').map((r) => r.role)).toEqual(['coordinator', 'reader']);
    const { changed } = await setPlanRole(deps(), { planId: norrtaljeId, role: 'coordinator', emails: ['chef@norrtalje.example', 'okand@norrtalje.example'], remove: true });
    expect(changed).toEqual(['chef@norrtalje.example']);
    expect((await listPlanRoles(database.db, norrtaljeId)).filter((r) => r.email === 'chef@norrtalje.example').map((r) => r.role)).toEqual(['reader']);
    expect((await findPlan(database.db, 'norrtalje-2024-2025'))!.id).toBe(norrtaljeId);
  });
});
