/**
 * The sample workbooks as JSON for the preview page (dist/preview-data.json): each sheet's used range with
 * values, number formats, formulas and merges, exactly as the xlsx adapter reads them.
 *   ts-node --transpile-only scripts/preview-data.ts [outDir=dist]
 */
import * as fs from 'fs';
import * as path from 'path';
import { a1 } from '../src/core/grid';
import type { PreviewBook } from '../src/preview/data';
import { XlsxWorkbook } from '../src/workbook/xlsx';

const ROOT = path.join(__dirname, '..');
export const SAMPLE_DIRS = [path.join(ROOT, 'test/fixtures'), path.join(ROOT, 'test/fixtures/generated')];

export async function previewBooks(dirs = SAMPLE_DIRS): Promise<PreviewBook[]> {
  const books: PreviewBook[] = [];
  for (const dir of dirs) {
    if (!fs.existsSync(dir)) continue;
    for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.xlsx')).sort()) {
      const wb = await XlsxWorkbook.open(path.join(dir, file));
      const sheets: PreviewBook['sheets'] = [];
      for (const name of await wb.sheetNames()) {
        const g = await wb.readSheet(name);
        const formats: Record<string, string> = {};
        const formulas: Record<string, string> = {};
        g.values.forEach((row, r) =>
          row.forEach((_, c) => {
            const f = g.formats[r][c];
            if (f && f !== 'General') formats[a1(g.top + r, g.left + c)] = f;
            const fx = g.formulas[r][c];
            if (fx) formulas[a1(g.top + r, g.left + c)] = fx;
          }),
        );
        const merges = g.merges.map((m) => `${a1(m.top, m.left)}:${a1(m.bottom, m.right)}`);
        sheets.push({ name, top: g.top, left: g.left, rows: g.values, formats, formulas, merges });
      }
      books.push({ file, sheets });
    }
  }
  return books;
}

export async function writePreviewData(outDir: string): Promise<string> {
  const out = path.join(outDir, 'preview-data.json');
  fs.mkdirSync(outDir, { recursive: true });
  fs.writeFileSync(out, JSON.stringify(await previewBooks()));
  return out;
}

if (require.main === module) {
  writePreviewData(process.argv[2] ?? path.join(ROOT, 'dist')).then((f) => console.log(`Dati di anteprima: ${f}`));
}
