import { finding, type Finding } from '../findings';
import { where, type Rule } from './rule';

/** The same objective code twice in one sheet (among objectives that hold indicators). */
export const DuplicateCodeRule: Rule = {
  code: 'DUPLICATE_CODE',
  check(plan) {
    const out: Finding[] = [];
    const seen = new Map<string, string>();
    for (const o of plan.objectives) {
      if (!o.code || o.indicators.length === 0) continue;
      const first = seen.get(o.code);
      if (first) out.push(finding('DUPLICATE_CODE', plan.sheet, o.cell, `${where(plan, o.cell)}: il codice obiettivo ${o.code} è già usato in ${first}.`, o.id));
      else seen.set(o.code, o.cell);
    }
    return out;
  },
};
