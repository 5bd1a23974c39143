import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { Grid } from '../../../src/core/grid';
import { a1 } from '../../../src/core/grid';
import type { Scorecard } from '../../../src/core/scorecard/model';

export const FIXTURES = path.join(__dirname, '..', '..', 'fixtures');
export const GENERATED = path.join(FIXTURES, 'generated');

export async function tempDir(prefix = 'cruscotto-xlsx-'): Promise<string> {
  return fs.mkdtemp(path.join(os.tmpdir(), prefix));
}

export interface CellSnapshot {
  value: unknown;
  formula: string | null;
  format: string;
}

/** every non-empty cell of a grid keyed by A1 address (empty cells with a non-General format count too) */
export function cellsOf(g: Grid): Map<string, CellSnapshot> {
  const out = new Map<string, CellSnapshot>();
  g.values.forEach((row, i) =>
    row.forEach((value, j) => {
      const formula = g.formulas[i][j];
      const format = g.formats[i][j];
      if (value === null && formula === null && format === 'General') return;
      out.set(a1(g.top + i, g.left + j), { value, formula, format });
    }),
  );
  return out;
}

/** addresses whose value, formula or format differ between two snapshots */
export function changedCells(before: Grid, after: Grid): string[] {
  const x = cellsOf(before);
  const y = cellsOf(after);
  const keys = new Set([...x.keys(), ...y.keys()]);
  const changed: string[] = [];
  for (const k of keys) {
    const p = x.get(k);
    const q = y.get(k);
    if (!p || !q || p.formula !== q.formula || p.format !== q.format || !Object.is(p.value, q.value)) changed.push(k);
  }
  return changed.sort();
}

export function sampleScorecard(sheet = 'Obiettivi operativi'): Scorecard {
  return {
    sheet,
    layout: 'consuntivo-gerarchico',
    policy: 'proporzionale',
    areas: [
      {
        name: 'BSC1 - Utenti-imprese-territorio',
        grade: 0.9787,
        status: 'Parzialmente raggiunto',
        rows: [
          { objectiveId: '01.01', code: '01.01', title: 'ARBITRATO: assistenza alle parti per le tecnologie', level: 'operative', weight: 1, grade: 0.9787, status: 'Parzialmente raggiunto', errors: 0, warnings: 1, indicators: 1 },
          { objectiveId: '01.02', code: '01.02', title: 'Verifica dinamica mediatore immobiliare al 31/12', level: 'operative', weight: 0.5556, grade: 1, status: 'Raggiunto', errors: 0, warnings: 0, indicators: 2 },
          { objectiveId: '01.03', code: '01.03', title: "Cancellazione d'ufficio società di persone", level: 'operative', weight: null, grade: 0.5, status: 'Non raggiunto', errors: 2, warnings: 0, indicators: 1 },
        ],
      },
      {
        name: 'BSC4 - Processi interni',
        grade: null,
        status: 'Non valutabile',
        rows: [{ objectiveId: '09.12', code: null, title: 'Efficienza nella gestione dei bandi', level: 'operative', weight: null, grade: null, status: 'Non valutabile', errors: 1, warnings: 0, indicators: 2 }],
      },
      { name: 'Area vuota', grade: null, status: 'Non valutabile', rows: [] },
    ],
    total: { grade: 0.8262, status: 'Parzialmente raggiunto', objectives: 4, indicators: 6, errors: 3, warnings: 1 },
  };
}
