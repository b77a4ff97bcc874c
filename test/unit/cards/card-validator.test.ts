import { describe, expect, it } from 'vitest';
import { cardProblems, expectValidCard, maxCardBytes } from '../../helpers/cards.js';

const good = { type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlock', text: 'Hej', wrap: true }], actions: [] };

/** The validator every card test leans on must itself turn bad cards away, or those tests prove nothing. */
describe('the card validator used by the card tests', () => {
  it('accepts a plain valid card', () => {
    expect(cardProblems(good)).toEqual([]);
    expect(() => expectValidCard(good)).not.toThrow();
  });

  it('rejects an element type Adaptive Cards does not know', () => {
    const bad = { ...good, body: [{ type: 'TextBlok', text: 'Hej' }] };
    expect(cardProblems(bad).length).toBeGreaterThan(0);
    expect(() => expectValidCard(bad)).toThrow();
  });

  it('rejects an Input without the id it must have', () => {
    const bad = { ...good, body: [{ type: 'Input.Text', placeholder: 'Skriv här' }] };
    expect(cardProblems(bad).join(' ')).toMatch(/id/i);
    expect(() => expectValidCard(bad)).toThrow();
  });

  it('rejects two inputs with the same id', () => {
    const bad = { ...good, body: [{ type: 'Input.Text', id: 'x' }, { type: 'Input.Text', id: 'x' }] };
    expect(cardProblems(bad).length).toBeGreaterThan(0);
  });

  it('rejects a card of the wrong version or over the size Teams accepts', () => {
    expect(() => expectValidCard({ ...good, version: '1.6' })).toThrow();
    const huge = { ...good, body: [{ type: 'TextBlock', text: 'x'.repeat(maxCardBytes), wrap: true }] };
    expect(() => expectValidCard(huge)).toThrow();
  });
});
