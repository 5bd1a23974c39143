/** The computed scorecard: what the "Scorecard" sheet shows, independent of Excel. */
export interface ScorecardRow {
  objectiveId: string;
  code: string | null;
  title: string;
  level: 'area' | 'strategic' | 'operative' | 'individual';
  /** weight as a fraction when the plan gives one */
  weight: number | null;
  grade: number | null;
  /** status label from the policy's bands ("Raggiunto", "Parzialmente raggiunto", …) */
  status: string;
  errors: number;
  warnings: number;
  indicators: number;
}

export interface ScorecardArea {
  name: string;
  grade: number | null;
  status: string;
  rows: ScorecardRow[];
}

export interface Scorecard {
  sheet: string;
  layout: string;
  policy: string;
  areas: ScorecardArea[];
  total: { grade: number | null; status: string; objectives: number; indicators: number; errors: number; warnings: number };
}
