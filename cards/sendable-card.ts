import { TillitError } from '../src/errors.js';
import type { AdaptiveCard } from './adaptive-card.js';

/** Raised when something that is not a card built by cards/ is about to be sent. */
export class UnsendableCardError extends TillitError<'card_unsendable'> {}

const maxDepth = 64;
const maxNodes = 50_000;

function isPlainObject(value: object): boolean {
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

/**
 * The last check before a card leaves the process: it must be an Adaptive
 * Card made of plain JSON (objects, arrays, strings, numbers, booleans,
 * null) as the card builders make it. Anything else (a class instance, a
 * function, a Buffer, the services a handler was given) is refused, so no
 * route can send an object that was not built to be sent.
 */
export function sendableCard(card: unknown): AdaptiveCard {
  let nodes = 0;
  const check = (value: unknown, depth: number): void => {
    if (++nodes > maxNodes || depth > maxDepth) throw new UnsendableCardError('card_unsendable', 'Card too large or too deep');
    if (value === null || typeof value === 'string' || typeof value === 'boolean') return;
    if (typeof value === 'number') {
      if (!Number.isFinite(value)) throw new UnsendableCardError('card_unsendable', 'Card holds a non-finite number');
      return;
    }
    if (typeof value !== 'object') throw new UnsendableCardError('card_unsendable', 'Card holds a non-JSON value', { kind: typeof value });
    if (Array.isArray(value)) {
      for (const item of value) check(item, depth + 1);
      return;
    }
    if (!isPlainObject(value)) throw new UnsendableCardError('card_unsendable', 'Card holds an object that is not plain data');
    for (const item of Object.values(value)) if (item !== undefined) check(item, depth + 1);
  };
  if (card === null || typeof card !== 'object' || (card as { type?: unknown }).type !== 'AdaptiveCard') {
    throw new UnsendableCardError('card_unsendable', 'Not an Adaptive Card');
  }
  check(card, 0);
  return card as AdaptiveCard;
}
