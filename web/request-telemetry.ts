import type { Request, RequestHandler } from 'express';
import type { Telemetry } from '../src/ports/telemetry.js';
import { isAnonymousPath } from './anonymous-paths.js';

const methods = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);

/** The route template that answered ("/api/cases/:id"), never the path with its values; "unmatched" for a 404. */
function routeOf(req: Request): string {
  const route = (req.route as { path?: unknown } | undefined)?.path;
  // Tillit mounts routers on fixed paths only; a base with anything else in it (a value) is left out.
  const base = /^[a-z/_-]*$/i.test(req.baseUrl) ? req.baseUrl : '';
  return typeof route === 'string' ? `${base}${route}` || '/' : 'unmatched';
}

/**
 * A span per HTTP request: method, route template and status only (no URL,
 * query string, header, address or body). The anonymous form and inbox
 * (/anmalan) run unrecorded: no span and no metric from anything they do. A
 * request that leaves no log line (an anonymous chat turn) leaves no trace
 * here either: its whole trace is discarded.
 */
export function requestTelemetry(telemetry: Telemetry): RequestHandler {
  return (req, res, next) => {
    if (isAnonymousPath(req.path)) return telemetry.unrecorded(next, [req, res]);
    const span = telemetry.start('http', { 'http.request.method': methods.has(req.method) ? req.method : '_OTHER' }, [req, res]);
    const end = () => {
      if (res.locals.omitFromRequestLog === true) span.discard();
      span.end({ 'http.route': routeOf(req), 'http.response.status_code': res.statusCode });
    };
    res.once('finish', end);
    res.once('close', end);
    span.run(next);
  };
}
