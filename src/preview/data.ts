import type { CellValue } from '../core/grid';

/** A sample workbook as the preview page loads it (written by scripts/preview-data.ts). */
export interface PreviewSheet {
  name: string;
  top: number;
  left: number;
  rows: CellValue[][];
  /** number formats by A1 address (General omitted) */
  formats: Record<string, string>;
  /** formula text by A1 address */
  formulas: Record<string, string>;
  /** merged areas, "A1:B2" */
  merges: string[];
}

export interface PreviewBook {
  file: string;
  sheets: PreviewSheet[];
}
