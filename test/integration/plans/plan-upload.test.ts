import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ensurePersonByEmail } from '../../../src/directory/people-repository.js';
import { PlanImportError } from '../../../src/plans/import/import-problem.js';
import { importPlan } from '../../../src/plans/import-plan.js';
import { planRolesOf } from '../../../src/plans/plan-repository.js';
import { getRevision } from '../../../src/plans/revisions-repository.js';
import { setPlanRole } from '../../../src/plans/owners/plan-roles.js';
import { cancelPlanUpload, confirmPlanUpload, receivePlanUpload, uploadLifetimeMs } from '../../../src/plans/upload/plan-upload.js';
import { uploadFailureText } from '../../../src/plans/upload/upload-failure-text.js';
import { FixedClock } from '../../../src/ports/clock.js';
import { dialects, type TestDatabase } from '../../helpers/databases.js';
import { exampleBytes } from '../../helpers/example-files.js';
import { planDocumentBytes } from '../../helpers/plan-documents.js';
import { registerSnapshot } from '../../helpers/register-snapshot.js';

const decided = 'norrtalje-beslut-97-med-bilaga.docx';

describe.each(dialects)('uploading a decided plan document in chat on $name', ({ create }) => {
  let database: TestDatabase;
  const clock = new FixedClock('2024-05-23T08:00:00Z');
  const deps = () => ({ db: database.db, clock });
  const person = async (email: string) => (await ensurePersonByEmail(database.db, email, clock.now().toISOString())).id;
  let coordinator: string;
  let reader: string;
  let otherCoordinator: string;
  let planId: string;

  const uploads = async () => database.db.selectFrom('plan_uploads').selectAll().orderBy('created_at').execute();
  const revisions = async () => (await database.db.selectFrom('plan_revisions').select('revision').where('plan_id', '=', planId).execute()).length;
  const refusal = async (promise: Promise<unknown>) => {
    try {
      await promise;
    } catch (error) {
      return (error as { code?: string }).code;
    }
    return 'no refusal';
  };

  beforeAll(async () => {
    database = await create();
  });
  afterAll(async () => database?.destroy());

  beforeEach(async () => {
    // Each test starts from the text import of Norrtälje 2024–2025 (revision 1) and three people.
    for (const table of ['plan_uploads', 'plan_changes', 'plan_roles', 'measure_owners', 'measures', 'goal_areas', 'plan_revisions', 'plans', 'unit_members', 'units', 'people'] as const) {
      await database.db.deleteFrom(table).execute();
    }
    clock.set('2024-05-23T08:00:00Z');
    const plan = await importPlan(deps(), { fileName: '1-handlingsplan.txt', bytes: exampleBytes('norrtalje') });
    planId = plan.plan!.id;
    coordinator = await person('samordnare@norrtalje.example');
    reader = await person('lasare@norrtalje.example');
    otherCoordinator = await person('annan@abro.example');
    await setPlanRole(deps(), { planId, role: 'coordinator', emails: ['samordnare@norrtalje.example'] });
    await setPlanRole(deps(), { planId, role: 'reader', emails: ['lasare@norrtalje.example'] });
  });

  it('previews the decided Word document as revision 2 with the three moved deadlines, storing nothing of the plan until confirmed', async () => {
    const before = await registerSnapshot(database.db);
    const preview = await receivePlanUpload(deps(), { personId: coordinator, fileName: decided, bytes: planDocumentBytes(decided) });
    expect(preview).toMatchObject({ kind: 'revision', format: 'docx', plan: { key: 'norrtalje-2024-2025', currentRevision: 1 }, organisation: 'Norrtälje kommun' });
    const current = (await getRevision(database.db, planId, 1))!.draft;
    expect(preview.goalAreas).toEqual(current.goalAreas);
    expect(preview.measureCount).toBe(current.measures.length);
    expect(preview.diff!.changed.map((c) => c.code)).toEqual(['1.1', '2.3', '2.4']);
    expect(preview.unitsWithoutPeople.length).toBeGreaterThan(0);
    expect(preview.expiresAt).toBe(new Date(clock.now().getTime() + uploadLifetimeMs).toISOString());
    expect(await registerSnapshot(database.db)).toEqual(before);
    expect((await uploads()).map((u) => u.status)).toEqual(['pending']);

    const done = await confirmPlanUpload(deps(), { personId: coordinator, uploadId: preview.uploadId! });
    expect(done).toMatchObject({ outcome: 'revised', revision: 2, planId, planKey: 'norrtalje-2024-2025', repeated: false, measureCount: preview.measureCount });
    const changes = await database.db.selectFrom('plan_changes').select('kind').where('plan_id', '=', planId).execute();
    expect(changes.map((c) => c.kind)).toEqual(['deadline_moved', 'deadline_moved', 'deadline_moved']);
    const [row] = await uploads();
    expect(row).toMatchObject({ status: 'confirmed', draft_json: null });
  });

  it('lists the deadlines it could not read and the units nobody receives for', async () => {
    const text = new TextDecoder().decode(exampleBytes('norrtalje')).replace('December 2024', 'när tiden medger');
    const preview = await receivePlanUpload(deps(), { personId: coordinator, fileName: 'plan.txt', bytes: new TextEncoder().encode(text) });
    expect(preview.unreadableDeadlines).toEqual([{ code: '1.1', text: 'när tiden medger' }]);
    const unit = preview.unitsWithoutPeople[0]!;
    await database.db.insertInto('unit_members').values({ unit_id: (await database.db.selectFrom('units').select('id').where('name', '=', unit).executeTakeFirstOrThrow()).id, person_id: reader, created_at: '2024-05-23T08:00:00Z' }).execute();
    const again = await receivePlanUpload(deps(), { personId: coordinator, fileName: 'plan.txt', bytes: new TextEncoder().encode(text) });
    expect(again.unitsWithoutPeople).not.toContain(unit);
    expect(again.unitsWithoutPeople).toHaveLength(preview.unitsWithoutPeople.length - 1);
  });

  it('refuses a person who coordinates no plan, before reading the file, storing nothing', async () => {
    const before = await registerSnapshot(database.db);
    expect(await refusal(receivePlanUpload(deps(), { personId: reader, fileName: decided, bytes: planDocumentBytes(decided) }))).toBe('upload_not_coordinator');
    expect(await refusal(receivePlanUpload(deps(), { personId: reader, fileName: 'x.docx', bytes: new Uint8Array([1, 2, 3]) }))).toBe('upload_not_coordinator');
    expect(await uploads()).toEqual([]);
    expect(await registerSnapshot(database.db)).toEqual(before);
  });

  it('refuses a coordinator of another plan a revision of this one, but lets them import a new plan and makes them its coordinator', async () => {
    const sjovik = await importPlan(deps(), { fileName: 'abro.docx', bytes: planDocumentBytes('abro-plan-2025-2027.docx') });
    await setPlanRole(deps(), { planId: sjovik.plan!.id, role: 'coordinator', emails: ['annan@abro.example'] });
    expect(await refusal(receivePlanUpload(deps(), { personId: otherCoordinator, fileName: decided, bytes: planDocumentBytes(decided) }))).toBe('upload_not_plan_coordinator');
    expect(await uploads()).toEqual([]);

    const preview = await receivePlanUpload(deps(), { personId: otherCoordinator, fileName: 'sjovik.pdf', bytes: planDocumentBytes('sjovik-handlingsplan-2026.pdf') });
    expect(preview).toMatchObject({ kind: 'new', plan: null, diff: null, format: 'pdf', organisation: 'Sjöviks kommun', measureCount: 36 });
    const done = await confirmPlanUpload(deps(), { personId: otherCoordinator, uploadId: preview.uploadId! });
    expect(done).toMatchObject({ outcome: 'created', revision: 1 });
    expect(await planRolesOf(database.db, done.planId, otherCoordinator)).toEqual(['coordinator']);
  });

  it('lets nobody but the uploader confirm or cancel, whatever the id looks like', async () => {
    const preview = await receivePlanUpload(deps(), { personId: coordinator, fileName: decided, bytes: planDocumentBytes(decided) });
    await setPlanRole(deps(), { planId, role: 'coordinator', emails: ['annan@abro.example'] });
    expect(await refusal(confirmPlanUpload(deps(), { personId: otherCoordinator, uploadId: preview.uploadId! }))).toBe('upload_not_found');
    expect(await refusal(cancelPlanUpload(deps(), { personId: otherCoordinator, uploadId: preview.uploadId! }))).toBe('upload_not_found');
    for (const id of ['__proto__', 'constructor', 'toString', '', 'x'.repeat(10_000), "' or 1=1 --"]) {
      expect(await refusal(confirmPlanUpload(deps(), { personId: coordinator, uploadId: id }))).toBe('upload_not_found');
    }
    expect(await revisions()).toBe(1);
    expect(await confirmPlanUpload(deps(), { personId: coordinator, uploadId: preview.uploadId! })).toMatchObject({ revision: 2 });
  });

  it('imports once when confirmed twice, one after the other or at the same time', async () => {
    const first = await receivePlanUpload(deps(), { personId: coordinator, fileName: decided, bytes: planDocumentBytes(decided) });
    const done = await confirmPlanUpload(deps(), { personId: coordinator, uploadId: first.uploadId! });
    const again = await confirmPlanUpload(deps(), { personId: coordinator, uploadId: first.uploadId! });
    expect(again).toEqual({ ...done, repeated: true });
    expect(await revisions()).toBe(2);

    const text = new TextDecoder().decode(exampleBytes('norrtalje'));
    const second = await receivePlanUpload(deps(), { personId: coordinator, fileName: 'tillbaka.txt', bytes: new TextEncoder().encode(text) });
    expect(second.kind).toBe('revision');
    const both = await Promise.all([
      confirmPlanUpload(deps(), { personId: coordinator, uploadId: second.uploadId! }),
      confirmPlanUpload(deps(), { personId: coordinator, uploadId: second.uploadId! }),
    ]);
    expect(both.map((b) => b.repeated).sort()).toEqual([false, true]);
    expect(both.map((b) => b.revision)).toEqual([3, 3]);
    expect(await revisions()).toBe(3);
    expect(await refusal(cancelPlanUpload(deps(), { personId: coordinator, uploadId: second.uploadId! }))).toBe('upload_already_confirmed');
  });

  it('imports only one of two different uploads of the plan confirmed at the same time; the other is told the plan changed', async () => {
    const before = await revisions();
    const bytes = planDocumentBytes(decided);
    const one = await receivePlanUpload(deps(), { personId: coordinator, fileName: decided, bytes });
    const other = await receivePlanUpload(deps(), { personId: coordinator, fileName: decided, bytes });
    const outcomes = await Promise.allSettled([
      confirmPlanUpload(deps(), { personId: coordinator, uploadId: one.uploadId! }),
      confirmPlanUpload(deps(), { personId: coordinator, uploadId: other.uploadId! }),
    ]);
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    const refused = outcomes.find((o): o is PromiseRejectedResult => o.status === 'rejected');
    expect(refused?.reason).toMatchObject({ code: 'upload_plan_changed' });
    expect(await revisions()).toBe(before + 1);
  });

  it('refuses an expired, a cancelled and an out-of-date upload, and one whose uploader is no longer coordinator, importing nothing', async () => {
    const bytes = planDocumentBytes(decided);
    const expired = await receivePlanUpload(deps(), { personId: coordinator, fileName: decided, bytes });
    clock.advance(uploadLifetimeMs);
    expect(await refusal(confirmPlanUpload(deps(), { personId: coordinator, uploadId: expired.uploadId! }))).toBe('upload_expired');

    const cancelled = await receivePlanUpload(deps(), { personId: coordinator, fileName: decided, bytes });
    expect(await cancelPlanUpload(deps(), { personId: coordinator, uploadId: cancelled.uploadId! })).toEqual({ fileName: decided });
    expect(await cancelPlanUpload(deps(), { personId: coordinator, uploadId: cancelled.uploadId! })).toEqual({ fileName: decided });
    expect(await refusal(confirmPlanUpload(deps(), { personId: coordinator, uploadId: cancelled.uploadId! }))).toBe('upload_cancelled');

    const demoted = await receivePlanUpload(deps(), { personId: coordinator, fileName: decided, bytes });
    await setPlanRole(deps(), { planId, role: 'coordinator', emails: ['samordnare@norrtalje.example'], remove: true });
    expect(await refusal(confirmPlanUpload(deps(), { personId: coordinator, uploadId: demoted.uploadId! }))).toBe('upload_not_coordinator');
    await setPlanRole(deps(), { planId, role: 'coordinator', emails: ['samordnare@norrtalje.example'] });

    const stale = await receivePlanUpload(deps(), { personId: coordinator, fileName: decided, bytes });
    await importPlan(deps(), { fileName: 'cli.docx', bytes });
    expect(await refusal(confirmPlanUpload(deps(), { personId: coordinator, uploadId: stale.uploadId! }))).toBe('upload_plan_changed');
    expect(await revisions()).toBe(2);
    expect(await database.db.selectFrom('plan_revisions').select('source_name').where('revision', '=', 2).executeTakeFirstOrThrow()).toEqual({ source_name: 'cli.docx' });
  });

  it('refuses a corrupt file in one Swedish line, storing nothing', async () => {
    const before = await registerSnapshot(database.db);
    const corrupt = planDocumentBytes(decided).slice(0, 4000);
    let failure: unknown;
    try {
      await receivePlanUpload(deps(), { personId: coordinator, fileName: 'C:\\Users\\anna\\plan.docx', bytes: corrupt });
    } catch (error) {
      failure = error;
    }
    expect(failure).toBeInstanceOf(PlanImportError);
    const text = uploadFailureText('sv', failure as PlanImportError);
    expect(text).toEqual({ line: 'plan.docx: Word-dokumentet kunde inte läsas; det kan vara skadat. Öppna och spara det i Word och försök igen.' });
    expect(uploadFailureText('en', failure as PlanImportError).line).toMatch(/^plan\.docx: the Word document could not be read/u);
    expect(await uploads()).toEqual([]);
    expect(await registerSnapshot(database.db)).toEqual(before);
  });

  it('tells a coordinator in chat to change the file and send it again, never to give a command-line flag', async () => {
    const sheet = ['Nr;Åtgärd;Ansvarig enhet;Klart senast', '1.1;Utbilda chefer;HR-avdelningen;Q3 2026'].join('\n');
    let failure: unknown;
    try {
      await receivePlanUpload(deps(), { personId: coordinator, fileName: 'plan.csv', bytes: new TextEncoder().encode(sheet) });
    } catch (error) {
      failure = error;
    }
    expect(failure).toBeInstanceOf(PlanImportError);
    const sv = uploadFailureText('sv', failure as PlanImportError);
    expect(sv.line).toBe(
      'plan.csv: planens organisation (kommun) står inte i filen. Skriv in den i filen och skicka den igen, eller be den som sköter Tillit att ange organisationen för hela installationen.',
    );
    const en = uploadFailureText('en', failure as PlanImportError);
    for (const text of [sv.line, sv.more ?? '', en.line, en.more ?? '']) expect(text).not.toMatch(/--[a-z]|npx tillit|TILLIT_/u);
  });

  it('keeps no upload for a document equal to the current revision, and at most three pending per person', async () => {
    const same = await receivePlanUpload(deps(), { personId: coordinator, fileName: 'samma.txt', bytes: exampleBytes('norrtalje') });
    expect(same).toMatchObject({ kind: 'unchanged', diff: null });
    expect(same.uploadId).toBeUndefined();
    expect(await uploads()).toEqual([]);
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      clock.advance(1000);
      ids.push((await receivePlanUpload(deps(), { personId: coordinator, fileName: decided, bytes: planDocumentBytes(decided) })).uploadId!);
    }
    const rows = await uploads();
    expect(rows.map((r) => r.status)).toEqual(['cancelled', 'cancelled', 'pending', 'pending', 'pending']);
    expect(rows.filter((r) => r.draft_json !== null).map((r) => r.id)).toEqual(ids.slice(2));
  });
});
