import { parseNumber } from '../../../src/core/values';
import type { NumberValue, Unit } from '../../../src/core/values/types';

const n = (value: number, unit: Unit, step: number, ratio?: { num: number; den: number }): NumberValue =>
  ratio ? { kind: 'number', value, unit, step, ratio } : { kind: 'number', value, unit, step };

describe('parseNumber: Italian numbers', () => {
  const cases: [string, NumberValue][] = [
    ['1.010', n(1010, null, 1)],
    ['14.356', n(14356, null, 1)],
    ['11.383.804', n(11383804, null, 1)],
    ['1.234.567,89', n(1234567.89, null, 0.01)],
    ['97,87', n(97.87, null, 0.01)],
    ['-21,77', n(-21.77, null, 0.01)],
    ['- 437.808,81', n(-437808.81, null, 0.01)],
    ['+5', n(5, null, 1)],
    ['1,013', n(1.013, null, 0.001)],
    ['0,92', n(0.92, null, 0.01)],
    ['2,00', n(2, null, 0.01)],
    ['08', n(8, null, 1)],
    ['0', n(0, null, 1)],
    ['-0', n(0, null, 1)],
    ['8,4', n(8.4, null, 0.1)],
    // English writing where it cannot be Italian
    ['0.9787', n(0.9787, null, 0.0001)],
    ['0.5', n(0.5, null, 0.1)],
    ['3.75', n(3.75, null, 0.01)],
    ['0.920', n(0.92, null, 0.001)],
    ['1,234.56', n(1234.56, null, 0.01)],
    ['1,234,567', n(1234567, null, 1)],
  ];
  test.each(cases)('%s', (text, expected) => {
    expect(parseNumber(text)).toEqual(expected);
  });
});

describe('parseNumber: units', () => {
  const cases: [string, NumberValue][] = [
    ['8.922 N.', n(8922, 'n', 1)],
    ['0,20 N.', n(0.2, 'n', 0.01)],
    ['3,46 N.', n(3.46, 'n', 0.01)],
    ['2 n.', n(2, 'n', 1)],
    ['2 n', n(2, 'n', 1)],
    ['n. 1', n(1, 'n', 1)],
    ['n° 12', n(12, 'n', 1)],
    ['10 immissioni', n(10, 'n', 1)],
    ['5,16 gg', n(5.16, 'gg', 0.01)],
    ['2,1 gg.', n(2.1, 'gg', 0.1)],
    ['3 giorni', n(3, 'gg', 1)],
    ['3 giorni lavorativi', n(3, 'gg', 1)],
    ['1 giorno', n(1, 'gg', 1)],
    ['6 h', n(6, 'h', 1)],
    ['6 hh', n(6, 'h', 1)],
    ['12 ore', n(12, 'h', 1)],
    ['359.584,97 €', n(359584.97, '€', 0.01)],
    ['€ 2.000,00', n(2000, '€', 0.01)],
    ['€ 0,00', n(0, '€', 0.01)],
    ['€5', n(5, '€', 1)],
    ['235.000,00 Euro', n(235000, '€', 0.01)],
    ['-€ 5,50', n(-5.5, '€', 0.01)],
    ['€ -5,50', n(-5.5, '€', 0.01)],
  ];
  test.each(cases)('%s', (text, expected) => {
    expect(parseNumber(text)).toEqual(expected);
  });
});

describe('parseNumber: hours written as a clock', () => {
  test.each([
    ['08:00', 8],
    ['08:00 hh', 8],
    ['8:30', 8.5],
    ['8:30 ore', 8.5],
    ['120:15', 120.25],
  ])('%s -> %d hours', (text, hours) => {
    expect(parseNumber(text)).toEqual(n(hours, 'h', 1 / 60));
  });
  it('reads seconds with a one-second step', () => {
    expect(parseNumber('01:30:30')).toEqual(n(1.5 + 30 / 3600, 'h', 1 / 3600));
  });
  it('refuses a clock with another unit or bad minutes', () => {
    expect(parseNumber('08:00 gg')).toBeNull();
    expect(parseNumber('08:75')).toBeNull();
    expect(parseNumber('€ 08:00')).toBeNull();
  });
});

