import { promises as fs } from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import type { Grid } from '../../core/grid';
import type { Scorecard } from '../../core/scorecard/model';
import type { CellEdit, EditRefusal, WorkbookPort } from '../port';
import { WorkbookOpenError } from './errors';
import { readGrid } from './read';
import { checkEdits, writeEdits } from './edits';
import { writeScorecardSheet } from './scorecard';

const ZIP_MAGIC = [0x50, 0x4b]; // "PK"
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0]; // legacy .xls

/** Zip entry names are stored as plain text, so a byte search finds the parts without unzipping. */
function unsupportedParts(buf: Buffer): string[] {
  const out: string[] = [];
  if (buf.includes('xl/charts/')) out.push('grafici');
  if (buf.includes('xl/pivotTables/')) out.push('tabelle pivot');
  if (buf.includes('xl/slicers/')) out.push('filtri dei dati (slicer)');
  return out;
}

function startsWith(buf: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => buf[i] === b);
}

/**
 * The ExcelJS adapter of the workbook port: the CLI and the tests use it on .xlsx files.
 * Everything happens in memory; save() writes the file.
 */
export class XlsxWorkbook implements WorkbookPort {
  /**
   * Parts of the original file ExcelJS cannot write back (charts, pivot tables, slicers), in Italian:
   * a saved copy will not have them, so callers say so. The original file is never modified.
   */
  unsupported: string[] = [];

  private constructor(
    readonly workbook: ExcelJS.Workbook,
    /** the file it came from, for messages */
    readonly source: string | null,
  ) {}

  static async open(file: string): Promise<XlsxWorkbook> {
    let buf: Buffer;
    try {
      buf = await fs.readFile(file);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      const why = code === 'ENOENT' ? 'non esiste' : code === 'EISDIR' ? 'è una cartella, non un file' : 'non è leggibile';
      throw new WorkbookOpenError('missing', `Impossibile aprire «${file}»: il file ${why}.`, file);
    }
    return XlsxWorkbook.fromBuffer(buf, file);
  }

  static async fromBuffer(buf: Buffer | ArrayBuffer | Uint8Array, name: string | null = null): Promise<XlsxWorkbook> {
    const bytes = buf instanceof ArrayBuffer ? new Uint8Array(buf) : buf;
    const label = name ? `«${path.basename(name)}»` : 'Il file';
    const who = name ? `Il file ${label}` : label;
    if (bytes.length === 0) throw new WorkbookOpenError('not-xlsx', `${who} è vuoto: non è una cartella di lavoro Excel (.xlsx).`, name);
    if (startsWith(bytes, OLE_MAGIC)) {
      throw new WorkbookOpenError('not-xlsx', `${who} è nel vecchio formato .xls: salvarlo come .xlsx da Excel e riprovare.`, name);
    }
    if (!startsWith(bytes, ZIP_MAGIC)) {
      throw new WorkbookOpenError('not-xlsx', `${who} non è una cartella di lavoro Excel (.xlsx).`, name);
    }
    const wb = new ExcelJS.Workbook();
    try {
      await wb.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ExcelJS.Buffer);
    } catch (e) {
      const msg = String((e as Error)?.message ?? e);
      // a readable zip without the workbook parts is some other zip (a .docx, an archive), not a damaged xlsx
      if (/workbook|sheet|content_types|Cannot read propert/i.test(msg) && !/zip|end of data|central directory|crc|corrupt/i.test(msg)) {
        throw new WorkbookOpenError('not-xlsx', `${who} è un archivio zip ma non una cartella di lavoro Excel (.xlsx).`, name);
      }
      throw new WorkbookOpenError('corrupted', `${who} è danneggiato e non può essere letto (archivio .xlsx non valido).`, name);
    }
    if (wb.worksheets.length === 0) {
      throw new WorkbookOpenError('not-xlsx', `${who} non contiene fogli di lavoro: non è una cartella di lavoro Excel (.xlsx) valida.`, name);
    }
    const out = new XlsxWorkbook(wb, name);
    out.unsupported = unsupportedParts(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    return out;
  }

  /** an empty workbook (tests, generators) */
  static create(): XlsxWorkbook {
    return new XlsxWorkbook(new ExcelJS.Workbook(), null);
  }

  async sheetNames(): Promise<string[]> {
    return this.workbook.worksheets.map((w) => w.name);
  }

  private sheet(name: string): ExcelJS.Worksheet {
    const ws = this.workbook.getWorksheet(name);
    if (!ws) throw new Error(`Il foglio «${name}» non esiste nella cartella di lavoro.`);
    return ws;
  }

  async readSheet(name: string): Promise<Grid> {
    return readGrid(this.sheet(name));
  }

  async applyEdits(sheet: string, edits: CellEdit[]): Promise<{ written: number; refused: EditRefusal[] }> {
    const ws = this.sheet(sheet);
    const { accepted, refused, abort } = checkEdits(ws, edits);
    if (abort) return { written: 0, refused };
    return { written: writeEdits(ws, accepted), refused };
  }

  async writeScorecard(card: Scorecard): Promise<void> {
    writeScorecardSheet(this.workbook, card);
  }

  async toBuffer(): Promise<Buffer> {
    return Buffer.from(await this.workbook.xlsx.writeBuffer());
  }

  async save(file: string): Promise<void> {
    await fs.writeFile(file, await this.toBuffer());
  }
}
