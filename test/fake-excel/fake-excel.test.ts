import { FakeWorkbook, createFakeExcel, createFakeOffice, PAYLOAD_LIMIT, MESSAGES, type FakeOfficeError } from '../../src/fake-excel';

function sample() {
  return new FakeWorkbook([
    { name: 'Piano', rows: [['Codice', 'Peso', 'Grado'], ['01.01', 0.5, null], ['01.02', 0.5, null]], formulas: { D2: '=B2*2' }, merges: ['A5:B5'], hiddenRows: [2] },
    { name: 'Altro', rows: [['x']] },
  ]);
}

async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    return (e as FakeOfficeError).code ?? String(e);
  }
  return 'no error';
}

describe('fake Excel: strictness of proxies', () => {
  it('throws PropertyNotLoaded, with the Office.js text, when a property is read before load + sync', async () => {
    const fake = createFakeExcel(sample());
    await fake.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('Piano').getRange('A1:C3');
      expect(() => r.values).toThrow(MESSAGES.PropertyNotLoaded.replace('{0}', 'values'));
      r.load('values');
      expect(() => r.values).toThrow(/not available/); // loaded but not yet synced
      await ctx.sync();
      expect(r.values).toEqual([['Codice', 'Peso', 'Grado'], ['01.01', 0.5, ''], ['01.02', 0.5, '']]);
      expect(() => r.address).toThrow(/'address' is not available/); // only what was loaded
    });
  });

  it('queues writes: the workbook changes only at sync, in order', async () => {
    const wb = sample();
    const fake = createFakeExcel(wb);
    await fake.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('Piano').getRange('C2');
      r.values = [[0.75]];
      expect(wb.sheet('Piano').value(1, 2)).toBe(''); // not yet
      const again = ctx.workbook.worksheets.getItem('Piano').getRange('C2').load('values');
      await ctx.sync();
      expect(wb.sheet('Piano').value(1, 2)).toBe(0.75);
      expect(again.values).toEqual([[0.75]]); // the load was queued after the write
    });
  });

  it('counts only syncs that carry actions, and Excel.run flushes what is left', async () => {
    const wb = sample();
    const fake = createFakeExcel(wb);
    await fake.run(async (ctx) => {
      await ctx.sync(); // nothing queued: no round trip
      ctx.workbook.worksheets.getItem('Piano').getRange('C3').values = [[1]];
    });
    expect(fake.stats.syncs).toBe(1);
    expect(wb.sheet('Piano').value(2, 2)).toBe(1);
  });

  it('reports ItemNotFound at sync for a missing sheet, and a null object for getItemOrNullObject', async () => {
    const fake = createFakeExcel(sample());
    expect(
      await codeOf(
        fake.run(async (ctx) => {
          ctx.workbook.worksheets.getItem('Nope').load('name');
          await ctx.sync();
        }),
      ),
    ).toBe('ItemNotFound');
    await fake.run(async (ctx) => {
      const s = ctx.workbook.worksheets.getItemOrNullObject('Nope');
      expect(() => s.isNullObject).toThrow(/not available/);
      await ctx.sync();
      expect(s.isNullObject).toBe(true);
    });
  });

  it('refuses to be extended: assigning an unmodelled property throws', async () => {
    const fake = createFakeExcel(sample());
    await fake.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('Piano').getRange('A1') as unknown as Record<string, unknown>;
      expect(() => {
        r.hyperlink = 'x';
      }).toThrow(TypeError);
    });
  });

  it('coerces typed text like Excel: numbers, leading apostrophe, formulas, Text format', async () => {
    const wb = sample();
    const fake = createFakeExcel(wb);
    await fake.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('Altro').getRange('A2:A6');
      r.values = [['01.01'], ["'01.01"], ['=1+2'], ['TRUE'], ['50%']];
      await ctx.sync();
    });
    const s = wb.sheet('Altro');
    expect([s.value(1, 0), s.value(2, 0), s.value(3, 0), s.value(4, 0), s.value(5, 0)]).toEqual([1.01, '01.01', 3, true, 0.5]);
    expect(s.formula(3, 0)).toBe('=1+2');
  });

  it('null in a values array leaves the cell untouched', async () => {
    const wb = sample();
    const fake = createFakeExcel(wb);
    await fake.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Piano').getRange('B2:B3').values = [[null], [0.9]];
    });
    expect(wb.sheet('Piano').value(1, 1)).toBe(0.5);
    expect(wb.sheet('Piano').value(2, 1)).toBe(0.9);
  });

  it('throws InvalidArgument when the array does not match the range', async () => {
    const fake = createFakeExcel(sample());
    expect(
      await codeOf(
        fake.run(async (ctx) => {
          ctx.workbook.worksheets.getItem('Piano').getRange('B2:B3').values = [[1]];
        }),
      ),
    ).toBe('InvalidArgument');
  });
});

