import type { AdaptiveCard } from '../../cards/adaptive-card.js';
import type { Person } from '../../src/directory/person.js';
import type { Locale } from '../../src/i18n/locale.js';
import type { AppServices } from '../../app/app-services.js';
import type { ChatTurn } from '../chat-turn.js';

/** What every handler gets: the turn, the app's services and the language to answer in. */
export interface TurnEnv {
  turn: ChatTurn;
  app: AppServices;
  locale: Locale;
  /**
   * The sender's person row, read once when the turn starts (null: not in
   * the directory) and refreshed by rememberContact; absent when nobody
   * looked it up (then currentPerson reads it).
   */
  sender?: Person | null;
}

/** Handles a typed command; `rest` is the text after the command word. */
export type CommandHandler = (env: TurnEnv, rest: string) => Promise<void>;

/**
 * Handles a card action (Action.Execute invoke or Action.Submit fallback).
 * The returned card replaces the card the action came from.
 */
export type CardActionHandler = (env: TurnEnv, data: Readonly<Record<string, unknown>>) => Promise<AdaptiveCard>;

/**
 * Looks at text that is no command (e.g. a free-text status reply) and
 * answers it; returns false to let the next handler (finally the help card)
 * have it.
 */
export type FreeTextHandler = (env: TurnEnv, text: string) => Promise<boolean>;
