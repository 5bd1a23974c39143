/** What a single cell of a plan can mean once read. Parsers never throw: they return one of these. */
export type Unit = '%' | 'n' | 'gg' | 'h' | '€' | null;
export type Op = '>=' | '<=' | '=' | '>' | '<' | 'entro';

export interface NumberValue {
  kind: 'number';
  /** percentages are fractions: "97,87 %" -> 0.9787; ratios "46 N. / 47 N." -> 46/47 with unit '%' */
  value: number;
  unit: Unit;
  /** one unit of the last displayed digit, in the same scale as value ("14,3%" -> 0.001, "5,16 gg" -> 0.01) */
  step: number;
  /** set for fractions written as "a / b" */
  ratio?: { num: number; den: number };
}

export interface DateValue {
  kind: 'date';
  /** ISO YYYY-MM-DD */
  iso: string;
}

export interface BoolValue {
  kind: 'bool';
  value: boolean;
}

/** Targets relative to another value: "x ≤ x-1", "≥ a medio" (graded against the baseline when there is one). */
export interface RelativeValue {
  kind: 'relative';
  ref: 'previous' | 'average';
}

/**
 * A target stated in words ("Realizzazione del programma di attività annuale"): graded by the
 * percentage of realisation reported as actual (PIRA "Risultato anno 100%").
 */
export interface QualitativeValue {
  kind: 'qualitative';
}

/** blank, "n.d.", "---" */
export interface MissingValue {
  kind: 'missing';
  raw: string;
}

export interface UnreadableValue {
  kind: 'unreadable';
  raw: string;
}

export type Known = NumberValue | DateValue | BoolValue;
export type Value = Known | MissingValue | UnreadableValue;

export interface Target {
  kind: 'target';
  op: Op | null;
  value: Known | RelativeValue | QualitativeValue;
  raw: string;
}

export type TargetResult = Target | MissingValue | UnreadableValue;

/** A raw cell as the parsers take it: the value plus the number format when known. */
export interface CellInput {
  value: string | number | boolean | null | undefined;
  format?: string;
}
