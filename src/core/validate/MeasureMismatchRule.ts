import { finding, type Finding } from '../findings';
import { indicators, pct, where, type Rule } from './rule';

/** VALORI MISURE "a / b" that disagrees with the CONSUNTIVO beyond its displayed precision. */
export const MeasureMismatchRule: Rule = {
  code: 'MEASURE_MISMATCH',
  check(plan) {
    const out: Finding[] = [];
    for (const [o, i] of indicators(plan)) {
      const m = i.measures;
      const a = i.actual;
      if (m?.kind !== 'number' || !m.ratio || a?.kind !== 'number' || a.unit !== '%' || !i.measuresCell) continue;
      if (Math.abs(m.value - a.value) <= Math.max(a.step, 0.00005) + 1e-9) continue;
      out.push(finding('MEASURE_MISMATCH', plan.sheet, i.measuresCell, `${where(plan, i.measuresCell)}: le misure ${m.ratio.num} / ${m.ratio.den} danno ${pct(m.value)}, ma il consuntivo è ${pct(a.value)}.`, o.id));
    }
    return out;
  },
};
