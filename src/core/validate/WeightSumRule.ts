import { finding, type Finding } from '../findings';
import type { Objective, SheetPlan } from '../plan';
import type { Value } from '../values/types';
import { objectiveName, pct, where, type Rule } from './rule';

type Weighted = { value: number; step: number; cell: string };

function num(v: Value | null): { value: number; step: number } | null {
  return v && v.kind === 'number' ? { value: v.value, step: v.step } : null;
}

/**
 * Weights must sum to 100% within rounding: n x half a unit of the last displayed decimal
 * (7 x 14,3% = 100,1% is fine, 14 x 7,1% = 99,4% is fine, 95% is not).
 */
function check(plan: SheetPlan, group: Weighted[], whose: string): Finding | null {
  if (group.length === 0) return null;
  const sum = group.reduce((s, w) => s + w.value, 0);
  const tolerance = group.reduce((s, w) => s + w.step / 2, 0) + 1e-9;
  if (Math.abs(sum - 1) <= tolerance) return null;
  const last = group[group.length - 1].cell;
  return finding('WEIGHT_SUM', plan.sheet, last, `${where(plan, last)}: i pesi ${whose} sommano a ${pct(sum)} invece di 100%.`);
}

/** Individual objectives of different people share an area; their code prefix ("PO2_", "SG_") tells whose they are. */
function owner(o: Objective): string {
  const m = o.code ? /^([A-Za-z]+\d*)_/.exec(o.code) : null;
  return `${o.parentId ?? ''}|${m ? m[1] : ''}`;
}

export const WeightSumRule: Rule = {
  code: 'WEIGHT_SUM',
  check(plan) {
    const out: Finding[] = [];
    for (const o of plan.objectives) {
      const ws: Weighted[] = [];
      for (const i of o.indicators) {
        const n = num(i.weight);
        if (n && i.weightCell) ws.push({ ...n, cell: i.weightCell });
      }
      const f = check(plan, ws, `degli indicatori dell’${objectiveName(o).slice(2)}`);
      if (f) out.push({ ...f, objectiveId: o.id });
    }
    // objectives that carry their own weight ("Peso: 33,33 %") must sum to 100% among siblings
    const groups = new Map<string, { items: Weighted[]; first: Objective }>();
    for (const o of plan.objectives) {
      const n = num(o.weight);
      if (!n) continue;
      const k = owner(o);
      const g = groups.get(k) ?? { items: [], first: o };
      g.items.push({ ...n, cell: o.weightCell ?? o.cell });
      groups.set(k, g);
    }
    for (const { items, first } of groups.values()) {
      const f = check(plan, items, `degli obiettivi collegati a ${objectiveName(first)}`);
      if (f) out.push({ ...f, objectiveId: first.id });
    }
    return out;
  },
};
