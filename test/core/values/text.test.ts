import { cellText, isDateFormat, isPercentFormat, isTimeFormat } from '../../../src/core/values';
import type { CellInput } from '../../../src/core/values/types';

describe('cellText', () => {
  const cases: [CellInput, string][] = [
    [{ value: 0.9787, format: '0.00%' }, '97,87%'],
    [{ value: 0.9787, format: '0%' }, '98%'],
    [{ value: 0.5, format: '0,00%' }, '50,00%'],
    [{ value: 12.345, format: '#,##0.0%' }, '1.234,5%'],
    [{ value: 45291, format: 'dd/mm/yyyy' }, '31/12/2023'],
    [{ value: 45291, format: 'd-mmm-yy' }, '31/12/2023'],
    [{ value: 45291.5, format: 'dd/mm/yyyy hh:mm' }, '31/12/2023'],
    [{ value: 45291, format: 'gg/mm/aaaa' }, '31/12/2023'],
    [{ value: 1234567.891, format: '#,##0.00' }, '1.234.567,89'],
    [{ value: 1234567.891, format: '#.##0,00' }, '1.234.567,89'],
    [{ value: 1234567, format: '#,##0' }, '1.234.567'],
    [{ value: 2.5, format: '0.00' }, '2,50'],
    [{ value: -3, format: '0.0;[Red]-0.0' }, '-3,0'],
    [{ value: 1010 }, '1010'],
    [{ value: 1010, format: 'General' }, '1010'],
    [{ value: 0.9787, format: 'General' }, '0,9787'],
    [{ value: 0.1 + 0.2 }, '0,3'],
    [{ value: -21.77 }, '-21,77'],
    [{ value: 2000, format: '#,##0.00 €' }, '2.000,00 €'],
    [{ value: 2000, format: '[$€-410] #.##0,00' }, '2.000,00 €'],
    [{ value: 5.16, format: '0.00" gg"' }, '5,16 gg'],
    [{ value: 1 / 3, format: 'hh:mm' }, '08:00'],
    [{ value: 1 / 3, format: 'hh:mm:ss' }, '08:00:00'],
    [{ value: 1.25, format: '[h]:mm' }, '30:00'],
    [{ value: '  >= 70,00 %  ' }, '>= 70,00 %'],
    [{ value: 'n.d.' }, 'n.d.'],
    [{ value: true }, 'VERO'],
    [{ value: false }, 'FALSO'],
    [{ value: null }, ''],
    [{ value: undefined }, ''],
  ];
  test.each(cases)('%j -> %j', (cell, text) => {
    expect(cellText(cell)).toBe(text);
  });
});

describe('formats', () => {
  test.each(['dd/mm/yyyy', 'd-mmm-yy', 'yyyy-mm-dd', 'mmm-yy', 'mmmm yyyy', 'dd/mm/yyyy hh:mm', 'gg/mm/aaaa', '[$-410]d mmmm yyyy', 'm/d/yy'])(
    'date format %s',
    (f) => {
      expect(isDateFormat(f)).toBe(true);
      expect(isPercentFormat(f)).toBe(false);
    },
  );
  test.each(['General', 'Standard', '0', '0.00', '#,##0.00', '0%', '0.00%', '@', '"gg"0', '0.00" gg"', 'hh:mm', '[h]:mm', '#,##0.00 €', '0.00E+00'])(
    'not a date format %s',
    (f) => {
      expect(isDateFormat(f)).toBe(false);
    },
  );
  test.each(['0%', '0.00%', '#,##0.0%', '0,00%', '[Red]0.0%'])('percent format %s', (f) => {
    expect(isPercentFormat(f)).toBe(true);
  });
  test.each(['General', '0.00', '0.00"%"', '0.00\\%', 'dd/mm/yyyy', ''])('not a percent format %j', (f) => {
    expect(isPercentFormat(f)).toBe(false);
  });
  test.each(['hh:mm', 'h:mm:ss', '[h]:mm', 'h:mm AM/PM'])('time format %s', (f) => {
    expect(isTimeFormat(f)).toBe(true);
    expect(isDateFormat(f)).toBe(false);
  });
});
