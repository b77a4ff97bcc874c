import http from 'node:http';
import express, { type NextFunction, type Request, type RequestHandler, type Response } from 'express';
import { sql } from 'kysely';
import type { AppServices } from '../app/app-services.js';
import { isReady, readiness } from './readiness.js';
import { requestTelemetry } from './request-telemetry.js';
import { securityHeaders } from './pages/security-headers.js';

/** Extra routes a feature mounts on the server (tabs, the report form, downloads). */
export type RouteMounter = (router: express.Router, app: AppServices) => void;

/**
 * The HTTP surface: /api/messages for Teams (its handler is bot/messages-endpoint.ts), /healthz, /livez (the process
 * answers) and /readyz (the database answers), and whatever features mount. Request logs hold method, path, status and duration only — no IP
 * addresses, headers, query strings or bodies, on any route.
 */
export function createHttpApp(app: AppServices, messages: RequestHandler, mounters: readonly RouteMounter[] = []): express.Express {
  const server = express();
  server.disable('x-powered-by');
  server.set('trust proxy', false);

  // Every answer (JSON APIs, plain-text errors, pages, assets): nosniff, CSP, no referrer (web/pages/security-headers.ts).
  server.use(securityHeaders);

  // Traces and metrics when configured (never for the anonymous routes; see request-telemetry.ts).
  if (app.telemetry.enabled) server.use(requestTelemetry(app.telemetry));

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

  server.post('/api/messages', express.json({ limit: '512kb' }), messages);

  server.get('/healthz', async (_req, res) => {
    try {
      await sql`select 1`.execute(app.db);
      res.json({ status: 'ok', database: app.dialect, authenticated: app.config.bot.authenticated });
    } catch {
      res.status(503).json({ status: 'unavailable' });
    }
  });

  // Liveness: the process answers. Never touches the database, so a database restart does not get the process killed.
  server.get('/livez', (_req, res) => {
    res.json({ status: 'ok' });
  });
  // Readiness: the database answers within two seconds, its schema is current, the keys are loaded; 503 otherwise.
  server.get('/readyz', async (_req, res) => {
    const checks = await readiness(app, 2000);
    res.status(isReady(checks) ? 200 : 503).json({ status: isReady(checks) ? 'ok' : 'unavailable', ...checks });
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
