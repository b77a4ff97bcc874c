import { describe, expect, it } from 'vitest';
import { errorCard } from '../../../cards/error-card.js';
import { welcomeCard } from '../../../cards/welcome-card.js';
import { chatCommands } from '../../../src/chat/commands.js';
import { cardText, expectValidCard } from '../../helpers/cards.js';

describe('welcomeCard', () => {
  it('greets by first name in Swedish and lists every command', () => {
    const card = welcomeCard({ firstName: 'Anna', inSharedConversation: false, commands: chatCommands }, 'sv');
    expectValidCard(card);
    const text = cardText(card);
    expect(text).toContain('Hej Anna! Jag är Tillit.');
    for (const command of chatCommands) expect(text).toContain(command.triggers.sv[0]);
  });

  it('speaks English for an English locale', () => {
    const card = welcomeCard({ inSharedConversation: false, commands: chatCommands }, 'en');
    expectValidCard(card);
    expect(cardText(card)).toContain('Hi! I am Tillit.');
  });

  it('says kindly that it did not understand, and shortens long text', () => {
    const card = welcomeCard({ unknownText: 'x'.repeat(500), inSharedConversation: false, commands: chatCommands }, 'sv');
    expectValidCard(card);
    expect(cardText(card)).toMatch(/Jag förstod inte riktigt "x{59}…"/);
  });

  it('explains @mention in channels', () => {
    expect(cardText(welcomeCard({ inSharedConversation: true, commands: chatCommands }, 'sv'))).toContain('@Tillit');
  });

  it('matches its snapshot', () => {
    expect(welcomeCard({ firstName: 'Anna', inSharedConversation: false, commands: chatCommands }, 'sv')).toMatchSnapshot();
  });
});

describe('errorCard', () => {
  it('shows the generic message and a reference, never details', () => {
    const card = errorCard({ reference: 'ab12cd34' }, 'sv');
    expectValidCard(card);
    expect(cardText(card)).toContain('Inget av det du redan sparat har gått förlorat');
    expect(cardText(card)).toContain('ab12cd34');
  });
});