describe('fake Excel: host rules', () => {
  it('stops a batch at the first failing action; earlier actions stay applied', async () => {
    const wb = sample();
    wb.sheet('Altro').protected = true;
    const fake = createFakeExcel(wb);
    const code = await codeOf(
      fake.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('Piano').getRange('C2').values = [[1]];
        ctx.workbook.worksheets.getItem('Altro').getRange('A1').values = [['y']];
        ctx.workbook.worksheets.getItem('Piano').getRange('C3').values = [[2]];
        await ctx.sync();
      }),
    );
    expect(code).toBe('AccessDenied');
    expect(wb.sheet('Piano').value(1, 2)).toBe(1);
    expect(wb.sheet('Altro').value(0, 0)).toBe('x');
    expect(wb.sheet('Piano').value(2, 2)).toBe('');
  });

  it('refuses writes over part of a merged area', async () => {
    const wb = sample();
    const fake = createFakeExcel(wb);
    expect(
      await codeOf(
        fake.run(async (ctx) => {
          ctx.workbook.worksheets.getItem('Piano').getRange('B5').values = [['x']];
        }),
      ),
    ).toBe('InvalidOperation');
    expect(wb.sheet('Piano').value(4, 1)).toBe('');
  });

  it('returns merged areas whose top-left cell is in the range, and fails above 512', async () => {
    const wb = new FakeWorkbook([{ name: 'M', merges: Array.from({ length: 600 }, (_, i) => `A${2 * i + 1}:B${2 * i + 1}`) }]);
    const fake = createFakeExcel(wb);
    await fake.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('M');
      const some = ws.getRange('A1:B4').getMergedAreasOrNullObject().load('address');
      const none = ws.getRange('B1:B4').getMergedAreasOrNullObject().load('address'); // top-left cells are in column A
      await ctx.sync();
      expect(some.address).toBe('M!A1:B1, M!A3:B3');
      expect(none.isNullObject).toBe(true);
    });
    expect(
      await codeOf(
        fake.run(async (ctx) => {
          ctx.workbook.worksheets.getItem('M').getRange('A1:B1200').getMergedAreasOrNullObject().load('address');
          await ctx.sync();
        }),
      ),
    ).toBe('GeneralException');
  });

  it('reports rowHidden as true, false or null (mixed)', async () => {
    const fake = createFakeExcel(sample());
    await fake.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Piano');
      const hidden = ws.getRange('A3').load('rowHidden');
      const shown = ws.getRange('A2').load('rowHidden');
      const mixed = ws.getRange('A2:A3').load('rowHidden');
      await ctx.sync();
      expect([hidden.rowHidden, shown.rowHidden, mixed.rowHidden]).toEqual([true, false, null]);
    });
  });

  it('cannot delete a very hidden sheet until it is made visible or hidden', async () => {
    const wb = sample();
    wb.sheet('Altro').visibility = 'VeryHidden';
    const fake = createFakeExcel(wb);
    expect(await codeOf(fake.run(async (ctx) => ctx.workbook.worksheets.getItem('Altro').delete()))).toBe('InvalidOperation');
    await fake.run(async (ctx) => {
      const s = ctx.workbook.worksheets.getItem('Altro');
      s.visibility = 'Hidden';
      s.delete();
    });
    expect(wb.find('Altro')).toBeUndefined();
  });

  it('gives the used range (values only) or a null object on a blank sheet', async () => {
    const wb = new FakeWorkbook([{ name: 'S', rows: [[null, null], [null, 'a', 'b']], formats: { 'E9': '0.00%' } }, { name: 'Vuoto' }]);
    const fake = createFakeExcel(wb);
    await fake.run(async (ctx) => {
      const v = ctx.workbook.worksheets.getItem('S').getUsedRange(true).load('address');
      const all = ctx.workbook.worksheets.getItem('S').getUsedRange().load('address');
      const blank = ctx.workbook.worksheets.getItem('Vuoto').getUsedRangeOrNullObject(true).load('address');
      await ctx.sync();
      expect(v.address).toBe('S!B2:C2');
      expect(all.address).toBe('S!B2:E9');
      expect(blank.isNullObject).toBe(true);
    });
  });

  it('keeps table names unique in the workbook', async () => {
    const wb = sample();
    const fake = createFakeExcel(wb);
    await fake.run(async (ctx) => {
      const t = ctx.workbook.worksheets.getItem('Piano').tables.add('A1:C3', true);
      t.name = 'Aree';
    });
    expect(
      await codeOf(
        fake.run(async (ctx) => {
          ctx.workbook.worksheets.getItem('Altro').getRange('A1:A2').values = [['h'], [1]];
          ctx.workbook.worksheets.getItem('Altro').tables.add('A1:A2', true).name = 'Aree';
        }),
      ),
    ).toBe('ItemAlreadyExists');
  });
});

