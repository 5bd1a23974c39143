import type { Fill, Workbook, Worksheet } from 'exceljs';
import type { Scorecard } from '../../core/scorecard/model';
// the pure layout is shared with the Office adapter so the add-in and the CLI produce the same sheet
import { GRADE_FORMAT, GREEN_FROM, SCORECARD_MARK, SCORECARD_SHEET, TABLE_HEADERS, YELLOW_FROM, layoutScorecard } from '../office/scorecard';
import { ScorecardNotOursError } from './errors';

export { SCORECARD_SHEET, SCORECARD_MARK, GREEN_FROM, YELLOW_FROM };
export const SCORECARD_HEADERS = TABLE_HEADERS;
export const PERCENT_FORMAT = GRADE_FORMAT;

const GRADE_COL = 4; // D, 1-based
const WIDTHS = [14, 70, 10, 12, 26, 9, 9];

function solid(argb: string): Fill {
  // conditional-format fills are read from bgColor (dxf)
  return { type: 'pattern', pattern: 'solid', bgColor: { argb }, fgColor: { argb } };
}

function tableNames(wb: Workbook): Set<string> {
  const names = new Set<string>();
  wb.eachSheet((ws) => {
    const tables = (ws as unknown as { tables?: Record<string, unknown> }).tables ?? {};
    for (const n of Object.keys(tables)) names.add(n.toLowerCase());
  });
  return names;
}

/** The sheet is replaced in place (same tab position) so repeated runs never leave duplicates. */
function freshSheet(wb: Workbook): Worksheet {
  const old = wb.worksheets.find((w) => w.name.toLowerCase() === SCORECARD_SHEET.toLowerCase());
  let orderNo: number | undefined;
  if (old) {
    const mark = old.getCell(1, 1).value;
    if (typeof mark !== 'string' || !mark.startsWith(SCORECARD_MARK)) {
      throw new ScorecardNotOursError(
        `Esiste già un foglio «${old.name}» che non è stato creato da Cruscotto: rinominalo o spostalo e riprova.`,
      );
    }
    orderNo = (old as unknown as { orderNo: number }).orderNo;
    wb.removeWorksheet(old.id);
  }
  const ws = wb.addWorksheet(SCORECARD_SHEET);
  if (orderNo !== undefined) (ws as unknown as { orderNo: number }).orderNo = orderNo;
  return ws;
}

/**
 * Lay out the scorecard: title, one block per area (an Excel table with the seven columns),
 * the total row, percent formats and a traffic light (cell fill) on the grade column.
 */
export function writeScorecardSheet(wb: Workbook, card: Scorecard): Worksheet {
  const layout = layoutScorecard(card);
  const ws = freshSheet(wb);
  ws.columns = WIDTHS.map((width) => ({ width }));
  layout.rows.forEach((row, r) => {
    row.forEach((v, c) => {
      if (v === null) return;
      const cell = ws.getCell(r + 1, c + 1);
      cell.value = v;
      const f = layout.formats[r][c];
      if (f) cell.numFmt = f;
    });
  });
  ws.getCell(1, 1).font = { bold: true, size: 14 };
  for (const r of layout.bold.slice(1)) ws.getRow(r + 1).font = { bold: true };
  for (let r = 0; r < layout.rows.length; r++) ws.getCell(r + 1, 2).alignment = { wrapText: r > 2, vertical: 'top' };

  const taken = tableNames(wb);
  for (const t of layout.tables) {
    let name = t.name;
    for (let k = 2; taken.has(name.toLowerCase()); k++) name = `${t.name}_${k}`;
    taken.add(name.toLowerCase());
    const dataRows = layout.rows.slice(t.top + 1, t.top + 1 + t.dataRows);
    ws.addTable({
      name,
      ref: `A${t.top + 1}`,
      headerRow: true,
      totalsRow: false,
      style: { theme: 'TableStyleMedium2', showRowStripes: true },
      columns: TABLE_HEADERS.map((h) => ({ name: h, filterButton: false })),
      rows: dataRows.map((r) => r.map((v) => v)),
    });
    // the table rewrote the values; formats stay on the cells
    for (let i = 0; i < t.dataRows; i++) {
      const r = t.top + 2 + i;
      ws.getCell(r, 3).numFmt = GRADE_FORMAT;
      ws.getCell(r, GRADE_COL).numFmt = GRADE_FORMAT;
    }
  }

  const first = 4;
  const last = layout.rows.length;
  const at = `D${first}`;
  ws.addConditionalFormatting({
    ref: `D${first}:D${last}`,
    rules: [
      { type: 'expression', priority: 1, formulae: [`AND(ISNUMBER(${at}),${at}>=${GREEN_FROM})`], style: { fill: solid('FFC6EFCE') } },
      { type: 'expression', priority: 2, formulae: [`AND(ISNUMBER(${at}),${at}>=${YELLOW_FROM},${at}<${GREEN_FROM})`], style: { fill: solid('FFFFEB9C') } },
      { type: 'expression', priority: 3, formulae: [`AND(ISNUMBER(${at}),${at}<${YELLOW_FROM})`], style: { fill: solid('FFFFC7CE') } },
    ],
  });
  return ws;
}
