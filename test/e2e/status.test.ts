import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoCurrentUser, demoOtherUsers } from '../../src/directory/demo-people.js';
import { openDatabase, type TillitDatabase } from '../../src/storage/database.js';
import { findMeasureByCode } from '../../src/plans/plan-repository.js';
import { systemClock } from '../../src/ports/clock.js';
import { assignToUnit, measureDraft, planDraft, storeDraft } from '../helpers/plan-builders.js';
import { E2eSession, type ChatPage } from './harness.js';

const unit = 'Enhet för säkerhet och beredskap (e2e)';
const title = 'Utbilda chefer i att känna igen otillåten påverkan';

describe('status updates in the Agents Playground', () => {
  let session: E2eSession;
  let database: TillitDatabase;
  let measureId: string;
  let bertil: ChatPage;

  // The welcome card says "rapportera status" too: find the form by what only it has (case-sensitive).
  const formCard = () => session.chat.card(/Kommentar \(krävs för/);
  const statusRows = () => database.db.selectFrom('status_updates').selectAll().where('measure_id', '=', measureId).execute();

  beforeAll(async () => {
    session = await E2eSession.start();
    await session.chat.card('Hej Anna!').waitFor();
    // Seed a plan of our own in the running Tillit's SQLite file: Anna's unit owns 2.3.
    database = openDatabase({ dialect: 'sqlite', file: session.databaseUrl });
    const nextYear = new Date().getFullYear() + 1;
    const plan = await storeDraft(
      database.db,
      systemClock,
      planDraft({
        organisation: 'Simulatorkommunen',
        name: 'Handlingsplan mot välfärdsbrott (E2E)',
        measures: [
          measureDraft({ code: '2.3', title, responsibleText: unit, ownerUnits: [unit], start: 'Januari 2026', deadline: `Oktober ${nextYear}`, indicators: ['Andel chefer som genomgått utbildningen'] }),
        ],
      }),
    );
    await assignToUnit(database.db, unit, demoCurrentUser.email);
    measureId = (await findMeasureByCode(database.db, plan.plan.id, '2.3'))!.id;
  });
  afterAll(async () => {
    await database?.destroy();
    await session?.stop();
  });

  it('shows Anna her measures when she writes "mina åtgärder"', async () => {
    await session.chat.say('mina åtgärder');
    const list = session.chat.card(/Dina åtgärder/);
    await list.waitFor();
    // Anna may own other plans' measures too; ours is on some page of the list.
    while (!(await list.innerText()).includes(`2.3 ${title}`) && (await list.getByRole('button', { name: 'Visa fler' }).count()) > 0) {
      await list.getByRole('button', { name: 'Visa fler' }).click();
      await session.chat.page.waitForResponse((r) => r.url().endsWith('/_conversation/v1/invoke'));
    }
    expect(await list.innerText()).toContain(`2.3 ${title}`);
    await session.chat.screenshot('status-1-my-measures');
  });

  it('opens the status card in place when she presses "Rapportera"', async () => {
    const cards = session.chat.page.locator('.ac-adaptiveCard');
    const count = await cards.count();
    const list = session.chat.card(/Dina åtgärder/);
    const report = session.chat.page.getByRole('button', { name: 'Rapportera' });
    await list.locator('.ac-container').filter({ hasText: title }).filter({ has: report }).last().getByRole('button', { name: 'Rapportera' }).click();
    const form = formCard();
    await form.waitFor();
    expect(await cards.count()).toBe(count);
    expect(await session.chat.page.locator('.ac-adaptiveCard', { hasText: /Dina åtgärder/ }).count()).toBe(0);
    const text = await form.innerText();
    expect(text).toContain('Klar senast');
    expect(text).toContain('Ingen status rapporterad ännu');
    await session.chat.screenshot('status-2-card');
  });

  it('asks for a comment before it stores "Risk för försening"', async () => {
    const form = formCard();
    await form.getByRole('radio', { name: 'Risk för försening' }).check();
    await form.getByRole('button', { name: 'Skicka' }).click();
    await session.chat.card('Skriv en kommentar – den behövs för Risk för försening.').waitFor();
    expect(await statusRows()).toHaveLength(0);
    await session.chat.screenshot('status-3-comment-required');
  });

  it('records "Risk för försening" with a comment and shows the receipt in place', async () => {
    const cards = session.chat.page.locator('.ac-adaptiveCard');
    const count = await cards.count();
    const form = formCard();
    await form.getByRole('radio', { name: 'Risk för försening' }).check();
    await form.getByLabel(/Kommentar/).fill('Upphandlingen av utbildningen är försenad.');
    await form.getByRole('button', { name: 'Skicka' }).click();
    const receipt = session.chat.card('Tack! Status för 2.3 registrerad.');
    await receipt.waitFor();
    expect(await cards.count()).toBe(count);
    expect(await receipt.innerText()).toContain('Upphandlingen av utbildningen är försenad.');
    expect(await receipt.getByRole('button', { name: 'Ändra' }).count()).toBe(1);
    expect(await statusRows()).toMatchObject([{ status: 'at_risk', comment: 'Upphandlingen av utbildningen är försenad.', recorded_as: 'owner' }]);
    await session.chat.screenshot('status-4-receipt');
  });

  it('refuses Bertil’s card submit for Anna’s measure and stores nothing', async () => {
    bertil = await session.openChatAs(demoOtherUsers[0]!);
    // The Agents Playground only takes an invoke on a message it has shown: catch the id of Bertil's welcome card.
    const messageIds: string[] = [];
    bertil.page.on('websocket', (ws) =>
      ws.on('framereceived', (frame) => {
        const text = String(frame.payload);
        const id = /"messageId":"([^"]+)"/.exec(text)?.[1];
        if (id && text.includes('createMessage')) messageIds.push(id);
      }),
    );
    await bertil.page.reload();
    await bertil.card('Hej Bertil!').waitFor();
    await expect.poll(() => messageIds.length).toBeGreaterThan(0);
    const config = (await (await fetch(`${bertil.playground.url}/_internal/v1/config`)).json()) as { config: { personalChat: { id: string } } };
    const res = await fetch(`${bertil.playground.url}/_conversation/v1/invoke`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        name: 'adaptiveCard/action',
        value: {
          action: {
            type: 'Action.Execute',
            verb: 'status.submit',
            data: { measureId, basedOnSeq: 1, planRevision: 1, nonce: 'forwarded-card-nonce-1', status: 'done', comment: '' },
          },
        },
        from: { id: demoOtherUsers[0]!.id },
        conversation: { id: config.config.personalChat.id },
        replyToId: messageIds[0],
      }),
    });
    const body = await res.text();
    expect(res.status, body).toBe(200);
    expect(body).toContain('Du kan inte rapportera status för den här åtgärden');
    // A refusal names nothing about the measure: not its code, title or owners.
    expect(body).not.toContain(title);
    expect(body).not.toContain('2.3');
    expect(await statusRows()).toHaveLength(1);
  });

  it('refuses Bertil, who is no owner, when he writes about the measure in his chat', async () => {
    await bertil.say('2.3 klar');
    const refused = bertil.card('Du kan inte rapportera status för den här åtgärden');
    await refused.waitFor();
    expect(await refused.innerText()).toContain('Inget har sparats.');
    expect(await refused.innerText()).not.toContain(title);
    await bertil.screenshot('status-5-bertil-refused');
    expect(await statusRows()).toHaveLength(1);
  });

  it('answers "vi ligger efter med 2.3 pga IT" about 2.3, never about another measure', async () => {
    await session.chat.say('vi ligger efter med 2.3 pga IT');
    const answer = session.chat.card(/om åtgärd 2\.3|Ditt svar kan gälla flera åtgärder/);
    await answer.waitFor();
    const text = await answer.innerText();
    // Either the card of our 2.3, filled in, or a question listing it (Anna may own other plans' 2.3 too).
    expect(text).toContain(`2.3 ${title}`);
    await session.chat.screenshot('status-6-free-text-code-mid-sentence');
    expect(await statusRows()).toHaveLength(1);
  });

  it('answers the typo "status 9.9" with the measures there are, and "31 februari" as no date — not as a fault', async () => {
    await session.chat.say('status 9.9');
    const unknown = session.chat.card('Åtgärd 9.9 finns inte');
    await unknown.waitFor();
    expect(await unknown.innerText()).not.toContain('Referens');
    await session.chat.screenshot('status-7-unknown-code');
    await session.chat.say('status per 31 februari 2025');
    const date = session.chat.card('Det datumet finns inte');
    await date.waitFor();
    expect(await date.innerText()).toContain('"31 februari 2025" är inget datum som finns i kalendern');
    await session.chat.screenshot('status-8-no-such-date');
  });

  it('logs neither the comment nor who reported', () => {
    expect(session.log).not.toContain('Upphandlingen av utbildningen');
    expect(session.log).not.toContain(demoCurrentUser.email);
  });
});
