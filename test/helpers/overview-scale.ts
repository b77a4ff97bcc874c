import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../src/storage/schema.js';
import { statusValues } from '../../src/status/status.js';
import { measureDraft, planDraft } from './plan-builders.js';

/* Plans and status history at scale, for the overview and report benchmarks and the statement-budget tests. */

const months = ['Januari', 'Februari', 'Mars', 'April', 'Maj', 'Juni', 'Juli', 'Augusti', 'September', 'Oktober', 'November', 'December'];

/** A plan of `count` measures in five goal areas with deadlines spread over 2024–2026. */
export function benchPlanDraft(n: number, count: number) {
  return planDraft({
    key: `bench-${n}`,
    organisation: `Bänkkommun ${n}`,
    name: `Handlingsplan mot välfärdsbrott ${n} 2024–2026`,
    goalAreas: [1, 2, 3, 4, 5].map((a) => ({ number: String(a), title: `Målområde med titel ${a}` })),
    measures: Array.from({ length: count }, (_, i) =>
      measureDraft({
        code: `${(i % 5) + 1}.${Math.floor(i / 5) + 1}`,
        title: `Åtgärd ${i + 1}: ta fram och införa rutiner för kontroll av utbetalningar inom område ${i % 7}`,
        responsibleText: `Enhet ${i % 12}`,
        ownerUnits: [`Enhet ${i % 12}`],
        indicators: ['Rutin framtagen', 'Andel granskade ärenden'],
        start: `${months[i % 12]} 2024`,
        deadline: `${months[(i * 5) % 12]} ${2024 + (i % 3)}`,
      }),
    ),
  });
}

/** Appends `total` status rows spread evenly over the measures, in time order, in batches. */
export async function seedHistory(db: Kysely<Database>, measureIds: readonly string[], total: number, by: string): Promise<void> {
  const perMeasure = Math.ceil(total / measureIds.length);
  const start = Date.parse('2024-05-02T08:00:00Z');
  const span = Date.parse('2025-06-30T08:00:00Z') - start;
  let batch: Array<Record<string, unknown>> = [];
  let written = 0;
  for (const [m, measureId] of measureIds.entries()) {
    for (let seq = 1; seq <= perMeasure && written < total; seq++, written++) {
      batch.push({
        id: randomUUID(),
        measure_id: measureId,
        seq,
        status: statusValues[(m + seq) % 4 === 0 ? 3 : (m + seq) % 5]!,
        comment: seq % 3 === 0 ? 'Arbetet pågår, men vi väntar på beslut från förvaltningsledningen.' : null,
        forecast_date: null,
        indicator_values_json: seq % 4 === 0 ? JSON.stringify({ '0': 'Ja', '1': `${seq}%` }) : null,
        recorded_by: by,
        on_behalf_of: null,
        recorded_at: new Date(start + Math.floor((span * seq) / perMeasure) + m * 1000).toISOString(),
        plan_revision: 1,
        source: 'card',
        idempotency_key: randomUUID(),
      });
      if (batch.length === 1000) {
        await db.insertInto('status_updates').values(batch as never).execute();
        batch = [];
      }
    }
  }
  if (batch.length > 0) await db.insertInto('status_updates').values(batch as never).execute();
}

