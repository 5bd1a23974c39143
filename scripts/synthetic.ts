/**
 * A synthetic seed-002-like consuntivo (GRUPPO > AMBITO > OBIETTIVO STRATEGICO > OBIETTIVO OPERATIVO > indicators)
 * of any size, as the Integra export writes it: every cell text ('46 N. / 47 N.', '97,87 %', '>= 70,00 %',
 * 'Entro 31-12-2023', '55,56%'). Deterministic (seeded), so two runs time the same sheet.
 */
import type { CellValue, Grid } from '../src/core/grid';

export const SYNTHETIC_HEADERS = [
  'GRUPPO',
  'AMBITO STRATEGICO',
  'OBBIETTIVO STRATEGICO',
  'OBBIETTIVO OPERATIVO',
  'PESO',
  'INDICATORE',
  'ALGORITMO',
  'VALORI MISURE',
  'CONSUNTIVO',
  'TARGET',
  'GRADO RAGGIUNGIMENTO',
  'VALUTAZIONE',
];

/** mulberry32: tiny, fast, good enough to vary a benchmark sheet */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const AREAS = [
  ['BSC1 - Utenti-imprese-territorio', '011 - Utenti, imprese e territorio'],
  ['BSC4 - Processi interni', '032 - Processi interni'],
  ['BSC3 - Apprendimento, crescita e innovazione', '012 - Apprendimento, crescita e innovazione'],
  ['BSC2 - Economico-finanziaria', '033 - Economico-finanziaria'],
];
const STRATEGIC = [
  'Semplificazione Amministrativa e Digitalizzazione dei Servizi',
  'Innovazione, Sviluppo, Sostenibilità e Transizione Green',
  'Valorizzazione del patrimonio culturale, Turismo e Promozione integrata del territorio',
  'Qualità, efficienza e centralità della performance',
  'Consolidamento del modello organizzativo del nuovo Ente',
  'Valorizzazione del capitale umano e dei livelli di benessere organizzativo',
];
const OPERATIVE = [
  "ARBITRATO: assistenza alle parti per l'uso delle tecnologie a disposizione",
  'Verifica dinamica mediatore immobiliare al 31/12',
  "Cancellazione d'ufficio società di persone ai sensi dpr 247, con provvedimento del Conservatore",
  "Assegnazione d'ufficio di un domicilio digitale alle imprese prive di PEC",
  'Efficienza nella gestione dei bandi',
  'Monitoraggio costante degli standard di qualità della Carta dei servizi',
  'Regolarizzazione trasferimento IFS dipendenti cessati/trasferiti per mobilità vs. PA',
  'Tempestività interventi di assistenza informatica interna',
];

