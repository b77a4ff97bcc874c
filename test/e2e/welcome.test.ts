import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { E2eSession } from './harness.js';

describe('Tillit in the Agents Playground', () => {
  let session: E2eSession;
  beforeAll(async () => {
    session = await E2eSession.start();
  });
  afterAll(async () => session?.stop());

  it('says at start which SDK carries the Teams traffic, as TILLIT_BOT_SDK chose', () => {
    const expected = process.env.TILLIT_BOT_SDK === 'agents' ? 'Microsoft 365 Agents SDK (TILLIT_BOT_SDK=agents)' : 'Bot Framework SDK (botbuilder) (TILLIT_BOT_SDK=botbuilder)';
    expect(session.log).toContain(`Teams-trafiken går genom ${expected}.`);
  });

  it('greets Anna with the Swedish welcome card when she opens the chat', async () => {
    const card = session.chat.card('Hej Anna! Jag är Tillit.');
    await card.waitFor();
    expect(await card.innerText()).toContain('påminner dig');
  });

  it('answers "hej" with the welcome card listing the commands', async () => {
    const before = await session.chat.page.locator('.ac-adaptiveCard').count();
    await session.chat.say('hej');
    await expect.poll(() => session.chat.page.locator('.ac-adaptiveCard').count()).toBe(before + 1);
    const text = await session.chat.card('Skriv till mig').innerText();
    expect(text).toContain('hjälp');
    await session.chat.screenshot('welcome-card');
  });

  it('says kindly that it did not understand unknown text', async () => {
    await session.chat.say('vad blir det till lunch');
    await session.chat.card('Jag förstod inte riktigt').waitFor();
  });

  it('switches to English in place when Anna clicks "In English"', async () => {
    const cards = session.chat.page.locator('.ac-adaptiveCard');
    const count = await cards.count();
    await session.chat.card('Jag förstod inte riktigt').getByRole('button', { name: 'In English' }).click();
    await session.chat.card('Hi Anna! I am Tillit.').waitFor();
    expect(await cards.count()).toBe(count);
    expect(await session.chat.page.locator('.ac-adaptiveCard', { hasText: 'Jag förstod inte riktigt' }).count()).toBe(0);
    await session.chat.screenshot('welcome-english');
    await session.chat.card('Hi Anna!').getByRole('button', { name: 'På svenska' }).click();
    await session.chat.card('Hej Anna! Jag är Tillit.').waitFor();
  });

  it('answers a second person by their own name', async () => {
    await session.chat.sendAsOther({
      type: 'message',
      text: 'hjälp',
      locale: 'en-GB',
      from: { id: '29:bertil-berg', name: 'Bertil Berg', aadObjectId: '5e1a7e57-0000-4000-8000-000000000a02' },
    });
    await session.chat.card('Hej Bertil! Jag är Tillit.').waitFor();
  });

  it('says at start who handles reports in local mode, and the case view lets them in', async () => {
    expect(session.log).toContain('Cecilia Carlsson och David Dahl tar emot anmälningar');
    const page = await session.browser.newPage();
    await page.goto(`${session.botUrl}/arenden`);
    await page.getByRole('button', { name: 'Logga in som Cecilia Carlsson' }).click();
    await page.getByText('Inloggad som Cecilia Carlsson').waitFor();
    await page.close();
  });

  it('logs no message text', () => {
    expect(session.log).not.toContain('vad blir det till lunch');
  });
});
