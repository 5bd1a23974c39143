import type { Known, NumberValue, Value } from '../values/types';

/** Actual and target as numbers on one scale, with their display steps on that scale. */
export interface Aligned {
  A: number;
  T: number;
  stepA: number;
  stepT: number;
}

/**
 * Actual and target as numbers in the same unit, or null when they cannot be compared.
 * A '%' and a ratio ("46 N. / 47 N.") are both fractions; a plain number above 1.5 next to a '%'
 * is read as percentage points (98 against 90% means 0.98), because exports and hand-typed sheets
 * drop the '%' sign. A count ('n') is treated as a plain number: "N." is written after anything.
 * Days against euros, hours against days: not comparable.
 */
export function alignNumbers(a: NumberValue, t: NumberValue): Aligned | null {
  if (!Number.isFinite(a.value) || !Number.isFinite(t.value)) return null;
  let A = a.value;
  let T = t.value;
  let stepA = a.step;
  let stepT = t.step;
  const pa = a.unit === '%';
  const pt = t.unit === '%';
  const plain = (u: NumberValue['unit']) => u === null || u === 'n';
  if (pt && !pa) {
    if (!plain(a.unit)) return null;
    if (Math.abs(A) > 1.5) {
      A /= 100;
      stepA /= 100;
    }
  } else if (pa && !pt) {
    if (!plain(t.unit)) return null;
    if (Math.abs(T) > 1.5) {
      T /= 100;
      stepT /= 100;
    }
  } else if (!pa && !pt && a.unit !== t.unit && !plain(a.unit) && !plain(t.unit)) {
    return null;
  }
  return { A, T, stepA, stepT };
}

/** Whether a value can be compared with a target value at all (dates with dates, yes/no with yes/no…). */
export function comparable(a: Value, t: Known): boolean {
  if (a.kind === 'number' && t.kind === 'number') return alignNumbers(a, t) !== null;
  return a.kind === t.kind;
}
