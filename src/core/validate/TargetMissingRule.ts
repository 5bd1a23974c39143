import { finding, type Finding } from '../findings';
import { indicatorName, indicators, where, type Rule } from './rule';

/** An indicator with no target where the plan has a target column. */
export const TargetMissingRule: Rule = {
  code: 'TARGET_MISSING',
  check(plan) {
    const out: Finding[] = [];
    for (const [o, i] of indicators(plan)) {
      if (i.target?.kind !== 'missing') continue;
      const cell = i.targetCell ?? i.nameCell;
      out.push(finding('TARGET_MISSING', plan.sheet, cell, `${where(plan, cell)}: l’indicatore ${indicatorName(i)} non ha un target.`, o.id));
    }
    return out;
  },
};
