import path from 'node:path';
import { t } from '../src/i18n/catalogue.js';
import { resolveMasterKey } from '../src/reports/crypto/master-key.js';
import { ReportCrypto } from '../src/reports/crypto/report-crypto.js';
import type { ReportDeps } from '../src/reports/report-deps.js';
import { DbPowLedger } from '../src/reports/db-pow-ledger.js';
import { defaultPowSettings, ProofOfWork } from '../src/reports/proof-of-work.js';
import type { AppServices } from './app-services.js';
import { ReportRequestLog } from '../web/report-request-log.js';

/** The report channel's services: keys, the proof of work (its ledger in the database, shared by every process) and this process's aggregated request log. */
export interface ReportServices {
  crypto: ReportCrypto;
  /** The proof of work the form and the inbox ask for (load and used challenges in the database, shared by every process). */
  pow: ProofOfWork;
  requestLog: ReportRequestLog;
  /** The deps every report use case takes. */
  deps: ReportDeps;
  /** Where handlers open cases. */
  caseViewUrl: string;
}

/** The data folder: next to the SQLite file, else the configured data folder (PostgreSQL). */
export function dataDirectory(app: Pick<AppServices, 'config'>): string {
  const db = app.config.database;
  return db.dialect === 'sqlite' ? path.dirname(db.file) : app.config.dataDir;
}

/**
 * The report services of one running Tillit (create-app.ts makes them once,
 * on first use; routes and the worker share them). Resolving the master key
 * may generate one locally, which is announced loudly; a key that does not
 * match stored reports is logged as an error at once rather than at the
 * first case opened.
 */
export function createReportServices(app: Pick<AppServices, 'config' | 'db' | 'clock' | 'logger' | 'writes'>): ReportServices {
  const key = resolveMasterKey(app.config.reports, dataDirectory(app));
  if (key.origin === 'generated') {
    app.logger.warn({ code: 'master_key_generated' }, `*** ${t(app.config.locale, 'reports.masterKey.generated', { file: key.file ?? '' })} ***`);
  }
  const crypto = new ReportCrypto(key.key);
  const services: ReportServices = {
    crypto,
    pow: new ProofOfWork(crypto, app.clock, { ...defaultPowSettings, baseBits: app.config.reports.powBits }, new DbPowLedger(app.db, app.clock)),
    requestLog: new ReportRequestLog(),
    deps: { db: app.db, clock: app.clock, crypto, config: app.config.reports, timeZone: app.config.timeZone, anonymousWrites: app.writes },
    caseViewUrl: `${app.config.server.publicUrl}/arenden`,
  };
  void app.db
    .selectFrom('reports')
    .select('wrapped_key')
    .limit(1)
    .executeTakeFirst()
    .then((row) => {
      if (row && !crypto.owns(row.wrapped_key)) app.logger.error({ code: 'master_key_mismatch' }, t(app.config.locale, 'reports.masterKey.mismatch'));
    })
    .catch(() => undefined);
  return services;
}
