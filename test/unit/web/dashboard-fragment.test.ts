import { describe, expect, it } from 'vitest';
import { filterMeasures, type DashboardView } from '../../../src/overview/dashboard-view.js';
import { dashboardFragment } from '../../../web/pages/overview/dashboard-fragment.js';
import { norrtaljeOverview } from '../../helpers/overview-fixtures.js';
import { norrtaljeRevision } from '../../helpers/norrtalje-plan.js';

function viewWith(title: string): DashboardView {
  const draft = norrtaljeRevision();
  draft.measures[0] = { ...draft.measures[0]!, title };
  const overview = norrtaljeOverview({ draft });
  return {
    plans: [{ id: overview.plan.id, key: overview.plan.key, name: overview.plan.name }],
    overview,
    filters: {},
    measures: overview.measures,
    owners: ['Avdelningen stöd och utveckling'],
    series: [{ date: '2025-03-31', counts: { ...overview.figures.byStatus } }],
    span: { from: '2024-05-01', to: '2025-06-30' },
  };
}

describe('dashboardFragment', () => {
  it('escapes plan text, so a measure title cannot inject markup', () => {
    const html = dashboardFragment(viewWith('<script>alert("x")</script> & <b>fet</b>'), 'sv').value;
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;b&gt;fet&lt;/b&gt;');
  });

  it('shows the filters, the timeline with the day marked, and the chart', () => {
    const html = dashboardFragment(viewWith('Genomföra aktivitet'), 'sv').value;
    expect(html).toContain('<form class="filters" id="filters">');
    expect(html).toContain('<option value="overdue">Sista datum passerat</option>');
    expect(html).toContain('class="tl-today"');
    expect(html).toContain('<svg viewBox="0 0 640 260"');
    expect(html).toContain('Visar 8 av 8 åtgärder');
  });
});

describe('filterMeasures', () => {
  const { measures } = norrtaljeOverview();
  it('filters by goal area, owner (any case) and status, or overdue', () => {
    expect(filterMeasures(measures, { goalArea: '1' }).map((m) => m.code)).toEqual(['1.1', '1.2']);
    expect(filterMeasures(measures, { owner: 'avdelningen stöd och utveckling' }).map((m) => m.code)).toEqual(['2.6']);
    expect(filterMeasures(measures, { status: 'done' }).map((m) => m.code)).toEqual(['1.1', '2.4']);
    expect(filterMeasures(measures, { status: 'overdue', goalArea: '2' }).map((m) => m.code)).toEqual(['2.2', '2.3', '2.5', '2.6']);
  });
});
