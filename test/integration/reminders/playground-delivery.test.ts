import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoCurrentUser } from '../../../src/directory/demo-people.js';
import { startPlayground, type Playground } from '../../../cli/playground.js';
import { findPersonByEmail } from '../../../src/directory/people-repository.js';
import { countByState } from '../../../src/reminders/outbox-repository.js';
import { BotDriver } from '../../helpers/bot-driver.js';
import { cardText, expectValidCard } from '../../helpers/cards.js';
import { dialects, type TestDatabase } from '../../helpers/databases.js';
import { freePort } from '../../e2e/harness.js';
import { measureDraft, planDraft, storeDraft } from '../../helpers/plan-builders.js';
import { putInUnit, testCycle } from '../../helpers/reminder-setup.js';
import { SteerableClock } from '../../helpers/steerable-clock.js';
import { waitUntil } from '../../helpers/reminder-child.js';

interface CreatedMessage {
  messageId: string;
  text?: string;
  attachments?: Array<{ contentType: string; content: any }>;
}

/**
 * Delivery through Microsoft's Agents Playground mock connector, driven
 * without a browser: the debug installation call registers the personal
 * chat (as a page load does), and the UI's WebSocket stream shows what
 * reached the chat.
 */
describe.each(dialects)('reminders through the Agents Playground connector ($name)', ({ create }) => {
  let database: TestDatabase;
  let bot: BotDriver;
  let playground: Playground;
  let socket: WebSocket;
  const created: CreatedMessage[] = [];
  const clock = new SteerableClock('2024-10-24T08:00:00Z');
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tillit-pg-'));

  beforeAll(async () => {
    database = await create();
    bot = await BotDriver.start(database, { clock, env: { TILLIT_REMINDERS: 'off' } });
    playground = await startPlayground({ port: await freePort(), botEndpoint: `${bot.baseUrl}/api/messages`, workDir });
    socket = new WebSocket(`${playground.url.replace('http', 'ws')}/_ws_conversation/v1/conversations/stream`);
    socket.on('message', (data) => {
      const frame = JSON.parse(String(data)) as { action?: string; message?: CreatedMessage };
      if (frame.action === 'createMessage' && frame.message) created.push(frame.message);
    });
    await new Promise((resolve) => socket.once('open', resolve));
  });
  afterAll(async () => {
    socket?.close();
    await playground?.stop();
    await bot?.stop();
    await database?.destroy();
    fs.rmSync(workDir, { recursive: true, force: true });
  });

  it('delivers a due reminder card to the owner’s chat exactly once', { timeout: 60_000 }, async () => {
    const config = (await (await fetch(`${playground.url}/_internal/v1/config`)).json()) as { config: { personalChat: { id: string } } };
    const chatId = config.config.personalChat.id;
    // What a page load does; the Agents Playground sometimes drops the very first one while it settles, so ask again.
    for (let attempt = 1; created.length === 0; attempt++) {
      const res = await fetch(`${playground.url}/_debug/conversation/${encodeURIComponent(chatId)}/installation`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
      expect(res.ok).toBe(true);
      await waitUntil(() => created.length >= 1, 5_000, 'the welcome card').catch((error) => {
        if (attempt >= 4) throw error;
      });
    }
    const anna = await findPersonByEmail(database.db, demoCurrentUser.email);
    expect(anna).toBeDefined();

    const { plan } = await storeDraft(
      database.db,
      clock,
      planDraft({
        measures: [
          measureDraft({ code: '1.1', title: 'Utbildning för chefer', ownerUnits: ['Samordnarna'], deadline: 'Oktober 2024' }),
          measureDraft({ code: '1.2', title: 'Rutin för anmälan av påverkan', ownerUnits: ['Samordnarna'], deadline: '2024-10-24' }),
        ],
      }),
    );
    expect(plan.id).toBeTruthy();
    await putInUnit(database.db, 'Samordnarna', [anna!.id]);
    created.length = 0;

    // As under `tillit start`: the Agents Playground always says en-US, so Tillit speaks the organisation's Swedish.
    const { cycle } = testCycle({ db: database.db, dialect: database.dialect, clock, messenger: bot.running.app.messenger }, { followTeamsLocale: false });
    const first = await cycle.runOnce();
    expect(first.dispatched.messages).toBe(1);
    await waitUntil(() => created.some((m) => m.attachments?.some((a) => JSON.stringify(a.content).includes('Påminnelse'))), 20_000, 'the reminder in the Playground');
    await cycle.runOnce();
    await new Promise((r) => setTimeout(r, 500));

    const cards = created
      .flatMap((m) => (m.attachments ?? []).filter((a) => a.contentType === 'application/vnd.microsoft.card.adaptive').map((a) => a.content))
      .filter((card) => !cardText(card).includes('Jag är Tillit')); // a late welcome card from a repeated install
    expect(cards).toHaveLength(1);
    expectValidCard(cards[0]);
    expect(cardText(cards[0])).toMatch(/Påminnelse: 2 åtgärder[\s\S]*1\.2[\s\S]*sista datum är i dag[\s\S]*1\.1[\s\S]*7 dagar kvar/);
    expect(await countByState(database.db)).toMatchObject({ sent: 2, pending: 0, sending: 0 });

    // A week later, on the due date: the second send reuses the connector client the first one built.
    created.length = 0;
    clock.set('2024-10-31T08:00:00Z');
    expect((await cycle.runOnce()).dispatched.messages).toBe(1);
    await waitUntil(() => created.some((m) => JSON.stringify(m.attachments ?? []).includes('sista datum är i dag')), 20_000, 'the due-date reminder');
  });
});