describe('fake Excel: areas, conditional formats, charts', () => {
  it('lists the areas of a RangeAreas once loaded', async () => {
    const fake = createFakeExcel(new FakeWorkbook([{ name: 'M', merges: ['A1:B1', 'C3:C4'] }]));
    await fake.run(async (ctx) => {
      const areas = ctx.workbook.worksheets.getItem('M').getRange('A1:D9').getMergedAreasOrNullObject();
      expect(() => areas.areas.items).toThrow(/'items' is not available/);
      areas.areas.load('address,rowCount');
      await ctx.sync();
      expect(areas.areas.items.map((r) => [r.address, r.rowCount])).toEqual([
        ['M!A1:B1', 1],
        ['M!C3:C4', 2],
      ]);
    });
  });

  it('records cell-value rules and refuses properties of another rule type', async () => {
    const wb = sample();
    const fake = createFakeExcel(wb);
    await fake.run(async (ctx) => {
      const cf = ctx.workbook.worksheets.getItem('Piano').getRange('C2:C3').conditionalFormats.add('CellValue');
      cf.cellValue.format.fill.color = '#C6EFCE';
      cf.cellValue.rule = { formula1: '=0.995', operator: 'GreaterThanOrEqual' };
    });
    expect(wb.sheet('Piano').conditionalFormats[0].props).toEqual({
      'cellValue.format.fill.color': '#C6EFCE',
      'cellValue.rule': { formula1: '=0.995', operator: 'GreaterThanOrEqual' },
    });
    expect(
      await codeOf(
        fake.run(async (ctx) => {
          const cf = ctx.workbook.worksheets.getItem('Piano').getRange('C2:C3').conditionalFormats.add('CellValue');
          cf.iconSet.style = 'ThreeTrafficLights1';
        }),
      ),
    ).toBe('InvalidOperation');
  });

  it('refuses a chart over a range without numbers (EmptyChartSeries)', async () => {
    const fake = createFakeExcel(sample());
    expect(
      await codeOf(
        fake.run(async (ctx) => {
          const ws = ctx.workbook.worksheets.getItem('Piano');
          ws.charts.add('BarClustered', ws.getRange('A1:A3'), 'Columns');
        }),
      ),
    ).toBe('EmptyChartSeries');
  });
});

