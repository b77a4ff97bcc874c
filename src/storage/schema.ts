import type { DirectoryTables } from './tables/directory-tables.js';
import type { OverviewTables } from './tables/overview-tables.js';
import type { PlanTables } from './tables/plan-tables.js';
import type { PlanUploadTables } from './tables/plan-upload-tables.js';
import type { ReplicaTables } from './tables/replica-tables.js';
import type { ReportTables } from './tables/report-tables.js';
import type { ReminderTables } from './tables/reminder-tables.js';
import type { StatusTables } from './tables/status-tables.js';

/**
 * The whole database as Kysely sees it. Each feature declares its tables in
 * storage/tables/ and adds them here.
 */
export interface Database extends DirectoryTables, PlanTables, PlanUploadTables, StatusTables, ReminderTables, ReportTables, OverviewTables, ReplicaTables {}
