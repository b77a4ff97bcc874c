import { describe, expect, it } from 'vitest';
import { isDerivable, protectAdditive, protectCells } from '../../../../src/reports/statistics/suppression.js';

const table = (counts: Record<string, number>) => Object.entries(counts).map(([key, count]) => ({ key, count }));
const shown = (cells: Array<{ key: string; shown: string }>) => Object.fromEntries(cells.map((c) => [c.key, c.shown]));

describe('small-count protection', () => {
  it('shows every count under 5 as "<5", zero included', () => {
    expect(shown(protectCells(table({ hot: 0, mutor: 4, jav: 5, ovrigt: 12 })))).toEqual({ hot: '<5', mutor: '<5', jav: '5', ovrigt: '12' });
  });

  it('never returns the exact value of a suppressed cell', () => {
    const { cells } = protectAdditive(table({ a: 3, b: 20, c: 9 }));
    expect(cells.map((c) => [c.key, c.state === 'shown', c.value])).toEqual([
      ['a', false, null],
      ['b', true, 20],
      ['c', false, null],
    ]);
  });

  it('hides a second cell when a lone small one could be subtracted from the total', () => {
    const { cells, totalSafe } = protectAdditive(table({ a: 3, b: 20, c: 9 }));
    expect(shown(cells)).toEqual({ a: '<5', b: '20', c: 'x' });
    expect(totalSafe).toBe(true);
  });

  it('hides another cell when two small cells are both 0 (the total would give them away)', () => {
    const { cells } = protectAdditive(table({ a: 0, b: 0, c: 7, d: 30 }));
    expect(shown(cells)).toEqual({ a: '<5', b: '<5', c: 'x', d: '30' });
  });

  it('leaves two small cells alone when the total cannot pin either down', () => {
    const { cells, totalSafe } = protectAdditive(table({ a: 1, b: 2, c: 40 }));
    expect(shown(cells)).toEqual({ a: '<5', b: '<5', c: '40' });
    expect(totalSafe).toBe(true);
  });

  it('says the total is unsafe when no cell is left to hide', () => {
    expect(protectAdditive(table({ a: 4, b: 4 })).totalSafe).toBe(false);
    expect(protectAdditive(table({ a: 3 })).totalSafe).toBe(false);
  });

  it('checks by brute force that no suppressed cell can be worked out from what is shown and the total', () => {
    let checkedCells = 0;
    for (const counts of [[3, 20, 9], [0, 0, 7, 30], [1, 2, 40], [4, 4, 5, 5], [0, 5, 5, 6], [2, 0, 0, 11, 13]]) {
      const { cells, totalSafe } = protectAdditive(counts.map((count, i) => ({ key: String(i), count })));
      if (!totalSafe) continue;
      const total = counts.reduce((a, b) => a + b, 0);
      const hiddenIdx = cells.map((c, i) => (c.state === 'shown' ? -1 : i)).filter((i) => i >= 0);
      checkedCells += hiddenIdx.length;
      const shownSum = cells.filter((c) => c.state === 'shown').reduce((a, c) => a + c.value!, 0);
      // Every assignment consistent with what a reader knows.
      const candidates: number[][] = [];
      const ranges = hiddenIdx.map((i) => (cells[i]!.state === 'small' ? [0, 4] : [5, total]));
      const walk = (i: number, acc: number[]) => {
        if (i === hiddenIdx.length) {
          if (acc.reduce((a, b) => a + b, 0) === total - shownSum) candidates.push(acc);
          return;
        }
        for (let v = ranges[i]![0]!; v <= ranges[i]![1]!; v++) walk(i + 1, [...acc, v]);
      };
      walk(0, []);
      hiddenIdx.forEach((_, j) => expect(new Set(candidates.map((c) => c[j])).size, `${counts} cell ${j}`).toBeGreaterThan(1));
    }
    // Every table above has small cells; the check must have had hidden cells to try.
    expect(checkedCells).toBeGreaterThanOrEqual(10);
  });

  it('knows when a set of suppressed cells is pinned down', () => {
    expect(isDerivable([3], [])).toBe(true);
    expect(isDerivable([4, 4], [])).toBe(true);
    expect(isDerivable([0, 0], [])).toBe(true);
    expect(isDerivable([1, 3], [])).toBe(false);
    expect(isDerivable([0], [5])).toBe(true);
    expect(isDerivable([0], [6])).toBe(false);
  });
});
