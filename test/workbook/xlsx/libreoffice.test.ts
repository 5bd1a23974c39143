/**
 * Proof that what the ExcelJS adapter writes is a workbook another spreadsheet program reads:
 * LibreOffice converts the saved file to CSV (one file per sheet, values as displayed) and to flat ODS.
 * LibreOffice is required: CI installs it (.ci/run); a missing soffice fails this test with a clear message.
 */
import { execFile } from 'child_process';
import { promises as fs } from 'fs';
import * as path from 'path';
import { promisify } from 'util';
import { parseA1 } from '../../../src/core/grid';
import type { CellEdit } from '../../../src/workbook/port';
import { SCORECARD_SHEET, XlsxWorkbook } from '../../../src/workbook/xlsx';
import { FIXTURES, GENERATED, sampleScorecard, tempDir } from './helpers';

const run = promisify(execFile);
const SOFFICE = process.env.SOFFICE ?? 'soffice';
// 44 = ',' separator, 34 = '"' quotes, 76 = UTF-8, from line 1, ..., 9th token true = "save cell contents as shown",
// last token -1 = every sheet to <name>-<Sheet>.csv (LibreOffice >= 7.2)
const CSV_FILTER = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1';

async function sofficeVersion(): Promise<[number, number]> {
  let out: string;
  try {
    out = (await run(SOFFICE, ['--version'], { timeout: 60_000 })).stdout;
  } catch (e) {
    throw new Error(
      `LibreOffice non trovato («${SOFFICE} --version» fallito: ${(e as Error).message}). ` +
        'Installare il pacchetto libreoffice-calc-nogui (la CI lo installa in .ci/run) oppure impostare SOFFICE.',
    );
  }
  const m = /LibreOffice (\d+)\.(\d+)/.exec(out);
  if (!m) throw new Error(`Versione di LibreOffice non riconosciuta: ${out.trim()}`);
  return [Number(m[1]), Number(m[2])];
}

async function convert(file: string, filter: string, outdir: string, profile: string): Promise<void> {
  await run(SOFFICE, [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', filter, '--outdir', outdir, file], {
    timeout: 180_000,
    // a fixed locale: numbers come out either 97.87% (en) or 97,87% (it); both are accepted below
    env: { ...process.env, LC_ALL: 'C.UTF-8', LANG: 'C.UTF-8', HOME: profile },
  });
}

/** minimal CSV parser (quoted fields, doubled quotes, newlines inside quotes) */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

const cellOf = (rows: string[][], addr: string): string => {
  const { row, col } = parseA1(addr);
  return rows[row]?.[col] ?? '';
};
const percent = (s: string): string => s.replace(',', '.');

