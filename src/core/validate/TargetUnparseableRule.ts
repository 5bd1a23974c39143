import { finding, type Finding } from '../findings';
import { indicatorName, indicators, where, type Rule } from './rule';

/** A target that cannot be read ("da definire", ">=" with no value). */
export const TargetUnparseableRule: Rule = {
  code: 'TARGET_UNPARSEABLE',
  check(plan) {
    const out: Finding[] = [];
    for (const [o, i] of indicators(plan)) {
      if (i.target?.kind !== 'unreadable') continue;
      const cell = i.targetCell ?? i.nameCell;
      out.push(finding('TARGET_UNPARSEABLE', plan.sheet, cell, `${where(plan, cell)}: il target «${i.target.raw}» dell’indicatore ${indicatorName(i)} non è leggibile (serve un valore, es. «>= 80%» o «entro 31/12/2025»).`, o.id));
    }
    return out;
  },
};
