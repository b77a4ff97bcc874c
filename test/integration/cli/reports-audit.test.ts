import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { upsertPersonFromTeams } from '../../../src/directory/people-repository.js';
import { appendAudit } from '../../../src/reports/audit-log.js';
import { runCli } from '../../helpers/cli-run.js';
import { dialects, type TestDatabase } from '../../helpers/databases.js';

const cecilia = '5e1a7e57-0000-4000-8000-000000000a03';
const david = '5e1a7e57-0000-4000-8000-000000000a04';

describe.each(dialects)('tillit reports audit ($name)', ({ create }) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await create();
    await upsertPersonFromTeams(database.db, { teamsUserId: '29:david', aadObjectId: david, displayName: 'David Dahl', email: 'david.dahl@kommun.example' }, '2026-11-01T08:00:00Z');
    const asCecilia = { id: cecilia, name: 'Cecilia Handläggare' };
    await appendAudit(database.db, { reference: 'K7Q-4MX', actor: asCecilia, action: 'case_opened', at: new Date('2026-11-23T23:30:00Z') });
    await appendAudit(database.db, { reference: 'K7Q-4MX', actor: asCecilia, action: 'assigned', detail: david, at: new Date('2026-11-24T07:05:00Z') });
    await appendAudit(database.db, { reference: 'K7Q-4MX', actor: { id: david, name: null }, action: 'police_decision', detail: 'reported', at: new Date('2026-11-25T09:00:00Z') });
    await appendAudit(database.db, { reference: 'K7Q-4MX', actor: { id: null, name: null }, action: 'escalated', detail: 'feedback_overdue', at: new Date('2027-02-24T07:00:00Z') });
    await appendAudit(database.db, { reference: 'K7Q-4MX', actor: { id: david, name: null }, action: 'closed', detail: 'measures_taken', at: new Date('2027-03-01T13:15:00Z') });
  });
  afterAll(async () => database?.destroy());

  it('prints the log in Swedish, in Stockholm time, with names instead of ids and words instead of codes', async () => {
    const printed = await runCli(['reports', 'audit'], { DATABASE_URL: database.url, TILLIT_REPORT_HANDLERS: [cecilia, david].join(',') });
    expect(printed.exitCode).toBe(0);
    expect(printed.out.split('\n')).toEqual([
      'Handläggarnas logg, tider i Europe/Stockholm:',
      '24 nov. 2026 00:30  K7Q-4MX  Cecilia Handläggare  öppnade ärendet',
      '24 nov. 2026 08:05  K7Q-4MX  Cecilia Handläggare  tilldelade ärendet (David Dahl)',
      '25 nov. 2026 10:00  K7Q-4MX  David Dahl  registrerade beslut om polisanmälan (Polisanmälan gjord)',
      '24 feb. 2027 08:00  K7Q-4MX  Tillit  eskalerade missad frist (fristen för återkoppling har passerat)',
      '1 mars 2027 14:15  K7Q-4MX  David Dahl  avslutade ärendet (Åtgärder vidtagna)',
    ]);
    expect(printed.out).not.toMatch(/case_opened|measures_taken|5e1a7e57|T\d\d:\d\d|Z\b/);
  });

  it('keeps the raw codes and UTC times for machines with --json', async () => {
    const printed = await runCli(['reports', 'audit', '--json'], { DATABASE_URL: database.url });
    expect(JSON.parse(printed.out)[0]).toMatchObject({ reference: 'K7Q-4MX', action: 'case_opened', at: '2026-11-23T23:30:00.000Z' });
  });
});
