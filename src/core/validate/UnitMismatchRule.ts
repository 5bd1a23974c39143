import { finding, type Finding } from '../findings';
import { indicatorName, indicators, where, type Rule } from './rule';

/** Target and actual in different units (a date actual for a % target, "800,00 %" for a deadline). */
export const UnitMismatchRule: Rule = {
  code: 'UNIT_MISMATCH',
  check(plan, { grades }) {
    const out: Finding[] = [];
    for (const [o, i] of indicators(plan)) {
      if (grades.indicators.get(i.row)?.reason !== 'unit-mismatch') continue;
      const cell = i.actualCell ?? i.nameCell;
      const t = i.target?.kind === 'target' ? i.target.raw : '';
      const a = i.actual && 'raw' in i.actual ? i.actual.raw : i.actual?.kind === 'date' ? i.actual.iso : i.actual?.kind === 'number' ? String(i.actual.value) : '';
      out.push(finding('UNIT_MISMATCH', plan.sheet, cell, `${where(plan, cell)}: il consuntivo${a ? ` «${a}»` : ''} dell’indicatore ${indicatorName(i)} non è confrontabile con il target «${t}» (unità diverse).`, o.id));
    }
    return out;
  },
};
