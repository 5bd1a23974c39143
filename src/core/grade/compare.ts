import type { Known, NumberValue, Value } from '../values/types';

/**
 * Actual and target as numbers in the same unit, or why they cannot be compared.
 * A '%' and a ratio ("46 N. / 47 N.") are both fractions; a plain number above 1.5 next to a '%'
 * is read as percentage points (98 against 90% means 0.98).
 */
export function alignNumbers(a: NumberValue, t: NumberValue): { A: number; T: number } | null {
  let A = a.value;
  let T = t.value;
  const pa = a.unit === '%';
  const pt = t.unit === '%';
  if (pt && !pa) {
    if (a.unit !== null && a.unit !== 'n') return null;
    if (Math.abs(A) > 1.5) A /= 100;
  } else if (pa && !pt) {
    if (t.unit !== null && t.unit !== 'n') return null;
    if (Math.abs(T) > 1.5) T /= 100;
  } else if (!pa && !pt && a.unit !== t.unit && a.unit !== null && t.unit !== null && !(a.unit === 'n' || t.unit === 'n')) {
    return null; // gg against €, h against gg
  }
  return { A, T };
}

/** Whether a value can be compared with a target value at all (dates with dates, yes/no with yes/no…). */
export function comparable(a: Value, t: Known): boolean {
  if (a.kind === 'number' && t.kind === 'number') return alignNumbers(a, t) !== null;
  return a.kind === t.kind;
}
