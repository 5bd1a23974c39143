/**
 * The "Scorecard" sheet: a title, one Excel table per area (Codice, Obiettivo, Peso, Grado, Stato, Errori,
 * Avvisi), a total line, traffic-light icons on the grades and a clustered bar chart of the objective grades.
 * layoutScorecard is pure (what goes where); queueScorecard turns it into Office.js calls.
 */
import type { CellValue } from '../../core/grid';
import type { Scorecard } from '../../core/scorecard/model';
import { cellInput } from './text';

export const SCORECARD_SHEET = 'Scorecard';
/** A1 starts with this, so we only ever replace a sheet Cruscotto wrote */
export const SCORECARD_MARK = 'Scorecard Cruscotto';
export const GRADE_FORMAT = '0.00%';
export const TABLE_HEADERS = ['Codice', 'Obiettivo', 'Peso', 'Grado', 'Stato', 'Errori', 'Avvisi'];
const WIDTH = TABLE_HEADERS.length;
/** chart data sits right of the tables: columns I:J */
export const CHART_DATA_COL = 8;
/** traffic lights: green from 99.5%, yellow from 70%, red below */
export const GREEN_FROM = 0.995;
export const YELLOW_FROM = 0.7;

export interface ScorecardLayout {
  title: string;
  /** rows of A:G from A1 */
  rows: CellValue[][];
  formats: (string | null)[][];
  bold: number[];
  /** one per area with objectives: header row index, data rows */
  tables: { name: string; top: number; dataRows: number }[];
  /** rows holding a grade in column D outside tables (area lines, total) */
  gradeLines: number[];
  /** objective labels and grades for the chart, written at I3 */
  chart: CellValue[][] | null;
}

function label(code: string | null, title: string): string {
  const t = title.length > 48 ? `${title.slice(0, 47)}…` : title;
  return code ? `${code} ${t}` : t;
}

export function layoutScorecard(card: Scorecard): ScorecardLayout {
  const rows: CellValue[][] = [];
  const formats: (string | null)[][] = [];
  const bold: number[] = [];
  const tables: ScorecardLayout['tables'] = [];
  const gradeLines: number[] = [];
  const line = (cells: CellValue[], fmt: (string | null)[] = []) => {
    rows.push(Array.from({ length: WIDTH }, (_, i) => (cells[i] === undefined ? null : cells[i])));
    formats.push(Array.from({ length: WIDTH }, (_, i) => fmt[i] ?? null));
    return rows.length - 1;
  };
  const title = `${SCORECARD_MARK} — foglio «${card.sheet}»`;
  bold.push(line([title]));
  line([`Schema: ${card.layout} · Politica: ${card.policy} · ${card.total.objectives} obiettivi, ${card.total.indicators} indicatori`]);
  line([]);
  const chart: CellValue[][] = [['Obiettivo', 'Grado']];
  card.areas.forEach((area, i) => {
    const at = line([`Area: ${area.name}`, null, null, area.grade, area.status], [null, null, null, GRADE_FORMAT]);
    bold.push(at);
    gradeLines.push(at);
    if (area.rows.length === 0) {
      line(['Nessun obiettivo in quest’area.']);
    } else {
      const top = line(TABLE_HEADERS);
      for (const r of area.rows) {
        line([r.code, r.title, r.weight, r.grade, r.status, r.errors, r.warnings], [null, null, GRADE_FORMAT, GRADE_FORMAT]);
        if (r.grade !== null) chart.push([label(r.code, r.title), r.grade]);
      }
      tables.push({ name: `Cruscotto_Area_${i + 1}`, top, dataRows: area.rows.length });
    }
    line([]);
  });
  const t = card.total;
  const total = line(['Totale', `${t.objectives} obiettivi · ${t.indicators} indicatori`, null, t.grade, t.status, t.errors, t.warnings], [null, null, null, GRADE_FORMAT]);
  bold.push(total);
  gradeLines.push(total);
  return { title, rows, formats, bold, tables, gradeLines, chart: chart.length > 1 ? chart : null };
}

function addTrafficLights(range: Excel.Range): void {
  const cf = range.conditionalFormats.add('IconSet');
  cf.iconSet.style = 'ThreeTrafficLights1';
  // the first criterion is the lowest band and takes no value (as in the Office.js samples)
  cf.iconSet.criteria = [
    {} as Excel.ConditionalIconCriterion,
    { type: 'Number', operator: 'GreaterThanOrEqual', formula: `=${YELLOW_FROM}` },
    { type: 'Number', operator: 'GreaterThanOrEqual', formula: `=${GREEN_FROM}` },
  ];
}

/** Queue the whole scorecard on a new sheet (the caller deletes the old one first, in the same batch). */
export function queueScorecard(ctx: Excel.RequestContext, layout: ScorecardLayout): void {
  const sheet = ctx.workbook.worksheets.add(SCORECARD_SHEET);
  const block = sheet.getRangeByIndexes(0, 0, layout.rows.length, WIDTH);
  block.numberFormat = layout.formats;
  block.values = layout.rows.map((r) => r.map(cellInput));
  for (const r of layout.bold) sheet.getRangeByIndexes(r, 0, 1, WIDTH).format.font.bold = true;
  sheet.getRange('A1').format.font.size = 14;
  for (const t of layout.tables) {
    const table = sheet.tables.add(sheet.getRangeByIndexes(t.top, 0, t.dataRows + 1, WIDTH), true);
    table.name = t.name;
    table.style = 'TableStyleMedium2';
    addTrafficLights(sheet.getRangeByIndexes(t.top + 1, 3, t.dataRows, 1));
  }
  for (const r of layout.gradeLines) addTrafficLights(sheet.getRangeByIndexes(r, 3, 1, 1));
  sheet.getRangeByIndexes(0, 0, layout.rows.length, WIDTH).format.autofitColumns();
  sheet.getRange('B:B').format.columnWidth = 320;
  if (layout.chart) {
    const data = sheet.getRangeByIndexes(2, CHART_DATA_COL, layout.chart.length, 2);
    data.numberFormat = layout.chart.map(() => [null, GRADE_FORMAT]);
    data.values = layout.chart.map((r) => r.map(cellInput));
    const chart = sheet.charts.add('BarClustered', data, 'Columns');
    chart.title.text = 'Grado di raggiungimento per obiettivo';
    chart.legend.visible = false;
    chart.setPosition('L3', 'T24');
  }
  sheet.activate();
  sheet.getRange('A1').select();
}
