import * as path from 'path';
import { XlsxWorkbook } from '../../../src/workbook/xlsx';
import { recognise } from '../../../src/core/recognise';
import type { SheetPlan } from '../../../src/core/plan';

/**
 * Counts established by reading the seeds (shared/seeds) and the fixture sheets row by row.
 * "objectives" counts objectives that directly hold indicators; "indicators" counts indicator rows.
 *
 * - 002 obiettivi operativi 2023: one objective per OBIETTIVO OPERATIVO line coded "NN.NN - …" (01.01 … 14.02):
 *   83; one indicator per row with text under INDICATORE: 101 (07.01 has 5, 09.14 has 6, 09.19 has 3, …).
 * - 001 PIAO 2025: one objective per "Indicatori | Tipologia | UdM | Stato 2024 | Target…" table: 5 obiettivi
 *   comuni (01_01_UIC01 … 03_01_UIC03) and 20 OS blocks ("Codice: 01_01_OS01", "Obiettivo: 03_01_OS01 …"): 25;
 *   169 indicator rows (3+4+4+4+7+5+6+3+7+4+3+6+5+5+7+8+8+12+8+12+9+7+15+10+7, one table each).
 * - 000 cruscotto strategico 2021, part 1: 14 strategic objectives ("1. …" to "14. …" heading a row of years
 *   2016–2021) with 54 indicator rows (3+7+2+1+4+3+7+1+11+2+4+2+3+4); part 2 (the operative table under
 *   "Obiettivi strategici | … | Obiettivi operativi | Indicatori | Target"): 81 indicator rows, each a row with an
 *   indicator and its target. The PDF export shifted some rows one column (80, 81, 83, 84 and 101 to the left;
 *   87-94, 151, 178 to the right): they are read where their target is, not where the heading is.
 * - 003 piano della performance 2021: one objective per "Obiettivo strategico/operativo/individuale" line
 *   (8, 19, 21), each followed by its "Indicatore | Algoritmo | …" table — except operative objective 2.3.1,
 *   whose table the export laid out one cell per row (rows 116-127): no table to read, so 18 objectives with
 *   indicators on that sheet. Indicators wrapped over two rows (name continued, "%" units, ">=" then "90,00 %")
 *   are one indicator.
 * - 004 PIRA 2019: 17 "Obiettivo | Titolo" blocks holding 44 "Indicatore" lines (each with its Tipologia
 *   table and its "Risultato anno" line).
 */
const fx = (f: string) => path.join(__dirname, '../../fixtures', f);

async function plans(file: string): Promise<Map<string, SheetPlan | null>> {
  const wb = await XlsxWorkbook.open(fx(file));
  const out = new Map<string, SheetPlan | null>();
  for (const s of await wb.sheetNames()) out.set(s, recognise(await wb.readSheet(s)));
  return out;
}

function counts(p: SheetPlan | null | undefined) {
  const withInd = (p?.objectives ?? []).filter((o) => o.indicators.length > 0);
  return { objectives: withInd.length, indicators: withInd.reduce((s, o) => s + o.indicators.length, 0) };
}

describe('recognition on the fixture workbooks', () => {
  it('002 obiettivi operativi consuntivo 2023', async () => {
    const p = (await plans('obiettivi-operativi-consuntivo-2023.xlsx')).get('Obiettivi operativi');
    expect(p?.layout).toBe('consuntivo-gerarchico');
    expect(counts(p)).toEqual({ objectives: 83, indicators: 101 });
    expect(p?.hasActuals).toBe(true);
    const o = p!.objectives.find((x) => x.code === '09.12')!;
    expect(o.level).toBe('operative');
    expect(o.indicators.map((i) => i.weight?.kind === 'number' && i.weight.value)).toEqual([0.5556, 0.4444]);
    // hierarchy: 09.12 -> 09 (strategic) -> 032 (area) -> BSC4 (area)
    const byId = new Map(p!.objectives.map((x) => [x.id, x]));
    const chain: string[] = [];
    for (let x = byId.get(o.parentId!); x; x = x.parentId ? byId.get(x.parentId) : undefined) chain.push(x.code ?? x.title);
    expect(chain).toEqual(['09', '032', 'BSC4']);
  });

  it('001 PIAO 2025 valore pubblico', async () => {
    const p = (await plans('piao-2025-valore-pubblico.xlsx')).get('Valore pubblico');
    expect(p?.layout).toBe('piao-valore-pubblico');
    expect(counts(p)).toEqual({ objectives: 25, indicators: 169 });
    expect(p?.hasActuals).toBe(false);
    const os = p!.objectives.find((x) => x.code === '01_01_OS01')!;
    expect(os.title).toMatch(/doppia transizione/);
    expect(os.indicators).toHaveLength(5);
    expect(os.indicators.every((i) => i.weight?.kind === 'number' && Math.abs(i.weight.value - 0.2) < 1e-9)).toBe(true);
    const uic = p!.objectives.find((x) => x.code === '02_01_UIC01')!;
    const first = uic.indicators[0];
    expect(first.target).toMatchObject({ kind: 'target', op: '>=' });
    expect(first.weight).toMatchObject({ kind: 'number', value: 0.25 });
  });

  it('003 piano della performance 2021: three sheets', async () => {
    const ps = await plans('piano-performance-2021.xlsx');
    expect(counts(ps.get('Obiettivi strategici')).objectives).toBe(8);
    expect(counts(ps.get('Obiettivi operativi')).objectives).toBe(18);
    const s21 = ps.get('Obiettivi strategici')!.objectives.find((o) => o.code === '2.3')!;
    // ">=" on one row, "90,00 %" on the next: one indicator with the whole target
    expect(s21.indicators).toHaveLength(1);
    expect(s21.indicators[0].target).toMatchObject({ kind: 'target', op: '>=', value: { value: 0.9 } });
    const ind = ps.get('Obiettivi individuali');
    expect(counts(ind).objectives).toBe(21);
    // individual objectives carry their own weight ("Peso: 33,33 %") under the person they belong to
    const sg = ind!.objectives.filter((o) => o.level === 'individual' && o.code?.startsWith('SG_'));
    expect(sg.map((o) => o.weight?.kind === 'number' && o.weight.value)).toEqual([0.15, 0.25, 0.6]);
  });

  it('004 PIRA consuntivo 2019', async () => {
    const p = (await plans('pira-consuntivo-2019.xlsx')).get('PIRA 2019');
    expect(p?.layout).toBe('pira');
    expect(counts(p)).toEqual({ objectives: 17, indicators: 44 });
    expect(p?.hasActuals).toBe(true);
  });

  it('000 cruscotto strategico 2021', async () => {
    const p = (await plans('cruscotto-strategico-2021.xlsx')).get('Cruscotto');
    expect(p?.layout).toBe('cruscotto-strategico');
    const strategic = p!.objectives.filter((o) => o.level === 'strategic' && o.indicators.length > 0 && o.row < 77);
    expect(strategic).toHaveLength(14);
    expect(strategic.reduce((s, o) => s + o.indicators.length, 0)).toBe(54);
    const part2 = p!.objectives.filter((o) => o.row >= 77).flatMap((o) => o.indicators);
    expect(part2).toHaveLength(81);
    const byRow = new Map(part2.map((i) => [i.row, i]));
    expect(byRow.get(80)?.targetCell).toBe('F80'); // shifted left
    expect(byRow.get(87)?.targetCell).toBe('H87'); // shifted right
    expect(byRow.get(79)?.targetCell).toBe('G79');
  });
});
