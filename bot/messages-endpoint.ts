import type { RequestHandler } from 'express';
import type { Activity } from 'botbuilder';
import type { AppServices } from '../app/app-services.js';
import type { InboundFacts } from '../src/auth/bot-token-verifier.js';
import { readActivityEnvelope } from './activity-envelope.js';
import { isAnonymousTurn } from './anonymous-turn.js';
import { turnAuthentication, verifySender, type InboundAuth, type TillitAdapter } from './adapter.js';
import type { TillitBot } from './tillit-bot.js';

/**
 * POST /api/messages: Teams' one door. The web server parses the JSON body
 * (web/http-server.ts); this checks who sent it, then the envelope, then runs
 * the turn through the SDK adapter and the bot.
 */
export function messagesEndpoint(app: AppServices, adapter: TillitAdapter, auth: InboundAuth, bot: TillitBot): RequestHandler {
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
    const activity = body as Activity;
    let anonymous = false;
    try {
      const authentication = await turnAuthentication(adapter, auth, activity, verdict.appId);
      const invoke = await adapter.runActivity(authentication, activity, async (turn) => {
        try {
          await bot.run(turn);
        } finally {
          // An anonymous turn ("anmäl") leaves no request line either.
          if (isAnonymousTurn(turn)) anonymous = res.locals.omitFromRequestLog = true;
        }
      });
      res.status(invoke?.status && invoke.status < 500 ? invoke.status : 200);
      if (invoke?.body !== undefined) res.json(invoke.body);
      else res.end();
    } catch {
      // The turn's own errors were answered by onTurnError; this is the SDK failing around it.
      if (!anonymous) app.logger.error({ code: 'turn_unhandled' }, 'turn failed');
      if (!res.headersSent) res.status(200).end();
    }
  };
}
