import { resolveAsOf } from '../../src/overview/as-of.js';
import { buildPlanOverview } from '../../src/overview/build-plan-overview.js';
import { defaultOverviewSettings } from '../../src/overview/overview-deps.js';
import type { PlanOverview, StatusEntry, UnreachableOwner } from '../../src/overview/overview-types.js';
import type { PlanSnapshot } from '../../src/overview/plan-snapshot.js';
import type { SuppressedReportStatistics } from '../../src/overview/report-statistics-hook.js';
import type { PlanDraft } from '../../src/plans/plan.js';
import type { StatusValue } from '../../src/status/status.js';
import { norrtaljeRevision } from './norrtalje-plan.js';

/** A plan snapshot from a draft, measure ids = "m-<code>" (no database). */
export function snapshotOf(draft: PlanDraft, overrides: Partial<PlanSnapshot['header']> = {}): PlanSnapshot {
  return {
    header: {
      id: 'plan-1',
      key: draft.key ?? 'plan',
      name: draft.name,
      organisation: draft.organisation,
      committee: draft.committee,
      decision: draft.decision,
      validity: draft.validity,
      goalAreaLabel: draft.goalAreaLabel,
      coordinatorText: draft.coordinatorText,
      followUps: draft.followUps,
      revision: 2,
      revisionPredatesImport: false,
      ...overrides,
    },
    importedOn: '2024-05-02',
    goalAreas: draft.goalAreas,
    measures: draft.measures.map((m) => ({ ...m, id: `m-${m.code}`, planId: 'plan-1' })),
  };
}

/** A status entry for fixtures. */
export function entry(status: StatusValue, recordedOn: string, extra: Partial<StatusEntry> = {}): StatusEntry {
  return {
    seq: 1,
    status,
    comment: null,
    forecastDate: null,
    indicatorValues: null,
    recordedAt: `${recordedOn}T08:00:00.000Z`,
    recordedOn,
    recordedBy: { id: 'p-sara', name: 'Sara Lind' },
    onBehalfOf: null,
    planRevision: 2,
    ...extra,
  };
}

/**
 * The Norrtälje overview on 31 March 2025 (the follow-up), built purely:
 * the same situation the integration scenario seeds into a database.
 */
export function norrtaljeOverview(options: { stats?: SuppressedReportStatistics; unreachable?: UnreachableOwner[] | null; draft?: PlanDraft } = {}): PlanOverview {
  const latest = new Map<string, StatusEntry>([
    ['m-1.1', entry('done', '2024-12-18', { indicatorValues: { '0': 'Alla 14 enheter' } })],
    ['m-1.2', entry('delayed', '2025-01-15', { comment: 'Väntar på upphandling', forecastDate: '2025-04-30' })],
    ['m-2.2', entry('on_track', '2024-08-01', { recordedBy: { id: 'p-karin', name: 'Karin Samordnare' } })],
    ['m-2.3', entry('delayed', '2024-11-05', { comment: 'RPA-leverantören är försenad', forecastDate: '2025-04-30' })],
    ['m-2.4', entry('done', '2025-03-20', { recordedBy: { id: 'p-karin', name: 'Karin Samordnare' }, onBehalfOf: { id: 'p-sara', name: 'Sara Lind' } })],
    ['m-2.5', entry('on_track', '2024-12-01', { recordedBy: { id: 'p-lisa', name: 'Lisa Ek' } })],
  ]);
  const recent = [...latest.entries()]
    .map(([measureId, e]) => ({ ...e, measureId }))
    .sort((a, b) => b.recordedAt.localeCompare(a.recordedAt))
    .slice(0, 5);
  return buildPlanOverview({
    snapshot: snapshotOf(options.draft ?? norrtaljeRevision()),
    asOf: resolveAsOf('2025-03-31', new Date('2025-03-31T08:00:00.000Z'), 'Europe/Stockholm'),
    latest,
    recent,
    unreachable:
      options.unreachable === undefined
        ? [
            { unit: 'Enhet för mottagning och ekonomiskt bistånd', reason: 'no_person', people: [], measureCodes: ['2.2'] },
            { unit: 'Enhet för säkerhet, beredskap och systemförvaltning', reason: 'unreachable', people: [{ id: 'p-per', name: 'Per Holm' }], measureCodes: ['1.2', '2.1', '2.3'] },
          ]
        : options.unreachable,
    settings: defaultOverviewSettings,
    reportStatistics: options.stats ?? null,
  });
}
