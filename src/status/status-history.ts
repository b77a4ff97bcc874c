import { loadStatusCardView, type StatusCardView } from './status-card-view.js';
import type { StatusDeps } from './status-deps.js';
import { toStatusEntries, type StatusEntry } from './status-entry.js';
import { StatusAccessError } from './status-errors.js';
import { statusHistoryPage } from './status-repository.js';

/** A measure's history as a person may see it: newest first, with names. */
export interface StatusHistory {
  view: StatusCardView;
  entries: StatusEntry[];
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
  const page = await statusHistoryPage(deps.db, input.measureId, Math.max(1, Math.min(input.limit ?? 10, 100)));
  return { view, entries: await toStatusEntries(deps.db, page.updates), total: page.total };
}
