/** Counts below this are never shown exactly (0 included: "none" is as telling as "one"). */
export const minimumShownCount = 5;

/** How a cell is shown: exactly, as "<5" (small), or hidden ("x") so a small neighbour cannot be worked out. */
export type CellState = 'shown' | 'small' | 'hidden';

/** A protected cell: `value` is present only when it is shown exactly. */
export interface ProtectedCell<K extends string = string> {
  key: K;
  state: CellState;
  value: number | null;
  shown: string;
}

function cell<K extends string>(key: K, count: number, state: CellState): ProtectedCell<K> {
  return { key, state, value: state === 'shown' ? count : null, shown: state === 'shown' ? String(count) : state === 'small' ? '<5' : 'x' };
}

/**
 * Primary suppression only: every count under 5 is "<5". For tables whose
 * cells do not add up to a total (a report can have several categories).
 */
export function protectCells<K extends string>(counts: ReadonlyArray<{ key: K; count: number }>): ProtectedCell<K>[] {
  return counts.map(({ key, count }) => cell(key, count, count < minimumShownCount ? 'small' : 'shown'));
}

/**
 * Whether a reader who knows the total could work out a suppressed cell.
 * They know each small cell is 0–4, each hidden cell at least 5, and their
 * sum S. A cell is pinned down when the bounds meet: a lone suppressed
 * cell, all small cells at 0 or at 4, or all hidden cells at exactly 5.
 */
export function isDerivable(small: number[], hidden: number[]): boolean {
  const k = small.length + hidden.length;
  if (k === 0) return false;
  if (k === 1) return true;
  const sum = [...small, ...hidden].reduce((a, b) => a + b, 0);
  if (hidden.length === 0) return sum === 0 || sum === 4 * small.length;
  return sum === 5 * hidden.length;
}

/**
 * Primary and secondary suppression for a table whose cells add up to a
 * total that is shown elsewhere: counts under 5 become "<5", and if the total
 * minus the shown cells would give a suppressed cell away, the smallest shown
 * cells are hidden ("x") too until it cannot. `totalSafe` is false when even
 * that is not enough — then the total must not be shown exactly.
 */
export function protectAdditive<K extends string>(
  counts: ReadonlyArray<{ key: K; count: number }>,
): { cells: ProtectedCell<K>[]; totalSafe: boolean } {
  const states = new Map<K, CellState>(counts.map(({ key, count }) => [key, count < minimumShownCount ? 'small' : 'shown']));
  const valuesIn = (state: CellState) => counts.filter((c) => states.get(c.key) === state).map((c) => c.count);
  const anySuppressed = () => valuesIn('small').length + valuesIn('hidden').length > 0;
  while (anySuppressed() && isDerivable(valuesIn('small'), valuesIn('hidden'))) {
    const next = counts.filter((c) => states.get(c.key) === 'shown').sort((a, b) => a.count - b.count)[0];
    if (!next) break;
    states.set(next.key, 'hidden');
  }
  const totalSafe = !anySuppressed() || !isDerivable(valuesIn('small'), valuesIn('hidden'));
  return { cells: counts.map(({ key, count }) => cell(key, count, states.get(key)!)), totalSafe };
}
