import { z } from 'zod';

/**
 * The plan model: what recognition produces and every later step consumes.
 * Cells are A1 addresses on the plan's sheet; rows are 1-based sheet rows (as in the JSON report).
 */

const NumberValue = z.object({
  kind: z.literal('number'),
  value: z.number(),
  unit: z.enum(['%', 'n', 'gg', 'h', '€']).nullable(),
  step: z.number(),
  ratio: z.object({ num: z.number(), den: z.number() }).optional(),
});
const DateValue = z.object({ kind: z.literal('date'), iso: z.string() });
const BoolValue = z.object({ kind: z.literal('bool'), value: z.boolean() });
const RelativeValue = z.object({ kind: z.literal('relative'), ref: z.enum(['previous', 'average']) });
const QualitativeValue = z.object({ kind: z.literal('qualitative') });
const MissingValue = z.object({ kind: z.literal('missing'), raw: z.string() });
const UnreadableValue = z.object({ kind: z.literal('unreadable'), raw: z.string() });
const Known = z.discriminatedUnion('kind', [NumberValue, DateValue, BoolValue]);
export const ValueSchema = z.discriminatedUnion('kind', [NumberValue, DateValue, BoolValue, MissingValue, UnreadableValue]);
export const TargetSchema = z.object({
  kind: z.literal('target'),
  op: z.enum(['>=', '<=', '=', '>', '<', 'entro']).nullable(),
  value: z.union([Known, RelativeValue, QualitativeValue]),
  raw: z.string(),
});
export const TargetResultSchema = z.union([TargetSchema, MissingValue, UnreadableValue]);

/** A read cell: where it is and what it said. */
export const CellSchema = z.object({ cell: z.string(), raw: z.string() });

export const IndicatorSchema = z.object({
  row: z.number().int().positive(),
  name: z.string(),
  nameCell: z.string(),
  /** weight as a fraction; null when the plan has no weight column or the cell is empty */
  weight: ValueSchema.nullable(),
  weightCell: z.string().nullable(),
  target: TargetResultSchema.nullable(),
  targetCell: z.string().nullable(),
  actual: ValueSchema.nullable(),
  actualCell: z.string().nullable(),
  baseline: ValueSchema.nullable(),
  baselineCell: z.string().nullable(),
  /** VALORI MISURE "a / b" */
  measures: ValueSchema.nullable(),
  measuresCell: z.string().nullable(),
  statedGrade: ValueSchema.nullable(),
  /** the cell where the computed grade goes (the stated-grade cell when there is one) */
  gradeCell: z.string().nullable(),
});
export type Indicator = z.infer<typeof IndicatorSchema>;

export const ObjectiveLevelSchema = z.enum(['area', 'strategic', 'operative', 'individual']);
export type ObjectiveLevel = z.infer<typeof ObjectiveLevelSchema>;

export const ObjectiveSchema = z.object({
  /** stable within the plan: the code when there is one, else "r<row>" */
  id: z.string(),
  code: z.string().nullable(),
  title: z.string(),
  level: ObjectiveLevelSchema,
  row: z.number().int().positive(),
  cell: z.string(),
  /** id of the enclosing objective (operative -> strategic -> area) */
  parentId: z.string().nullable(),
  weight: ValueSchema.nullable(),
  /** where the objective's own weight was read ("Peso: 33,33 %") */
  weightCell: z.string().nullable().optional(),
  statedGrade: ValueSchema.nullable(),
  statedGradeCell: z.string().nullable(),
  /** where the computed objective grade goes, when the layout has a place for it */
  gradeCell: z.string().nullable(),
  indicators: z.array(IndicatorSchema),
});
export type Objective = z.infer<typeof ObjectiveSchema>;

export const LayoutSchema = z.enum([
  'consuntivo-gerarchico', // seed 002: GRUPPO > AMBITO > OBIETTIVO STRATEGICO > OPERATIVO > indicators
  'piao-valore-pubblico', // seed 001: one small table per objective, key/value lines above
  'cruscotto-strategico', // seed 000: strategic objectives with a target per year
  'piano-performance', // seed 003: Indicatore / Algoritmo / Valore / Target per year; individual objectives
  'pira', // seed 004: Obiettivo blocks with Risultato atteso / Risultato anno
  'tabella-generica', // a plain indicator table (natively typed plans)
]);
export type Layout = z.infer<typeof LayoutSchema>;

export const SheetPlanSchema = z.object({
  sheet: z.string(),
  layout: LayoutSchema,
  /** 1-based header rows that were recognised (one per table block) */
  headerRows: z.array(z.number().int().positive()),
  /** true when the plan has a column of actuals (consuntivo) */
  hasActuals: z.boolean(),
  /** 0-based sheet column where indicator grades are written; null when one must be added */
  gradeColumn: z.number().int().nonnegative().nullable(),
  /** 0-based column just after the last plan column (where a new grade column goes) */
  nextFreeColumn: z.number().int().nonnegative(),
  /** flat list in sheet order; parents before children */
  objectives: z.array(ObjectiveSchema),
});
export type SheetPlan = z.infer<typeof SheetPlanSchema>;
