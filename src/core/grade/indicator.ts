import type { Indicator } from '../plan';
import type { Op } from '../values/types';
import { alignNumbers } from './compare';
import type { IndicatorGrade, NotGradable, Policy } from './types';

const none = (ind: Indicator, reason: NotGradable): IndicatorGrade => ({ row: ind.row, grade: null, reason });
const EPS = 1e-9;

/**
 * Default "proporzionale" grade of a number against a target (shared/domain.md):
 * ">=": A/T below target; "<=": T/A above it; "=": met within the displayed precision, else as ">=".
 */
export function proportional(op: Op, A: number, T: number, tol: number): { grade: number; met: boolean } {
  switch (op) {
    case '=':
      if (Math.abs(A - T) <= tol) return { grade: 1, met: true };
      return T > 0 ? proportional('>=', A, T, tol) : { grade: 0, met: false };
    case '<=':
    case '<':
    case 'entro':
      if (A <= T + EPS) return { grade: 1, met: true };
      return { grade: T > 0 && A > 0 ? T / A : 0, met: false };
    default:
      if (A >= T - EPS) return { grade: 1, met: true };
      return { grade: T > 0 ? Math.max(0, A / T) : 0, met: false };
  }
}

/** Above-target performance, for policies with a cap above 1 ("=" and deadlines have none). */
function overAchievement(op: Op, A: number, T: number): number {
  if (op === '=') return 1;
  if (op === '<=' || op === '<' || op === 'entro') return A > 0 ? T / A : 1;
  return T > 0 ? A / T : 1;
}

interface Nums {
  op: Op;
  A: number;
  T: number;
  /** baseline on the target's scale, when the indicator has one */
  B: number | null;
}

/**
 * The policy's options on top of the proportional grade. Order: binary, else baseline progress,
 * over-achievement (cap), threshold; then bands that fix a grade.
 */
function applyOptions(policy: Policy, g: number, met: boolean, nums: Nums | null): number {
  let grade = g;
  if (policy.binary) grade = met ? 1 : 0;
  else {
    // progress from the baseline: (A-B)/(T-B); a met target is 1 anyway, T = B gives no scale
    if (policy.baselineProgress && nums && nums.B !== null && !met && Math.abs(nums.T - nums.B) > EPS) {
      grade = Math.min(1, Math.max(0, (nums.A - nums.B) / (nums.T - nums.B)));
    }
    const cap = policy.cap ?? 1;
    if (cap > 1 && met && nums) grade = Math.min(cap, Math.max(1, overAchievement(nums.op, nums.A, nums.T)));
    if (policy.threshold !== undefined && grade < policy.threshold - EPS) grade = 0;
  }
  if (policy.bands) {
    const band = [...policy.bands].sort((x, y) => y.min - x.min).find((b) => grade >= b.min - EPS);
    if (band && band.grade !== undefined) grade = band.grade;
  }
  return grade;
}

/**
 * The grade of one indicator under a policy, or null with the reason it cannot be graded.
 * A target with no operator is graded as ">=" (TARGET_OPERATOR_MISSING says so); a relative target
 * ("x ≤ x-1", "≥ a medio") is compared with the indicator's baseline.
 */
export function gradeIndicator(ind: Indicator, policy: Policy): IndicatorGrade {
  const t = ind.target;
  const a = ind.actual;
  if (!t || t.kind === 'missing') return none(ind, 'no-target');
  if (t.kind === 'unreadable') return none(ind, 'unreadable');
  if (!a || a.kind === 'missing') return none(ind, 'no-actual');
  if (a.kind === 'unreadable') return none(ind, 'unreadable');
  const op: Op = t.op ?? '>=';
  const ok = (grade: number): IndicatorGrade => ({ row: ind.row, grade });
  let tv = t.value;
  if (tv.kind === 'relative') {
    if (ind.baseline?.kind !== 'number') return none(ind, 'relative-no-baseline');
    tv = ind.baseline;
  }
  if (tv.kind === 'qualitative') {
    // a target in words is graded by the realisation reported: "100%" done, "sì"/"no"
    if (a.kind === 'bool') return ok(applyOptions(policy, a.value ? 1 : 0, a.value, null));
    if (a.kind !== 'number' || a.unit !== '%') return none(ind, 'unit-mismatch');
    const g = Math.max(0, Math.min(policy.cap ?? 1, a.value));
    return ok(applyOptions(policy, g, a.value >= 1 - EPS, null));
  }
  if (tv.kind === 'bool') {
    if (a.kind !== 'bool') return none(ind, 'unit-mismatch');
    const met = a.value === tv.value;
    return ok(applyOptions(policy, met ? 1 : 0, met, null));
  }
  if (tv.kind === 'date') {
    if (a.kind !== 'date') return none(ind, 'unit-mismatch');
    // a date target is a deadline ("entro", "<=", "=", no operator); ">=" means "not before"
    // (read from the written operator: the ">=" default for a missing one is for numbers only)
    const met = t.op === '>=' || t.op === '>' ? a.iso >= tv.iso : a.iso <= tv.iso;
    return ok(applyOptions(policy, met ? 1 : 0, met, null));
  }
  if (a.kind !== 'number') return none(ind, 'unit-mismatch');
  const n = alignNumbers(a, tv);
  if (!n) return none(ind, 'unit-mismatch');
  // "=": equal as displayed, i.e. within half a unit of the coarser of the two last digits
  const tol = Math.max(n.stepA, n.stepT) / 2 + EPS;
  const { grade, met } = proportional(op, n.A, n.T, tol);
  const b = ind.baseline?.kind === 'number' ? alignNumbers(ind.baseline, tv) : null;
  return ok(applyOptions(policy, grade, met, { op, A: n.A, T: n.T, B: b ? b.A : null }));
}
