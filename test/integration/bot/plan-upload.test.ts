import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { teamsFileContentType } from '../../../bot/file-attachment.js';
import { downloadFile } from '../../../bot/file-download.js';
import { verbs } from '../../../cards/verbs.js';
import { importPlan } from '../../../src/plans/import-plan.js';
import { setPlanRole } from '../../../src/plans/owners/plan-roles.js';
import { systemClock } from '../../../src/ports/clock.js';
import { cardInvoke, installationUpdate, messageActivity, testUser, type TestUser } from '../../helpers/activities.js';
import { BotDriver } from '../../helpers/bot-driver.js';
import { builtinNames } from '../../helpers/builtin-names.js';
import { cardText, expectValidCard } from '../../helpers/cards.js';
import { dialects, type TestDatabase } from '../../helpers/databases.js';
import { exampleBytes } from '../../helpers/example-files.js';
import { FileServer } from '../../helpers/file-server.js';
import { planDocumentBytes } from '../../helpers/plan-documents.js';
import { registerSnapshot } from '../../helpers/register-snapshot.js';

const decided = planDocumentBytes('norrtalje-beslut-97-med-bilaga.docx');
const token = 'tempauth-canary-5f1e2d';

/** A message carrying files, as Teams sends one from personal chat (the file download info) or the playground (contentUrl). */
function fileMessage(user: TestUser, serviceUrl: string, files: Array<{ name: string; url: string; plain?: boolean }>, scope?: { kind: 'channel'; teamId: string; channelId: string }) {
  const message = messageActivity(user, '', serviceUrl, scope ? { scope, mention: true } : {});
  return {
    ...message,
    attachments: [
      { contentType: 'text/html', content: '<p></p>' },
      ...files.map((f) =>
        f.plain
          ? { contentType: 'application/octet-stream', name: f.name, contentUrl: f.url }
          : { contentType: teamsFileContentType, name: f.name, contentUrl: 'https://kommun-my.sharepoint.com/personal/x/plan', content: { downloadUrl: f.url, uniqueId: 'u1', fileType: 'docx' } },
      ),
    ],
  };
}

