import { randomBytes } from 'node:crypto';
import { errorCard } from '../cards/error-card.js';
import type { AdaptiveCard } from '../cards/adaptive-card.js';
import { isTillitError } from '../src/errors.js';
import { isAnonymousTurn } from './anonymous-turn.js';
import type { ChatTurn } from './chat-turn.js';
import { databaseErrorKind } from '../src/storage/database-errors.js';
import type { Locale } from '../src/i18n/locale.js';
import type { Logger } from '../src/logging/logger.js';

/** The code of an error: a TillitError's own, a database trouble's ("database_full"), else "unexpected". */
export function errorCode(error: unknown): string {
  if (isTillitError(error)) return error.code;
  const kind = databaseErrorKind(error);
  return kind ? `database_${kind}` : 'unexpected';
}

/**
 * The one place that turns an error into what the user sees and what is
 * logged. The log holds the code and a reference — never the activity id,
 * message text, card data or who the user is — and for an anonymous turn
 * nothing. Unexpected errors also log the
 * stack (our code's, not the user's words).
 */
export function surfaceError(
  logger: Logger,
  turn: ChatTurn | undefined,
  error: unknown,
  locale: Locale,
): AdaptiveCard {
  const code = errorCode(error);
  const reference = randomBytes(4).toString('hex');
  if (isAnonymousTurn(turn)) {
    // An anonymous turn ("anmäl") logs nothing at all: a line would date the reporter's request.
  } else if (code === 'unexpected') {
    const stack = error instanceof Error ? error.stack?.split('\n').slice(1, 6).join('\n') : undefined;
    logger.error({ code, reference, errorName: error instanceof Error ? error.name : typeof error, stack }, 'turn failed');
  } else {
    logger.warn({ code, reference }, 'turn refused');
  }
  return errorCard({ code: code === 'unexpected' ? undefined : code, reference }, locale);
}
