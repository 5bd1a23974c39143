/**
 * A strict in-memory fake of the Excel JavaScript API (the subset Cruscotto uses) and of `Office`.
 * Plain TypeScript, no DOM and no Node APIs: tests use it, and the browser preview page can bundle it.
 *
 *   const wb = new FakeWorkbook([{ name: 'Piano', rows: [['Codice', 'Peso'], ['01.01', 0.5]] }]);
 *   const fake = createFakeExcel(wb);
 *   await fake.run({ delayForCellEdit: true }, async (ctx) => { ... });   // typed like Excel.run
 *   fake.stats.syncs; wb.sheet('Piano').value(1, 1);
 */
import { FakeRequestContext, type FakeStats, type Host, PAYLOAD_LIMIT, type RunOptionsLike, newStats } from './proxies';
import type { FakeWorkbook } from './host';

export { FakeWorkbook, FakeSheet, coerceText, evaluate } from './host';
export type { CellValue, SheetInit, SheetVisibility, TableRecord, ChartRecord, ConditionalFormatRecord } from './host';
export { FakeOfficeError, MESSAGES } from './errors';
export type { FakeErrorCode } from './errors';
export { PAYLOAD_LIMIT, ACTION_OVERHEAD, MERGED_AREAS_LIMIT, jsonBytes } from './proxies';
export type { FakeStats, SyncRecord } from './proxies';
export { parseRef, formatRef, sheetAddress, quoteSheetName, columnName } from './address';

export interface FakeExcelOptions {
  /** payload limit per request and per response (default 5 MB, as Excel on the web) */
  payloadLimit?: number;
  /** action kinds that Excel cannot group into one undo step (e.g. 'worksheet.delete') */
  undoNotSupported?: string[];
}

type Batch<T> = (context: Excel.RequestContext) => Promise<T>;

export interface FakeExcelRun {
  <T>(batch: Batch<T>): Promise<T>;
  <T>(options: Excel.RunOptions, batch: Batch<T>): Promise<T>;
}

export interface FakeExcel {
  /** typed like Excel.run: the adapter receives this instead of the global */
  run: FakeExcelRun;
  stats: FakeStats;
  workbook: FakeWorkbook;
  /** true while the user is typing in a cell: batches fail, or wait with delayForCellEdit */
  setEditMode(on: boolean): void;
  /** a global-like namespace: run plus the enums the adapter may read */
  Excel: {
    run: FakeExcelRun;
    SheetVisibility: { visible: 'Visible'; hidden: 'Hidden'; veryHidden: 'VeryHidden' };
    ConditionalFormatType: { iconSet: 'IconSet'; cellValue: 'CellValue'; colorScale: 'ColorScale' };
    ChartType: { barClustered: 'BarClustered'; columnClustered: 'ColumnClustered' };
    ChartSeriesBy: { auto: 'Auto'; columns: 'Columns'; rows: 'Rows' };
  };
  resetStats(): void;
}

export function createFakeExcel(workbook: FakeWorkbook, options: FakeExcelOptions = {}): FakeExcel {
  let waiters: (() => void)[] = [];
  const host: Host = {
    workbook,
    stats: newStats(),
    payloadLimit: options.payloadLimit ?? PAYLOAD_LIMIT,
    editMode: false,
    undoNotSupported: options.undoNotSupported ?? [],
    waitForEditModeExit: () => new Promise<void>((resolve) => waiters.push(resolve)),
  };

  async function runImpl<T>(a: RunOptionsLike | Batch<T>, b?: Batch<T>): Promise<T> {
    const opts: RunOptionsLike = typeof a === 'function' ? {} : a;
    const batch = typeof a === 'function' ? a : b;
    if (typeof batch !== 'function') throw new TypeError('Excel.run needs a batch function');
    host.stats.runs++;
    if (opts.mergeUndoGroup) host.stats.mergeUndoGroupRuns++;
    const ctx = new FakeRequestContext(host, opts);
    const result = await batch(ctx as unknown as Excel.RequestContext);
    await ctx.sync(); // Excel.run flushes what is still queued (a no-op when nothing is)
    return result;
  }
  const run = runImpl as FakeExcelRun;

  return {
    run,
    get stats() {
      return host.stats;
    },
    workbook,
    setEditMode(on: boolean) {
      host.editMode = on;
      if (!on) {
        const w = waiters;
        waiters = [];
        w.forEach((f) => f());
      }
    },
    Excel: {
      run,
      SheetVisibility: { visible: 'Visible', hidden: 'Hidden', veryHidden: 'VeryHidden' },
      ConditionalFormatType: { iconSet: 'IconSet', cellValue: 'CellValue', colorScale: 'ColorScale' },
      ChartType: { barClustered: 'BarClustered', columnClustered: 'ColumnClustered' },
      ChartSeriesBy: { auto: 'Auto', columns: 'Columns', rows: 'Rows' },
    },
    resetStats() {
      host.stats = newStats();
    },
  };
}

/* ---------------- Office ---------------- */

export interface FakeOffice {
  context: { requirements: { isSetSupported(name: string, minVersion?: string | number): boolean } };
  onReady(callback?: (info: { host: string; platform: string }) => void): Promise<{ host: string; platform: string }>;
  /** change the supported requirement sets, e.g. { ExcelApi: '1.20' } */
  setRequirementSets(sets: Record<string, string>): void;
}

function versionParts(v: string | number): number[] {
  return String(v)
    .split('.')
    .map((x) => Number(x) || 0);
}

function atLeast(have: string, want: string | number): boolean {
  const a = versionParts(have);
  const b = versionParts(want);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    if (x !== y) return x > y;
  }
  return true;
}

export function createFakeOffice(sets: Record<string, string> = { ExcelApi: '1.17' }): FakeOffice {
  let current = { ...sets };
  const info = { host: 'Excel', platform: 'PC' };
  return {
    context: {
      requirements: {
        isSetSupported(name: string, minVersion?: string | number): boolean {
          const have = current[name];
          if (have === undefined) return false;
          return minVersion === undefined ? true : atLeast(have, minVersion);
        },
      },
    },
    onReady(callback) {
      if (callback) callback(info);
      return Promise.resolve(info);
    },
    setRequirementSets(s) {
      current = { ...s };
    },
  };
}
