import type { Indicator, Objective, SheetPlan } from '../plan';

export interface Band {
  /** lower bound, inclusive, as a fraction */
  min: number;
  label: string;
  /** grade given inside this band (bands policy); defaults to the computed grade */
  grade?: number;
}

export interface PolicyOptions {
  /** below this grade the indicator gets 0 */
  threshold?: number;
  /** status labels (and optionally fixed grades) by grade band, highest min first or any order */
  bands?: Band[];
  /** grade (A-B)/(T-B) when the indicator has a numeric baseline */
  baselineProgress?: boolean;
  /** 1 when met, 0 otherwise */
  binary?: boolean;
  /** allow grades above 1 up to this cap (e.g. 1.2); default 1 */
  cap?: number;
}

export interface Policy extends PolicyOptions {
  name: string;
  label: string;
}

/** Why an indicator has no grade. */
export type NotGradable = 'no-actual' | 'no-target' | 'unreadable' | 'unit-mismatch' | 'relative-no-baseline';

export interface IndicatorGrade {
  row: number;
  grade: number | null;
  reason?: NotGradable;
}

export interface ObjectiveGrade {
  id: string;
  grade: number | null;
  /** sum of weights (fractions) of the gradable indicators/children it rolled up */
  weightUsed: number;
}

export interface PlanGrades {
  policy: string;
  indicators: Map<number, IndicatorGrade>;
  objectives: Map<string, ObjectiveGrade>;
  /** whole-plan grade: mean of top-level objectives */
  overall: number | null;
}

export type { Indicator, Objective, SheetPlan };
