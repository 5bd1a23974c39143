import { parseTarget } from '../../../src/core/values';
import type { CellInput, Known, Op, RelativeValue, TargetResult, Unit } from '../../../src/core/values/types';

const t = (op: Op | null, value: Known | RelativeValue, raw: string): TargetResult => ({ kind: 'target', op, value, raw });
const pct = (value: number, step: number): Known => ({ kind: 'number', value, unit: '%', step });
const num = (value: number, unit: Unit, step: number): Known => ({ kind: 'number', value, unit, step });
const date = (iso: string): Known => ({ kind: 'date', iso });

describe('parseTarget: operators and numbers', () => {
  const cases: [string, Op | null, Known | RelativeValue][] = [
    ['>= 70,00 %', '>=', pct(0.7, 0.0001)],
    ['>= 100,00 %', '>=', pct(1, 0.0001)],
    ['>= 2 N.', '>=', num(2, 'n', 1)],
    ['>= 8,00 N.', '>=', num(8, 'n', 0.01)],
    ['<= 2,00 gg', '<=', num(2, 'gg', 0.01)],
    ['<= 15 gg', '<=', num(15, 'gg', 1)],
    ['≤= 30 gg', '<=', num(30, 'gg', 1)],
    ['≥=90%', '>=', pct(0.9, 0.01)],
    ['=< 5', '<=', num(5, null, 1)],
    ['=> 5', '>=', num(5, null, 1)],
    ['> = 5', '>=', num(5, null, 1)],
    ['≥1', '>=', num(1, null, 1)],
    ['≥ 3,5', '>=', num(3.5, null, 0.1)],
    ['> 3,0', '>', num(3, null, 0.1)],
    ['<1', '<', num(1, null, 1)],
    ['< 20%', '<', pct(0.2, 0.01)],
    ['= 100%', '=', pct(1, 0.01)],
    ['>= % 100,00 %', '>=', pct(1, 0.0001)],
    ['$\\geq 2,00$ N.', '>=', num(2, 'n', 0.01)],
    ['ITP < -15', '<', num(-15, null, 1)],
    ['almeno 5', '>=', num(5, null, 1)],
    ['non inferiore a 80%', '>=', pct(0.8, 0.01)],
    ['non superiore a 30 gg', '<=', num(30, 'gg', 1)],
    ['massimo 10 gg', '<=', num(10, 'gg', 1)],
    ['max 2%', '<=', pct(0.02, 0.01)],
    ['>= 6 h', '>=', num(6, 'h', 1)],
    ['>= 08:00', '>=', num(8, 'h', 1 / 60)],
    // no operator: a number, a percentage
    ['80%', null, pct(0.8, 0.01)],
    ['14.356', null, num(14356, null, 1)],
    ['3', null, num(3, null, 1)],
    ['46 N. / 47 N.', null, { kind: 'number', value: 46 / 47, unit: '%', step: 1e-4, ratio: { num: 46, den: 47 } }],
  ];
  test.each(cases)('%j', (text, op, value) => {
    expect(parseTarget({ value: text })).toEqual(t(op, value, text));
  });
});

describe('parseTarget: dates and deadlines', () => {
  const cases: [string, Op | null, string][] = [
    ['Entro 31-12-2023', 'entro', '2023-12-31'],
    ['entro il 30/06/2025', 'entro', '2025-06-30'],
    ['Entro 31/03/2021', 'entro', '2021-03-31'],
    ['entro 30 giugno 2025', 'entro', '2025-06-30'],
    ['entro il 30 giugno 2025', 'entro', '2025-06-30'],
    ['entro dicembre 2025', 'entro', '2025-12-31'],
    ['entro feb-24', 'entro', '2024-02-29'],
    ['entro 2025', 'entro', '2025-12-31'],
    ['entro 45900', 'entro', '2025-08-31'],
    ['<= 31/12/2025', '<=', '2025-12-31'],
    ['<= 31.12.2025', '<=', '2025-12-31'],
    ['<= 10.01.2025', '<=', '2025-01-10'],
    ['< 31/12/2025', '<', '2025-12-31'],
    ['= 31/12/2025', '=', '2025-12-31'],
    ['>= apr-21', '>=', '2021-04-01'],
    ['31/12/2025', null, '2025-12-31'],
    ['30.04.2025', null, '2025-04-30'],
    ['apr-21', null, '2021-04-30'],
  ];
  test.each(cases)('%j -> %s %s', (text, op, iso) => {
    expect(parseTarget({ value: text })).toEqual(t(op, date(iso), text));
  });

  it('reads "entro 30 gg" as at most 30 days', () => {
    expect(parseTarget({ value: 'entro 30 gg' })).toEqual(t('<=', num(30, 'gg', 1), 'entro 30 gg'));
  });
});