describe('fake Excel: payload limits and edit mode', () => {
  it('estimates each sync and throws over 5 MB in the response', async () => {
    const big = Array.from({ length: 60000 }, (_, i) => [`riga ${i} ${'x'.repeat(80)}`]);
    const fake = createFakeExcel(new FakeWorkbook([{ name: 'B', rows: big }]));
    expect(
      await codeOf(
        fake.run(async (ctx) => {
          ctx.workbook.worksheets.getItem('B').getRange('A1:A60000').load('values');
          await ctx.sync();
        }),
      ),
    ).toBe('ResponsePayloadSizeLimitExceeded');
    const last = fake.stats.history[fake.stats.history.length - 1];
    expect(last.responseBytes).toBeGreaterThan(PAYLOAD_LIMIT);
    // half of it passes
    await fake.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('B').getRange('A1:A30000').load('values');
      await ctx.sync();
    });
    const ok = fake.stats.history[fake.stats.history.length - 1];
    expect(ok.responseBytes).toBeLessThan(PAYLOAD_LIMIT);
    expect(ok.responseBytes).toBeGreaterThan(PAYLOAD_LIMIT / 2 - 200_000);
  });

  it('throws RequestPayloadSizeLimitExceeded before running anything', async () => {
    const wb = new FakeWorkbook([{ name: 'B' }]);
    const fake = createFakeExcel(wb);
    const rows = Array.from({ length: 60000 }, () => ['y'.repeat(90)]);
    expect(
      await codeOf(
        fake.run(async (ctx) => {
          ctx.workbook.worksheets.getItem('B').getRange('A1:A60000').values = rows;
          await ctx.sync();
        }),
      ),
    ).toBe('RequestPayloadSizeLimitExceeded');
    expect(wb.sheet('B').value(0, 0)).toBe('');
  });

  it('fails batches in cell-edit mode unless delayForCellEdit, which waits for the user', async () => {
    const wb = sample();
    const fake = createFakeExcel(wb);
    fake.setEditMode(true);
    const write = (ctx: Excel.RequestContext) => {
      ctx.workbook.worksheets.getItem('Piano').getRange('C2').values = [[0.5]];
      return ctx.sync();
    };
    expect(await codeOf(fake.run(write))).toBe('InvalidOperationInCellEditMode');
    expect(wb.sheet('Piano').value(1, 2)).toBe('');
    let done = false;
    const p = fake.run({ delayForCellEdit: true }, write).then(() => (done = true));
    await new Promise((r) => setTimeout(r, 10));
    expect(done).toBe(false);
    expect(wb.sheet('Piano').value(1, 2)).toBe('');
    fake.setEditMode(false);
    await p;
    expect(done).toBe(true);
    expect(wb.sheet('Piano').value(1, 2)).toBe(0.5);
  });
});

describe('fake Office', () => {
  it('answers isSetSupported from the configured sets', async () => {
    const office = createFakeOffice({ ExcelApi: '1.17' });
    expect(office.context.requirements.isSetSupported('ExcelApi', '1.9')).toBe(true);
    expect(office.context.requirements.isSetSupported('ExcelApi', '1.20')).toBe(false);
    office.setRequirementSets({ ExcelApi: '1.20' });
    expect(office.context.requirements.isSetSupported('ExcelApi', '1.20')).toBe(true);
    expect(office.context.requirements.isSetSupported('WordApi', '1.1')).toBe(false);
    await expect(office.onReady()).resolves.toEqual({ host: 'Excel', platform: 'PC' });
  });
});
