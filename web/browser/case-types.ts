/** The JSON the case view's API answers with (mirrors src/reports/report.ts). */
export interface CaseSummary {
  id: string;
  reference: string;
  kind: 'anonymous' | 'named';
  status: 'new' | 'acknowledged' | 'closed';
  categories: string[];
  subject: string;
  unit: string | null;
  receivedOn: string;
  acknowledgedOn: string | null;
  feedbackOn: string | null;
  closedOn: string | null;
  deadlines: { acknowledgeBy: string; feedbackBy: string; purgeOn: string | null };
  assignedHandlerId: string | null;
  securityChiefInformedOn: string | null;
  policeDecision: 'reported' | 'not_reported' | null;
  outcome: string | null;
  unreadFromReporter: number;
  excludedHandlers?: number;
}

export interface CaseExclusion {
  handlerId: string;
  excludedBy: string | null;
  excludedByName: string | null;
  at: string | null;
}

/** A case the signed-in handler is excluded from: no content, only the exclusion and its log. */
export interface ExcludedCase {
  id: string;
  reference: string;
  receivedOn: string;
  exclusion: CaseExclusion;
  log: AuditEntry[];
}

export interface CaseDetail extends CaseSummary {
  happenedMonth: string | null;
  ongoing: boolean | null;
  wantsContact: boolean;
  text: string;
  messages: Array<{ seq: number; author: 'reporter' | 'handler'; kind: string; handlerId: string | null; text: string; sentOn: string }>;
  notes: { policeNote?: string; closingNote?: string };
  reporter: { name: string | null; email: string | null } | null;
  excludedHandlerIds: string[];
  exclusions: CaseExclusion[];
}

export interface Handler {
  id: string;
  name: string | null;
}

export interface AuditEntry {
  reference: string;
  actorId: string | null;
  actorName: string | null;
  action: string;
  detail: string | null;
  at: string;
}

export interface CaseListResponse {
  me: { aadObjectId: string; name: string | null };
  cases: CaseSummary[];
  excludedFrom: ExcludedCase[];
  handlers: Handler[];
  unreachable: number;
  notifyTimes: string[];
}

export interface CaseDetailResponse {
  case: CaseDetail;
  audit: AuditEntry[];
  handlers: Handler[];
  unreachable: number;
}

/** How the view talks to the server and shows words; passed to each part. */
export interface ViewContext {
  tr: (key: string, vars?: Record<string, string | number>) => string;
  /** Calls the API; resolves with the JSON, or rejects with the server's message. */
  api: <T>(path: string, init?: { method?: string; body?: unknown }) => Promise<T>;
  today: string;
  me: { aadObjectId: string; name: string | null };
}
