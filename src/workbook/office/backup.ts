/**
 * The backup of overwritten cells lives in the workbook itself, in a very hidden sheet, so it survives
 * closing the task pane and travels with the file. Column A: A1 a label, B1 the number of chunks,
 * A2… the JSON text in chunks under Excel's 32,767-characters-per-cell limit, each prefixed with '~'
 * and written into Text-formatted cells so Excel never reads a chunk as a number or a date.
 */
import type { CellValue } from '../../core/grid';
import { jsonSize } from './read';
import { asExcelText } from './text';

export const BACKUP_SHEET = '_cruscotto_backup';
export const BACKUP_LABEL = 'Cruscotto: celle com’erano prima dell’ultima scrittura (non modificare)';
const CHUNK_MARK = '~';
/** chunk rows read in the first restore sync (120 × 30,000 characters stays under 4 MiB) */
export const FIRST_READ_CHUNKS = 120;

export interface BackupCell {
  r: number;
  c: number;
  v: CellValue;
  f: string | null;
  nf: string;
}

export interface Backup {
  v: 1;
  sheet: string;
  at: string;
  cells: BackupCell[];
}

export function encodeBackup(b: Backup, chunkChars: number): string[] {
  const text = JSON.stringify(b);
  const size = Math.max(1, Math.min(chunkChars, 32767 - CHUNK_MARK.length));
  const out: string[] = [];
  for (let i = 0; i < text.length; i += size) out.push(text.slice(i, i + size));
  return out;
}

/** chunk cells as read back (with the mark) -> Backup, or null when the sheet holds something else */
export function decodeBackup(chunks: unknown[]): Backup | null {
  if (chunks.some((c) => typeof c !== 'string' || !c.startsWith(CHUNK_MARK))) return null;
  try {
    const b = JSON.parse(chunks.map((c) => (c as string).slice(CHUNK_MARK.length)).join('')) as Backup;
    if (b.v !== 1 || typeof b.sheet !== 'string' || !Array.isArray(b.cells)) return null;
    const ok = b.cells.every((c) => Number.isInteger(c.r) && Number.isInteger(c.c) && typeof c.nf === 'string' && (c.f === null || typeof c.f === 'string'));
    return ok ? b : null;
  } catch {
    return null;
  }
}

/**
 * Steps that replace the backup sheet: delete the old one (a very hidden sheet must be made hidden first,
 * or Excel refuses to delete it), add a new one, write the chunks, hide it. Chunk writes are split so
 * each step stays under the budget.
 */
export function queueBackupSheet(ctx: Excel.RequestContext, chunks: string[], exists: boolean, budget: number): { bytes: number; queue: () => void }[] {
  const sheets = ctx.workbook.worksheets;
  let sheet: Excel.Worksheet | null = null;
  const steps: { bytes: number; queue: () => void }[] = [];
  const perStep = Math.max(1, Math.floor((budget * 0.9) / Math.max(1, chunks[0]?.length ?? 1)));
  for (let i = 0; i < chunks.length || i === 0; i += perStep) {
    const part = chunks.slice(i, i + perStep);
    const firstStep = i === 0;
    const rows = part.map((c) => [CHUNK_MARK + c]);
    steps.push({
      bytes: 256 + jsonSize(rows) + part.length * 6,
      queue: () => {
        if (firstStep) {
          if (exists) {
            const old = sheets.getItem(BACKUP_SHEET);
            old.visibility = 'Hidden';
            old.delete();
          }
          sheet = sheets.add(BACKUP_SHEET);
          const head = sheet.getRange('A1:B1');
          head.values = [[asExcelText(BACKUP_LABEL), chunks.length]];
        }
        if (rows.length > 0) {
          const range = sheet!.getRangeByIndexes(1 + i, 0, rows.length, 1);
          range.numberFormat = rows.map(() => ['@']);
          range.values = rows;
        }
        if (i + perStep >= chunks.length) sheet!.visibility = 'VeryHidden';
      },
    });
  }
  return steps;
}
