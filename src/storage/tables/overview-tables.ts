/**
 * Shared conversations (a team channel or a group chat) a coordinator has
 * opened for a plan's overview: there, a reader's "status" is answered in
 * public, because everyone in the conversation will see it.
 */
export interface OverviewConversationsTable {
  plan_id: string;
  /** The Teams channel id (for a channel) or the group chat's conversation id. */
  conversation_key: string;
  /** The coordinator who opened it. */
  linked_by: string;
  linked_at: string;
}

export interface OverviewTables {
  overview_conversations: OverviewConversationsTable;
}
