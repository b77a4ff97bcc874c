import type { Kysely } from 'kysely';
import type { Config } from '../src/config/load-config.js';
import type { Messenger } from '../src/ports/messenger.js';
import type { Database } from '../src/storage/schema.js';
import type { ChatActivity, ChatTurn, InvokeResult } from './chat-turn.js';

/** The SDKs Tillit can run on (TILLIT_BOT_SDK). */
export type BotSdk = Config['bot']['sdk'];

/** What running one inbound turn came to: the HTTP answer, and whether the turn was anonymous ("anmäl"). */
export interface TurnOutcome {
  status: number;
  body?: unknown;
  anonymous: boolean;
  /** The SDK failed around the turn (the turn's own errors are answered inside it). */
  failed?: boolean;
}

/** Tillit's turn logic as a runtime calls it (TillitBot). */
export interface TurnLogic {
  run(turn: ChatTurn): Promise<InvokeResult | undefined>;
}

/**
 * One SDK behind the seam: it carries an inbound activity (whose sender was
 * already proven, see inbound-auth.ts) to Tillit's turn logic as a ChatTurn,
 * and sends proactive messages. Everything outside bot/botbuilder/ and
 * bot/agents/ talks to this, not to an SDK.
 */
export interface BotRuntime {
  readonly sdk: BotSdk;
  /**
   * Runs one activity. `appId` is the audience of the verified token, or
   * undefined in local mode. Never rejects: an SDK failing around the turn
   * is `failed`; the turn's own errors are answered inside it.
   */
  runTurn(activity: ChatActivity, appId: string | undefined, logic: TurnLogic): Promise<TurnOutcome>;
  /** The Messenger port over this SDK's proactive sends (continue a stored conversation reference). */
  createMessenger(db: Kysely<Database>): Messenger;
}

/**
 * The runtime for the configured SDK. Each is loaded only when chosen, so a
 * process running one SDK never loads the other.
 */
export async function createBotRuntime(config: Config): Promise<BotRuntime> {
  if (config.bot.sdk === 'agents') {
    const { createAgentsRuntime } = await import('./agents/agents-runtime.js');
    return createAgentsRuntime(config);
  }
  const { createBotbuilderRuntime } = await import('./botbuilder/botbuilder-runtime.js');
  return createBotbuilderRuntime(config);
}
