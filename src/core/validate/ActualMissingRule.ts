import { finding, type Finding } from '../findings';
import { indicatorName, indicators, where, type Rule } from './rule';

/** The plan has a consuntivo column but this indicator has no actual (blank, "n.d."): it leaves the weight total. */
export const ActualMissingRule: Rule = {
  code: 'ACTUAL_MISSING',
  check(plan) {
    if (!plan.hasActuals) return [];
    const out: Finding[] = [];
    for (const [o, i] of indicators(plan)) {
      if (i.actual && i.actual.kind !== 'missing') continue;
      const cell = i.actualCell ?? i.nameCell;
      out.push(finding('ACTUAL_MISSING', plan.sheet, cell, `${where(plan, cell)}: manca il consuntivo dell’indicatore ${indicatorName(i)}; l’indicatore non entra nel calcolo del grado.`, o.id));
    }
    return out;
  },
};
