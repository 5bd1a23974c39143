/**
 * Benchmark (`npm run bench`, not a test): how analyseGrid and the xlsx reader scale on a seed-002-like
 * consuntivo of 10,000 and 100,000 indicator rows. Median of 3 timed runs after a warm-up; peak RSS of the
 * process and heap retained by one analysis.
 */
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as v8 from 'v8';
import * as vm from 'vm';
import ExcelJS from 'exceljs';
import type { Grid } from '../src/core/grid';
import { XlsxWorkbook } from '../src/workbook/xlsx';
import { syntheticPlanGrid } from './synthetic';

const SIZES = [10_000, 100_000];
const RUNS = 3;

v8.setFlagsFromString('--expose-gc');
const gc: () => void = (globalThis as { gc?: () => void }).gc ?? vm.runInNewContext('gc');

const mb = (bytes: number) => bytes / 1024 / 1024;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
/** peak resident set size of this process so far (ru_maxrss, kB on Linux) */
const peakRssMb = () => process.resourceUsage().maxRSS / 1024;

interface Row {
  label: string;
  rows: number;
  ms: number;
  heapMb: number;
  peakRssMb: number;
}

function time<T>(fn: () => T): { ms: number; result: T } {
  const t0 = process.hrtime.bigint();
  const result = fn();
  return { ms: Number(process.hrtime.bigint() - t0) / 1e6, result };
}

async function timeAsync<T>(fn: () => Promise<T>): Promise<{ ms: number; result: T }> {
  const t0 = process.hrtime.bigint();
  const result = await fn();
  return { ms: Number(process.hrtime.bigint() - t0) / 1e6, result };
}

/** warm-up once, then RUNS timed runs; heap = what one result keeps alive after a full GC */
function measure(label: string, rows: number, fn: () => unknown): Row {
  fn();
  const times: number[] = [];
  let kept: unknown = null;
  let heap = 0;
  for (let i = 0; i < RUNS; i++) {
    kept = null;
    gc();
    const base = process.memoryUsage().heapUsed;
    const { ms, result } = time(fn);
    times.push(ms);
    kept = result;
    gc();
    heap = Math.max(heap, process.memoryUsage().heapUsed - base);
  }
  void kept;
  return { label, rows, ms: median(times), heapMb: mb(heap), peakRssMb: peakRssMb() };
}

async function writeXlsx(grid: Grid, file: string): Promise<void> {
  // the streaming writer keeps 100k rows from sitting in memory twice
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useStyles: false, useSharedStrings: true });
  const ws = wb.addWorksheet(grid.sheet);
  for (const r of grid.values) ws.addRow(r).commit();
  ws.commit();
  await wb.commit();
}

function table(rows: Row[]): string {
  const head = ['misura', 'righe', 'tempo ms', 'ms / 1k righe', 'heap MB', 'RSS max MB'];
  const body = rows.map((r) => [r.label, r.rows.toLocaleString('it-IT'), r.ms.toFixed(0), ((r.ms / r.rows) * 1000).toFixed(2), r.heapMb.toFixed(1), r.peakRssMb.toFixed(0)]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const fmt = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [fmt(head), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(fmt)].join('\n');
}

function ratioLine(rows: Row[], label: string): string | null {
  const small = rows.find((r) => r.label === label && r.rows === SIZES[0]);
  const big = rows.find((r) => r.label === label && r.rows === SIZES[1]);
  if (!small || !big) return null;
  const f = SIZES[1] / SIZES[0];
  return `${label}: ${SIZES[1] / 1000}k/${SIZES[0] / 1000}k = ${(big.ms / small.ms).toFixed(1)}x (lineare = ${f}x)`;
}

async function main(): Promise<void> {
  console.log(`Node ${process.version}, ${os.cpus().length} CPU, ${os.cpus()[0]?.model ?? ''}`);
  let engine: { analyse: (g: Grid) => { plan: { objectives: { indicators: unknown[] }[] } | null; findings: unknown[] } } | null = null;
  try {
    const { analyseGrid } = await import('../src/app/analyse');
    const { getPolicy } = await import('../src/core/grade/policies');
    const policy = getPolicy('proporzionale');
    if (!policy) throw new Error("politica 'proporzionale' assente");
    engine = { analyse: (g) => analyseGrid(g, policy) };
  } catch (e) {
    console.log(`analyseGrid non misurabile: ${(e as Error).message.split('\n')[0]}`);
  }

  const results: Row[] = [];
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'cruscotto-bench-'));
  try {
    // smallest size first, so the RSS high-water mark of each line says what that size needed
    for (const n of SIZES) {
      gc();
      const base = process.memoryUsage().heapUsed;
      const grid = syntheticPlanGrid(n);
      gc();
      const gridMb = mb(process.memoryUsage().heapUsed - base);
      console.log(`  ${n} indicatori: ${grid.values.length} righe di foglio, griglia ${gridMb.toFixed(1)} MB di heap`);

      // the engine: analyseGrid from the app layer with the default policy
      if (engine) {
        const run = engine.analyse;
        results.push(measure('analyseGrid', n, () => run(grid)));
        const a = run(grid);
        const inds = a.plan?.objectives.reduce((s, o) => s + o.indicators.length, 0) ?? 0;
        console.log(`    analyseGrid: ${inds} indicatori riconosciuti, ${a.findings.length} rilievi`);
      }

      // the ExcelJS adapter: open (unzip + parse) and readSheet (cells -> Grid), timed apart
      const file = path.join(dir, `piano-${n}.xlsx`);
      await writeXlsx(grid, file);
      console.log(`    file xlsx ${mb((await fs.stat(file)).size).toFixed(1)} MB`);
      await (await XlsxWorkbook.open(file)).readSheet(grid.sheet); // warm-up
      const opens: number[] = [];
      const reads: number[] = [];
      let heap = 0;
      for (let i = 0; i < RUNS; i++) {
        gc();
        const before = process.memoryUsage().heapUsed;
        const o = await timeAsync(() => XlsxWorkbook.open(file));
        opens.push(o.ms);
        const r = await timeAsync(() => o.result.readSheet(grid.sheet));
        reads.push(r.ms);
        if (r.result.values.length !== grid.values.length) throw new Error(`readSheet: ${r.result.values.length} righe invece di ${grid.values.length}`);
        gc();
        heap = Math.max(heap, process.memoryUsage().heapUsed - before);
      }
      results.push({ label: 'XlsxWorkbook.open', rows: n, ms: median(opens), heapMb: mb(heap), peakRssMb: peakRssMb() });
      results.push({ label: 'readSheet', rows: n, ms: median(reads), heapMb: mb(heap), peakRssMb: peakRssMb() });
    }
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }

  console.log('');
  console.log(table(results));
  console.log('');
  for (const label of ['analyseGrid', 'XlsxWorkbook.open', 'readSheet']) {
    const l = ratioLine(results, label);
    if (l) console.log(l);
  }
  console.log('heap MB: memoria trattenuta dopo GC (analyseGrid: il risultato; open+readSheet: cartella di lavoro + griglia).');
  console.log('RSS max MB: picco del processo fino a quella misura (ru_maxrss).');
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