describe('parseNumber: percentages are fractions with the displayed step', () => {
  const cases: [string, number, number][] = [
    ['100,00%', 1, 0.0001],
    ['97,87 %', 0.9787, 0.0001],
    ['33,3%', 0.333, 0.001],
    ['14,3%', 0.143, 0.001],
    ['9,85%', 0.0985, 0.0001],
    ['-3,00%', -0.03, 0.0001],
    ['-3%', -0.03, 0.01],
    ['100%', 1, 0.01],
    ['0%', 0, 0.01],
    ['800,00 %', 8, 0.0001],
    ['% 100,00 %', 1, 0.0001],
    ['% 90', 0.9, 0.01],
  ];
  test.each(cases)('%s', (text, value, step) => {
    expect(parseNumber(text)).toEqual(n(value, '%', step));
  });
});

describe('parseNumber: fractions', () => {
  it('reads "46 N. / 47 N." as a ratio in percent', () => {
    expect(parseNumber('46 N. / 47 N.')).toEqual(n(46 / 47, '%', 1e-4, { num: 46, den: 47 }));
  });
  it('reads thousands on both sides', () => {
    expect(parseNumber('8.922 N. / 9.213 N.')).toEqual(n(8922 / 9213, '%', 1e-4, { num: 8922, den: 9213 }));
    expect(parseNumber('936 N. / 1.010 N.')).toEqual(n(936 / 1010, '%', 1e-4, { num: 936, den: 1010 }));
  });
  it('reads a denominator followed by what it counts', () => {
    expect(parseNumber('286/10.000 imprese attive')).toEqual(n(0.0286, '%', 1e-4, { num: 286, den: 10000 }));
    expect(parseNumber('80/10.000 imprese attive')).toEqual(n(0.008, '%', 1e-4, { num: 80, den: 10000 }));
  });
  it('refuses a zero denominator', () => {
    expect(parseNumber('5 N. / 0 N.')).toBeNull();
    expect(parseNumber('0/0')).toBeNull();
  });
  it('refuses fractions of percentages, amounts, days, and algorithms in words', () => {
    expect(parseNumber('50% / 60%')).toBeNull();
    expect(parseNumber('€ 5 / € 6')).toBeNull();
    expect(parseNumber('3 gg / 4 gg')).toBeNull();
    expect(parseNumber('n atti depositati in modalità telematica / n° atti depositati')).toBeNull();
    expect(parseNumber('5 / ')).toBeNull();
    expect(parseNumber('1/2/3')).toBeNull();
  });
});

describe('parseNumber: not a number', () => {
  test.each([
    [''],
    ['   '],
    ['n.d.'],
    ['---'],
    ['si'],
    ['31/12/2023'],
    ['30.04.2025'],
    ['1.2.4 - Comunicazione'],
    ['4.2 Analisi di genere'],
    ['10.12 - Qualità della fascicolazione'],
    ['3, Promozione integrata del territorio'],
    ['3.Promozione integrata del territorio'],
    ['012 Regolazione dei mercati'],
    ['Nr indicatori associati 4'],
    ['Piano investimenti 3500'],
    ['Stato di attuazione piano progetto 100%'],
    ['Peso: 33,33 %'],
    ['Formazione lavoro (pgt 20%)'],
    ['realizzazione almeno dell\'80% dei progetti annuali di miglioramento'],
    ['Sperimentazione su almeno 5 processi di comunicazione'],
    ['5 processi di comunicazione interna'],
    ['3 mesi'],
    ['50% delle pratiche'],
    ['1.23.456'],
    ['1,2,3'],
    ['1.234,5.6'],
    ['12,'],
    [',5'],
    ['>= 5'],
    ['%'],
    ['€'],
    ['2025-2027'],
  ])('%j', (text) => {
    expect(parseNumber(text)).toBeNull();
  });
});
