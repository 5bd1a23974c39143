/**
 * The built task pane in a real browser (Debian Chromium via playwright-core), hosted by the preview page
 * against the strict fake of the Excel object model loaded with each fixture workbook. What the pane lists,
 * selects and writes is compared with the engine run in Node on the same sheet: no hard-coded answers.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { analyseGrid, gradeEdits, policyOrDefault } from '../../src/app/analyse';
import { a1 } from '../../src/core/grid';
import { XlsxWorkbook } from '../../src/workbook/xlsx';
import { writePreviewData } from '../../scripts/preview-data';
import { serveStatic, type StaticServer } from '../../scripts/static-server';

const ROOT = path.join(__dirname, '../..');
const CHROMIUM = '/usr/bin/chromium';
const SHOTS = path.join(ROOT, 'test-artifacts/screenshots');
const FIXTURES = fs.readdirSync(path.join(ROOT, 'test/fixtures')).filter((f) => f.endsWith('.xlsx')).sort();

let out = '';
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`Chromium non trovato in ${CHROMIUM}: installa il pacchetto Debian «chromium» (lo fa .ci/run).`);
  out = fs.mkdtempSync(path.join(os.tmpdir(), 'cruscotto-pane-'));
  const r = spawnSync(process.execPath, [path.join(ROOT, 'node_modules/webpack-cli/bin/cli.js'), '--mode', 'development', '--output-path', out], { cwd: ROOT, encoding: 'utf8', timeout: 300_000 });
  if (r.status !== 0) throw new Error(`webpack: ${r.stdout}${r.stderr}`.slice(-3000));
  await writePreviewData(out);
  server = await serveStatic(out, 0);
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
  fs.mkdirSync(SHOTS, { recursive: true });
}, 360_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (out) fs.rmSync(out, { recursive: true, force: true });
});

type Hook = {
  ribbon(action: 'valida' | 'scriviGradi' | 'inserisciScorecard' | 'ripristina'): Promise<void>;
  snapshot(): string;
  selection(): { sheet: string; address: string } | null;
  sheetNames(): string[];
  cell(sheet: string, row: number, col: number): { value: unknown; format: string };
  tables(sheet: string): { name: string; rows: number; cols: number }[];
};
/** call one of the preview page's test hooks (window.__cruscotto) */
function hook<K extends keyof Hook>(page: Page, name: K, ...args: Parameters<Hook[K]>): Promise<ReturnType<Hook[K]>> {
  return page.evaluate(([n, a]) => (window as any).__cruscotto[n](...a), [name, args] as const) as Promise<ReturnType<Hook[K]>>;
}

