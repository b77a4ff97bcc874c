import type { TurnContext } from 'botbuilder';

const anonymousTurn = Symbol('tillit.anonymousTurn');

/**
 * Marks a turn as anonymous ("anmäl"): nothing from it is logged, not an
 * error, not the request line, so no log line can date or tie a reporter's
 * request to a Teams activity.
 */
export function markAnonymous(turn: TurnContext): void {
  turn.turnState.set(anonymousTurn, true);
}

export function isAnonymousTurn(turn: TurnContext | undefined): boolean {
  return turn?.turnState.get(anonymousTurn) === true;
}
