import { loadStatusCardView, type StatusCardView } from './status-card-view.js';
import type { StatusDeps } from './status-deps.js';
import { toStatusEntries, type StatusEntry } from './status-entry.js';
import { StatusAccessError } from './status-errors.js';
import { statusHistoryPage } from './status-repository.js';
import type { StatusValue } from './status.js';

/** A history row with the status it replaced (null for the first report), to show what changed. */
export interface HistoryEntry extends StatusEntry {
  previousStatus: StatusValue | null;
}

/** A measure's history as a person may see it: newest first, with names. */
export interface StatusHistory {
  view: StatusCardView;
  entries: HistoryEntry[];
  /** How many updates the measure has in all (entries may be fewer). */
  total: number;
}

/**
 * The status history of a measure (append-only: who, when, what). Owners,
 * the plan's coordinators and readers may see it; anyone else gets
 * `not_permitted`. Times stay UTC here; cards show them in the
 * organisation's zone.
 */
export async function loadStatusHistory(
  deps: StatusDeps,
  input: { measureId: string; viewerId: string | null; limit?: number },
): Promise<StatusHistory> {
  const view = await loadStatusCardView(deps, { measureId: input.measureId, personId: input.viewerId });
  if (!view.viewer.canRead) throw new StatusAccessError('not_permitted', 'May not read this measure', { measureId: input.measureId });
  const limit = Math.max(1, Math.min(input.limit ?? 10, 100));
  // One row more than shown, so the oldest shown entry also knows what it replaced.
  const page = await statusHistoryPage(deps.db, input.measureId, limit + 1);
  const updates = page.updates.slice(0, limit);
  const entries = await toStatusEntries(deps.db, updates);
  return { view, entries: entries.map((e, i) => ({ ...e, previousStatus: page.updates[i + 1]?.status ?? null })), total: page.total };
}
