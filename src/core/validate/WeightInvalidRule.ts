import { finding, type Finding } from '../findings';
import type { Value } from '../values/types';
import { indicatorName, indicators, objectiveLabel, pct, where, type Rule } from './rule';

/** Why a weight is not usable, or null when it is fine (empty weights are not invalid: WEIGHT_SUM sees the sum). */
function problem(w: Value | null): string | null {
  if (!w) return null;
  switch (w.kind) {
    case 'unreadable':
      return `il peso «${w.raw}» non è un numero`;
    case 'date':
    case 'bool':
      return 'il peso non è una percentuale';
    case 'number':
      if (!Number.isFinite(w.value)) return 'il peso non è un numero';
      if (w.value < 0) return `il peso ${pct(w.value)} è negativo`;
      if (w.value > 1 + 1e-9) return `il peso ${pct(w.value)} supera il 100%`;
      return null;
    default:
      return null;
  }
}

/** WEIGHT_INVALID: a weight (of an indicator, or an objective's own) that is not a number, negative, or above 100%. */
export const WeightInvalidRule: Rule = {
  code: 'WEIGHT_INVALID',
  check(plan) {
    const out: Finding[] = [];
    for (const o of plan.objectives) {
      const p = problem(o.weight);
      const cell = o.weightCell ?? o.cell;
      if (p) out.push(finding('WEIGHT_INVALID', plan.sheet, cell, `${where(plan, cell)}: ${p} (${objectiveLabel(o)}).`, o.id));
    }
    for (const [o, i] of indicators(plan)) {
      const p = problem(i.weight);
      const cell = i.weightCell ?? i.nameCell;
      if (p) out.push(finding('WEIGHT_INVALID', plan.sheet, cell, `${where(plan, cell)}: ${p} (indicatore ${indicatorName(i)}, ${objectiveLabel(o)}).`, o.id));
    }
    return out;
  },
};
