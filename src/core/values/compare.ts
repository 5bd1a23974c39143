/** Whether two read values can be compared when grading (UNIT_MISMATCH otherwise). */
import type { Known } from './types';

/**
 * Same kind, and for numbers compatible units: '%' with '%' (ratios "46 N. / 47 N." are percentages),
 * a unitless number with any measured unit ("≥ 6" against "08:00 hh", "≥ 3" against "4 N."),
 * never '%' with days, days with counts, or a date with a number.
 * A unitless number against a percentage is not compatible: 90 and 90% differ by 100 times.
 */
export function sameUnitFamily(a: Known, b: Known): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind !== 'number' || b.kind !== 'number') return true;
  if (a.unit === b.unit) return true;
  if (a.unit === '%' || b.unit === '%') return false;
  return a.unit === null || b.unit === null;
}
