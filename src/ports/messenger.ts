/**
 * How the domain reaches a person or a channel without knowing Teams.
 * Implemented in bot/ with proactive Bot Framework sends.
 */

/** A stored address: the directory's conversation row id. */
export interface MessageTarget {
  conversationRowId: string;
}

/** What to send: plain text, an Adaptive Card (JSON), or both. */
export interface OutgoingMessage {
  text?: string;
  card?: Record<string, unknown>;
  /** Shown in notifications and the chat list instead of "Sent a card". */
  summary?: string;
  /** The measures this message asks a person for a status on, so a free-text reply ("klar") can be tied to them. */
  asksAbout?: { personId: string; measureIds: string[] };
}

/** The outcome of one send, classified so callers can decide what to do. */
export type SendResult =
  | { ok: true; activityId?: string }
  /** 429: wait at least `retryAfterMs` before the next try. */
  | { ok: false; kind: 'throttled'; retryAfterMs?: number; status: number }
  /** 5xx or a network error: back off with jitter and retry. */
  | { ok: false; kind: 'transient'; status?: number }
  /** 403/404: bot blocked, app removed or conversation gone; do not retry. */
  | { ok: false; kind: 'unreachable'; status: number }
  /** Anything else (e.g. 400): the message itself is wrong; do not retry. */
  | { ok: false; kind: 'rejected'; status?: number };

export interface Messenger {
  send(target: MessageTarget, message: OutgoingMessage): Promise<SendResult>;
}
