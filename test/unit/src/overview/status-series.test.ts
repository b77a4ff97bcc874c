import { describe, expect, it } from 'vitest';
import { statusSeries } from '../../../../src/overview/status-series.js';

describe('statusSeries', () => {
  const changes = [
    { measureId: 'a', status: 'on_track' as const, recordedAt: '2024-06-10T08:00:00.000Z' },
    { measureId: 'b', status: 'delayed' as const, recordedAt: '2024-07-31T22:30:00.000Z' }, // 1 August in Stockholm
    { measureId: 'a', status: 'done' as const, recordedAt: '2024-08-15T08:00:00.000Z' },
  ];

  it('replays the history to each month end in the organisation’s zone, and ends on the as-of day', () => {
    const series = statusSeries(['a', 'b', 'c'], changes, '2024-05-01', '2024-08-20', 'Europe/Stockholm');
    expect(series.map((p) => p.date)).toEqual(['2024-05-31', '2024-06-30', '2024-07-31', '2024-08-20']);
    expect(series.map((p) => [p.counts.on_track, p.counts.delayed, p.counts.done, p.counts.no_status])).toEqual([
      [0, 0, 0, 3],
      [1, 0, 0, 2],
      [1, 0, 0, 2],
      [0, 1, 1, 1],
    ]);
  });
});