async function open(file: string, sheet: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${server.url}/preview.html?wb=${encodeURIComponent(file)}&sheet=${encodeURIComponent(sheet)}`);
  await page.getByRole('button', { name: /^Valida/ }).waitFor();
  (page as unknown as { errors: string[] }).errors = errors;
  return page;
}

/** click an action and wait until the pane has announced its outcome; returns what it said */
async function click(page: Page, name: RegExp): Promise<string> {
  const said = () => page.evaluate(() => [...document.querySelectorAll('[data-testid="live"], [data-testid="notice"]')].map((e) => (e as HTMLElement).innerText).join(' | '));
  const before = await said();
  await page.getByRole('button', { name }).click();
  await page.waitForFunction(
    (prev) => !document.querySelector('[data-testid="busy"]') && [...document.querySelectorAll('[data-testid="live"], [data-testid="notice"]')].map((e) => (e as HTMLElement).innerText).join(' | ') !== prev,
    before,
  );
  return said();
}

/** the plan sheet of each fixture the pane is opened on: the first sheet the engine recognises */
async function firstPlanSheet(file: string) {
  const wb = await XlsxWorkbook.open(path.join(ROOT, 'test/fixtures', file));
  for (const s of await wb.sheetNames()) {
    const a = analyseGrid(await wb.readSheet(s), policyOrDefault());
    if (a.plan) return a;
  }
  throw new Error(`nessun piano in ${file}`);
}

describe.each(FIXTURES)('task pane on %s', (file) => {
  it('Valida lists the engine findings; a finding selects its cell; Scrivi gradi, Ripristina, Inserisci scorecard', async () => {
    const expected = await firstPlanSheet(file);
    const page = await open(file, expected.sheet);
    const original = await hook(page, 'snapshot');

    await click(page, /^Valida/);
    const listed = await page.getByTestId('finding').evaluateAll((els) => els.map((e) => `${e.getAttribute('data-code')}@${e.getAttribute('data-cell')}`));
    expect(listed.sort()).toEqual(expected.findings.map((f) => `${f.code}@${f.cell}`).sort());
    await expect(page.getByTestId('layout').getAttribute('data-layout')).resolves.toBe(expected.plan!.layout);
    await page.screenshot({ path: path.join(SHOTS, `${file.replace(/\.xlsx$/, '')}-valida.png`) });

    if (expected.findings.length > 0) {
      const f = expected.findings[expected.findings.length - 1];
      await page.locator(`[data-testid="finding"][data-cell="${f.cell}"]`).first().click();
      await expect(hook(page, 'selection')).resolves.toEqual({ sheet: f.sheet, address: expect.stringMatching(new RegExp(`^(.*!)?\\$?${f.cell.replace(/(\d)/, '\\$?$1')}$`)) });
    }

    const edits = gradeEdits(expected);
    const msg = await click(page, /^Scrivi gradi/);
    if (edits.length === 0) {
      expect(await hook(page, 'snapshot')).toBe(original);
      expect(msg).toMatch(/consuntivo|nessun grado/i);
    } else {
      expect(msg).toMatch(/Scritti \d+ gradi/);
      const numeric = edits.filter((e) => typeof e.value === 'number');
      for (const e of numeric.slice(0, 40)) {
        const got = await hook(page, 'cell', expected.sheet, e.row, e.col);
        expect([a1(e.row, e.col), got.value, got.format]).toEqual([a1(e.row, e.col), e.value, '0.00%']);
      }
      await page.screenshot({ path: path.join(SHOTS, `${file.replace(/\.xlsx$/, '')}-gradi.png`) });
      await click(page, /^Ripristina/);
      expect(await hook(page, 'snapshot')).toBe(original);
    }

    await click(page, /^Inserisci scorecard/);
    expect(await hook(page, 'sheetNames')).toContain('Scorecard');
    const tables = await hook(page, 'tables', 'Scorecard');
    expect(tables.length).toBeGreaterThan(0);
    expect((page as unknown as { errors: string[] }).errors).toEqual([]);
    await page.close();
  });
});

describe('ribbon buttons', () => {
  it('Valida on the ribbon validates the active sheet and the pane shows its findings and counts', async () => {
    const page = await open('obiettivi-operativi-consuntivo-2023.xlsx', 'Obiettivi operativi');
    await hook(page, 'ribbon', 'valida');
    await page.getByTestId('finding').first().waitFor();
    const cells = await page.getByTestId('finding').evaluateAll((els) => els.map((e) => e.getAttribute('data-cell')));
    expect(cells.sort()).toEqual(['K199', 'K200']);
    expect(await page.getByTestId('notice').last().innerText()).toMatch(/0 errori, 2 avvisi/);
    await hook(page, 'ribbon', 'scriviGradi');
    await page.waitForFunction(() => /Scritti \d+ gradi/.test(document.body.innerText));
    expect((await hook(page, 'cell', 'Obiettivi operativi', 199, 10)).value).toBe(0);
    await page.close();
  });
});

describe('keyboard and safety', () => {
  it('Tab reaches Valida and Enter runs it; workbook text is shown as text, never as HTML', async () => {
    const page = await open('obiettivi-operativi-consuntivo-2023.xlsx', 'Obiettivi operativi');
    // markup in an objective title, as a hostile workbook could hold
    const evil = '<img src=x onerror="window.__injected=true">01.01 - titolo';
    await page.evaluate((t) => {
      (window as any).__injected = false;
      (window as any).__cruscotto.setValue('Obiettivi operativi', 7, 3, t);
    }, evil);
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab');
      const name = await page.evaluate(() => document.activeElement?.textContent ?? '');
      if (/^Valida/.test(name)) break;
    }
    expect(await page.evaluate(() => document.activeElement?.textContent)).toMatch(/^Valida/);
    await page.keyboard.press('Enter');
    await page.getByTestId('finding').first().waitFor();
    expect(await page.getByTestId('finding').count()).toBeGreaterThan(0);
    await page.getByTestId('grades').waitFor();
    expect(await page.getByTestId('grades').innerText()).toContain('<img src=x onerror=');
    expect(await page.evaluate(() => (window as any).__injected)).toBe(false);
    expect(await page.locator('[data-testid="grades"] img').count()).toBe(0);
    await page.close();
  });
});
