import * as React from 'react';
import { CruscottoApp } from '../app/addin';
import { columnLetters } from '../core/grid';
import type { FakeWorkbook } from '../fake-excel';
import { App } from '../taskpane/App';
import { cellText } from '../core/values';
import type { PreviewBook } from './data';

const BACKUP_SHEET = '_cruscotto_backup';

/** Every cell of every sheet but our backup: values, formulas, formats, visibility (tests compare these). */
export function snapshotOf(wb: FakeWorkbook): string {
  return JSON.stringify(
    wb.sheets
      .filter((s) => s.name !== BACKUP_SHEET)
      .map((s) => {
        const r = s.usedRect(false);
        const cells: unknown[] = [];
        if (r) for (let i = r.row; i < r.row + r.rows; i++) for (let j = r.col; j < r.col + r.cols; j++) cells.push([s.value(i, j), s.formula(i, j), s.format(i, j)]);
        return { name: s.name, visibility: s.visibility, rect: r, cells };
      }),
  );
}

/** A read-only rendering of the active sheet, so the grades can be seen arriving. Text only, never HTML. */
function SheetTable({ wb, tick }: { wb: FakeWorkbook; tick: number }): React.JSX.Element {
  const sheet = wb.active ?? wb.sheets[0];
  const r = sheet?.usedRect(false);
  const sel = wb.selection && wb.selection.sheet === sheet?.name ? wb.selection.address.replace(/\$/g, '') : null;
  if (!sheet || !r) return <p>Foglio vuoto.</p>;
  const rows = Math.min(r.rows, 600);
  return (
    <table className="sheet" aria-label={`Foglio ${sheet.name}`} data-tick={tick}>
      <thead>
        <tr>
          <th />
          {Array.from({ length: r.cols }, (_, j) => (
            <th key={j} scope="col">
              {columnLetters(r.col + j)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {Array.from({ length: rows }, (_, i) => (
          <tr key={i}>
            <th scope="row">{r.row + i + 1}</th>
            {Array.from({ length: r.cols }, (_, j) => {
              const addr = `${columnLetters(r.col + j)}${r.row + i + 1}`;
              const v = sheet.value(r.row + i, r.col + j);
              return (
                <td key={j} data-cell={addr} className={addr === sel ? 'selected' : undefined} title={addr}>
                  {cellText({ value: v, format: sheet.format(r.row + i, r.col + j) })}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function Preview({ app, wb, books, book }: { app: CruscottoApp; wb: FakeWorkbook; books: PreviewBook[]; book: PreviewBook }): React.JSX.Element {
  const [tick, setTick] = React.useState(0);
  React.useEffect(() => {
    // the fake changes under the pane's actions; repaint the sheet view now and then
    const t = setInterval(() => setTick((x) => x + 1), 400);
    return () => clearInterval(t);
  }, []);
  const go = (wbFile: string, sheet?: string) => {
    const p = new URLSearchParams({ wb: wbFile });
    if (sheet) p.set('sheet', sheet);
    location.search = p.toString();
  };
  return (
    <div className="preview">
      <style>{CSS}</style>
      <header className="bar">
        <strong>Anteprima di Cruscotto senza Excel</strong>
        <label>
          Cartella di lavoro{' '}
          <select value={book.file} onChange={(e) => go(e.target.value)}>
            {books.map((b) => (
              <option key={b.file}>{b.file}</option>
            ))}
          </select>
        </label>
        <label>
          Foglio attivo{' '}
          <select value={wb.active?.name ?? ''} onChange={(e) => go(book.file, e.target.value)}>
            {wb.sheets
              .filter((s) => s.visibility === 'Visible')
              .map((s) => (
                <option key={s.name}>{s.name}</option>
              ))}
          </select>
        </label>
      </header>
      <div className="split">
        <aside className="pane" aria-label="Riquadro Cruscotto">
          <App app={app} lang="it" />
        </aside>
        <main className="grid" aria-label="Contenuto del foglio">
          <SheetTable wb={wb} tick={tick} />
        </main>
      </div>
    </div>
  );
}

const CSS = `
body { margin: 0; font-family: 'Segoe UI', system-ui, sans-serif; }
.bar { display: flex; gap: 16px; align-items: center; padding: 8px 12px; background: #0f6cbd; color: white; flex-wrap: wrap; }
.bar select { max-width: 22em; }
.split { display: flex; height: calc(100vh - 48px); }
.pane { width: 360px; min-width: 320px; border-right: 1px solid #ddd; overflow: auto; }
.grid { flex: 1; overflow: auto; }
table.sheet { border-collapse: collapse; font-size: 12px; }
table.sheet th { background: #f3f3f3; position: sticky; top: 0; font-weight: normal; color: #555; }
table.sheet td, table.sheet th { border: 1px solid #e0e0e0; padding: 2px 4px; max-width: 16em; overflow: hidden; white-space: nowrap; text-overflow: ellipsis; }
table.sheet td.selected { outline: 2px solid #107c10; background: #dff6dd; }
`;
