import type { Indicator } from '../plan';
import type { Op } from '../values/types';
import { alignNumbers } from './compare';
import type { IndicatorGrade, Policy } from './types';

const none = (ind: Indicator, reason: IndicatorGrade['reason']): IndicatorGrade => ({ row: ind.row, grade: null, reason });

/** Default "proporzionale" grade of a number against a target (shared/domain.md). */
function proportional(op: Op, A: number, T: number, tol: number): { grade: number; met: boolean } {
  switch (op) {
    case '=':
      if (Math.abs(A - T) <= tol) return { grade: 1, met: true };
      return T > 0 ? proportional('>=', A, T, tol) : { grade: 0, met: false };
    case '<=':
    case '<':
    case 'entro':
      if (A <= T) return { grade: 1, met: true };
      return { grade: T > 0 && A > 0 ? T / A : 0, met: false };
    default:
      if (A >= T) return { grade: 1, met: true };
      return { grade: T > 0 ? Math.max(0, A / T) : 0, met: false };
  }
}

/** Above-target performance, for policies with a cap above 1. */
function overAchievement(op: Op, A: number, T: number): number {
  if (op === '<=' || op === '<' || op === 'entro') return A > 0 ? T / A : 1;
  return T > 0 ? A / T : 1;
}

interface Nums {
  op: Op;
  A: number;
  T: number;
  /** baseline in the target's unit, when the indicator has one */
  B: number | null;
}

function applyOptions(policy: Policy, g: number, met: boolean, nums: Nums | null): number {
  let grade = g;
  if (policy.binary) grade = met ? 1 : 0;
  else {
    // progress from the baseline: (A-B)/(T-B), when there is a baseline distinct from the target
    if (policy.baselineProgress && nums && nums.B !== null && !met && nums.T !== nums.B) {
      grade = Math.min(1, Math.max(0, (nums.A - nums.B) / (nums.T - nums.B)));
    }
    const cap = policy.cap ?? 1;
    if (cap > 1 && met && nums) grade = Math.min(cap, Math.max(1, overAchievement(nums.op, nums.A, nums.T)));
    if (policy.threshold !== undefined && grade < policy.threshold) grade = 0;
  }
  if (policy.bands) {
    const band = [...policy.bands].sort((x, y) => y.min - x.min).find((b) => grade >= b.min - 1e-9);
    if (band && band.grade !== undefined) grade = band.grade;
  }
  return grade;
}

/** The grade of one indicator under a policy, or null with the reason it cannot be graded. */
export function gradeIndicator(ind: Indicator, policy: Policy): IndicatorGrade {
  const t = ind.target;
  const a = ind.actual;
  if (!t || t.kind === 'missing') return none(ind, 'no-target');
  if (t.kind === 'unreadable') return none(ind, 'unreadable');
  if (!a || a.kind === 'missing') return none(ind, 'no-actual');
  if (a.kind === 'unreadable') return none(ind, 'unreadable');
  const op: Op = t.op ?? '>=';
  let tv = t.value;
  if (tv.kind === 'relative') {
    if (ind.baseline?.kind !== 'number') return none(ind, 'relative-no-baseline');
    tv = ind.baseline;
  }
  if (tv.kind === 'qualitative') {
    // a target in words is graded by the realisation reported: "100%" done, "sì"/"no"
    if (a.kind === 'bool') return { row: ind.row, grade: applyOptions(policy, a.value ? 1 : 0, a.value, null) };
    if (a.kind !== 'number' || a.unit !== '%') return none(ind, 'unit-mismatch');
    const g = Math.max(0, Math.min(policy.cap ?? 1, a.value));
    return { row: ind.row, grade: applyOptions(policy, g, a.value >= 1 - 1e-9, null) };
  }
  if (tv.kind === 'bool') {
    if (a.kind !== 'bool') return none(ind, 'unit-mismatch');
    const met = a.value === tv.value;
    return { row: ind.row, grade: applyOptions(policy, met ? 1 : 0, met, null) };
  }
  if (tv.kind === 'date') {
    if (a.kind !== 'date') return none(ind, 'unit-mismatch');
    const met = op === '>=' || op === '>' ? a.iso >= tv.iso : a.iso <= tv.iso;
    return { row: ind.row, grade: applyOptions(policy, met ? 1 : 0, met, null) };
  }
  if (a.kind !== 'number') return none(ind, 'unit-mismatch');
  const n = alignNumbers(a, tv);
  if (!n) return none(ind, 'unit-mismatch');
  const tol = Math.max(a.step, tv.step) / 2 + 1e-12;
  const { grade, met } = proportional(op, n.A, n.T, tol);
  const b = ind.baseline?.kind === 'number' ? alignNumbers(ind.baseline, tv) : null;
  return { row: ind.row, grade: applyOptions(policy, grade, met, { op, A: n.A, T: n.T, B: b ? b.A : null }) };
}
