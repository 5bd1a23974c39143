import { createFakeExcel, createFakeOffice, PAYLOAD_LIMIT, type FakeExcel } from '../../../src/fake-excel';
import { OfficeWorkbook, BACKUP_SHEET, encodeBackup, type ExcelLike } from '../../../src/workbook/office';
import type { CellEdit } from '../../../src/workbook/port';
import type { AddinWorkbook } from '../../../src/app/addin';
import { GRADE_COL, planSheet, snapshot, workbookWith } from './helpers';

const grades = (rows: number[], value = 0.875): CellEdit[] => rows.map((row) => ({ row, col: GRADE_COL, value, numberFormat: '0.00%' }));

function setup(rows = 100, extra = {}) {
  const wb = workbookWith(planSheet('Piano', rows, extra), { name: 'Note', rows: [['appunti']] });
  const fake = createFakeExcel(wb);
  return { wb, fake, port: new OfficeWorkbook(fake, null) };
}

describe('OfficeWorkbook.applyEdits', () => {
  it('fits the AddinWorkbook interface the task pane uses', () => {
    const { port } = setup(1);
    const w: AddinWorkbook = port;
    expect(typeof w.backupAndApply).toBe('function');
  });

  it('writes grades with the 0.00% format in exactly 2 syncs, touching nothing else', async () => {
    const { wb, fake, port } = setup(100);
    const before = snapshot(wb, 'Piano', 101, 8);
    const edits = grades([1, 2, 3, 10, 11, 50], 0.9787);
    const res = await port.applyEdits('Piano', edits);
    expect(res).toEqual({ written: 6, refused: [] });
    expect(fake.stats.syncs).toBe(2);
    expect(fake.stats.calcSuspensions).toBe(1);
    const after = snapshot(wb, 'Piano', 101, 8);
    for (let r = 0; r < 101; r++) {
      for (let c = 0; c < 8; c++) {
        if (c === GRADE_COL && [1, 2, 3, 10, 11, 50].includes(r)) expect(after[r][c]).toEqual([0.9787, null, '0.00%']);
        else expect(after[r][c]).toEqual(before[r][c]);
      }
    }
  });

  it('writes text edits as text (a header, a code-like string) and leaves formats alone when none is given', async () => {
    const { wb, port } = setup(5);
    await port.applyEdits('Piano', [
      { row: 0, col: GRADE_COL, value: 'Grado di raggiungimento' },
      { row: 1, col: GRADE_COL, value: '01.01' },
      { row: 2, col: GRADE_COL, value: 1, numberFormat: '0.00%' },
    ]);
    const s = wb.sheet('Piano');
    expect([s.value(0, GRADE_COL), s.value(1, GRADE_COL), s.value(2, GRADE_COL)]).toEqual(['Grado di raggiungimento', '01.01', 1]);
    expect([s.format(0, GRADE_COL), s.format(1, GRADE_COL), s.format(2, GRADE_COL)]).toEqual(['General', 'General', '0.00%']);
  });

  it('on a 100,000-row sheet: 2 syncs for 300 scattered grades, payloads under 5 MB', async () => {
    const { wb, fake, port } = setup(100_000);
    const rows = Array.from({ length: 300 }, (_, i) => 1 + i * 333);
    const res = await port.applyEdits('Piano', grades(rows, 0.5));
    expect(res.written).toBe(300);
    expect(fake.stats.syncs).toBe(2);
    for (const h of fake.stats.history) expect(Math.max(h.requestBytes, h.responseBytes)).toBeLessThan(PAYLOAD_LIMIT);
    expect(wb.sheet('Piano').value(1 + 299 * 333, GRADE_COL)).toBe(0.5);
  });

  it('on a 100,000-row sheet: every grade cell (100,000 edits) in 5 check syncs + 1 write sync', async () => {
    const { wb, fake, port } = setup(100_000);
    const rows = Array.from({ length: 100_000 }, (_, i) => i + 1);
    const res = await port.applyEdits('Piano', grades(rows, 0.25));
    expect(res.refused).toEqual([]);
    expect(res.written).toBe(100_000);
    // check syncs = ceil(100,000 cells / 20,000) = 5; writes: ~2.7 MB of values and formats < 4 MiB = 1
    expect(fake.stats.syncs).toBe(6);
    for (const h of fake.stats.history) expect(Math.max(h.requestBytes, h.responseBytes)).toBeLessThan(PAYLOAD_LIMIT);
    expect(wb.sheet('Piano').value(100_000, GRADE_COL)).toBe(0.25);
    expect(wb.sheet('Piano').format(100_000, GRADE_COL)).toBe('0.00%');
  });

  it('never writes over a formula: the edit is refused and nothing at all is written', async () => {
    const { wb, fake, port } = setup(10);
    wb.sheet('Piano').setFormula(4, GRADE_COL, '=E5/D5');
    const before = snapshot(wb, 'Piano', 11, 8);
    const res = await port.backupAndApply('Piano', grades([1, 2, 3, 4, 5]));
    expect(res.written).toBe(0);
    expect(res.refused).toEqual([
      { cell: 'H5', reason: 'formula', message: 'Foglio «Piano», cella H5: contiene la formula =E5/D5 e non viene sovrascritta.' },
    ]);
    expect(snapshot(wb, 'Piano', 11, 8)).toEqual(before);
    expect(wb.find(BACKUP_SHEET)).toBeUndefined();
    expect(fake.stats.syncs).toBe(1);
  });

  it('refuses every edit on a protected sheet, in Italian, and changes nothing', async () => {
    const { wb, port } = setup(10, { protected: true });
    const before = snapshot(wb, 'Piano', 11, 8);
    const res = await port.applyEdits('Piano', grades([1, 2]));
    expect(res.written).toBe(0);
    expect(res.refused.map((r) => r.reason)).toEqual(['protected', 'protected']);
    expect(res.refused[0].message).toBe('Il foglio «Piano» è protetto (cella H2): togli la protezione e riprova.');
    expect(snapshot(wb, 'Piano', 11, 8)).toEqual(before);
  });

  it('refuses merged target cells, also when the merge starts in another column', async () => {
    const { wb, port } = setup(10, { merges: ['H3:H4', 'F7:H7'] });
    const res = await port.applyEdits('Piano', grades([2, 3, 6, 8]));
    expect(res.written).toBe(0);
    expect(res.refused.map((r) => [r.cell, r.reason])).toEqual([
      ['H3', 'merged'],
      ['H4', 'merged'],
      ['H7', 'merged'],
    ]);
    expect(res.refused[2].message).toContain('celle unite F7:H7');
    expect(wb.sheet('Piano').value(8, GRADE_COL)).toBe(''); // H9 was fine, but all or nothing
  });

  it('refuses cells in hidden (filtered) rows', async () => {
    const { wb, port } = setup(10, { hiddenRows: [5], autoFilter: true });
    const res = await port.applyEdits('Piano', grades([4, 5, 6]));
    expect(res.refused).toEqual([
      { cell: 'H6', reason: 'filtered', message: 'Foglio «Piano», cella H6: la riga 6 è nascosta (filtro attivo?). Mostra tutte le righe e riprova.' },
    ]);
    expect(wb.sheet('Piano').value(4, GRADE_COL)).toBe('');
  });

  it('finds a hidden row inside a long run of edits with one more sync', async () => {
    const { wb, fake, port } = setup(8000, { hiddenRows: [7000] });
    const res = await port.applyEdits('Piano', grades(Array.from({ length: 7999 }, (_, i) => i + 1)));
    expect(res.refused.map((r) => r.cell)).toEqual(['H7001']);
    expect(fake.stats.syncs).toBe(2); // check + the row-by-row question; no write
    expect(wb.sheet('Piano').value(1, GRADE_COL)).toBe('');
  });

  it('refuses edits outside the grade column', async () => {
    const { wb, port } = setup(5);
    const res = await port.applyEdits('Piano', [...grades([1]), { row: 2, col: 2, value: 0.3 }]);
    expect(res.refused).toEqual([{ cell: 'C3', reason: 'outside', message: 'Foglio «Piano», cella C3: è fuori dalla colonna dei gradi (H).' }]);
    expect(wb.sheet('Piano').value(1, GRADE_COL)).toBe('');
    const res2 = await port.applyEdits('Piano', grades([1]), { gradeColumns: [6] });
    expect(res2.refused[0].message).toBe('Foglio «Piano», cella H2: è fuori dalla colonna dei gradi (G).');
    const res3 = await port.applyEdits('Piano', [...grades([1]), { row: 2, col: 9, value: 0.3 }], { gradeColumns: [GRADE_COL, 9] });
    expect(res3).toEqual({ written: 2, refused: [] });
  });

  it('refuses to write when a cell changed since validation', async () => {
    const { wb, port } = setup(5);
    wb.sheet('Piano').setValue(2, GRADE_COL, 0.5); // typed by the user after "Valida"
    const res = await port.applyEdits('Piano', grades([1, 2]), {
      expected: [
        { row: 1, col: GRADE_COL, value: null },
        { row: 2, col: GRADE_COL, value: null },
        { row: 3, col: 4, value: 0.02 },
      ],
    });
    expect(res.refused).toEqual([
      { cell: 'H3', reason: 'changed', message: 'Foglio «Piano», cella H3: il contenuto è cambiato dopo la validazione (atteso cella vuota, trovato «0.5»). Rivalida il foglio e riprova.' },
    ]);
    expect(wb.sheet('Piano').value(1, GRADE_COL)).toBe('');
  });
});

