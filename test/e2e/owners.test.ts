import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { E2eSession } from './harness.js';

describe('the example plans and the owners card in the Agents Playground', () => {
  let session: E2eSession;
  beforeAll(async () => {
    session = await E2eSession.start();
  });
  afterAll(async () => session?.stop());

  it('loads the example plans on start and places the demo people', () => {
    expect(session.log).toContain('laddade exempelplanerna norrtalje-2024-2025 (revision 2), oskarshamn-2026-2028 (revision 1)');
    expect(session.log).toContain('Anna Andersson är samordnare för exempelplanerna');
  });

  it('shows Anna, coordinator of both plans, the units nobody receives for, and lets her connect someone', async () => {
    await session.chat.card('Hej Anna! Jag är Tillit.').waitFor();
    await session.chat.say('ansvariga');
    const card = session.chat.card('Ansvariga som saknar mottagare');
    await card.waitFor();
    const text = await card.innerText();
    expect(text).toContain('Berörda förvaltningar');
    expect(text).toContain('Åtgärd 4.3, 4.4, 4.5, 4.7, 4.8, 4.11 i oskarshamn-2026-2028');
    await session.chat.screenshot('owners-card');

    await card.getByRole('combobox').click();
    await session.chat.page.getByRole('option', { name: 'Förvaltningarna', exact: true }).click();
    await card.getByRole('textbox').fill('greta.granlund@tillit.example');
    await card.getByRole('button', { name: 'Koppla' }).click();
    const done = session.chat.card('Klart: greta.granlund@tillit.example tar nu emot för Förvaltningarna');
    await done.waitFor();
    expect(await done.innerText()).not.toContain('Åtgärd 5.2 i');
    await session.chat.screenshot('owners-card-assigned');
  });
});
