import { finding, type Finding } from '../findings';
import type { Objective, SheetPlan } from '../plan';
import type { Value } from '../values/types';
import { objectiveLabel, pct, where, type Rule } from './rule';

interface Weighted {
  value: number;
  step: number;
  cell: string;
}

function num(v: Value | null): { value: number; step: number } | null {
  return v && v.kind === 'number' && Number.isFinite(v.value) ? { value: v.value, step: v.step } : null;
}

/**
 * Weights must sum to 100% within rounding: n x half a unit of the last displayed decimal, each weight
 * with its own precision (7 x 14,3% = 100,1% is fine, 14 x 7,1% = 99,4% is fine, 95% is not).
 * The sum is shown with as many decimals as the weights carry, at least two ("95,00%").
 */
function check(plan: SheetPlan, group: Weighted[], whose: () => string): Finding | null {
  if (group.length === 0) return null;
  let sum = 0;
  let tolerance = 1e-9;
  let finest = 0.0001;
  for (const w of group) {
    sum += w.value;
    tolerance += Math.abs(w.step) / 2;
    if (w.step > 0) finest = Math.min(finest, w.step);
  }
  if (Math.abs(sum - 1) <= tolerance) return null;
  const decimals = Math.min(6, Math.max(2, Math.round(-Math.log10(finest)) - 2));
  const last = group[group.length - 1].cell;
  return finding('WEIGHT_SUM', plan.sheet, last, `${where(plan, last)}: i pesi ${whose()} sommano a ${pct(sum, decimals)} invece di 100%.`);
}

/** Individual objectives of different people share an area; their code prefix ("PO2_", "SG_") tells whose they are. */
function owner(o: Objective): string {
  const m = o.code ? /^([A-Za-z]+\d*)_/.exec(o.code) : null;
  return `${o.parentId ?? ''}|${m ? m[1] : ''}`;
}

/** "01, 02 e 03" (codes, else titles), at most five named */
function siblings(os: Objective[]): string {
  const names = os.map((o) => o.code ?? `«${o.title.length > 40 ? o.title.slice(0, 37) + '…' : o.title}»`);
  if (names.length > 5) return `${names.slice(0, 5).join(', ')} e altri ${names.length - 5}`;
  return names.length > 1 ? `${names.slice(0, -1).join(', ')} e ${names[names.length - 1]}` : names[0];
}

/**
 * WEIGHT_SUM: the indicators' weights of each objective (when at least one indicator has a numeric
 * weight; objectives with none are unweighted, not wrong), and the objectives' own weights among
 * siblings ("Peso: 33,33 %" of individual objectives). The finding sits on the last weight.
 */
export const WeightSumRule: Rule = {
  code: 'WEIGHT_SUM',
  check(plan) {
    const out: Finding[] = [];
    for (const o of plan.objectives) {
      if (o.indicators.length === 0) continue;
      const ws: Weighted[] = [];
      for (const i of o.indicators) {
        const n = num(i.weight);
        if (n) ws.push({ ...n, cell: i.weightCell ?? i.nameCell });
      }
      const f = check(plan, ws, () => `dell’${objectiveLabel(o)}`);
      if (f) out.push({ ...f, objectiveId: o.id });
    }
    const groups = new Map<string, { items: Weighted[]; members: Objective[]; last: Objective }>();
    for (const o of plan.objectives) {
      const n = num(o.weight);
      if (!n) continue;
      const k = owner(o);
      let g = groups.get(k);
      if (!g) groups.set(k, (g = { items: [], members: [], last: o }));
      g.items.push({ ...n, cell: o.weightCell ?? o.cell });
      g.members.push(o);
      g.last = o;
    }
    for (const { items, members, last } of groups.values()) {
      const f = check(plan, items, () => `${members.length > 1 ? 'degli obiettivi' : 'dell’obiettivo'} ${siblings(members)}`);
      if (f) out.push({ ...f, objectiveId: last.id });
    }
    return out;
  },
};
