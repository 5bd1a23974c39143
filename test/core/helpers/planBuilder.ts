import type { Indicator, Objective, SheetPlan } from '../../../src/core/plan';
import { parseTarget, parseValue } from '../../../src/core/values';
import type { Finding } from '../../../src/core/findings';
import { gradePlan } from '../../../src/core/grade';
import { getPolicy } from '../../../src/core/grade/policies';
import type { Rule } from '../../../src/core/validate/rule';
import type { BoolValue, DateValue, MissingValue, NumberValue, Op, Target, UnreadableValue, Unit } from '../../../src/core/values/types';

/** Build plans for rule and grading tests from the texts users write ("20,00%", ">= 70,00 %"). */
export interface IndSpec {
  name?: string;
  weight?: string | null;
  target?: string | null;
  actual?: string | null;
  baseline?: string | null;
  measures?: string | null;
  stated?: string | null;
}

let nextRow = 10;

export function ind(spec: IndSpec): Indicator {
  const row = nextRow++;
  const v = (s: string | null | undefined) => (s === undefined || s === null ? null : parseValue({ value: s }));
  return {
    row,
    name: spec.name ?? `Indicatore ${row}`,
    nameCell: `F${row}`,
    weight: v(spec.weight),
    weightCell: `E${row}`,
    target: spec.target === undefined || spec.target === null ? null : parseTarget({ value: spec.target }),
    targetCell: `J${row}`,
    actual: v(spec.actual),
    actualCell: `I${row}`,
    baseline: v(spec.baseline),
    baselineCell: null,
    measures: v(spec.measures),
    measuresCell: `H${row}`,
    statedGrade: v(spec.stated),
    gradeCell: `K${row}`,
  };
}

export function obj(code: string, indicators: Indicator[], extra: Partial<Objective> = {}): Objective {
  const row = nextRow++;
  return {
    id: code,
    code,
    title: `Obiettivo ${code}`,
    level: 'operative',
    row,
    cell: `D${row}`,
    parentId: null,
    weight: null,
    statedGrade: null,
    statedGradeCell: null,
    gradeCell: null,
    indicators,
    ...extra,
  };
}

export function plan(objectives: Objective[], extra: Partial<SheetPlan> = {}): SheetPlan {
  return { sheet: 'Piano', layout: 'consuntivo-gerarchico', headerRows: [3], hasActuals: true, gradeColumn: 10, nextFreeColumn: 12, objectives, ...extra };
}

/* ------------------------------------------------------------------------------------------------
 * Direct builders: values written as the parsers would return them, no parser involved.
 * Cells follow seed 002 (E peso, F indicatore, H valori misure, I consuntivo, J target, K grado).
 * ---------------------------------------------------------------------------------------------- */

/** a percentage as a fraction with `decimals` decimals shown: pct(0.2) is "20,00%", step 0,01 points */
export const pct = (value: number, decimals = 2): NumberValue => ({ kind: 'number', value, unit: '%', step: Math.pow(10, -(decimals + 2)) });
/** a number with a unit; step defaults to one unit of the last decimal of `decimals` */
export const num = (value: number, unit: Unit = null, decimals = 0): NumberValue => ({ kind: 'number', value, unit, step: Math.pow(10, -decimals) });
/** "46 N. / 47 N.": a ratio, percentage with two decimals */
export const ratio = (a: number, b: number): NumberValue => ({ kind: 'number', value: a / b, unit: '%', step: 0.0001, ratio: { num: a, den: b } });
export const date = (iso: string): DateValue => ({ kind: 'date', iso });
export const yes = (value = true): BoolValue => ({ kind: 'bool', value });
export const missing = (raw = 'n.d.'): MissingValue => ({ kind: 'missing', raw });
export const unreadable = (raw: string): UnreadableValue => ({ kind: 'unreadable', raw });
export const target = (op: Op | null, value: Target['value'], raw = `${op ?? ''} …`.trim()): Target => ({ kind: 'target', op, value, raw });

let directRow = 5000;

/** An indicator with sensible defaults: weight none, target ">= 100%", actual 100%, at the next free row. */
export function indicator(over: Partial<Indicator> = {}): Indicator {
  const row = over.row ?? directRow++;
  return {
    row,
    name: `Indicatore riga ${row}`,
    nameCell: `F${row}`,
    weight: null,
    weightCell: `E${row}`,
    target: target('>=', pct(1), '>= 100,00 %'),
    targetCell: `J${row}`,
    actual: pct(1),
    actualCell: `I${row}`,
    baseline: null,
    baselineCell: null,
    measures: null,
    measuresCell: `H${row}`,
    statedGrade: null,
    gradeCell: `K${row}`,
    ...over,
  };
}

/** An operative objective with the given indicators (rows follow the objective's row). */
export function objective(id: string, indicators: Indicator[], over: Partial<Objective> = {}): Objective {
  const row = over.row ?? (indicators.length ? Math.min(...indicators.map((i) => i.row)) - 1 : directRow++);
  return {
    id,
    code: id,
    title: `Obiettivo ${id}`,
    level: 'operative',
    row,
    cell: `D${row}`,
    parentId: null,
    weight: null,
    weightCell: null,
    statedGrade: null,
    statedGradeCell: null,
    gradeCell: `K${row}`,
    indicators,
    ...over,
  };
}

