import type { Migration } from 'kysely';
import * as m0001 from './0001-directory.js';
import * as m0002 from './0002-plans.js';
import * as m0003 from './0003-status.js';
import * as m0004 from './0004-reminders.js';
import * as m0005 from './0005-reports.js';
import * as m0006 from './0006-overview.js';
import * as m0008 from './0008-status.js';
import * as m0010 from './0010-write-cadence.js';
import * as m0011 from './0011-plan-uploads.js';
import * as m0012 from './0012-replicas.js';

/**
 * Every migration, in order. Names sort; never rename or edit one that has
 * shipped — add a new one. Both SQLite and PostgreSQL run the same list.
 */
export const migrations: Record<string, Migration> = {
  '0001-directory': m0001,
  '0002-plans': m0002,
  '0003-status': m0003,
  '0004-reminders': m0004,
  '0005-reports': m0005,
  '0006-overview': m0006,
  '0008-status': m0008,
  '0010-write-cadence': m0010,
  '0011-plan-uploads': m0011,
  '0012-replicas': m0012,
};
