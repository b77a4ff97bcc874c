import express, { type RequestHandler, type Response } from 'express';
import { TabAuthError, type TabIdentity } from '../src/auth/tab-identity.js';
import { t } from '../src/i18n/catalogue.js';
import type { AppServices } from '../app/app-services.js';
import type { RouteMounter } from './http-server.js';
import { httpStatus } from './http-errors.js';
import { setAssetHeaders } from './pages/security-headers.js';
import { browserScript, teamsJs } from './static-assets.js';

/** The verified person of a request that passed `requireTabIdentity`. */
export function tabIdentityOf(res: Response): TabIdentity {
  return res.locals.tabIdentity as TabIdentity;
}

/**
 * Express middleware for a tab's API: verifies `Authorization: Bearer <token>`
 * (Teams SSO token, or a local demo token) and puts the person on
 * `res.locals` (read it with `tabIdentityOf`). Refuses with 401 JSON, or 503
 * when Entra's key set cannot be fetched. Authorisation (who may do what) is
 * the use case's job, not this one's.
 */
export function requireTabIdentity(app: AppServices): RequestHandler {
  return async (req, res, next) => {
    try {
      const authenticator = await app.tabAuthenticator();
      res.locals.tabIdentity = await authenticator.authenticate(req.headers.authorization);
      next();
    } catch (error) {
      if (!(error instanceof TabAuthError)) return next(error);
      const status = httpStatus(error.code);
      app.logger.warn({ code: error.code }, 'tab request refused');
      res.status(status).set('Cache-Control', 'no-store').json({ error: error.code, message: t(app.config.locale, `error.${error.code}`) });
    }
  };
}

/**
 * What every tab page needs to sign in: the mode (GET /api/tab/auth), and in
 * local mode only the demo people and a demo token
 * (GET /api/tab/local-people, POST /api/tab/local-sign-in); and the tabs'
 * scripts under /tab/static/: teams.js (Microsoft's teams-js, from
 * node_modules), tab-sign-in.js and the other compiled views of web/browser.
 */
export const tabAuthRoutes: RouteMounter = (router, app) => {
  router.get('/tab/static/:file', (req, res) => {
    const file = req.params.file;
    const script = file === 'teams.js' ? teamsJs() : browserScript(file);
    if (!script) return void res.status(404).type('text/plain').send('');
    setAssetHeaders(res, 'text/javascript; charset=utf-8');
    res.send(script);
  });
  router.get('/api/tab/auth', async (_req, res) => {
    const authenticator = await app.tabAuthenticator();
    res.set('Cache-Control', 'no-store').json({ mode: authenticator.mode });
  });
  router.get('/api/tab/local-people', async (_req, res) => {
    const local = (await app.tabAuthenticator()).demoSignIn;
    if (!local) return void res.status(404).json({ error: 'not_local' });
    res.set('Cache-Control', 'no-store').json({ people: local.people.map((p) => ({ aadObjectId: p.aadObjectId, name: p.name })) });
  });
  router.post('/api/tab/local-sign-in', express.json({ limit: '4kb' }), async (req, res) => {
    const local = (await app.tabAuthenticator()).demoSignIn;
    if (!local) return void res.status(404).json({ error: 'not_local' });
    const id = (req.body as { aadObjectId?: unknown } | undefined)?.aadObjectId;
    try {
      res.set('Cache-Control', 'no-store').json({ token: await local.issue(typeof id === 'string' ? id : '') });
    } catch {
      res.status(403).json({ error: 'tab_unauthenticated', message: t(app.config.locale, 'error.tab_unauthenticated') });
    }
  });
};
