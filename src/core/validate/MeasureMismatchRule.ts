import { finding, type Finding } from '../findings';
import { indicators, numIt, pct, shown, where, type Rule } from './rule';

/**
 * MEASURE_MISMATCH: VALORI MISURE "a / b" that disagrees with the CONSUNTIVO beyond the consuntivo's
 * displayed precision (46 / 47 = 97,8723…% is "97,87 %"). A consuntivo without '%' is read as a fraction,
 * or as percentage points when above 1.5 (like grading does).
 */
export const MeasureMismatchRule: Rule = {
  code: 'MEASURE_MISMATCH',
  check(plan) {
    const out: Finding[] = [];
    for (const [o, i] of indicators(plan)) {
      const m = i.measures;
      const a = i.actual;
      if (m?.kind !== 'number' || !m.ratio || !Number.isFinite(m.value) || a?.kind !== 'number' || !Number.isFinite(a.value)) continue;
      if (a.unit !== '%' && a.unit !== null && a.unit !== 'n') continue;
      const near = (A: number, step: number) => Math.abs(m.value - A) <= Math.max(step, 0.00005) + 1e-9;
      if (near(a.value, a.step)) continue;
      if (a.unit !== '%' && Math.abs(a.value) > 1.5 && near(a.value / 100, a.step / 100)) continue;
      const cell = i.measuresCell ?? i.actualCell ?? i.nameCell;
      out.push(
        finding(
          'MEASURE_MISMATCH',
          plan.sheet,
          cell,
          `${where(plan, cell)}: le misure ${numIt(m.ratio.num, 4, true)} / ${numIt(m.ratio.den, 4, true)} danno ${pct(m.value)}, ma il consuntivo${i.actualCell ? ` (cella ${i.actualCell})` : ''} è ${shown(a)}.`,
          o.id,
        ),
      );
    }
    return out;
  },
};
