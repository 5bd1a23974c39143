import { finding, type Finding } from '../findings';
import { indicatorName, indicators, where, type Rule } from './rule';

/** An actual that cannot be read. */
export const ActualUnparseableRule: Rule = {
  code: 'ACTUAL_UNPARSEABLE',
  check(plan) {
    const out: Finding[] = [];
    for (const [o, i] of indicators(plan)) {
      if (i.actual?.kind !== 'unreadable') continue;
      const cell = i.actualCell ?? i.nameCell;
      out.push(finding('ACTUAL_UNPARSEABLE', plan.sheet, cell, `${where(plan, cell)}: il consuntivo «${i.actual.raw}» dell’indicatore ${indicatorName(i)} non è leggibile.`, o.id));
    }
    return out;
  },
};
