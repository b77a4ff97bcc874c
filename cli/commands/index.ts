import type { Command } from 'commander';
import type { CliIo } from '../cli-io.js';
import { registerLink } from './link.js';
import { registerMigrate } from './migrate.js';
import { registerOwners } from './owners.js';
import { registerPlan } from './plan.js';
import { registerOldReportName } from './plan-report.js';
import { registerReports } from './reports.js';
import { registerReminders } from './reminders.js';
import { registerServe } from './serve.js';
import { registerStart } from './start.js';

/** Adds one command (or a group such as `plan …`) to the program. */
export type CommandRegistrar = (program: Command, io: CliIo) => void;

/** Every command, in the order `tillit --help` lists them. Features add theirs here. */
export const commandRegistrars: readonly CommandRegistrar[] = [registerStart, registerServe, registerMigrate, registerPlan, registerOwners, registerReminders, registerReports, registerLink, registerOldReportName];
