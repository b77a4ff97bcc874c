import type { IsoDate } from '../calendar/iso-date.js';
import { reportCategories, type ReportCategory } from './categories.js';
import type { ReportDeps } from './report-deps.js';
import type { CaseMessage, CaseNotes } from './report.js';
import type { MessageRow, ReportRow } from './reports-repository.js';
import { contentPlace } from './submit-report.js';

/** Where a message's text lives in its ciphertext. */
export function messagePlace(reportId: string, messageId: string): string {
  return `report:${reportId}:message:${messageId}`;
}

function notesPlace(reportId: string): string {
  return `report:${reportId}:notes`;
}

/**
 * The decrypted parts of one report. Unwraps the data key once; callers
 * ask for what they need and the key is wiped when they are done.
 */
export class OpenedReport {
  private constructor(
    private readonly deps: Pick<ReportDeps, 'crypto'>,
    readonly row: ReportRow,
    private readonly key: Buffer,
  ) {}

  static open(deps: Pick<ReportDeps, 'crypto'>, row: ReportRow): OpenedReport {
    return new OpenedReport(deps, row, deps.crypto.unwrap(row.wrapped_key, row.id));
  }

  text(): string {
    const parsed = JSON.parse(this.deps.crypto.decrypt(this.key, this.row.content, contentPlace(this.row.id))) as { text?: string };
    return parsed.text ?? '';
  }

  notes(): CaseNotes {
    return this.row.notes ? (JSON.parse(this.deps.crypto.decrypt(this.key, this.row.notes, notesPlace(this.row.id))) as CaseNotes) : {};
  }

  sealNotes(notes: CaseNotes): string {
    return this.deps.crypto.encrypt(this.key, JSON.stringify(notes), notesPlace(this.row.id));
  }

  sealMessage(messageId: string, text: string): string {
    return this.deps.crypto.encrypt(this.key, text, messagePlace(this.row.id, messageId));
  }

  messages(rows: readonly MessageRow[]): CaseMessage[] {
    return rows.map((m) => ({
      seq: m.seq,
      author: m.author as CaseMessage['author'],
      kind: m.kind as CaseMessage['kind'],
      handlerId: m.handler_id,
      text: this.deps.crypto.decrypt(this.key, m.body, messagePlace(this.row.id, m.id)),
      sentOn: m.sent_on as IsoDate,
    }));
  }

  /** Wipes the data key from memory. */
  close(): void {
    this.key.fill(0);
  }
}

/** The stored category list, keeping only ids Tillit knows. */
export function rowCategories(row: Pick<ReportRow, 'categories_json'>): ReportCategory[] {
  const list = JSON.parse(row.categories_json) as unknown;
  return Array.isArray(list) ? list.filter((c): c is ReportCategory => (reportCategories as readonly string[]).includes(c)) : [];
}
