import { parseValue, sameUnitFamily } from '../../../src/core/values';
import type { Known } from '../../../src/core/values/types';

const known = (text: string): Known => {
  const v = parseValue({ value: text });
  if (v.kind === 'missing' || v.kind === 'unreadable') throw new Error(`test value not readable: ${text}`);
  return v;
};

describe('sameUnitFamily', () => {
  test.each([
    ['97,87 %', '70%'],
    ['46 N. / 47 N.', '70,00 %'],
    ['8.922 N.', '14.356'],
    ['2 N.', '3 n.'],
    ['5,16 gg', '2 gg'],
    ['5,16 gg', '3'],
    ['08:00 hh', '6'],
    ['€ 2.000,00', '1.500'],
    ['31/12/2023', '30-06-2023'],
    ['si', 'no'],
  ])('%j and %j compare', (a, b) => {
    expect(sameUnitFamily(known(a), known(b))).toBe(true);
    expect(sameUnitFamily(known(b), known(a))).toBe(true);
  });
  test.each([
    ['97,87 %', '5 gg'],
    ['46 N. / 47 N.', '2 N.'],
    ['90%', '90'],
    ['5 gg', '5 N.'],
    ['08:00', '5 gg'],
    ['€ 5,00', '5 N.'],
    ['31/12/2023', '45'],
    ['31/12/2023', '100%'],
    ['si', '1'],
  ])('%j and %j do not', (a, b) => {
    expect(sameUnitFamily(known(a), known(b))).toBe(false);
    expect(sameUnitFamily(known(b), known(a))).toBe(false);
  });
});
