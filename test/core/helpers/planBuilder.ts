import type { Indicator, Objective, SheetPlan } from '../../../src/core/plan';
import { parseTarget, parseValue } from '../../../src/core/values';

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