describe('parseTarget: yes/no and relative targets', () => {
  const cases: [string, Op | null, Known | RelativeValue][] = [
    ['= si', '=', { kind: 'bool', value: true }],
    ['= sì', '=', { kind: 'bool', value: true }],
    ['= no', '=', { kind: 'bool', value: false }],
    ['si', null, { kind: 'bool', value: true }],
    ['SI', null, { kind: 'bool', value: true }],
    ['x ≤ x-1', '<=', { kind: 'relative', ref: 'previous' }],
    ['x < x-4', '<', { kind: 'relative', ref: 'previous' }],
    ['≤ anno precedente', '<=', { kind: 'relative', ref: 'previous' }],
    ['<= valore anno precedente', '<=', { kind: 'relative', ref: 'previous' }],
    ["<= valore dell'anno precedente", '<=', { kind: 'relative', ref: 'previous' }],
    ['< periodo precedente', '<', { kind: 'relative', ref: 'previous' }],
    ['≥ x - 1', '>=', { kind: 'relative', ref: 'previous' }],
    ['≥ a medio', '>=', { kind: 'relative', ref: 'average' }],
    ['≥ media', '>=', { kind: 'relative', ref: 'average' }],
    ['≥Medio', '>=', { kind: 'relative', ref: 'average' }],
    ['≥ media cluster', '>=', { kind: 'relative', ref: 'average' }],
    ['>= valore medio', '>=', { kind: 'relative', ref: 'average' }],
  ];
  test.each(cases)('%j', (text, op, value) => {
    expect(parseTarget({ value: text })).toEqual(t(op, value, text));
  });
});

describe('parseTarget: missing and unreadable', () => {
  test.each([['n.d.'], ['---'], ['-'], ['–'], ['N.D.'], ['nd'], ['n/d']])('missing %j', (text) => {
    expect(parseTarget({ value: text })).toEqual({ kind: 'missing', raw: text });
  });
  it('blank cells are missing', () => {
    expect(parseTarget({ value: null })).toEqual({ kind: 'missing', raw: '' });
    expect(parseTarget({ value: undefined })).toEqual({ kind: 'missing', raw: '' });
    expect(parseTarget({ value: '   ' })).toEqual({ kind: 'missing', raw: '' });
  });
  test.each([
    ['da definire'],
    ['>='],
    ['≥'],
    ['Entro'],
    ['entro il'],
    ['entro 31/02/2023'],
    ['entro 5'],
    ['>= da definire'],
    ['media'],
    ['x ≤'],
    ['<> 5'],
    ['scostamento max 0,02 da media cluster'],
    ['Stato di attuazione piano progetto 100%'],
    ['Target 2021 >= 90,00 %'],
    ['si/no'],
    ['>= 5 / 0'],
  ])('unreadable %j', (text) => {
    expect(parseTarget({ value: text })).toEqual({ kind: 'unreadable', raw: text });
  });
});

describe('parseTarget: native cells have no operator', () => {
  const cases: [CellInput, TargetResult][] = [
    [{ value: 0.7, format: '0.00%' }, t(null, pct(0.7, 0.0001), '70,00%')],
    [{ value: 0.7, format: '0%' }, t(null, pct(0.7, 0.01), '70%')],
    [{ value: 3 }, t(null, num(3, null, 1), '3')],
    [{ value: 2.5, format: '0.00' }, t(null, num(2.5, null, 0.01), '2,50')],
    [{ value: 45291, format: 'dd/mm/yyyy' }, t(null, date('2023-12-31'), '31/12/2023')],
    [{ value: true }, t(null, { kind: 'bool', value: true }, 'VERO')],
    [{ value: NaN }, { kind: 'unreadable', raw: 'NaN' }],
  ];
  test.each(cases)('%j', (cell, expected) => {
    expect(parseTarget(cell)).toEqual(expected);
  });
});