describe.each(dialects)('uploading the decided plan in chat, through /api/messages, on $name', ({ create }) => {
  let database: TestDatabase;
  let bot: BotDriver;
  const files = new FileServer();
  const elsewhere = new FileServer();
  const anna = testUser({ name: 'Anna Samordnare', email: 'anna@norrtalje.example' });
  const bertil = testUser({ name: 'Bertil Läsare', email: 'bertil@norrtalje.example' });
  const cilla = testUser({ name: 'Cilla Samordnare', email: 'cilla@norrtalje.example' });
  let planId: string;

  const revisions = async () => (await database.db.selectFrom('plan_revisions').select('revision').where('plan_id', '=', planId).execute()).length;
  const onlyCard = () => {
    const cards = bot.connector.cards();
    expect(cards).toHaveLength(1);
    expectValidCard(cards[0]);
    return cards[0];
  };
  const uploadIdOf = (card: any): string => card.actions.find((a: any) => a.verb === verbs.uploadConfirm).data.uploadId;

  beforeAll(async () => {
    database = await create();
    await files.start();
    await elsewhere.start();
    files.routes.set('/plan.docx', { bytes: decided });
    files.routes.set('/moved', { redirect: '/plan-1.txt' });
    files.routes.set('/plan-1.txt', { bytes: exampleBytes('norrtalje') });
    files.routes.set('/away', { redirect: elsewhere.url('/plan.docx') });
    files.routes.set('/away-localhost', { redirect: files.url('/plan.docx', 'localhost') });
    files.routes.set('/loop', { redirect: '/loop' });
    files.routes.set('/big', { bytes: new Uint8Array(10_000_001) });
    files.routes.set('/big-undeclared', { stream: 64_000_000, chunk: 64 * 1024 });
    files.routes.set('/corrupt.docx', { bytes: decided.slice(0, 3000) });
    files.routes.set('/gone', { status: 404 });
    files.routes.set('/hang', { hang: true });
    elsewhere.routes.set('/plan.docx', { bytes: decided });
    bot = await BotDriver.start(database);
    const deps = { db: database.db, clock: systemClock };
    const plan = await importPlan(deps, { fileName: '1-handlingsplan.txt', bytes: exampleBytes('norrtalje') });
    planId = plan.plan!.id;
    await setPlanRole(deps, { planId, role: 'coordinator', emails: [anna.email!, cilla.email!] });
    await setPlanRole(deps, { planId, role: 'reader', emails: [bertil.email!] });
    for (const user of [anna, bertil, cilla]) {
      bot.knowUser(user);
      await bot.post(installationUpdate(user, 'add', bot.serviceUrl));
    }
  });
  afterAll(async () => {
    await bot?.stop();
    await files.stop();
    await elsewhere.stop();
    await database?.destroy();
  });
  beforeEach(() => {
    bot.connector.clear();
    files.requests.length = 0;
    elsewhere.requests.length = 0;
  });

  it('previews the Word document a coordinator sends, imports it on Bekräfta once, and never logs the download token', async () => {
    await bot.post(fileMessage(anna, bot.serviceUrl, [{ name: 'beslut-97.docx', url: `${files.url('/plan.docx')}?tempauth=${token}` }]));
    const preview = onlyCard();
    const text = cardText(preview);
    expect(text).toContain('Förhandsgranskning av planen');
    expect(text).toContain('Blir version 2 av norrtalje-2024-2025 (i dag gäller version 1).');
    expect(text).toContain('Ändringar mot version 1 (3):');
    expect(text).toContain('Flyttat sista datum 2.4');
    expect(text).toContain('Ansvariga enheter utan mottagare');
    expect(preview.actions.map((a: any) => a.title)).toEqual(['Bekräfta', 'Avbryt']);
    expect(await revisions()).toBe(1);

    const id = uploadIdOf(preview);
    const other = await bot.post(cardInvoke(cilla, verbs.uploadConfirm, { uploadId: id }, bot.serviceUrl));
    expect(cardText(other.body.value)).toContain('Den uppladdningen finns inte (längre).');
    expect(await revisions()).toBe(1);

    const confirmed = await bot.post(cardInvoke(anna, verbs.uploadConfirm, { uploadId: id }, bot.serviceUrl));
    expect(confirmed.status).toBe(200);
    expectValidCard(confirmed.body.value);
    expect(cardText(confirmed.body.value)).toMatch(/^Klart: .+ har nu version 2 med \d+ åtgärder\./u);
    bot.connector.clear();
    const again = await bot.post(messageActivity(anna, '', bot.serviceUrl, { value: { verb: verbs.uploadConfirm, uploadId: id } }));
    expect(again.status).toBe(200);
    expect(cardText(onlyCard())).toBe('Den här filen är redan importerad; den importerades inte igen.');
    expect(await revisions()).toBe(2);
    expect(bot.logs.text).toContain('plan_upload_confirmed');
    expect(bot.logs.text).not.toContain(token);
    expect(bot.logs.text).not.toContain('beslut-97');
  });

  it('follows a redirect within the same server, and cancels on Avbryt', async () => {
    await bot.post(fileMessage(anna, bot.serviceUrl, [{ name: 'plan.txt', url: files.url('/moved'), plain: true }]));
    const preview = onlyCard();
    expect(files.requests).toEqual(['/moved', '/plan-1.txt']);
    const cancelled = await bot.post(cardInvoke(anna, verbs.uploadCancel, { uploadId: uploadIdOf(preview) }, bot.serviceUrl));
    expect(cardText(cancelled.body.value)).toBe('Avbrutet: plan.txt importerades inte.');
    const late = await bot.post(cardInvoke(anna, verbs.uploadConfirm, { uploadId: uploadIdOf(preview) }, bot.serviceUrl));
    expect(cardText(late.body.value)).toContain('Den uppladdningen är avbruten.');
    expect(await database.db.selectFrom('plan_uploads').select('status').execute()).toContainEqual({ status: 'cancelled' });
  });

  it('refuses someone who coordinates no plan before fetching anything', async () => {
    const before = await registerSnapshot(database.db, { withPeople: false });
    await bot.post(fileMessage(bertil, bot.serviceUrl, [{ name: 'plan.docx', url: files.url('/plan.docx') }]));
    expect(cardText(onlyCard())).toContain('Bara samordnare kan importera planer.');
    expect(files.requests).toEqual([]);
    expect(await registerSnapshot(database.db, { withPeople: false })).toEqual(before);
    expect(await database.db.selectFrom('plan_uploads').select('id').where('status', '=', 'pending').execute()).toEqual([]);
  });

  it('fetches nothing from a host that is not Teams or SharePoint, nor through a redirect to another host', async () => {
    for (const url of ['https://evil.example/plan.docx', 'http://169.254.169.254/latest/meta-data', 'https://evilsharepoint.com/a', 'file:///etc/passwd', files.url('/away'), files.url('/away-localhost')]) {
      bot.connector.clear();
      await bot.post(fileMessage(anna, bot.serviceUrl, [{ name: 'plan.docx', url }]));
      expect(cardText(onlyCard()), url).toBe('Filen ligger inte hos Teams eller SharePoint, så jag hämtar den inte.');
    }
    expect(elsewhere.requests).toEqual([]);
    expect(files.requests).toEqual(['/away', '/away-localhost']);
  });

  it('stops reading a file over 10 MB, declared or not, and says so', async () => {
    for (const path of ['/big', '/big-undeclared']) {
      bot.connector.clear();
      await bot.post(fileMessage(anna, bot.serviceUrl, [{ name: 'stor.pdf', url: files.url(path) }]));
      expect(cardText(onlyCard()), path).toBe('Filen är större än 10 MB; Tillit läser planfiler på högst 10 MB.');
    }
    expect(files.written.get('/big-undeclared')).toBeLessThan(64_000_000);
  });

  it('answers a file that cannot be fetched, a redirect loop and a corrupt document in one Swedish line, storing nothing', async () => {
    const before = await registerSnapshot(database.db, { withPeople: false });
    for (const path of ['/gone', '/loop']) {
      bot.connector.clear();
      await bot.post(fileMessage(anna, bot.serviceUrl, [{ name: 'plan.docx', url: files.url(path) }]));
      expect(cardText(onlyCard()), path).toBe('Filen kunde inte hämtas från Teams. Försök skicka den igen.');
    }
    bot.connector.clear();
    await bot.post(fileMessage(anna, bot.serviceUrl, [{ name: 'plan.docx', url: files.url('/corrupt.docx') }]));
    expect(cardText(onlyCard())).toBe(
      'Filen kunde inte importeras och ingenting har sparats:\nplan.docx: Word-dokumentet kunde inte läsas; det kan vara skadat. Öppna och spara det i Word och försök igen.',
    );
    expect(await registerSnapshot(database.db, { withPeople: false })).toEqual(before);
  });

  it('reads files only in a personal chat and one at a time', async () => {
    await bot.post(fileMessage(anna, bot.serviceUrl, [{ name: 'plan.docx', url: files.url('/plan.docx') }], { kind: 'channel', teamId: '19:team', channelId: '19:channel' }));
    expect(cardText(onlyCard())).toBe('Planer laddar du upp i en personlig chatt med mig, inte här.');
    bot.connector.clear();
    await bot.post(fileMessage(anna, bot.serviceUrl, [{ name: 'a.docx', url: files.url('/plan.docx') }, { name: 'b.docx', url: files.url('/plan.docx') }]));
    expect(cardText(onlyCard())).toBe('Skicka en fil i taget; jag läste ingen av dem.');
    expect(files.requests).toEqual([]);
  });

  it('answers inherited names as upload ids, file names and verbs with a refusal, storing nothing', async () => {
    const before = await registerSnapshot(database.db, { withPeople: false });
    for (const name of builtinNames()) {
      const res = await bot.post(cardInvoke(anna, verbs.uploadConfirm, { uploadId: name }, bot.serviceUrl));
      expect(cardText(res.body.value), name).toContain('Den uppladdningen finns inte (längre).');
      const verb = await bot.post(cardInvoke(anna, `upload.${name}`, { uploadId: name }, bot.serviceUrl));
      expect(cardText(verb.body.value), name).toContain('Den här knappen känner jag inte igen');
    }
    for (const data of [{}, { uploadId: 42 }, { uploadId: { toString: 'x' } }, { uploadId: 'x'.repeat(5000) }]) {
      const res = await bot.post(cardInvoke(anna, verbs.uploadCancel, data, bot.serviceUrl));
      expect(cardText(res.body.value)).toContain('Den uppladdningen finns inte (längre).');
    }
    bot.connector.clear();
    await bot.post(fileMessage(anna, bot.serviceUrl, [{ name: '__proto__', url: files.url('/corrupt.docx') }]));
    expect(cardText(onlyCard())).toContain('Filen kunde inte importeras och ingenting har sparats:\n__proto__:');
    expect(await registerSnapshot(database.db, { withPeople: false })).toEqual(before);
  });

  it('gives up on a server that never answers', async () => {
    await expect(downloadFile(files.url('/hang'), { maxBytes: 1000, timeoutMs: 300, allowLoopback: true })).rejects.toMatchObject({ code: 'download_failed' });
  });
});
