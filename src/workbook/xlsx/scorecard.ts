import type { Fill, Workbook, Worksheet } from 'exceljs';
import type { Scorecard, ScorecardRow } from '../../core/scorecard/model';

export const SCORECARD_SHEET = 'Scorecard';
export const SCORECARD_HEADERS = ['Codice', 'Obiettivo', 'Peso', 'Grado', 'Stato', 'Errori', 'Avvisi'] as const;
export const PERCENT_FORMAT = '0.00%';

/** traffic light thresholds on the grade column */
export const GREEN_FROM = 0.995;
export const YELLOW_FROM = 0.7;

const GRADE_COL = 4; // D, 1-based
const WIDTHS = [14, 70, 10, 12, 26, 9, 9];
const HEADER_FILL: Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF1F4E79' } };
const AREA_FILL: Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };

function solid(argb: string): Fill {
  // conditional-format fills are read from bgColor
  return { type: 'pattern', pattern: 'solid', bgColor: { argb }, fgColor: { argb } };
}

function existingTableNames(wb: Workbook): Set<string> {
  const names = new Set<string>();
  wb.eachSheet((ws) => {
    const tables = (ws as unknown as { tables?: Record<string, unknown> }).tables ?? {};
    for (const n of Object.keys(tables)) names.add(n.toLowerCase());
  });
  return names;
}

function rowValues(r: ScorecardRow): (string | number | null)[] {
  return [r.code ?? '', r.title, r.weight, r.grade, r.status, r.errors, r.warnings];
}

const INDENT: Record<ScorecardRow['level'], number> = { area: 0, strategic: 0, operative: 1, individual: 2 };

/** The sheet is replaced in place (same tab position) so repeated runs never leave duplicates. */
function freshSheet(wb: Workbook): Worksheet {
  const old = wb.worksheets.find((w) => w.name.toLowerCase() === SCORECARD_SHEET.toLowerCase());
  const orderNo = old ? (old as unknown as { orderNo: number }).orderNo : undefined;
  if (old) wb.removeWorksheet(old.id);
  const ws = wb.addWorksheet(SCORECARD_SHEET);
  if (orderNo !== undefined) (ws as unknown as { orderNo: number }).orderNo = orderNo;
  return ws;
}

/**
 * Lay out the scorecard: title, one block per area (an Excel table with the seven columns),
 * the total row, percent formats and a traffic light on the grade column.
 */
export function writeScorecardSheet(wb: Workbook, card: Scorecard): Worksheet {
  const ws = freshSheet(wb);
  ws.columns = WIDTHS.map((width) => ({ width }));
  const title = ws.getCell(1, 1);
  title.value = `Scorecard – foglio «${card.sheet}»`;
  title.font = { bold: true, size: 14 };
  ws.getCell(2, 1).value = `Politica di valutazione: ${card.policy} · Schema del piano: ${card.layout}`;
  ws.getCell(2, 1).font = { italic: true, color: { argb: 'FF595959' } };

  const taken = existingTableNames(wb);
  let tableNo = 0;
  const nextTableName = (): string => {
    let name: string;
    do name = `Scorecard_${++tableNo}`;
    while (taken.has(name.toLowerCase()));
    taken.add(name.toLowerCase());
    return name;
  };

  let r = 4;
  const firstGradeRow = r;
  for (const area of card.areas) {
    const head = ws.getRow(r);
    head.getCell(1).value = area.name || 'Senza area';
    head.getCell(GRADE_COL).value = area.grade;
    head.getCell(GRADE_COL).numFmt = PERCENT_FORMAT;
    head.getCell(5).value = area.status;
    for (let c = 1; c <= WIDTHS.length; c++) {
      head.getCell(c).fill = AREA_FILL;
      head.getCell(c).font = { bold: true };
    }
    r++;
    if (area.rows.length > 0) {
      ws.addTable({
        name: nextTableName(),
        ref: `A${r}`,
        headerRow: true,
        totalsRow: false,
        style: { theme: 'TableStyleMedium2', showRowStripes: true },
        columns: SCORECARD_HEADERS.map((name) => ({ name, filterButton: false })),
        rows: area.rows.map(rowValues),
      });
    } else {
      // a table needs at least one data row: a styled header and a note instead
      SCORECARD_HEADERS.forEach((h, i) => {
        const c = ws.getCell(r, i + 1);
        c.value = h;
        c.font = { bold: true, color: { argb: 'FFFFFFFF' } };
        c.fill = HEADER_FILL;
      });
      ws.getCell(r + 1, 2).value = 'Nessun obiettivo in quest\'area.';
    }
    const dataTop = r + 1;
    const n = Math.max(area.rows.length, 1);
    area.rows.forEach((row, i) => {
      const x = ws.getRow(dataTop + i);
      x.getCell(3).numFmt = PERCENT_FORMAT;
      x.getCell(GRADE_COL).numFmt = PERCENT_FORMAT;
      x.getCell(2).alignment = { wrapText: true, vertical: 'top', indent: INDENT[row.level] };
    });
    r = dataTop + n + 1;
  }

  const t = card.total;
  const total = ws.getRow(r);
  total.values = ['Totale', `${t.objectives} obiettivi, ${t.indicators} indicatori`, null, t.grade, t.status, t.errors, t.warnings];
  total.getCell(GRADE_COL).numFmt = PERCENT_FORMAT;
  for (let c = 1; c <= WIDTHS.length; c++) {
    total.getCell(c).font = { bold: true };
    total.getCell(c).border = { top: { style: 'thin' }, bottom: { style: 'double' } };
  }

  const col = 'D';
  const ref = `${col}${firstGradeRow}:${col}${r}`;
  const at = `${col}${firstGradeRow}`;
  ws.addConditionalFormatting({
    ref,
    rules: [
      { type: 'expression', priority: 1, formulae: [`AND(ISNUMBER(${at}),${at}>=${GREEN_FROM})`], style: { fill: solid('FFC6EFCE') } },
      { type: 'expression', priority: 2, formulae: [`AND(ISNUMBER(${at}),${at}>=${YELLOW_FROM},${at}<${GREEN_FROM})`], style: { fill: solid('FFFFEB9C') } },
      { type: 'expression', priority: 3, formulae: [`AND(ISNUMBER(${at}),${at}<${YELLOW_FROM})`], style: { fill: solid('FFFFC7CE') } },
    ],
  });
  return ws;
}
