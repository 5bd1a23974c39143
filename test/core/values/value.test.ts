import { parseValue } from '../../../src/core/values';
import type { CellInput, Value } from '../../../src/core/values/types';

describe('parseValue: text cells', () => {
  const cases: [string, Value][] = [
    ['97,87 %', { kind: 'number', value: 0.9787, unit: '%', step: 0.0001 }],
    ['46 N. / 47 N.', { kind: 'number', value: 46 / 47, unit: '%', step: 1e-4, ratio: { num: 46, den: 47 } }],
    ['8.922 N.', { kind: 'number', value: 8922, unit: 'n', step: 1 }],
    ['14,3%', { kind: 'number', value: 0.143, unit: '%', step: 0.001 }],
    ['5,16 gg', { kind: 'number', value: 5.16, unit: 'gg', step: 0.01 }],
    ['08:00', { kind: 'number', value: 8, unit: 'h', step: 1 / 60 }],
    ['31-12-2023', { kind: 'date', iso: '2023-12-31' }],
    ['16-03-2023', { kind: 'date', iso: '2023-03-16' }],
    ['apr-21', { kind: 'date', iso: '2021-04-01' }],
    ['2025', { kind: 'number', value: 2025, unit: null, step: 1 }],
    // a 5-digit text is a count here; parseDate reads it as a serial when a date is expected
    ['45900', { kind: 'number', value: 45900, unit: null, step: 1 }],
    ['si', { kind: 'bool', value: true }],
    ['sì', { kind: 'bool', value: true }],
    ['SI', { kind: 'bool', value: true }],
    ['Sì', { kind: 'bool', value: true }],
    ['si\u0300', { kind: 'bool', value: true }], // decomposed accent
    ['no', { kind: 'bool', value: false }],
    ['NO', { kind: 'bool', value: false }],
    ['n.d.', { kind: 'missing', raw: 'n.d.' }],
    ['N.D.', { kind: 'missing', raw: 'N.D.' }],
    ['nd', { kind: 'missing', raw: 'nd' }],
    ['n/d', { kind: 'missing', raw: 'n/d' }],
    ['n. d.', { kind: 'missing', raw: 'n. d.' }],
    ['---', { kind: 'missing', raw: '---' }],
    ['---------------------', { kind: 'missing', raw: '---------------------' }],
    ['-', { kind: 'missing', raw: '-' }],
    ['–', { kind: 'missing', raw: '–' }],
    ['—', { kind: 'missing', raw: '—' }],
    ['', { kind: 'missing', raw: '' }],
    ['   ', { kind: 'missing', raw: '' }],
    ['\u00a0', { kind: 'missing', raw: '' }],
    ['  n.d.  ', { kind: 'missing', raw: 'n.d.' }],
    ['da definire', { kind: 'unreadable', raw: 'da definire' }],
    ['X', { kind: 'unreadable', raw: 'X' }],
    ['>= 70,00 %', { kind: 'unreadable', raw: '>= 70,00 %' }],
    ['Stato di attuazione piano progetto 100%', { kind: 'unreadable', raw: 'Stato di attuazione piano progetto 100%' }],
    ['31/02/2023', { kind: 'unreadable', raw: '31/02/2023' }],
    ['5 N. / 0 N.', { kind: 'unreadable', raw: '5 N. / 0 N.' }],
  ];
  test.each(cases)('%j', (text, expected) => {
    expect(parseValue({ value: text })).toEqual(expected);
  });
});

describe('parseValue: native cells', () => {
  const cases: [CellInput, Value][] = [
    [{ value: null }, { kind: 'missing', raw: '' }],
    [{ value: undefined }, { kind: 'missing', raw: '' }],
    [{ value: true }, { kind: 'bool', value: true }],
    [{ value: false }, { kind: 'bool', value: false }],
    [{ value: 0.9787, format: '0.00%' }, { kind: 'number', value: 0.9787, unit: '%', step: 0.0001 }],
    [{ value: 0.9787, format: '0%' }, { kind: 'number', value: 0.9787, unit: '%', step: 0.01 }],
    [{ value: 0.9787, format: '0,0%' }, { kind: 'number', value: 0.9787, unit: '%', step: 0.001 }],
    [{ value: 0.9787 }, { kind: 'number', value: 0.9787, unit: null, step: 0.0001 }],
    [{ value: 0.9787, format: 'General' }, { kind: 'number', value: 0.9787, unit: null, step: 0.0001 }],
    [{ value: 1010, format: 'General' }, { kind: 'number', value: 1010, unit: null, step: 1 }],
    [{ value: 0.1 + 0.2, format: 'General' }, { kind: 'number', value: 0.1 + 0.2, unit: null, step: 0.1 }],
    [{ value: 1 / 3 }, { kind: 'number', value: 1 / 3, unit: null, step: 1e-9 }],
    [{ value: 5.1634, format: '0.00' }, { kind: 'number', value: 5.1634, unit: null, step: 0.01 }],
    [{ value: 2000, format: '#,##0.00 €' }, { kind: 'number', value: 2000, unit: '€', step: 0.01 }],
    [{ value: 5.16, format: '0.00" gg"' }, { kind: 'number', value: 5.16, unit: 'gg', step: 0.01 }],
    [{ value: 12, format: '0" N."' }, { kind: 'number', value: 12, unit: 'n', step: 1 }],
    [{ value: 45291, format: 'dd/mm/yyyy' }, { kind: 'date', iso: '2023-12-31' }],
    [{ value: 45900, format: 'd-mmm-yy' }, { kind: 'date', iso: '2025-08-31' }],
    [{ value: 45900 }, { kind: 'number', value: 45900, unit: null, step: 1 }],
    [{ value: 1 / 3, format: 'hh:mm' }, { kind: 'number', value: 8, unit: 'h', step: 1 / 60 }],
    [{ value: 1.25, format: '[h]:mm' }, { kind: 'number', value: 30, unit: 'h', step: 1 / 60 }],
    [{ value: -0 }, { kind: 'number', value: 0, unit: null, step: 1 }],
    [{ value: NaN }, { kind: 'unreadable', raw: 'NaN' }],
    [{ value: Infinity }, { kind: 'unreadable', raw: 'Infinity' }],
    [{ value: -5, format: 'dd/mm/yyyy' }, { kind: 'unreadable', raw: '-5' }],
  ];
  test.each(cases)('%j', (cell, expected) => {
    expect(parseValue(cell)).toEqual(expected);
  });

  it('does not throw on inputs outside the type', () => {
    expect(parseValue(null as unknown as CellInput)).toEqual({ kind: 'missing', raw: '' });
    expect(parseValue({ value: {} as unknown as string }).kind).toBe('unreadable');
  });
});