const it2 = (n: number) => n.toLocaleString('it-IT', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const itN = (n: number) => n.toLocaleString('it-IT', { useGrouping: true, maximumFractionDigits: 2 }).replace(/\u00a0/g, '.');
const dmy = (d: number, m: number, y: number) => `${String(d).padStart(2, '0')}-${String(m).padStart(2, '0')}-${y}`;

/** one indicator row (columns E..L) of one of four kinds seen in seed 002 */
function indicatorRow(rnd: () => number, weight: string, i: number): CellValue[] {
  const kind = Math.floor(rnd() * 4);
  if (kind === 0) {
    // ratio: 46 N. / 47 N. -> 97,87 % against >= 70,00 %
    const b = 10 + Math.floor(rnd() * 12000);
    const a = Math.max(0, b - Math.floor(rnd() * b * 0.2));
    const t = [50, 70, 80, 90, 100][Math.floor(rnd() * 5)];
    const v = (a / b) * 100;
    const g = v >= t ? 100 : (v / t) * 100;
    return [weight, `n. pratiche evase / n. pratiche ricevute (${i})`, 'n. pratiche evase / n. pratiche ricevute', `${itN(a)} N. / ${itN(b)} N.`, `${it2(v)} %`, `>= ${it2(t)} %`, `${it2(g)}%`, null];
  }
  if (kind === 1) {
    // count: 4 N. against >= 3 N.
    const t = 1 + Math.floor(rnd() * 10);
    const a = t + Math.floor(rnd() * 5) - 1;
    const g = a >= t ? 100 : (a / t) * 100;
    return [weight, `numero minimo di iniziative-azioni (${i})`, 'numero minimo di iniziative-azioni', `${a} N.`, `${a} N.`, `>= ${t} N.`, `${it2(g)}%`, null];
  }
  if (kind === 2) {
    // days: 5,16 gg against <= 10 gg
    const t = 2 + Math.floor(rnd() * 60);
    const a = Math.round(rnd() * t * 1.3 * 100) / 100;
    const g = a <= t ? 100 : (t / a) * 100;
    return [weight, `tempo medio di lavorazione delle istanze (${i})`, 'tempo medio di lavorazione delle istanze', `${it2(a)} gg`, `${it2(a)} gg`, `<= ${t} gg`, `${it2(g)}%`, null];
  }
  // deadline: 20-12-2023 against Entro 31-12-2023
  const d = 1 + Math.floor(rnd() * 28);
  const m = 1 + Math.floor(rnd() * 12);
  return [weight, `Adozione del provvedimento entro il termine (${i})`, 'Adozione del provvedimento', dmy(d, m, 2023), dmy(d, m, 2023), 'Entro 31-12-2023', '100,00%', null];
}

/** weights of n indicators as seed 002 writes them: 100,00% / 50,00% ×2 / 33,33% 33,34% 33,33% / 25,00% ×4 */
function weights(n: number): string[] {
  if (n === 3) return ['33,33%', '33,34%', '33,33%'];
  return Array.from({ length: n }, () => `${it2(100 / n)}%`);
}

/**
 * A plan with exactly `indicators` indicator rows (plus the objective, strategic, area and header lines).
 * 1–4 indicators per operative objective, 10 operative objectives per strategic one.
 */
export function syntheticPlanGrid(indicators: number, seed = 2023, sheet = 'Obiettivi operativi'): Grid {
  const rnd = prng(seed);
  const width = SYNTHETIC_HEADERS.length;
  const rows: CellValue[][] = [];
  const line = (col: number, text: string, grade: string | null = null): void => {
    const r: CellValue[] = new Array<CellValue>(width).fill(null);
    r[col] = text;
    if (grade !== null) r[10] = grade;
    rows.push(r);
  };
  rows.push(['Obiettivi operativi con indicatori - Camera sintetica dicembre 2023', ...new Array<CellValue>(width - 1).fill(null)]);
  rows.push(new Array<CellValue>(width).fill(null));
  rows.push([...SYNTHETIC_HEADERS]);
  line(0, 'Camera di Commercio sintetica');
  let left = indicators;
  let s = 0;
  let o = 0;
  while (left > 0) {
    if (s % 6 === 0) {
      const [bsc, mission] = AREAS[(s / 6) % AREAS.length];
      line(1, bsc);
      line(1, mission);
    }
    s++;
    line(2, `${String(s).padStart(2, '0')} - ${STRATEGIC[s % STRATEGIC.length]}`);
    for (let k = 1; k <= 10 && left > 0; k++) {
      o++;
      const n = Math.min(left, 1 + Math.floor(rnd() * 4));
      line(3, `${String(s).padStart(2, '0')}.${String(k).padStart(2, '0')} - ${OPERATIVE[o % OPERATIVE.length]}`, '100,00%');
      for (const w of weights(n)) {
        rows.push([null, null, null, null, ...indicatorRow(rnd, w, indicators - left + 1)]);
        left--;
      }
    }
  }
  return {
    sheet,
    top: 0,
    left: 0,
    values: rows,
    formats: rows.map(() => new Array<string>(width).fill('General')),
    formulas: rows.map(() => new Array<string | null>(width).fill(null)),
    merges: [],
  };
}
