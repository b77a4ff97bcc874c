import express, { type NextFunction, type Request, type Response } from 'express';
import { t } from '../src/i18n/catalogue.js';
import { isTillitError } from '../src/errors.js';
import { listAudit } from '../src/reports/audit-log.js';
import { parseCaseAction } from '../src/reports/case-action-input.js';
import { assignCase } from '../src/reports/case-handlers.js';
import { excludeHandler, liftExclusion } from '../src/reports/case-exclusions.js';
import { closeCase } from '../src/reports/close-case.js';
import type { HandlerActor } from '../src/reports/handler-access.js';
import { handlerDirectory } from '../src/reports/handler-directory.js';
import { listCases } from '../src/reports/list-cases.js';
import { openCase } from '../src/reports/open-case.js';
import { recordPoliceDecision, recordSecurityChiefInformed } from '../src/reports/record-case-facts.js';
import { ReportError } from '../src/reports/report-errors.js';
import { httpStatus } from './http-errors.js';
import { writeToReporter } from '../src/reports/write-to-reporter.js';
import type { AppServices } from '../app/app-services.js';
import type { RouteMounter } from './http-server.js';
import { caseViewPage } from './pages/case-view-page.js';
import { setPageHeaders } from './pages/security-headers.js';
import { pageLocale } from './report-page-helpers.js';
import { requireTabIdentity, tabIdentityOf } from './tab-sign-in.js';

function actorOf(res: Response): HandlerActor {
  const identity = tabIdentityOf(res);
  return { aadObjectId: identity.aadObjectId, name: identity.displayName };
}

/**
 * The handlers' case view: the page at /arenden and its JSON API under
 * /api/cases. Every API call needs a verified tab token, and every use case
 * checks that the person is a configured handler (403 otherwise) and not
 * excluded from the case — the page hides nothing the server would allow.
 */
export const caseViewRoutes: RouteMounter = (router, app) => {
  const services = app.reports();
  const deps = services.deps;
  const api = express.Router();
  api.use((_req, res, next) => {
    res.set('Cache-Control', 'no-store');
    next();
  });
  api.use(requireTabIdentity(app));
  api.use(express.json({ limit: '256kb' }));

  const detail = async (res: Response, caseId: string, audit: boolean) => {
    const actor = actorOf(res);
    const found = await openCase(deps, actor, caseId, { audit });
    res.json({ case: found, audit: await listAudit(app.db, found.reference), ...(await handlerDirectory(deps)) });
  };

  api.get('/', async (_req, res) => {
    const actor = actorOf(res);
    const { cases, excludedFrom } = await listCases(deps, actor);
    res.json({ me: { aadObjectId: actor.aadObjectId, name: actor.name }, cases, excludedFrom, notifyTimes: app.config.reports.notifyTimes, ...(await handlerDirectory(deps)) });
  });
  api.get('/:id', async (req, res) => detail(res, req.params.id, true));

  const action = (run: (req: Request, res: Response) => Promise<void>) => async (req: Request<{ id: string }>, res: Response) => {
    await run(req, res);
    await detail(res, req.params.id, false);
  };
  api.post('/:id/write', action(async (req, res) => {
    const input = parseCaseAction('write', req.body);
    await writeToReporter(deps, actorOf(res), { caseId: req.params.id, ...input });
  }));
  api.post('/:id/security-chief', action(async (req, res) => recordSecurityChiefInformed(deps, actorOf(res), { caseId: req.params.id })));
  api.post('/:id/police', action(async (req, res) => {
    const input = parseCaseAction('police', req.body);
    await recordPoliceDecision(deps, actorOf(res), { caseId: req.params.id, ...input });
  }));
  api.post('/:id/assign', action(async (req, res) => {
    const input = parseCaseAction('assign', req.body);
    await assignCase(deps, actorOf(res), { caseId: req.params.id, ...input });
  }));
  api.post('/:id/exclude', async (req, res) => {
    const input = parseCaseAction('exclude', req.body);
    const actor = actorOf(res);
    await excludeHandler(deps, actor, { caseId: req.params.id, ...input });
    // Excluding oneself ends one's access: answer with the list instead.
    if (input.handlerId === actor.aadObjectId.toLowerCase()) return void res.json({ excludedSelf: true });
    await detail(res, req.params.id, false);
  });
  api.post('/:id/lift-exclusion', action(async (req, res) => {
    const input = parseCaseAction('liftExclusion', req.body);
    await liftExclusion(deps, actorOf(res), { caseId: req.params.id, ...input });
  }));
  api.post('/:id/close', action(async (req, res) => {
    const input = parseCaseAction('close', req.body);
    await closeCase(deps, actorOf(res), { caseId: req.params.id, ...input });
  }));

  api.use((error: unknown, _req: Request, res: Response, _next: NextFunction) => {
    const status = (error as { status?: number }).status;
    if (error instanceof ReportError || isTillitError(error, 'decryption_failed', 'master_key_mismatch')) {
      const code = error.code;
      app.logger.warn({ code }, 'case action refused');
      res
        .status(httpStatus(code))
        .json({ error: code, message: t(app.config.locale, `error.${code}` as 'error.generic'), fields: error instanceof ReportError ? error.fields : [] });
      return;
    }
    if (status === 413 || status === 400) {
      res.status(status).json({ error: 'case_action_invalid', message: t(app.config.locale, 'error.case_action_invalid') });
      return;
    }
    app.logger.error({ code: 'case_view_failed', errorName: error instanceof Error ? error.name : typeof error }, 'case view failed');
    res.status(500).json({ error: 'unexpected', message: t(app.config.locale, 'cases.error') });
  });
  router.use('/api/cases', api);

  router.get('/arenden', (req, res) => {
    setPageHeaders(res);
    res.type('html').send(caseViewPage({ locale: pageLocale(req, app), notifyTimes: app.config.reports.notifyTimes, release: app.config.reports.release }));
  });
};
