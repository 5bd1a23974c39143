import * as React from 'react';
import { createRoot } from 'react-dom/client';
import { CruscottoApp, setSharedApp } from '../app/addin';
import { RIBBON_COMMANDS } from '../commands/commands';
import { createFakeExcel, createFakeOffice, FakeWorkbook } from '../fake-excel';
import { OfficeWorkbook } from '../workbook/office';
import type { PreviewBook } from './data';
import { Preview, snapshotOf } from './Preview';

/**
 * The real task pane on a machine without Excel: the sample workbooks are loaded into the strict fake of the
 * Excel object model and the pane talks to it through the same Office adapter it uses inside Excel.
 * ?wb=<file>&sheet=<name> picks the workbook and the active sheet.
 */
async function main(): Promise<void> {
  const root = createRoot(document.getElementById('root')!);
  let books: PreviewBook[];
  try {
    books = await (await fetch('preview-data.json')).json();
  } catch {
    root.render(<p role="alert">Dati di anteprima mancanti: esegui «npm run preview».</p>);
    return;
  }
  const params = new URLSearchParams(location.search);
  const book = books.find((b) => b.file === params.get('wb')) ?? books.find((b) => b.file.startsWith('obiettivi-operativi')) ?? books[0];
  const wb = new FakeWorkbook(book.sheets, params.get('sheet') ?? undefined);
  const excel = createFakeExcel(wb);
  const app = new CruscottoApp(new OfficeWorkbook(excel, createFakeOffice({ ExcelApi: '1.20' })));
  setSharedApp(app); // the ribbon handlers use the same app, as in Excel's shared runtime
  (window as unknown as { __cruscotto: unknown }).__cruscotto = {
    /** press a ribbon button (manifest FunctionName: valida, scriviGradi, inserisciScorecard, ripristina) */
    ribbon: (action: keyof typeof RIBBON_COMMANDS) => RIBBON_COMMANDS[action](),
    snapshot: () => snapshotOf(wb),
    selection: () => wb.selection,
    sheetNames: () => wb.sheets.map((s) => s.name),
    cell: (sheet: string, row: number, col: number) => ({ value: wb.sheet(sheet).value(row, col), format: wb.sheet(sheet).format(row, col) }),
    syncs: () => excel.stats.syncs,
    /** type into a cell, as a user (or a hostile workbook) would */
    setValue: (sheet: string, row: number, col: number, value: string | number | null) => wb.sheet(sheet).setValue(row, col, value),
    tables: (sheet: string) => (wb.find(sheet)?.tables ?? []).map((t) => ({ name: t.name, rows: t.rect.rows, cols: t.rect.cols })),
  };
  root.render(<Preview app={app} wb={wb} books={books} book={book} />);
}

void main();
