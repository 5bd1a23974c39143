import fc from 'fast-check';
import { analyseGrid, gradeEdits, policyOrDefault, scorecardOf } from '../../src/app/analyse';
import { toReport, ReportSchema } from '../../src/app/report';
import { gridFromRows, parseA1, type CellValue } from '../../src/core/grid';
import { POLICIES } from '../../src/core/grade/policies';

/** Cells users really type, headings included, so random grids often look like (broken) plans. */
const CELLS: CellValue[] = [
  'INDICATORE', 'Indicatori', 'PESO', 'Peso indicatori:', 'TARGET', 'Target 2025', 'CONSUNTIVO', 'GRADO RAGGIUNGIMENTO',
  'OBBIETTIVO OPERATIVO', 'OBIETTIVO STRATEGICO', 'AMBITO STRATEGICO', 'Stato 2024', 'VALORI MISURE', 'Codice', 'Obiettivo:',
  'Codice:', 'Peso: 33,33 %', 'Area di responsabilità:', 'Indicatore', 'Risultato anno 2019', 'Tipologia', '2021',
  '01.01 - Arbitrato', '01 - Semplificazione', 'BSC1 - Utenti', '01_01_OS01', '1. Semplificazione', 'SG_1 - Obiettivo',
  '100,00%', '20,00%', '14,3%', '>= 70,00 %', '<= 10 gg', 'Entro 31-12-2023', '46 N. / 47 N.', '97,87 %', 'n.d.', '---',
  'si', 'no', '= sì', 'da definire', '>=', '≥1', 'x ≤ x-1', '31/12/2025', 'apr-21', '8.922 N.', '-21,77', 'X',
  'Realizzazione del programma annuale di attività', 0.25, 1, 0, 45900, 100, -3, null, null, null, '', true,
];

const arbGrid = fc.array(fc.array(fc.constantFrom(...CELLS), { maxLength: 12 }), { maxLength: 40 });

describe('the engine never throws on any grid', () => {
  it('random grids of real-looking cells: analysis, report, edits and scorecard stay well-formed', () => {
    fc.assert(
      fc.property(arbGrid, fc.constantFrom(...POLICIES.map((p) => p.name)), (rows, policy) => {
        const g = gridFromRows('Foglio 1', rows);
        const a = analyseGrid(g, policyOrDefault(policy));
        for (const f of a.findings) {
          expect(() => parseA1(f.cell)).not.toThrow();
          expect(f.message).toContain('Foglio «Foglio 1»');
        }
        ReportSchema.parse(JSON.parse(JSON.stringify(toReport('x.xlsx', [a]))));
        for (const e of gradeEdits(a)) {
          expect(e.row).toBeGreaterThanOrEqual(0);
          if (typeof e.value === 'number') expect(Number.isFinite(e.value)).toBe(true);
        }
        scorecardOf(a);
      }),
      { numRuns: 400 },
    );
  });
});