describe('LibreOffice reads what XlsxWorkbook writes', () => {
  let dir: string;
  let profile: string;
  beforeAll(async () => {
    dir = await tempDir('cruscotto-lo-');
    profile = await tempDir('lo-');
  });
  afterAll(async () => {
    await fs.rm(dir, { recursive: true, force: true });
    await fs.rm(profile, { recursive: true, force: true });
  });

  test('soffice is installed and recent enough for per-sheet CSV export', async () => {
    const [major, minor] = await sofficeVersion();
    expect(major > 7 || (major === 7 && minor >= 2)).toBe(true);
  });

  test('grades with 0.00% and a scorecard show up in the CSV of each sheet', async () => {
    await sofficeVersion(); // fails loudly when LibreOffice is missing
    const file = path.join(dir, 'consuntivo 2023.xlsx');
    await fs.copyFile(path.join(FIXTURES, 'obiettivi-operativi-consuntivo-2023.xlsx'), file);
    const wb = await XlsxWorkbook.open(file);
    const sheet = 'Obiettivi operativi';
    const edits: CellEdit[] = [
      { ...parseA1('K9'), value: 0.9787, numberFormat: '0.00%' },
      { ...parseA1('K8'), value: 0.9787, numberFormat: '0.00%' },
      { ...parseA1('K116'), value: 0.5556, numberFormat: '0.00%' },
      { ...parseA1('M3'), value: 'Grado calcolato' },
      { ...parseA1('M9'), value: 1, numberFormat: '0.00%' },
    ];
    expect((await wb.applyEdits(sheet, edits)).written).toBe(edits.length);
    const card = sampleScorecard(sheet);
    await wb.writeScorecard(card);
    await wb.save(file);

    await convert(file, CSV_FILTER, dir, profile);
    const plan = parseCsv(await fs.readFile(path.join(dir, `consuntivo 2023-${sheet}.csv`), 'utf8'));
    expect(percent(cellOf(plan, 'K9'))).toBe('97.87%');
    expect(percent(cellOf(plan, 'K8'))).toBe('97.87%');
    expect(percent(cellOf(plan, 'K116'))).toBe('55.56%');
    expect(cellOf(plan, 'M3')).toBe('Grado calcolato');
    expect(percent(cellOf(plan, 'M9'))).toBe('100.00%');
    // untouched text cells are still there, as typed
    expect(cellOf(plan, 'H9')).toBe('46 N. / 47 N.');
    expect(cellOf(plan, 'K11')).toBe('100,00%');
    expect(cellOf(plan, 'A1')).toBe('Obiettivi operativi con indicatori - Maremma e Tirreno dicembre 2023');

    const sc = parseCsv(await fs.readFile(path.join(dir, `consuntivo 2023-${SCORECARD_SHEET}.csv`), 'utf8'));
    expect(sc[0][0]).toContain(sheet);
    const header = sc.findIndex((r) => r.slice(0, 7).join('|') === 'Codice|Obiettivo|Peso|Grado|Stato|Errori|Avvisi');
    expect(header).toBeGreaterThan(0);
    const r0101 = sc.find((r) => r[0] === '01.01');
    expect(r0101).toBeDefined();
    expect(r0101!.slice(1, 7).map(percent)).toEqual([card.areas[0].rows[0].title, '100.00%', '97.87%', 'Parzialmente raggiunto', '0', '1']);
    const total = sc.find((r) => r[0] === 'Totale');
    expect(percent(total![3])).toBe('82.62%');
  });

  test('a natively typed fixture keeps its formulas; tables and the traffic light reach LibreOffice', async () => {
    const file = path.join(dir, 'native.xlsx');
    const wb = await XlsxWorkbook.open(path.join(GENERATED, 'native-numbers.xlsx'));
    const sheet = 'Obiettivi operativi 2023';
    const g = await wb.readSheet(sheet);
    const row0912 = g.values.findIndex((r) => r[3] === '09.12 - Efficienza nella gestione dei bandi');
    const res = await wb.applyEdits(sheet, [
      { row: row0912, col: 10, value: 0.1, numberFormat: '0.00%' },
      { ...parseA1('K9'), value: 0.9787, numberFormat: '0.00%' },
    ]);
    expect(res.refused.map((r) => r.reason)).toEqual(['formula']);
    await wb.writeScorecard(sampleScorecard(sheet));
    await wb.save(file);

    await convert(file, CSV_FILTER, dir, profile);
    const plan = parseCsv(await fs.readFile(path.join(dir, `native-${sheet}.csv`), 'utf8'));
    expect(percent(cellOf(plan, 'K9'))).toBe('97.87%');
    // LibreOffice recomputes or keeps the cached value: either way the formula's result, not the refused 10%
    expect(percent(plan[row0912][10])).toBe('95.48%');
    expect(plan[row0912 + 2].slice(8, 11).map(percent)).toEqual(['33.40 gg', '<= 30 gg', '89.82%']);

    await convert(file, 'fods', dir, profile);
    const fods = await fs.readFile(path.join(dir, 'native.fods'), 'utf8');
    // the scorecard's Excel tables become database ranges, the conditional formats survive
    expect((fods.match(/<table:database-range /g) ?? []).length).toBeGreaterThanOrEqual(2);
    expect(fods).toMatch(/calcext:conditional-format[^>]*Scorecard/);
    expect(fods).toMatch(/calcext:condition[^>]*0\.995/);
    // the three fills of the traffic light: green, yellow, red
    for (const fill of ['#c6efce', '#ffeb9c', '#ffc7ce']) expect(fods.toLowerCase()).toContain(`background-color="${fill}"`);
  });
});
