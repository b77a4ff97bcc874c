import { describe, expect, it } from 'vitest';
import { errorCard } from '../../../cards/error-card.js';
import { welcomeCard } from '../../../cards/welcome-card.js';
import { chatCommands } from '../../../src/chat/commands.js';
import { cardText, expectValidCard } from '../../helpers/cards.js';

describe('welcomeCard', () => {
  it('greets by first name in Swedish and lists every command of a personal chat, own measures first and help last', () => {
    const card = welcomeCard({ firstName: 'Anna', inSharedConversation: false, commands: chatCommands }, 'sv');
    expectValidCard(card);
    const text = cardText(card);
    expect(text).toContain('Hej Anna! Jag är Tillit.');
    const listed = ['mina åtgärder', 'status', 'rapport', 'anmäl', 'ansvariga', 'hjälp'].map((title) => text.indexOf(`**${title}**`));
    expect(listed.every((at) => at >= 0)).toBe(true);
    expect([...listed].sort((a, b) => a - b)).toEqual(listed);
    expect(text).not.toContain('visa läget här');
  });

  it('promises the reminders that are really sent: before, on and after the deadline, never the same one twice', () => {
    const text = cardText(welcomeCard({ firstName: 'Anna', inSharedConversation: false, commands: chatCommands }, 'sv'));
    expect(text).not.toContain('bara en gång');
    expect(text).toContain('när de startar, 30 och 7 dagar före sista datum, på dagen och sedan en gång i veckan så länge en åtgärd är försenad');
    expect(text).toContain('aldrig samma påminnelse två gånger');
    const english = cardText(welcomeCard({ inSharedConversation: false, commands: chatCommands }, 'en'));
    expect(english).not.toContain('only once');
    expect(english).toContain('30 and 7 days before the deadline, on the day, and then once a week while a measure is overdue');
  });

  it('tells a new owner that reminders end with the plan and that a reply in their own words is shown back before it is saved', () => {
    const text = cardText(welcomeCard({ firstName: 'Anna', inSharedConversation: false, commands: chatCommands }, 'sv'));
    expect(text).toContain('men inte efter att planen har slutat gälla');
    expect(text).toContain('Bara på arbetsdagar under arbetstid');
    expect(text).toContain('eller svarar med egna ord, till exempel "klar"');
    expect(text).toContain('Då visar jag vad jag uppfattade innan något sparas.');
    const english = cardText(welcomeCard({ inSharedConversation: false, commands: chatCommands }, 'en'));
    expect(english).toContain('but not after the plan has ended');
  });

  it('lists in a channel only what works there', () => {
    const text = cardText(welcomeCard({ inSharedConversation: true, commands: chatCommands }, 'sv'));
    expect(text).toContain('**visa läget här**');
    expect(text).not.toContain('**mina åtgärder**');
    expect(text).not.toContain('**ansvariga**');
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
