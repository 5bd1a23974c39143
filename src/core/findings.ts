/** Finding codes are a stable interface (shared/domain.md); messages are Italian. */
export const FINDING_CODES = [
  'WEIGHT_SUM',
  'WEIGHT_INVALID',
  'TARGET_MISSING',
  'TARGET_UNPARSEABLE',
  'TARGET_OPERATOR_MISSING',
  'ACTUAL_MISSING',
  'ACTUAL_UNPARSEABLE',
  'GRADE_MISMATCH',
  'MEASURE_MISMATCH',
  'UNIT_MISMATCH',
  'DUPLICATE_CODE',
] as const;
export type FindingCode = (typeof FINDING_CODES)[number];
export type Severity = 'error' | 'warning' | 'info';

export const SEVERITY: Record<FindingCode, Severity> = {
  WEIGHT_SUM: 'error',
  WEIGHT_INVALID: 'error',
  TARGET_MISSING: 'error',
  TARGET_UNPARSEABLE: 'error',
  TARGET_OPERATOR_MISSING: 'warning',
  ACTUAL_MISSING: 'warning',
  ACTUAL_UNPARSEABLE: 'error',
  GRADE_MISMATCH: 'warning',
  MEASURE_MISMATCH: 'warning',
  UNIT_MISMATCH: 'warning',
  DUPLICATE_CODE: 'warning',
};

export interface Finding {
  code: FindingCode;
  severity: Severity;
  sheet: string;
  /** A1 address the user can jump to */
  cell: string;
  message: string;
  /** id of the objective the finding belongs to, when there is one (for grouping in the pane) */
  objectiveId?: string | null;
}

export function finding(code: FindingCode, sheet: string, cell: string, message: string, objectiveId: string | null = null): Finding {
  return { code, severity: SEVERITY[code], sheet, cell, message, objectiveId };
}
