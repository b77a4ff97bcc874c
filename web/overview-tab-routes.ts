import type { Request, Response } from 'express';
import { z } from 'zod';
import { getPerson } from '../src/directory/people-repository.js';
import { isTillitError, TillitError } from '../src/errors.js';
import { hasMessage, t, type MessageKey } from '../src/i18n/catalogue.js';
import { resolveLocale, type Locale } from '../src/i18n/locale.js';
import { dashboardView } from '../src/overview/dashboard-view.js';
import { statusKeys } from '../src/overview/overview-types.js';
import { plansVisibleTo } from '../src/overview/plan-access.js';
import { resolvePlanKey } from '../src/overview/plan-overview.js';
import { dashboardFragment } from './pages/overview/dashboard-fragment.js';
import { noticeFragment, overviewConfigPage, overviewShellPage } from './pages/overview/overview-pages.js';
import { tabStyles } from './pages/overview/tab-styles.js';
import type { AppServices } from '../app/app-services.js';
import { setAssetHeaders, setPageHeaders } from './pages/security-headers.js';
import { browserScript } from './static-assets.js';
import type { RouteMounter } from './http-server.js';
import { httpStatus } from './http-errors.js';
import { signedReportUrls } from '../app/report-links.js';
import type { FindTabViewer } from './tab-viewer.js';


const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional();
const querySchema = z.object({
  plan: z.string().trim().min(1).max(100).optional(),
  area: z.string().trim().max(10).optional(),
  owner: z.string().trim().max(300).optional(),
  status: z.enum(['overdue', ...statusKeys]).optional(),
  asOf: day,
  format: z.enum(['docx', 'xlsx']).optional(),
});

/**
 * What the tab says about an error: the tab's own wording (`tab.error.<code>`:
 * choose a day in the field) before the chat's (`error.<code>`: write "status per …").
 */
function tabErrorKey(code: string | undefined): MessageKey {
  if (code === 'plan_access_denied') return 'overview.refused.body';
  if (!code) return 'tab.failed';
  const tabKey = `tab.error.${code}`;
  if (hasMessage(tabKey)) return tabKey;
  const chatKey = `error.${code}`;
  return hasMessage(chatKey) ? chatKey : 'tab.failed';
}

async function localeOf(app: AppServices, personId: string | undefined): Promise<Locale> {
  const person = personId ? await getPerson(app.db, personId) : undefined;
  return resolveLocale(person?.preferredLocale ?? person?.locale, app.config.locale);
}

/** A module of the one browser build (web/browser, compiled to dist/web/browser by `npm run build`). */
function sendScript(res: Response, file: string): void {
  const script = browserScript(file);
  if (!script) return void res.status(404).type('text/plain').send('');
  setAssetHeaders(res, 'text/javascript; charset=utf-8', 'no-cache');
  res.send(script);
}

/**
 * The dashboard tab ("Lägesbild"): a static tab for personal scope and a
 * configurable tab for channels. The pages carry no data; the content is
 * rendered on the server per request for the person the Teams token names,
 * with access checked in the use case, so a channel tab shows each viewer
 * only the plans they may read.
 */
export function overviewTabRoutes(findViewer: FindTabViewer): RouteMounter {
  return (router, app) => {
    // The tab's modules, beside its pages (app.js imports ./tab-sign-in.js, the shared tab sign-in).
    router.get('/oversikt/app.js', (_req, res) => sendScript(res, 'overview-tab.js'));
    router.get('/oversikt/konfigurera.js', (_req, res) => sendScript(res, 'overview-config.js'));
    router.get('/oversikt/tab-sign-in.js', (_req, res) => sendScript(res, 'tab-sign-in.js'));
    router.get('/oversikt/app.css', (_req, res) => {
      setAssetHeaders(res, 'text/css; charset=utf-8', 'no-cache');
      res.send(tabStyles);
    });
    router.get('/oversikt', (_req, res) => {
      setPageHeaders(res);
      res.type('html').send(overviewShellPage(app.config.locale));
    });
    router.get('/oversikt/konfigurera', (_req, res) => {
      setPageHeaders(res);
      res.type('html').send(overviewConfigPage(app.config.locale));
    });

    const withPerson = (handler: (req: Request, res: Response, personId: string, locale: Locale) => Promise<void>) => async (req: Request, res: Response) => {
      res.set({ 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' });
      const who = await findViewer(req, app);
      if (!who) {
        res.status(401).type('text/plain; charset=utf-8').send(t(app.config.locale, 'tab.signInFailed'));
        return;
      }
      const locale = await localeOf(app, who.personId);
      try {
        await handler(req, res, who.personId, locale);
      } catch (error) {
        const code = isTillitError(error) ? error.code : undefined;
        const status = httpStatus(code);
        if (status === 500) app.logger.warn({ code: 'tab_failed' }, 'tab request failed');
        res.status(status).type('html').send(noticeFragment(t(locale, tabErrorKey(code))));
      }
    };

    router.get(
      '/oversikt/innehall',
      withPerson(async (req, res, personId, locale) => {
        const q = querySchema.safeParse(req.query);
        if (!q.success) throw new TillitError('overview_query_not_understood', 'Unreadable tab query');
        const view = await dashboardView(app.overview, {
          viewer: { kind: 'person', personId, place: { kind: 'private' } },
          ...(q.data.plan ? { planKey: q.data.plan } : {}),
          ...(q.data.asOf ? { asOf: q.data.asOf } : {}),
          filters: { ...(q.data.area ? { goalArea: q.data.area } : {}), ...(q.data.owner ? { owner: q.data.owner } : {}), ...(q.data.status ? { status: q.data.status } : {}) },
        });
        res.type('html').send(dashboardFragment(view, locale).value);
      }),
    );

    router.get(
      '/oversikt/planer',
      withPerson(async (_req, res, personId) => {
        const { visible } = await plansVisibleTo(app.db, { kind: 'person', personId, place: { kind: 'private' } });
        const rows = await app.db.selectFrom('plans').select(['key', 'name']).where('id', 'in', visible).orderBy('organisation').orderBy('name').execute();
        res.json(rows);
      }),
    );

    router.get(
      '/oversikt/rapportlank',
      withPerson(async (req, res, personId) => {
        const q = querySchema.safeParse(req.query);
        if (!q.success) throw new TillitError('overview_query_not_understood', 'Unreadable tab query');
        const viewer = { kind: 'person' as const, personId, place: { kind: 'private' as const } };
        const planId = q.data.plan ? await resolvePlanKey(app.overview, viewer, q.data.plan) : (await plansVisibleTo(app.db, viewer)).visible[0]!;
        const urls = await signedReportUrls(app, viewer, planId, q.data.asOf);
        res.json({ url: q.data.format === 'xlsx' ? urls.xlsx : urls.docx });
      }),
    );
  };
}
