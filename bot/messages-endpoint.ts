import type { AppServices } from '../app/app-services.js';
import type { InboundFacts } from '../src/auth/bot-token-verifier.js';
import { readActivityEnvelope } from './activity-envelope.js';
import type { BotRuntime, TurnLogic } from './bot-runtime.js';
import type { ChatActivity } from './chat-turn.js';
import { verifySender, type InboundAuth } from './inbound-auth.js';

/** What the endpoint needs of the HTTP request (web/http-server.ts passes express's; bot/ imports no HTTP framework). */
export interface MessagesRequest {
  body: unknown;
  headers: { authorization?: string };
}

/** What the endpoint does with the HTTP response. */
export interface MessagesResponse {
  headersSent: boolean;
  locals: Record<string, unknown>;
  status(code: number): this;
  set(field: string, value: string): this;
  json(body: unknown): unknown;
  end(): unknown;
}

export type MessagesHandler = (req: MessagesRequest, res: MessagesResponse) => Promise<void>;

/**
 * POST /api/messages: Teams' one door. The web server parses the JSON body
 * (web/http-server.ts); this checks who sent it, then the envelope, then runs
 * the turn through whichever SDK runtime is configured (bot/bot-runtime.ts).
 */
export function messagesEndpoint(app: AppServices, runtime: BotRuntime, auth: InboundAuth, bot: TurnLogic): MessagesHandler {
  return async (req, res) => {
    const body: unknown = req.body;
    const facts = typeof body === 'object' && body !== null ? (body as InboundFacts) : {};
    // Who sent it comes first: an unproven sender learns nothing about what Tillit accepts.
    const verdict = await verifySender(auth, facts, req.headers.authorization);
    if (verdict.status === 503) {
      app.logger.warn({ code: 'auth_keys_unavailable' }, 'request refused');
      res.status(503).set('Retry-After', String(verdict.retryAfterSeconds)).end();
      return;
    }
    if (verdict.status === 401) {
      app.logger.warn({ code: 'unauthenticated_request' }, 'request refused');
      res.status(401).end();
      return;
    }
    if (!readActivityEnvelope(body)) {
      app.logger.warn({ code: 'activity_invalid' }, 'request refused');
      res.status(400).end();
      return;
    }
    // The envelope is checked; the SDK gets the body as sent (the check copies nothing into it).
    const outcome = await runtime.runTurn(body as ChatActivity, verdict.appId, bot);
    // An anonymous turn ("anmäl") leaves no request line either.
    if (outcome.anonymous) res.locals.omitFromRequestLog = true;
    // The turn's own errors were answered inside it; this is the SDK failing around it.
    if (outcome.failed && !outcome.anonymous) app.logger.error({ code: 'turn_unhandled' }, 'turn failed');
    if (res.headersSent) return;
    res.status(outcome.status < 500 ? outcome.status : 200);
    if (outcome.body !== undefined) res.json(outcome.body);
    else res.end();
  };
}
