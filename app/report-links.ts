import type { Viewer } from '../src/overview/plan-access.js';
import { planOverview } from '../src/overview/plan-overview.js';
import type { PlanOverview } from '../src/overview/overview-types.js';
import { downloadLinkMinutes, signDownload } from '../src/committee-report/download-link.js';
import type { AppServices } from './app-services.js';

/**
 * Signed Word and Excel links for a plan's report, after checking that the
 * viewer may read the plan now. Each link is bound to the person, the plan,
 * the day and the format, and works for 15 minutes.
 */
export async function signedReportUrls(
  app: AppServices,
  viewer: Viewer & { kind: 'person' },
  planId: string,
  asOf?: string,
): Promise<{ overview: PlanOverview; docx: string; xlsx: string }> {
  const overview = await planOverview(app.overview, { viewer, planId, ...(asOf ? { asOf } : {}) });
  const expiresAt = Math.floor(app.clock.now().getTime() / 1000) + downloadLinkMinutes * 60;
  const secret = app.linkSecret;
  const url = (format: 'docx' | 'xlsx') =>
    `${app.config.server.publicUrl}/rapport/hamta?t=${signDownload({ planId, personId: viewer.personId, format, asOf: overview.asOf, expiresAt }, secret)}`;
  return { overview, docx: url('docx'), xlsx: url('xlsx') };
}
