import http from 'node:http';
import express, { type NextFunction, type Request, type Response } from 'express';
import { sql } from 'kysely';
import type { CloudAdapter, ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import { authenticateInbound } from './adapter.js';
import type { AppServices } from './app-services.js';
import type { TillitBot } from './tillit-bot.js';

/** Extra routes a feature mounts on the server (tabs, the report form, downloads). */
export type RouteMounter = (router: express.Router, app: AppServices) => void;

/**
 * The HTTP surface: /api/messages for Teams, /healthz, and whatever features
 * mount. Request logs hold method, path, status and duration only — no IP
 * addresses, headers, query strings or bodies, on any route.
 */
export function createHttpApp(
  app: AppServices,
  adapter: CloudAdapter,
  auth: ConfigurationBotFrameworkAuthentication,
  bot: TillitBot,
  mounters: readonly RouteMounter[] = [],
): express.Express {
  const server = express();
  server.disable('x-powered-by');
  server.set('trust proxy', false);

  server.use((req, res, next) => {
    const started = process.hrtime.bigint();
    res.on('finish', () => {
      // A route may count its requests instead (the anonymous report form: a timestamped line would date a report).
      if (res.locals.omitFromRequestLog === true) return;
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      app.logger.info({ method: req.method, path: req.path, status: res.statusCode, ms: Math.round(ms) }, 'http');
    });
    next();
  });

  server.post('/api/messages', express.json({ limit: '512kb' }), async (req, res) => {
    if (app.config.bot.authenticated) {
      const verdict = await authenticateInbound(auth, req.body, req.headers.authorization);
      if (verdict !== 200) {
        app.logger.warn({ code: verdict === 401 ? 'unauthenticated_request' : 'auth_keys_unavailable' }, 'request refused');
        res.status(verdict).end();
        return;
      }
    }
    await adapter.process(req, res, (turn) => bot.run(turn));
  });

  server.get('/healthz', async (_req, res) => {
    try {
      await sql`select 1`.execute(app.db);
      res.json({ status: 'ok', database: app.dialect, authenticated: app.config.bot.authenticated });
    } catch {
      res.status(503).json({ status: 'unavailable' });
    }
  });

  const router = express.Router();
  for (const mount of mounters) mount(router, app);
  server.use(router);

  server.use((_req, res) => {
    res.status(404).type('text/plain; charset=utf-8').send('Hittades inte.');
  });
  // Express recognises an error handler by its four parameters.
  server.use((error: unknown, _req: Request, res: Response, _next: NextFunction) => {
    const status = (error as { status?: number }).status;
    app.logger.warn({ code: 'http_error', status: status ?? 500 }, 'http error');
    if (res.headersSent) return;
    res
      .status(status && status >= 400 && status < 500 ? status : 500)
      .type('text/plain; charset=utf-8')
      .send(status === 413 ? 'För stor begäran.' : 'Något gick fel.');
  });
  return server;
}

/** Starts listening; resolves with the port actually bound (0 picks a free one). */
export function listen(handler: express.Express, port: number, host: string): Promise<http.Server> {
  return new Promise((resolve, reject) => {
    const server = http.createServer(handler);
    server.once('error', reject);
    server.listen(port, host, () => resolve(server));
  });
}
