import { a1, parseA1, columnLetters, gridFromRows, cellAt } from '../../src/core/grid';

describe('grid addressing', () => {
  it('round-trips A1 addresses', () => {
    for (const [r, c, s] of [[0, 0, 'A1'], [8, 10, 'K9'], [99, 25, 'Z100'], [0, 26, 'AA1'], [4, 701, 'ZZ5'], [0, 702, 'AAA1']] as const) {
      expect(a1(r, c)).toBe(s);
      expect(parseA1(s)).toEqual({ row: r, col: c });
    }
    expect(columnLetters(27)).toBe('AB');
    expect(parseA1('$C$3')).toEqual({ row: 2, col: 2 });
  });
  it('reads cells relative to the used-range origin', () => {
    const g = { ...gridFromRows('S', [['a', 'b'], [1, null]]), top: 4, left: 2 };
    expect(cellAt(g, 4, 2)).toBe('a');
    expect(cellAt(g, 5, 2)).toBe(1);
    expect(cellAt(g, 0, 0)).toBeNull();
    expect(cellAt(g, 5, 3)).toBeNull();
  });
});
