import type { Generated } from 'kysely';

/**
 * People Tillit can reach: measure owners, coordinators, handlers.
 * Times are ISO-8601 UTC strings; flags are 0/1 integers (portable).
 */
export interface PeopleTable {
  id: string;
  aad_object_id: string | null;
  teams_user_id: string | null;
  tenant_id: string | null;
  display_name: string | null;
  /** Lower-cased e-mail or UPN used to match units → people. */
  email: string | null;
  upn: string | null;
  locale: string | null;
  /** The language the person chose in Tillit ('sv' | 'en'); wins over Teams' locale. */
  preferred_locale: string | null;
  time_zone: string | null;
  unreachable_at: string | null;
  unreachable_reason: string | null;
  created_at: string;
  updated_at: string;
}

/** A Teams conversation the bot may write to proactively. */
export interface ConversationsTable {
  id: string;
  conversation_id: string;
  conversation_type: string;
  person_id: string | null;
  team_id: string | null;
  channel_id: string | null;
  tenant_id: string | null;
  service_url: string;
  /** The Bot Framework ConversationReference as JSON. */
  reference_json: string;
  installed: Generated<number>;
  unreachable_at: string | null;
  unreachable_reason: string | null;
  created_at: string;
  updated_at: string;
}

export interface DirectoryTables {
  people: PeopleTable;
  conversations: ConversationsTable;
}
