import type { Grid } from '../core/grid';
import type { Scorecard } from '../core/scorecard/model';

/** One cell to write. Row/col are 0-based sheet coordinates. */
export interface CellEdit {
  row: number;
  col: number;
  value: number | string | null;
  /** number format to apply, e.g. '0.00%' */
  numberFormat?: string;
}

/** An edit the adapter refused, with an Italian message naming the cell. */
export interface EditRefusal {
  cell: string;
  reason: 'formula' | 'merged' | 'protected' | 'outside' | 'filtered' | 'changed';
  message: string;
}

/**
 * The workbook port: everything the app layer needs from a spreadsheet.
 * Adapters: office/ (Excel.run, the add-in) and xlsx/ (ExcelJS, CLI and tests).
 */
export interface WorkbookPort {
  sheetNames(): Promise<string[]>;
  /** the used range of one sheet: values, number formats, formulas, merges */
  readSheet(name: string): Promise<Grid>;
  /**
   * Write cells in one batch. Never writes over a formula: such edits are refused and reported.
   * All-or-nothing: when any edit is refused for protection/merge reasons nothing is written.
   */
  applyEdits(sheet: string, edits: CellEdit[]): Promise<{ written: number; refused: EditRefusal[] }>;
  /** create or replace the scorecard sheet */
  writeScorecard(card: Scorecard): Promise<void>;
}