describe('OfficeWorkbook backup and restore', () => {
  it('backs up the overwritten cells in a very hidden sheet and restores them exactly', async () => {
    const { wb, fake, port } = setup(10);
    const s = wb.sheet('Piano');
    s.setValue(1, GRADE_COL, 0.5);
    s.setFormat(1, GRADE_COL, '0.0%');
    s.setValue(2, GRADE_COL, '12'); // text that looks like a number (imported data)
    s.setValue(3, GRADE_COL, 'n.d.');
    s.setFormat(3, GRADE_COL, '@');
    s.setValue(4, GRADE_COL, true);
    const before = snapshot(wb, 'Piano', 11, 8);

    expect(await port.hasBackup()).toBe(false);
    fake.resetStats();
    const res = await port.backupAndApply('Piano', grades([1, 2, 3, 4, 5, 6], 1));
    expect(res.written).toBe(6);
    expect(fake.stats.syncs).toBe(2);
    expect(wb.sheet(BACKUP_SHEET).visibility).toBe('VeryHidden');
    expect(await port.hasBackup()).toBe(true);
    expect(await port.sheetNames()).toEqual(['Piano', 'Note']);
    expect(s.value(2, GRADE_COL)).toBe(1);

    fake.resetStats();
    expect(await port.restoreLastBackup()).toBe(6);
    expect(fake.stats.syncs).toBe(2);
    expect(snapshot(wb, 'Piano', 11, 8)).toEqual(before);
    expect(typeof s.value(2, GRADE_COL)).toBe('string');
    expect(wb.find(BACKUP_SHEET)).toBeUndefined();
    expect(await port.hasBackup()).toBe(false);
    expect(await port.restoreLastBackup()).toBe(0);
  });

  it('a second write replaces the backup: restore goes back one step', async () => {
    const { wb, port } = setup(5);
    await port.backupAndApply('Piano', grades([1], 0.1));
    await port.backupAndApply('Piano', grades([1], 0.2));
    expect(wb.sheets.filter((x) => x.name === BACKUP_SHEET).length).toBe(1);
    await port.restoreLastBackup();
    expect(wb.sheet('Piano').value(1, GRADE_COL)).toBe(0.1);
  });

  it('restores formulas as formulas and splits a large backup over several cells under 32,767 characters', async () => {
    const wb = workbookWith(planSheet('Piano', 3000));
    const fake = createFakeExcel(wb);
    const port = new OfficeWorkbook(fake, null);
    const s = wb.sheet('Piano');
    // a backup as an older version could have left it: one formula cell and many long texts
    const cells = [{ r: 1, c: GRADE_COL, v: 0, f: '=E2*3', nf: '0.00%' }];
    for (let r = 2; r <= 3000; r++) cells.push({ r, c: GRADE_COL, v: `nota ${'x'.repeat(40)} ${r}` as unknown as number, f: null as unknown as string, nf: 'General' });
    const chunks = encodeBackup({ v: 1, sheet: 'Piano', at: '2025-01-01T00:00:00Z', cells: cells as never }, 30000);
    expect(chunks.length).toBeGreaterThan(3);
    const bk = wb.addSheet(BACKUP_SHEET);
    bk.setValue(0, 0, 'etichetta');
    bk.setValue(0, 1, chunks.length);
    chunks.forEach((c, i) => bk.setValue(1 + i, 0, `~${c}`));
    bk.visibility = 'VeryHidden';

    expect(await port.restoreLastBackup()).toBe(3000);
    expect(s.formula(1, GRADE_COL)).toBe('=E2*3');
    expect(s.value(1, GRADE_COL)).toBe(0);
    expect(s.format(1, GRADE_COL)).toBe('0.00%');
    expect(s.value(3000, GRADE_COL)).toBe(`nota ${'x'.repeat(40)} 3000`);
    expect(wb.find(BACKUP_SHEET)).toBeUndefined();
  });

  it('keeps each backup cell under 32,767 characters when it writes one', async () => {
    const { wb, port } = setup(3000);
    const s = wb.sheet('Piano');
    for (let r = 1; r <= 3000; r++) s.setValue(r, GRADE_COL, `vecchio ${'y'.repeat(30)} ${r}`);
    await port.backupAndApply('Piano', grades(Array.from({ length: 3000 }, (_, i) => i + 1)));
    const bk = wb.sheet(BACKUP_SHEET);
    const n = bk.value(0, 1) as number;
    expect(n).toBeGreaterThan(1);
    for (let i = 1; i <= n; i++) {
      const v = bk.value(i, 0);
      expect(typeof v).toBe('string');
      expect((v as string).length).toBeLessThanOrEqual(32767);
    }
    await port.restoreLastBackup();
    expect(s.value(3000, GRADE_COL)).toBe(`vecchio ${'y'.repeat(30)} 3000`);
  });

  it('restoring onto a sheet protected meanwhile is a GatewayError and changes nothing', async () => {
    const { wb, port } = setup(5);
    await port.backupAndApply('Piano', grades([1, 2], 0.7));
    wb.sheet('Piano').protected = true;
    const before = snapshot(wb, 'Piano', 6, 8);
    await expect(port.restoreLastBackup()).rejects.toMatchObject({ name: 'GatewayError', code: 'AccessDenied', message: 'Il foglio «Piano» è protetto: togli la protezione e riprova.' });
    expect(snapshot(wb, 'Piano', 6, 8)).toEqual(before);
    expect(wb.find(BACKUP_SHEET)).toBeDefined(); // the backup is kept for a later try
  });
});

