import type { Band, Policy } from './types';

/**
 * Status labels every policy uses unless it brings its own bands. 0.995 rather than 1: a grade shown as
 * "100,00%" or "99,5%" rounded is "raggiunto" for the reader.
 */
export const DEFAULT_BANDS: Band[] = [
  { min: 0.995, label: 'Raggiunto' },
  { min: 0.7, label: 'Parzialmente raggiunto' },
  { min: Number.NEGATIVE_INFINITY, label: 'Non raggiunto' },
];

/**
 * The grading policies users can pick. "proporzionale" is the default: what seed 002 and the
 * sources show (PERFORM+ uses the same >= / <= rules). The others are options some offices use:
 * - soglia: proportional, but a grade below 50% counts 0 (half the target is the usual floor in
 *   SMVP "soglia minima di accesso" rules; offices with another floor would need their own policy);
 * - fasce: under 70% counts 0, 70–99% keeps the proportional grade, a met target counts 100%;
 * - baseline: progress from the baseline, (A−B)/(T−B), when the indicator has one (Quantive, BSC Designer);
 * - binaria: 100% when met, 0 otherwise;
 * - sovraperformance: proportional, with over-achievement counted up to 120%.
 */
export const POLICIES: Policy[] = [
  { name: 'proporzionale', label: 'Proporzionale' },
  { name: 'soglia', label: 'Proporzionale con soglia minima del 50%', threshold: 0.5 },
  {
    name: 'fasce',
    label: 'A fasce (<70% non raggiunto, 70–99% parziale, 100% raggiunto)',
    bands: [
      // only a met target (grade exactly 1) is "raggiunto" here: 99,6% stays partial
      { min: 1, label: 'Raggiunto', grade: 1 },
      { min: 0.7, label: 'Parzialmente raggiunto' },
      { min: Number.NEGATIVE_INFINITY, label: 'Non raggiunto', grade: 0 },
    ],
  },
  { name: 'baseline', label: 'Progresso dalla baseline (A−B)/(T−B)', baselineProgress: true },
  { name: 'binaria', label: 'Binaria (raggiunto / non raggiunto)', binary: true },
  { name: 'sovraperformance', label: 'Proporzionale con sovraperformance fino al 120%', cap: 1.2 },
];

export function getPolicy(name: string): Policy | null {
  return POLICIES.find((p) => p.name === name) ?? null;
}

/** The status label of a grade under a policy's bands (the default bands when it has none). */
export function statusLabel(grade: number | null, policy: Policy): string {
  if (grade === null || !Number.isFinite(grade)) return 'Non valutabile';
  const bands = [...(policy.bands ?? DEFAULT_BANDS)].sort((a, b) => b.min - a.min);
  if (bands.length === 0) return 'Non valutabile';
  return (bands.find((b) => grade >= b.min - 1e-9) ?? bands[bands.length - 1]).label;
}