/**
 * An excerpt of seed 002 (obiettivi operativi consuntivo 2023), rows and cells as in the sheet:
 * BSC1 > 011 > 07 > 07.01 (5 x 20%); BSC4 > 032 > 09 > 09.05 (800,00 % vs >= 100,00 %), 09.12 (55,56/44,44),
 * 09.14 (18,42 x 5 + 7,90), 09.19 (33,33/33,34/33,33); 10 > 10.11 (0,94 % vs <= 5,00 %);
 * BSC2 > 016 > 13 > 13.02 (0,00 % vs >= 90,00 %, stated 100%). Every stated grade is 100,00%.
 */
export function seed002(): SheetPlan {
  const stated = pct(1);
  const head = (id: string, title: string, level: Objective['level'], row: number, parentId: string | null, col: string): Objective => ({
    ...objective(id, [], { title, level, row, cell: `${col}${row}`, parentId, gradeCell: null }),
  });
  const op = (id: string, row: number, parentId: string, inds: [weight: string | null, measures: NumberValue | null, actual: NumberValue, t: Target][]): Objective =>
    objective(
      id,
      inds.map(([w, m, a, t], k) =>
        indicator({
          row: row + 1 + k,
          weight: w === null ? null : pct(Number(w.replace(',', '.')) / 100),
          measures: m,
          actual: a,
          target: t,
          statedGrade: stated,
        }),
      ),
      { row, parentId, statedGrade: stated, statedGradeCell: `K${row}` },
    );
  const gg = (x: number, d = 2) => num(x, 'gg', d);
  const le = (x: NumberValue, raw: string) => target('<=', x, raw);
  const ge = (x: NumberValue, raw: string) => target('>=', x, raw);
  return {
    sheet: 'Obiettivi operativi',
    layout: 'consuntivo-gerarchico',
    headerRows: [3],
    hasActuals: true,
    gradeColumn: 10,
    nextFreeColumn: 12,
    objectives: [
      head('BSC1', 'Utenti-imprese-territorio', 'area', 5, null, 'B'),
      head('011', 'Utenti, imprese e territorio', 'area', 6, 'BSC1', 'B'),
      head('07', "Giustizia alternativa, Legalità nell'Economia e Promozione", 'strategic', 69, '011', 'C'),
      op('07.01', 70, '07', [
        ['20,00', num(2, 'n'), num(2, 'n'), ge(num(2, 'n'), '>= 2 N.')],
        ['20,00', num(3, 'n'), num(3, 'n'), ge(num(3, 'n'), '>= 3 N.')],
        ['20,00', num(120, 'n'), num(120, 'n'), ge(num(100, 'n'), '>= 100 N.')],
        ['20,00', ratio(488, 493), pct(0.9899), ge(pct(0.8), '>= 80,00 %')],
        ['20,00', ratio(30, 30), pct(1), ge(pct(0.8), '>= 80,00 %')],
      ]),
      head('BSC4', 'Processi interni', 'area', 83, null, 'B'),
      head('032', 'Processi interni', 'area', 84, 'BSC4', 'B'),
      head('09', 'Qualità, efficienza e centralità della performance', 'strategic', 92, '032', 'C'),
      op('09.05', 101, '09', [['100,00', pct(8), pct(8), ge(pct(1), '>= 100,00 %')]]),
      op('09.12', 115, '09', [
        ['55,56', gg(5.16), gg(5.16), le(gg(10, 0), '<= 10 gg')],
        ['44,44', gg(18.79), gg(18.79), le(gg(30, 0), '<= 30 gg')],
      ]),
      op('09.14', 121, '09', [
        ['18,42', gg(3.47), gg(3.47), le(gg(10, 0), '<= 10 gg')],
        ['18,42', gg(12.53), gg(12.53), le(gg(70, 0), '<= 70 gg')],
        ['18,42', gg(5.67), gg(5.67), le(gg(15, 0), '<= 15 gg')],
        ['7,90', gg(3.5), gg(3.5), le(gg(4, 0), '<= 4 gg')],
        ['18,42', gg(5.7), gg(5.7), le(gg(15, 0), '<= 15 gg')],
        ['18,42', gg(4.95), gg(4.95), le(gg(10, 0), '<= 10 gg')],
      ]),
      op('09.19', 136, '09', [
        ['33,33', ratio(11, 11), pct(1), ge(pct(1), '>= 100,00 %')],
        ['33,34', ratio(2, 2), pct(1), ge(pct(1), '>= 100,00 %')],
        ['33,33', ratio(12, 12), pct(1), ge(pct(1), '>= 100,00 %')],
      ]),
      head('10', 'Consolidamento del modello organizzativo', 'strategic', 150, '032', 'C'),
      op('10.11', 175, '10', [['100,00', ratio(112, 11879), pct(0.0094), le(pct(0.05), '<= 5,00 %')]]),
      head('BSC2', 'Economico-finanziaria', 'area', 189, null, 'B'),
      head('016', 'Economico - Finanziaria', 'area', 190, 'BSC2', 'B'),
      head('13', 'Valorizzazione e gestione efficiente del patrimonio', 'strategic', 196, '016', 'C'),
      op('13.02', 199, '13', [['100,00', pct(0), pct(0), ge(pct(0.9), '>= 90,00 %')]]),
    ],
  };
}

/** Run one rule with the grades the app gives it (default policy). */
export function runRule(rule: Rule, p: SheetPlan): Finding[] {
  return rule.check(p, { grades: gradePlan(p, getPolicy('proporzionale')!) });
}

/** A one-objective plan on the seed 002 sheet. */
export function single(o: Objective, extra: Partial<SheetPlan> = {}): SheetPlan {
  return { ...plan([o]), sheet: 'Obiettivi operativi', ...extra };
}
