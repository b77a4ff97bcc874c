import type { DirectoryTables } from './tables/directory-tables.js';

/**
 * The whole database as Kysely sees it. Each feature declares its tables in
 * storage/tables/ and adds them here.
 */
export interface Database extends DirectoryTables {}
