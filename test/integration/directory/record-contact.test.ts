import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findConversation, findPersonalConversation } from '../../../src/directory/conversations-repository.js';
import { ensurePersonByEmail, findPersonByEmail, getPerson } from '../../../src/directory/people-repository.js';
import { recordContact } from '../../../src/directory/record-contact.js';
import { recordUnreachable } from '../../../src/directory/record-unreachable.js';
import type { ConversationSighting } from '../../../src/directory/conversation.js';
import { FixedClock } from '../../../src/ports/clock.js';
import { dialects, type TestDatabase } from '../../helpers/databases.js';

function personal(id: string): ConversationSighting {
  return {
    conversationId: `a:${id}`,
    conversationType: 'personal',
    tenantId: 't1',
    serviceUrl: 'https://smba.example/emea/',
    reference: { conversation: { id: `a:${id}` }, serviceUrl: 'https://smba.example/emea/' },
  };
}

describe.each(dialects)('directory on $name', ({ create }) => {
  let database: TestDatabase;
  const clock = new FixedClock('2026-11-23T09:00:00Z');
  beforeAll(async () => {
    database = await create();
  });
  afterAll(async () => database?.destroy());

  it('stores the person and links their personal chat on install', async () => {
    const deps = { db: database.db, clock };
    const { person, conversation } = await recordContact(deps, {
      conversation: personal('anna'),
      person: { teamsUserId: '29:anna', aadObjectId: 'aad-anna', displayName: 'Anna A', email: 'Anna.A@Kommun.se', upn: 'anna.a@kommun.se' },
    });
    expect(person).toMatchObject({ aadObjectId: 'aad-anna', email: 'anna.a@kommun.se', displayName: 'Anna A' });
    expect(conversation).toMatchObject({ personId: person!.id, installed: true, conversationType: 'personal' });
    expect((await findPersonalConversation(database.db, person!.id))?.conversationId).toBe('a:anna');
  });

  it('completes a person first known only by e-mail instead of creating a second one', async () => {
    const known = await ensurePersonByEmail(database.db, 'Bertil@kommun.se', clock.now().toISOString());
    const { person } = await recordContact(
      { db: database.db, clock },
      { conversation: personal('bertil'), person: { teamsUserId: '29:bertil', aadObjectId: 'aad-bertil', upn: 'bertil@kommun.se' } },
    );
    expect(person!.id).toBe(known.id);
    expect(person!.aadObjectId).toBe('aad-bertil');
  });

  it('keeps a channel conversation without tying it to the installer', async () => {
    const { conversation } = await recordContact(
      { db: database.db, clock },
      {
        conversation: { ...personal('x'), conversationId: '19:general@thread.tacv2', conversationType: 'channel', teamId: 'team-1' },
        person: { teamsUserId: '29:anna', aadObjectId: 'aad-anna' },
      },
    );
    expect(conversation).toMatchObject({ conversationType: 'channel', personId: null, teamId: 'team-1' });
  });

  it('marks a person unreachable on uninstall and keeps everything else', async () => {
    await recordUnreachable({ db: database.db, clock }, { conversationId: 'a:anna', reason: 'uninstalled' });
    const conversation = await findConversation(database.db, 'a:anna');
    expect(conversation).toMatchObject({ installed: false, unreachableReason: 'uninstalled' });
    const person = await getPerson(database.db, conversation!.personId!);
    expect(person).toMatchObject({ unreachableReason: 'uninstalled', email: 'anna.a@kommun.se' });
  });

  it('writes nothing when a known person writes again from the same chat', async () => {
    const input = {
      conversation: personal('cecilia'),
      person: { teamsUserId: '29:cecilia', aadObjectId: 'aad-cecilia', displayName: 'Cecilia C', email: 'cecilia@kommun.se' },
    };
    await recordContact({ db: database.db, clock }, input);
    const before = await database.db.selectFrom('people').select('updated_at').where('aad_object_id', '=', 'aad-cecilia').executeTakeFirstOrThrow();
    const later = new FixedClock(new Date(clock.now().getTime() + 3_600_000));
    const { person } = await recordContact({ db: database.db, clock: later }, input);
    expect(person?.displayName).toBe('Cecilia C');
    const after = await database.db.selectFrom('people').select('updated_at').where('aad_object_id', '=', 'aad-cecilia').executeTakeFirstOrThrow();
    const conversation = await database.db.selectFrom('conversations').select('updated_at').where('conversation_id', '=', 'a:cecilia').executeTakeFirstOrThrow();
    expect(after.updated_at).toBe(before.updated_at);
    expect(conversation.updated_at).toBe(before.updated_at);
  });

  it('clears the unreachable mark when the person writes again', async () => {
    clock.advance(60_000);
    await recordContact(
      { db: database.db, clock },
      { conversation: personal('anna'), person: { teamsUserId: '29:anna', aadObjectId: 'aad-anna' } },
    );
    expect(await findConversation(database.db, 'a:anna')).toMatchObject({ installed: true, unreachableAt: null });
    expect(await findPersonByEmail(database.db, 'ANNA.A@kommun.se')).toMatchObject({ unreachableAt: null });
  });
});
