import { describe, expect, it } from 'vitest';
import { adaptiveCard, textBlock } from '../../../cards/adaptive-card.js';
import { sendableCard } from '../../../cards/sendable-card.js';
import { loadConfig } from '../../../src/config/load-config.js';

describe('the last check before a card is sent', () => {
  it('passes a card the card builders made', () => {
    const card = adaptiveCard([textBlock('Hej')]);
    expect(sendableCard(card)).toBe(card);
  });

  it('refuses anything that is not plain card data: the configuration, a class instance, a Buffer, a function', () => {
    const config = loadConfig({});
    expect(() => sendableCard(config)).toThrow(expect.objectContaining({ code: 'card_unsendable' }));
    expect(() => sendableCard({ ...adaptiveCard([]), extra: config.reports })).not.toThrow();
    expect(() => sendableCard({ ...adaptiveCard([]), extra: new Map() })).toThrow(expect.objectContaining({ code: 'card_unsendable' }));
    expect(() => sendableCard({ ...adaptiveCard([]), key: Buffer.alloc(4) })).toThrow(expect.objectContaining({ code: 'card_unsendable' }));
    expect(() => sendableCard({ ...adaptiveCard([]), run: () => 1 })).toThrow(expect.objectContaining({ code: 'card_unsendable' }));
    expect(() => sendableCard(Object)).toThrow(expect.objectContaining({ code: 'card_unsendable' }));
    expect(() => sendableCard(undefined)).toThrow(expect.objectContaining({ code: 'card_unsendable' }));
  });

  it('refuses a card nested deeper than any card Tillit builds', () => {
    let node: Record<string, unknown> = { type: 'TextBlock', text: 'x' };
    for (let i = 0; i < 100; i++) node = { type: 'Container', items: [node] };
    expect(() => sendableCard(adaptiveCard([node as never]))).toThrow(expect.objectContaining({ code: 'card_unsendable' }));
  });
});
