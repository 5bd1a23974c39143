import type { Layout } from '../core/plan';

/** Italian names of the plan families, for the pane and the CLI summary. */
export const LAYOUT_LABELS: Record<Layout, string> = {
  'consuntivo-gerarchico': 'Obiettivi operativi con consuntivo (gerarchico)',
  'piao-valore-pubblico': 'PIAO – Scheda del Valore Pubblico',
  'cruscotto-strategico': 'Cruscotto strategico',
  'piano-performance': 'Piano della performance',
  pira: 'PIRA – consuntivo',
  'tabella-generica': 'Tabella di indicatori',
};

/** 0.9787 -> "97,87%" */
export function percentIt(x: number | null | undefined, decimals = 2): string {
  if (x === null || x === undefined || !Number.isFinite(x)) return '—';
  return (x * 100).toLocaleString('it-IT', { minimumFractionDigits: decimals, maximumFractionDigits: decimals }) + '%';
}
