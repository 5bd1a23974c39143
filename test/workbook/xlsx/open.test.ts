import { promises as fs } from 'fs';
import * as path from 'path';
import JSZip from 'jszip';
import { WorkbookOpenError, XlsxWorkbook } from '../../../src/workbook/xlsx';
import { FIXTURES, tempDir } from './helpers';

async function openError(p: Promise<unknown>): Promise<WorkbookOpenError> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(WorkbookOpenError);
    return e as WorkbookOpenError;
  }
  throw new Error('expected a WorkbookOpenError');
}

function oneItalianLine(e: WorkbookOpenError, name: string): void {
  expect(e.message).not.toContain('\n');
  expect(e.message).toContain(name);
  // no library jargon leaks into what the user reads
  expect(e.message).not.toMatch(/central directory|Bug :|ENOENT|undefined/);
}

describe('XlsxWorkbook.open failures', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await tempDir();
  });
  afterAll(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  test('a missing file', async () => {
    const file = path.join(dir, 'piano-che-non-esiste.xlsx');
    const e = await openError(XlsxWorkbook.open(file));
    expect(e.kind).toBe('missing');
    expect(e.message).toMatch(/non esiste/);
    oneItalianLine(e, 'piano-che-non-esiste.xlsx');
  });

  test('a directory', async () => {
    const e = await openError(XlsxWorkbook.open(dir));
    expect(e.kind).toBe('missing');
    expect(e.message).toMatch(/cartella/);
  });

  test('a text file renamed .xlsx', async () => {
    const file = path.join(dir, 'esportazione.xlsx');
    await fs.writeFile(file, 'GRUPPO;AMBITO;OBIETTIVO\nMaremma e Tirreno;BSC1;01.01\n');
    const e = await openError(XlsxWorkbook.open(file));
    expect(e.kind).toBe('not-xlsx');
    expect(e.message).toMatch(/non è una cartella di lavoro Excel/);
    oneItalianLine(e, 'esportazione.xlsx');
  });

  test('a legacy .xls (OLE) file', async () => {
    const file = path.join(dir, 'vecchio.xls');
    await fs.writeFile(file, Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]));
    const e = await openError(XlsxWorkbook.open(file));
    expect(e.kind).toBe('not-xlsx');
    expect(e.message).toMatch(/\.xls/);
    oneItalianLine(e, 'vecchio.xls');
  });

  test('an empty file', async () => {
    const file = path.join(dir, 'vuoto.xlsx');
    await fs.writeFile(file, '');
    const e = await openError(XlsxWorkbook.open(file));
    expect(e.kind).toBe('not-xlsx');
    oneItalianLine(e, 'vuoto.xlsx');
  });

  test('a zip that is not a workbook', async () => {
    const zip = new JSZip();
    zip.file('leggimi.txt', 'Relazione sulla performance 2023');
    const file = path.join(dir, 'archivio.xlsx');
    await fs.writeFile(file, await zip.generateAsync({ type: 'nodebuffer' }));
    const e = await openError(XlsxWorkbook.open(file));
    expect(e.kind).toBe('not-xlsx');
    oneItalianLine(e, 'archivio.xlsx');
  });

  test('a truncated xlsx (corrupted zip)', async () => {
    const good = await fs.readFile(path.join(FIXTURES, 'pira-consuntivo-2019.xlsx'));
    const file = path.join(dir, 'troncato.xlsx');
    await fs.writeFile(file, good.subarray(0, Math.floor(good.length / 2)));
    const e = await openError(XlsxWorkbook.open(file));
    expect(e.kind).toBe('corrupted');
    expect(e.message).toMatch(/danneggiato/);
    oneItalianLine(e, 'troncato.xlsx');
  });

  test('an xlsx with damaged bytes inside (corrupted zip)', async () => {
    const bad = Buffer.from(await fs.readFile(path.join(FIXTURES, 'pira-consuntivo-2019.xlsx')));
    for (let i = 0; i < 64; i++) bad[5000 + i] ^= 0xff;
    const e = await openError(XlsxWorkbook.fromBuffer(bad, 'rovinato.xlsx'));
    expect(e.kind).toBe('corrupted');
    oneItalianLine(e, 'rovinato.xlsx');
  });

  test('the same good bytes open fine (the checks above are not refusing everything)', async () => {
    const wb = await XlsxWorkbook.fromBuffer(await fs.readFile(path.join(FIXTURES, 'pira-consuntivo-2019.xlsx')));
    expect(await wb.sheetNames()).toEqual(['PIRA 2019']);
  });
});
