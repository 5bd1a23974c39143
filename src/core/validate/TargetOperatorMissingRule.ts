import { finding, type Finding } from '../findings';
import { indicators, where, type Rule } from './rule';

/** A number with no operator: graded as ">=", said so. */
export const TargetOperatorMissingRule: Rule = {
  code: 'TARGET_OPERATOR_MISSING',
  check(plan) {
    const out: Finding[] = [];
    for (const [o, i] of indicators(plan)) {
      const t = i.target;
      if (t?.kind !== 'target' || t.op !== null || t.value.kind !== 'number') continue;
      const cell = i.targetCell ?? i.nameCell;
      out.push(finding('TARGET_OPERATOR_MISSING', plan.sheet, cell, `${where(plan, cell)}: il target «${t.raw}» non ha un operatore; è valutato come «>=».`, o.id));
    }
    return out;
  },
};
