import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { isIsoDate } from '../../src/calendar/iso-date.js';
import { formatDate, localDate } from '../../src/calendar/zoned-time.js';
import { isTillitError } from '../../src/errors.js';
import { loadConfig } from '../../src/config/load-config.js';
import { systemClock } from '../../src/ports/clock.js';
import { findPlanOrFail } from '../find-plan.js';
import { openCliDatabase } from '../open-database.js';
import { migrateToLatest } from '../../src/storage/migrate.js';
import { say, type CliIo } from '../cli-io.js';
import { CliError } from '../cli-error.js';

interface ReportOptions {
  format: string;
  asOf?: string;
  out?: string;
}

/**
 * `tillit plan report PLAN --format docx|xlsx [--as-of DATE] [--out FILE]`: the
 * committee report from the server's command line. Whoever runs it can read
 * the database anyway, so it runs as the operator, with no plan-role check.
 * The file is written next to its final name and renamed, so a crash never
 * leaves half a report behind.
 */
export function registerPlanReport(plan: Command, io: CliIo): void {
  addCommitteeReportCommand(plan.command('report').description(say(io, 'cli.report.description')), io);
}

/**
 * `tillit report …`, the old name of `tillit plan report` (before "report" also
 * meant the anonymous reports of `tillit reports`): the same command, kept so
 * scripts keep working, and marked as the old name in `tillit --help`.
 */
export function registerOldReportName(program: Command, io: CliIo): void {
  addCommitteeReportCommand(program.command('report').description(`${say(io, 'cli.report.description')} ${say(io, 'cli.report.oldName')}`), io);
}

function addCommitteeReportCommand(command: Command, io: CliIo): void {
  command
    .argument('<plan>', say(io, 'cli.report.plan'))
    .option('-f, --format <format>', say(io, 'cli.report.format'), 'docx')
    .option('--as-of <date>', say(io, 'cli.report.asOf'))
    .option('-o, --out <file>', say(io, 'cli.report.out'))
    .action(async (planKey: string, options: ReportOptions) => {
      // The overview, the report and its writers are loaded by this command only.
      const [{ defaultOverviewSettings }, { reportStatisticsSource }, { renderDocxReport }, { buildCommitteeReport, reportFileName }, { renderXlsxReport }] = await Promise.all([
        import('../../src/overview/overview-deps.js'),
        import('../../src/reports/statistics/statistics-source.js'),
        import('../../src/committee-report/docx-report.js'),
        import('../../src/committee-report/committee-report.js'),
        import('../../src/committee-report/xlsx-report.js'),
      ]);
      const format = options.format.trim().toLowerCase();
      if (format !== 'docx' && format !== 'xlsx') throw new CliError(say(io, 'cli.report.badFormat', { format: options.format }), 2);
      const config = loadConfig(io.env);
      if (options.asOf !== undefined) {
        if (!isIsoDate(options.asOf.trim())) throw new CliError(say(io, 'cli.report.badDate', { date: options.asOf }), 2);
        if (options.asOf.trim() > localDate(systemClock.now(), config.timeZone)) throw new CliError(say(io, 'cli.report.futureDate', { date: options.asOf }), 2);
      }
      const database = openCliDatabase(io, config);
      try {
        await migrateToLatest(database.db);
        const plan = await findPlanOrFail(io, database.db, planKey);
        const report = await buildCommitteeReport(
          {
            db: database.db,
            clock: systemClock,
            timeZone: config.timeZone,
            settings: { ...defaultOverviewSettings, ...config.overview },
            reportStatistics: reportStatisticsSource({ db: database.db, clock: systemClock, timeZone: config.timeZone, units: config.reports.units }),
          },
          { viewer: { kind: 'operator' }, planId: plan.id, ...(options.asOf ? { asOf: options.asOf.trim() } : {}) },
        ).catch((error: unknown) => {
          if (!isTillitError(error, 'overview_plan_not_decided')) throw error;
          const { decidedOn, validFrom } = error.context;
          const when = [decidedOn ? say(io, 'cli.report.decidedOn', { date: formatDate(String(decidedOn), io.locale) }) : '', validFrom ? say(io, 'cli.report.validFrom', { date: formatDate(String(validFrom), io.locale) }) : '']
            .filter(Boolean)
            .join(', ');
          throw new CliError(say(io, 'cli.report.notDecided', { plan: plan.key, date: formatDate(String(error.context.date), io.locale), when }));
        });
        const bytes = format === 'docx' ? await renderDocxReport(report, io.locale) : await renderXlsxReport(report, io.locale);
        const file = options.out ? path.resolve(io.cwd, options.out) : path.join(config.dataDir, 'rapporter', reportFileName(report, format));
        const partial = `${file}.${process.pid}.part`;
        try {
          // Tillit's own reports folder is made on first use; a folder the operator named must exist.
          if (!options.out) fs.mkdirSync(path.dirname(file), { recursive: true });
          fs.writeFileSync(partial, bytes);
          fs.renameSync(partial, file);
        } catch (error) {
          fs.rmSync(partial, { force: true });
          throw new CliError(say(io, 'cli.report.writeFailed', { file, detail: (error as NodeJS.ErrnoException).code ?? 'fel' }));
        }
        io.out(say(io, 'cli.report.done', { file, measures: report.overview.figures.total, date: report.overview.asOf }));
      } finally {
        await database.destroy();
      }
    });
}
