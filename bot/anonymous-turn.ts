import type { ChatTurn } from './chat-turn.js';

const anonymousTurns = new WeakSet<ChatTurn>();

/**
 * Marks a turn as anonymous ("anmäl"): nothing from it is logged, not an
 * error, not the request line, so no log line can date or tie a reporter's
 * request to a Teams activity.
 */
export function markAnonymous(turn: ChatTurn): void {
  anonymousTurns.add(turn);
}

export function isAnonymousTurn(turn: ChatTurn | undefined): boolean {
  return turn !== undefined && anonymousTurns.has(turn);
}
