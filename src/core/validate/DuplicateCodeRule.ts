import { finding, type Finding } from '../findings';
import { where, type Rule } from './rule';

/**
 * DUPLICATE_CODE: the same objective code twice in one sheet; the finding sits on each repeat and names
 * the first. Codes compare as written, ignoring case and surrounding spaces.
 * Only objectives that hold indicators count: a strategic objective legitimately heads two tables of the
 * same sheet (seed 000 lists "1. Semplificazione…" in the cruscotto and again over its operative objectives).
 */
export const DuplicateCodeRule: Rule = {
  code: 'DUPLICATE_CODE',
  check(plan) {
    const out: Finding[] = [];
    const seen = new Map<string, string>();
    for (const o of plan.objectives) {
      const code = o.code?.trim();
      if (!code || o.indicators.length === 0) continue;
      const key = code.toLowerCase();
      const first = seen.get(key);
      if (first) out.push(finding('DUPLICATE_CODE', plan.sheet, o.cell, `${where(plan, o.cell)}: il codice obiettivo ${code} è già usato nella cella ${first}.`, o.id));
      else seen.set(key, o.cell);
    }
    return out;
  },
};