describe('OfficeWorkbook and Excel states', () => {
  it('waits while the user edits a cell (delayForCellEdit) and proceeds afterwards', async () => {
    const { wb, fake, port } = setup(5);
    fake.setEditMode(true);
    let done = false;
    const p = port.applyEdits('Piano', grades([1])).then((r) => {
      done = true;
      return r;
    });
    await new Promise((r) => setTimeout(r, 20));
    expect(done).toBe(false);
    expect(wb.sheet('Piano').value(1, GRADE_COL)).toBe('');
    fake.setEditMode(false);
    expect((await p).written).toBe(1);
    expect(fake.stats.delayedForCellEdit).toBe(1);
  });

  it('without delayForCellEdit the batch fails: the adapter reports it in Italian', async () => {
    const { wb, fake } = setup(5);
    // a host that ignores run options behaves like Excel.run without delayForCellEdit
    const plain: ExcelLike = { run: (_options, batch) => fake.run(batch) };
    fake.setEditMode(true);
    const port = new OfficeWorkbook(plain, null);
    await expect(port.applyEdits('Piano', grades([1]))).rejects.toThrow('Excel è in modifica di una cella: premi Invio o Esc e riprova.');
    expect(wb.sheet('Piano').value(1, GRADE_COL)).toBe('');
  });

  it('asks for one undo group where ExcelApi 1.20 exists, and retries without it when Excel cannot group', async () => {
    const wb = workbookWith(planSheet('Piano', 5));
    const fake: FakeExcel = createFakeExcel(wb, { undoNotSupported: ['worksheet.add'] });
    const office = createFakeOffice({ ExcelApi: '1.20' });
    const port = new OfficeWorkbook(fake, office);
    const res = await port.backupAndApply('Piano', grades([1]));
    expect(res.written).toBe(1);
    expect(fake.stats.mergeUndoGroupRuns).toBe(1);
    expect(fake.stats.runs).toBe(2); // the grouped attempt failed before changing anything, the plain one wrote
    expect(wb.sheet('Piano').value(1, GRADE_COL)).toBe(0.875);

    office.setRequirementSets({ ExcelApi: '1.17' });
    fake.resetStats();
    await port.applyEdits('Piano', grades([2]));
    expect(fake.stats.mergeUndoGroupRuns).toBe(0);
  });

  it('names the active sheet and selects a cell', async () => {
    const { wb, port } = setup(5);
    expect(await port.activeSheetName()).toBe('Piano');
    await port.selectCell('Note', 'B7');
    expect(wb.selection).toEqual({ sheet: 'Note', address: 'B7' });
    expect(await port.activeSheetName()).toBe('Note');
  });
});
