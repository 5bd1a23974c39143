import { z } from 'zod';
import type { Value, TargetResult } from '../core/values/types';
import type { SheetAnalysis } from './analyse';

/** The JSON report of shared/domain.md, schemaVersion 1. The schema doubles as the contract test. */
const Scalar = z.union([z.number(), z.string()]).nullable();
export const ReportSchema = z.object({
  schemaVersion: z.literal(1),
  file: z.string(),
  sheets: z.array(
    z.object({
      name: z.string(),
      layout: z.string().nullable(),
      objectives: z.array(
        z.object({
          code: z.string().nullable(),
          title: z.string(),
          row: z.number().int().positive(),
          statedGrade: z.number().nullable(),
          grade: z.number().nullable(),
          indicators: z.array(
            z.object({
              row: z.number().int().positive(),
              name: z.string(),
              weight: z.number().nullable(),
              target: z
                .object({ op: z.enum(['>=', '<=', '=', '>', '<', 'entro']).nullable(), value: Scalar, raw: z.string() })
                .nullable(),
              actual: Scalar,
              grade: z.number().nullable(),
              statedGrade: z.number().nullable(),
            }),
          ),
        }),
      ),
    }),
  ),
  findings: z.array(
    z.object({
      code: z.string(),
      severity: z.enum(['error', 'warning', 'info']),
      sheet: z.string(),
      cell: z.string(),
      message: z.string(),
    }),
  ),
});
export type Report = z.infer<typeof ReportSchema>;

/** number -> number, date -> ISO, yes/no -> 'si'/'no', anything else -> null */
export function scalar(v: Value | null | undefined): number | string | null {
  if (!v) return null;
  switch (v.kind) {
    case 'number':
      return v.value;
    case 'date':
      return v.iso;
    case 'bool':
      return v.value ? 'si' : 'no';
    default:
      return null;
  }
}

function numberOrNull(v: Value | null | undefined): number | null {
  return v && v.kind === 'number' ? v.value : null;
}

function target(t: TargetResult | null): Report['sheets'][number]['objectives'][number]['indicators'][number]['target'] {
  if (!t || t.kind === 'missing') return null;
  if (t.kind === 'unreadable') return { op: null, value: null, raw: t.raw };
  const value = t.value.kind === 'relative' || t.value.kind === 'qualitative' ? null : scalar(t.value);
  return { op: t.op, value, raw: t.raw };
}

export function toReport(file: string, analyses: SheetAnalysis[]): Report {
  return {
    schemaVersion: 1,
    file,
    sheets: analyses.map((a) => ({
      name: a.sheet,
      layout: a.plan?.layout ?? null,
      objectives: (a.plan?.objectives ?? [])
        .filter((o) => o.indicators.length > 0)
        .map((o) => ({
          code: o.code,
          title: o.title,
          row: o.row,
          statedGrade: numberOrNull(o.statedGrade),
          grade: a.grades?.objectives.get(o.id)?.grade ?? null,
          indicators: o.indicators.map((i) => ({
            row: i.row,
            name: i.name,
            weight: numberOrNull(i.weight),
            target: target(i.target),
            actual: scalar(i.actual),
            grade: a.grades?.indicators.get(i.row)?.grade ?? null,
            statedGrade: numberOrNull(i.statedGrade),
          })),
        })),
    })),
    findings: analyses.flatMap((a) => a.findings.map(({ code, severity, sheet, cell, message }) => ({ code, severity, sheet, cell, message }))),
  };
}
