import type { Kysely } from 'kysely';
import { unitDisplayName, unitKey } from '../plans/units-repository.js';
import type { Database } from '../storage/schema.js';
import type { UnreachableOwner } from './overview-types.js';

const reasonOrder: Record<UnreachableOwner['reason'], number> = { no_person: 0, unreachable: 1, no_chat: 2 };

/**
 * Owner units of open measures that reminders cannot reach today: units with
 * nobody in them ("saknar mottagare"), people marked unreachable (they
 * blocked or removed the app), and people who have no personal chat with
 * Tillit yet. The directory keeps no history, so this is always today's state.
 */
export async function unreachableOwners(
  db: Kysely<Database>,
  measures: ReadonlyArray<{ code: string; ownerUnits: readonly string[] }>,
): Promise<UnreachableOwner[]> {
  return (await unreachableOwnersOfPlans(db, [measures]))[0]!;
}

type OwnedMeasures = ReadonlyArray<{ code: string; ownerUnits: readonly string[] }>;

/** unreachableOwners for the measures of several plans (a list each), in two statements whatever their number. */
export async function unreachableOwnersOfPlans(db: Kysely<Database>, plans: readonly OwnedMeasures[]): Promise<UnreachableOwner[][]> {
  const perPlan = plans.map(codesByUnitOf);
  const keys = [...new Set(perPlan.flatMap((codes) => [...codes.keys()]))];
  if (keys.length === 0) return plans.map(() => []);
  const { members, withChat } = await reachability(db, keys);
  return perPlan.map((codes) => summarise(codes, members, withChat));
}

function codesByUnitOf(measures: OwnedMeasures): Map<string, { name: string; codes: string[] }> {
  const codesByUnit = new Map<string, { name: string; codes: string[] }>();
  for (const m of measures) {
    for (const name of m.ownerUnits) {
      const key = unitKey(name);
      const entry = codesByUnit.get(key) ?? { name: unitDisplayName(name), codes: [] };
      if (!entry.codes.includes(m.code)) entry.codes.push(m.code);
      codesByUnit.set(key, entry);
    }
  }
  return codesByUnit;
}

async function reachability(db: Kysely<Database>, keys: readonly string[]) {
  const members = await db
    .selectFrom('units')
    .leftJoin('unit_members', 'unit_members.unit_id', 'units.id')
    .leftJoin('people', 'people.id', 'unit_members.person_id')
    .select(['units.key', 'units.name', 'people.id as person_id', 'people.display_name', 'people.email', 'people.unreachable_at'])
    .where('units.key', 'in', keys)
    .execute();
  const personIds = [...new Set(members.map((m) => m.person_id).filter((id): id is string => id !== null))];
  const withChat = new Set(
    personIds.length === 0
      ? []
      : (
          await db
            .selectFrom('conversations')
            .select('person_id')
            .where('person_id', 'in', personIds)
            .where('conversation_type', '=', 'personal')
            .where('installed', '=', 1)
            .where('unreachable_at', 'is', null)
            .execute()
        ).map((c) => c.person_id),
  );
  return { members, withChat };
}

type Members = Awaited<ReturnType<typeof reachability>>['members'];

function summarise(codesByUnit: Map<string, { name: string; codes: string[] }>, members: Members, withChat: ReadonlySet<string | null>): UnreachableOwner[] {
  const out: UnreachableOwner[] = [];
  for (const [key, { name, codes }] of codesByUnit) {
    const rows = members.filter((m) => m.key === key && m.person_id !== null);
    const unit = members.find((m) => m.key === key)?.name ?? name;
    if (rows.length === 0) {
      out.push({ unit, reason: 'no_person', people: [], measureCodes: codes });
      continue;
    }
    const person = (r: (typeof rows)[number]) => ({ id: r.person_id!, name: r.display_name?.trim() || r.email || '–' });
    const blocked = rows.filter((r) => r.unreachable_at !== null);
    const noChat = rows.filter((r) => r.unreachable_at === null && !withChat.has(r.person_id));
    if (blocked.length > 0) out.push({ unit, reason: 'unreachable', people: blocked.map(person), measureCodes: codes });
    if (noChat.length > 0) out.push({ unit, reason: 'no_chat', people: noChat.map(person), measureCodes: codes });
  }
  return out.sort((a, b) => reasonOrder[a.reason] - reasonOrder[b.reason] || a.unit.localeCompare(b.unit, 'sv'));
}
