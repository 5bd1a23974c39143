import { finding, type Finding } from '../findings';
import { indicatorName, indicators, shown, where, type Rule } from './rule';

/**
 * UNIT_MISMATCH: target and actual of different kinds or units (a date actual for a '%' target,
 * "800,00 %" for a deadline). Grading already decided it: the indicator is ungraded with reason
 * 'unit-mismatch', so the rule and the grade never disagree.
 */
export const UnitMismatchRule: Rule = {
  code: 'UNIT_MISMATCH',
  check(plan, { grades }) {
    const out: Finding[] = [];
    for (const [o, i] of indicators(plan)) {
      if (grades.indicators.get(i.row)?.reason !== 'unit-mismatch') continue;
      const cell = i.actualCell ?? i.nameCell;
      const t = i.target?.kind === 'target' ? i.target.raw : '';
      const a = shown(i.actual);
      out.push(finding('UNIT_MISMATCH', plan.sheet, cell, `${where(plan, cell)}: il consuntivo${a ? ` «${a}»` : ''} dell’indicatore ${indicatorName(i)} non è confrontabile con il target «${t}» (unità o tipo di valore diversi); l’indicatore non è valutato.`, o.id));
    }
    return out;
  },
};
