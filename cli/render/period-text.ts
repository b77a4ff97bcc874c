import { dueDate, startDate, type Period } from '../../src/plans/period.js';
import { say, type CliIo } from '../cli-io.js';

/**
 * A period for the terminal: the text as written and what Tillit made of
 * it — a start's first day ("Maj 2024 (från 2024-05-01)") or a deadline's
 * due day, its last working day ("December 2025 (senast 2025-12-30)").
 */
export function periodText(io: CliIo, period: Period, as: 'start' | 'deadline' = 'deadline'): string {
  if (period.text === '') return say(io, 'plans.cli.period.none');
  if (period.kind === 'continuous') return `${period.text} (${say(io, 'plans.cli.period.continuous')})`;
  if (period.kind === 'external') return `${period.text} (${say(io, 'plans.cli.period.external')})`;
  if (period.kind === 'unknown') return `${period.text} (${say(io, 'plans.cli.period.unknown')})`;
  const day = as === 'start' ? startDate(period) : dueDate(period);
  return `${period.text} (${say(io, as === 'start' ? 'plans.cli.period.from' : 'plans.cli.period.due', { date: day ?? '' })})`;
}
