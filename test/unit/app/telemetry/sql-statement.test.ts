import { describe, expect, it } from 'vitest';
import { statementShape } from '../../../../app/telemetry/sql-statement.js';

describe('what telemetry keeps of a SQL statement', () => {
  it('keeps the kind and the first table of what Kysely sends, quoted or not', () => {
    expect(statementShape('select "id", "name" from "people" where "email" = ?')).toEqual({ operation: 'SELECT', table: 'people' });
    expect(statementShape('insert into "status_reports" ("id", "text") values ($1, $2)')).toEqual({ operation: 'INSERT', table: 'status_reports' });
    expect(statementShape('update "reminder_outbox" set "lease_until" = $1')).toEqual({ operation: 'UPDATE', table: 'reminder_outbox' });
    expect(statementShape('delete from "public"."reports" where "id" = $1')).toEqual({ operation: 'DELETE', table: 'reports' });
    expect(statementShape('  SELECT * FROM plans p JOIN measures m ON m.plan_id = p.id')).toEqual({ operation: 'SELECT', table: 'plans' });
  });

  it('never keeps a value: a literal in the text is not a table, and unknown kinds are OTHER', () => {
    expect(statementShape("select 'KANARIE-1234' as x")).toEqual({ operation: 'SELECT', table: 'other' });
    expect(statementShape("select 1 from 'kanarie'")).toEqual({ operation: 'SELECT', table: 'other' });
    expect(statementShape('kanarie text here')).toEqual({ operation: 'OTHER', table: 'other' });
    expect(statementShape('select 1')).toEqual({ operation: 'SELECT', table: 'other' });
  });
});
