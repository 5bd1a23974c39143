import { gridFromRows, type CellValue, type Grid } from '../../../src/core/grid';
import { recognise } from '../../../src/core/recognise';
import { splitCode } from '../../../src/core/recognise/codes';
import { classifyHeading } from '../../../src/core/recognise/headings';

const P = '0.00%';

function withFormats(g: Grid, fmt: Record<string, string>): Grid {
  for (const [k, f] of Object.entries(fmt)) {
    const [r, c] = k.split(',').map(Number);
    g.formats[r][c] = f;
  }
  return g;
}

describe('headings and codes', () => {
  it('maps heading synonyms and typos to roles', () => {
    expect(classifyHeading('OBBIETTIVO OPERATIVO')?.role).toBe('operative');
    expect(classifyHeading('Peso indicatori:')?.role).toBe('weight');
    expect(classifyHeading('Risultato atteso 2019')).toEqual({ role: 'target', year: 2019 });
    expect(classifyHeading('Consuntivo 2025')).toEqual({ role: 'actual', year: 2025 });
    expect(classifyHeading('GRADO RAGGIUNGIMENTO')?.role).toBe('grade');
    expect(classifyHeading('Stato 2024')).toEqual({ role: 'baseline', year: 2024 });
    expect(classifyHeading(2021)).toEqual({ role: 'year', year: 2021 });
    expect(classifyHeading('Importo')).toBeNull();
  });
  it('finds codes inside titles but not funding tags', () => {
    expect(splitCode('01.01 - ARBITRATO: assistenza')).toEqual({ code: '01.01', title: 'ARBITRATO: assistenza' });
    expect(splitCode('1. Semplificazione Amministrativa')).toEqual({ code: '1', title: 'Semplificazione Amministrativa' });
    expect(splitCode('011_Competitività delle Imprese').code).toBe('011');
    expect(splitCode('PO2_2_2021 - PO2_2 Aggiornamento').code).toBe('PO2_2_2021');
    expect(splitCode('La doppia transizione (pgt 20%)')).toEqual({ code: null, title: 'La doppia transizione (pgt 20%)' });
  });
});

describe('natively typed plans', () => {
  it('reads native numbers, % formats and date serials in a hierarchical consuntivo', () => {
    const rows: CellValue[][] = [
      ['Piano 2025'],
      [],
      ['AMBITO', 'OBIETTIVO STRATEGICO', 'OBIETTIVO OPERATIVO', 'PESO', 'INDICATORE', 'CONSUNTIVO', 'TARGET', 'GRADO RAGGIUNGIMENTO'],
      ['A1 - Imprese'],
      [null, '01 - Digitale'],
      [null, null, '01.01 - Fascicolo'],
      [null, null, null, 0.6, 'Imprese con fascicolo', 0.45, 0.5, null],
      [null, null, null, 0.4, 'Scadenza report', 45900, 45930, null],
    ];
    const g = withFormats(gridFromRows('Piano', rows), { '6,3': P, '6,5': P, '6,6': P, '7,3': P, '7,5': 'dd/mm/yyyy', '7,6': 'dd/mm/yyyy' });
    const p = recognise(g)!;
    expect(p.layout).toBe('consuntivo-gerarchico');
    const o = p.objectives.find((x) => x.code === '01.01')!;
    expect(o.indicators).toHaveLength(2);
    const [a, b] = o.indicators;
    expect(a.weight).toMatchObject({ kind: 'number', value: 0.6, unit: '%' });
    expect(a.actual).toMatchObject({ kind: 'number', value: 0.45 });
    expect(a.target).toMatchObject({ kind: 'target', op: null, value: { kind: 'number', value: 0.5 } });
    expect(a.gradeCell).toBe('H7');
    expect(b.actual).toEqual({ kind: 'date', iso: '2025-08-31' });
    expect(b.target).toMatchObject({ value: { kind: 'date', iso: '2025-09-30' } });
    expect(p.hasActuals).toBe(true);
    expect(p.gradeColumn).toBe(7);
  });

  it('reads a two-row merged header with an unlabeled operator column, columns in any order', () => {
    const rows: CellValue[][] = [
      ['Codice', 'Indicatore', 'Target 2025', null, 'Peso', 'Consuntivo 2025'],
      [null, null, 'op', 'valore', null, null],
      ['OB1', 'Pratiche evase', '>=', '90%', 0.5, '95%'],
      ['OB1', 'Tempo medio', '<=', '5 gg', 0.5, '7 gg'],
    ];
    const g = gridFromRows('T', rows, { merges: [{ top: 0, left: 2, bottom: 0, right: 3 }] });
    const p = recognise(g)!;
    const inds = p.objectives.flatMap((o) => o.indicators);
    expect(inds).toHaveLength(2);
    expect(inds[0].target).toMatchObject({ op: '>=', value: { value: 0.9 } });
    expect(inds[0].targetCell).toBe('D3');
    expect(inds[1].target).toMatchObject({ op: '<=', value: { value: 5, unit: 'gg' } });
    expect(inds[1].weight).toMatchObject({ value: 0.5 });
    expect(inds[1].actual).toMatchObject({ value: 7 });
  });

  it('reads one objective per sheet with key/value lines above its table', () => {
    const rows: CellValue[][] = [
      ['Obiettivo:', 'Digitalizzazione dei servizi'],
      ['Codice:', '01_01_OS01'],
      ['Area di responsabilità:', 'Promozione'],
      ['Indicatori', 'UdM', 'Stato 2024', 'Target 2025', 'Peso indicatori'],
      ['Eventi organizzati', 'n.', '3', '>= 5', '50,0%'],
      ['Bando approvato', 'data', 'n.d.', 'entro 30/06/2025', '50,0%'],
    ];
    const p = recognise(gridFromRows('OS01', rows))!;
    const o = p.objectives.find((x) => x.code === '01_01_OS01')!;
    expect(o.title).toBe('Digitalizzazione dei servizi');
    expect(o.level).toBe('strategic');
    expect(o.indicators).toHaveLength(2);
    expect(o.indicators[1].target).toMatchObject({ op: 'entro', value: { iso: '2025-06-30' } });
    expect(p.objectives.find((x) => x.id === o.parentId)?.title).toBe('Promozione');
  });
});

describe('non-plan tables are never taken for plans', () => {
  it.each([
    ['budget', [['Voce', 'Importo 2024', 'Importo 2025'], ['Proventi correnti', '1.200.000,00 €', '1.250.000,00 €'], ['Oneri', '900.000', '950.000']]],
    ['gender statistics', [['Genere', 'Numero', '%'], ['Donne', 64, '64%'], ['Uomini', 36, '36%']]],
    ['yearly statistics', [['Indicatore', 'Valore 2023', 'Valore 2024'], ['Imprese attive', '14.356', '14.400']]],
    ['prose', [['Il Piano della performance è il documento…'], ['Obiettivi strategici e performance operativa']]],
    ['empty', []],
  ])('%s', (_, rows) => {
    expect(recognise(gridFromRows('X', rows as CellValue[][]))).toBeNull();
  });
});

describe('heading variants', () => {
  it.each(['% raggiungimento', '% di raggiungimento', 'Grado di raggiungimento', 'OBBIETTIVO STRATEGICO', 'Unità di misura', 'UdM', '2025'])('%s is a heading', (h) => {
    expect(classifyHeading(h)).not.toBeNull();
  });
});
