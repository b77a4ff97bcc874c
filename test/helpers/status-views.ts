import { parsePeriod } from '../../src/plans/parse-period.js';
import type { MeasureSummary } from '../../src/status/measure-summary.js';
import type { StatusCardView } from '../../src/status/status-card-view.js';
import type { StatusEntry } from '../../src/status/status-entry.js';

/** A measure summary for card tests (Norrtälje-like 2.3), with overrides. */
export function measureSummary(overrides: Partial<MeasureSummary> = {}): MeasureSummary {
  return {
    id: '0f5c2a4e-1b7d-4c8e-9a3f-2d6b8e1c4a70',
    planId: '7a1e3c5b-2d4f-4a6b-8c9d-0e1f2a3b4c5d',
    planName: 'Handlingsplan mot välfärdsbrott och otillåten påverkan 2024–2025',
    organisation: 'Norrtälje kommun',
    planRevision: 2,
    goalAreaLabel: 'målområde',
    goalArea: { number: '2', title: 'Upptäcka och förebygga välfärdsbrott' },
    code: '2.3',
    goalAreaNumber: '2',
    title: 'Införa rutin för kontroll av identitet vid ansökan om ekonomiskt bistånd',
    responsibleText: 'Enhet för mottagning och ekonomiskt bistånd',
    ownerUnits: ['Enhet för mottagning och ekonomiskt bistånd'],
    start: parsePeriod('Maj 2024'),
    deadline: parsePeriod('Oktober 2024'),
    dueDate: '2024-10-31',
    indicators: ['Andel ansökningar där identiteten kontrollerats', 'Antal upptäckta felaktiga identiteter'],
    notes: null,
    removed: false,
    ...overrides,
  };
}

/** A status entry for card tests. */
export function statusEntry(overrides: Partial<StatusEntry> = {}): StatusEntry {
  return {
    id: 'e1d2c3b4-a5f6-4e7d-8c9b-0a1b2c3d4e5f',
    measureId: '0f5c2a4e-1b7d-4c8e-9a3f-2d6b8e1c4a70',
    seq: 3,
    status: 'at_risk',
    comment: 'Leverantören av e-legitimationstjänsten är sen.',
    forecastDate: '2024-11-29',
    indicatorValues: { 'Andel ansökningar där identiteten kontrollerats': '64 %' },
    recordedBy: 'p-anna',
    onBehalfOf: null,
    recordedAs: 'owner',
    recordedAt: '2024-10-02T12:05:00.000Z',
    planRevision: 2,
    source: 'card',
    recordedByName: 'Anna Andersson',
    onBehalfOfName: null,
    ...overrides,
  };
}

/** A status card view for card tests: Anna, owner, one earlier status. */
export function statusCardView(overrides: Partial<StatusCardView> = {}): StatusCardView {
  return {
    measure: measureSummary(),
    latest: statusEntry(),
    viewer: { personId: 'p-anna', teamsUserId: '29:anna-andersson', role: 'owner', canRecord: true, canRead: true },
    owners: [],
    today: '2024-10-14',
    overdue: false,
    timeZone: 'Europe/Stockholm',
    ...overrides,
  };
}
