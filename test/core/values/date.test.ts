import { isoToSerial, parseDate, serialToIso } from '../../../src/core/values';

describe('parseDate: written dates', () => {
  test.each([
    ['31-12-2023', '2023-12-31'],
    ['31/12/2025', '2025-12-31'],
    ['31.03.2025', '2025-03-31'],
    ['1/2/2024', '2024-02-01'],
    ['31/12/23', '2023-12-31'],
    ['01/01/30', '1930-01-01'],
    ['29/02/2024', '2024-02-29'],
    ['2025-12-31', '2025-12-31'],
    ['31/12/2023 00:00', '2023-12-31'],
    ['31/12/2023 00:00:00', '2023-12-31'],
    ['  31/12/2025  ', '2025-12-31'],
    ['30 giugno 2025', '2025-06-30'],
    ['1° luglio 2025', '2025-07-01'],
    ['15 MARZO 2021', '2021-03-15'],
    ['31-dic-2023', '2023-12-31'],
    ['31-dic-23', '2023-12-31'],
    ['31-Dec-2023', '2023-12-31'],
    ['30 sett 2024', '2024-09-30'],
  ])('%s -> %s', (text, iso) => {
    expect(parseDate(text)).toEqual({ kind: 'date', iso });
  });

  test.each([
    ['apr-21', '2021-04-01'],
    ['gen-2024', '2024-01-01'],
    ['dic 25', '2025-12-01'],
    ['aprile 2021', '2021-04-01'],
    ['Giugno 2025', '2025-06-01'],
    ['set-22', '2022-09-01'],
    ['mag-21', '2021-05-01'],
    ['ago-21', '2021-08-01'],
    ['lug-21', '2021-07-01'],
    ['ott-21', '2021-10-01'],
    ['nov-21', '2021-11-01'],
    ['feb-21', '2021-02-01'],
    ['mar-21', '2021-03-01'],
    ['giu-21', '2021-06-01'],
  ])('month only: %s -> first day %s', (text, iso) => {
    expect(parseDate(text)).toEqual({ kind: 'date', iso });
  });

  test.each([
    ['31/02/2023'],
    ['29/02/2023'],
    ['31/04/2025'],
    ['00/01/2025'],
    ['12/13/2025'],
    ['31-12/2023'],
    ['31 sett 2024'],
    ['2025'],
    ['2025-2027'],
    ['1.010'],
    ['97,87 %'],
    ['xyz-21'],
    ['apr'],
    ['31/12'],
    ['entro 31/12/2023'],
    [''],
  ])('not a date: %j', (text) => {
    expect(parseDate(text)).toBeNull();
  });
});

describe('Excel serials (1900 system)', () => {
  test.each([
    [1, '1900-01-01'],
    [59, '1900-02-28'],
    [61, '1900-03-01'],
    [45291, '2023-12-31'],
    [45900, '2025-08-31'],
    [45900.75, '2025-08-31'],
    [2958465, '9999-12-31'],
  ])('serial %d -> %s', (serial, iso) => {
    expect(serialToIso(serial)).toBe(iso);
  });
  it('has no day for 0, negatives, Excel\'s fake 1900-02-29 or beyond 9999', () => {
    for (const s of [0, -5, 60, 2958466, NaN, Infinity]) expect(serialToIso(s)).toBeNull();
  });
  it('inverts', () => {
    expect(isoToSerial('2025-08-31')).toBe(45900);
    expect(isoToSerial('1900-03-01')).toBe(61);
    expect(isoToSerial('1900-02-28')).toBe(59);
    expect(isoToSerial('2023-02-29')).toBeNull();
  });

  it('reads a number with a date format, whatever its value', () => {
    expect(parseDate({ value: 45900, format: 'dd/mm/yyyy' })).toEqual({ kind: 'date', iso: '2025-08-31' });
    expect(parseDate({ value: 45291, format: 'd-mmm-yy' })).toEqual({ kind: 'date', iso: '2023-12-31' });
    expect(parseDate({ value: 45291, format: 'yyyy-mm-dd' })).toEqual({ kind: 'date', iso: '2023-12-31' });
    expect(parseDate({ value: 45291, format: 'gg/mm/aaaa' })).toEqual({ kind: 'date', iso: '2023-12-31' });
    expect(parseDate({ value: 1000, format: 'dd/mm/yyyy' })).toEqual({ kind: 'date', iso: '1902-09-26' });
    expect(parseDate({ value: 60, format: 'dd/mm/yyyy' })).toBeNull();
  });
  it('reads a bare serial only within 1950..2099', () => {
    expect(parseDate('45900')).toEqual({ kind: 'date', iso: '2025-08-31' });
    expect(parseDate({ value: 45900 })).toEqual({ kind: 'date', iso: '2025-08-31' });
    expect(parseDate({ value: '45900' })).toEqual({ kind: 'date', iso: '2025-08-31' });
    expect(parseDate({ value: 45900, format: 'General' })).toEqual({ kind: 'date', iso: '2025-08-31' });
    expect(parseDate({ value: 2025 })).toBeNull();
    expect(parseDate({ value: 99999 })).toBeNull();
    expect(parseDate({ value: 45900.5 })).toBeNull();
    expect(parseDate('12345')).toBeNull();
  });
  it('ignores booleans and blanks', () => {
    expect(parseDate({ value: true })).toBeNull();
    expect(parseDate({ value: null })).toBeNull();
    expect(parseDate({ value: undefined })).toBeNull();
  });
});
