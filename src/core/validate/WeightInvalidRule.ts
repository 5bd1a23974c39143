import { finding, type Finding } from '../findings';
import { cellText } from '../values';
import { indicators, pct, where, type Rule } from './rule';

/** A weight that is not a number, negative, or above 100%. */
export const WeightInvalidRule: Rule = {
  code: 'WEIGHT_INVALID',
  check(plan) {
    const out: Finding[] = [];
    const bad = (cell: string, msg: string, objectiveId: string) => out.push(finding('WEIGHT_INVALID', plan.sheet, cell, `${where(plan, cell)}: ${msg}`, objectiveId));
    for (const [o, i] of indicators(plan)) {
      const w = i.weight;
      if (!w || !i.weightCell) continue;
      if (w.kind === 'unreadable') bad(i.weightCell, `il peso «${cellText({ value: w.raw })}» non è un numero.`, o.id);
      else if (w.kind === 'number' && w.value < 0) bad(i.weightCell, `il peso ${pct(w.value)} è negativo.`, o.id);
      else if (w.kind === 'number' && w.value > 1 + 1e-9) bad(i.weightCell, `il peso ${pct(w.value)} supera il 100%.`, o.id);
      else if (w.kind === 'date' || w.kind === 'bool') bad(i.weightCell, 'il peso non è una percentuale.', o.id);
    }
    return out;
  },
};
