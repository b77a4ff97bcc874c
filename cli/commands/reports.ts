import type { Command } from 'commander';
import { listPlans } from '../../src/plans/plan-repository.js';
import { findPlanOrFail } from '../find-plan.js';
import { systemClock } from '../../src/ports/clock.js';
import { listAudit } from '../../src/reports/audit-log.js';
import { auditLine } from '../../src/reports/audit-text.js';
import { handlerDirectory } from '../../src/reports/handler-directory.js';
import { reportStatistics } from '../../src/reports/statistics/report-statistics.js';
import { say, type CliIo } from '../cli-io.js';
import { CliError } from '../cli-error.js';
import { withDatabase } from '../with-database.js';
import { reportStatsLines } from '../report-stats-text.js';

/**
 * `tillit reports stats` (statistics for managers, small counts protected)
 * and `tillit reports audit` (the handlers' log). Neither can show report
 * text or anything about a reporter: they read only counts and the log.
 */
export function registerReports(program: Command, io: CliIo): void {
  const reports = program.command('reports').description(say(io, 'cli.reports.description'));
  reports
    .command('stats')
    .description(say(io, 'cli.reports.stats.description'))
    .option('--plan <nyckel>', say(io, 'cli.reports.stats.plan'))
    .option('--json', say(io, 'cli.reports.stats.json'))
    .action(async (opts: { plan?: string; json?: boolean }) => {
      await withDatabase(io, async ({ db }, config) => {
        const plan = opts.plan ? await findPlanOrFail(io, db, opts.plan) : undefined;
        const plans = plan ? [plan] : await listPlans(db);
        const stats = await reportStatistics({ db, clock: systemClock, timeZone: config.timeZone, units: config.reports.units }, { plans });
        if (opts.json) io.out(JSON.stringify(stats, null, 2));
        else for (const line of reportStatsLines(io, stats)) io.out(line);
      });
    });
  reports
    .command('audit')
    .description(say(io, 'cli.reports.audit.description'))
    .option('--case <referens>', say(io, 'cli.reports.audit.case'))
    .option('--json', say(io, 'cli.reports.stats.json'))
    .action(async (opts: { case?: string; json?: boolean }) => {
      await withDatabase(io, async ({ db }, config) => {
        const entries = await listAudit(db, opts.case?.trim().toUpperCase());
        if (opts.json) return void io.out(JSON.stringify(entries, null, 2));
        if (entries.length === 0) return void io.out(say(io, 'cli.reports.audit.none'));
        const { handlers } = await handlerDirectory({ db, config: config.reports });
        const names = new Map(handlers.map((h) => [h.id, h.name]));
        io.out(say(io, 'cases.audit.heading', { zone: config.timeZone }));
        for (const e of entries) io.out(auditLine(e, names, { timeZone: config.timeZone, locale: io.locale }));
      });
    });
}
