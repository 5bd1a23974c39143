import { parseOperator } from '../../../src/core/values';
import type { Op } from '../../../src/core/values/types';

describe('parseOperator', () => {
  const cases: [string, Op, string][] = [
    ['>= 70,00 %', '>=', '70,00 %'],
    ['<= 2,00 gg', '<=', '2,00 gg'],
    ['= si', '=', 'si'],
    ['> 3,5', '>', '3,5'],
    ['< 20%', '<', '20%'],
    ['≥1', '>=', '1'],
    ['≤5%', '<=', '5%'],
    ['=<', '<=', ''],
    ['=> 5', '>=', '5'],
    ['≥=90%', '>=', '90%'],
    ['≤= 30 gg', '<=', '30 gg'],
    ['> = 5', '>=', '5'],
    ['< = 5', '<=', '5'],
    ['== 3', '=', '3'],
    ['  >=   80 %  ', '>=', '80 %'],
    ['≥ a medio', '>=', 'a medio'],
    ['≥', '>=', ''],
    ['>=', '>=', ''],
    ['almeno 5', '>=', '5'],
    ['Almeno il 90%', '>=', '90%'],
    ['non inferiore a 80%', '>=', '80%'],
    ['non inferiore al 80%', '>=', '80%'],
    ['non superiore a 30 gg', '<=', '30 gg'],
    ['massimo 10', '<=', '10'],
    ['max 10', '<=', '10'],
    ['max. 10', '<=', '10'],
    ['Entro 31-12-2023', 'entro', '31-12-2023'],
    ['entro il 30/06/2025', 'entro', '30/06/2025'],
    ['ENTRO IL 30/06/2025', 'entro', '30/06/2025'],
    ['entro', 'entro', ''],
    ['Entro', 'entro', ''],
    ['$\\geq 2,00$ N.', '>=', '2,00 N.'],
    ['$\\leq$ 5', '<=', '5'],
  ];
  test.each(cases)('%j -> %s, rest %j', (text, op, rest) => {
    expect(parseOperator(text)).toEqual({ op, rest });
  });

  test.each([
    [''],
    ['   '],
    ['70%'],
    ['x ≤ x-1'],
    ['entrata in vigore'],
    ['maximum'],
    ['almenoX'],
    ['- 5'],
    ['n.d.'],
    ['$5'],
    ['Target 2021 >= 90,00 %'],
  ])('no leading operator: %j', (text) => {
    expect(parseOperator(text)).toBeNull();
  });
});
