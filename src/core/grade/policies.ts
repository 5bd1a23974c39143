import type { Policy } from './types';

/** Status labels every policy uses unless it brings its own bands. */
export const DEFAULT_BANDS = [
  { min: 0.995, label: 'Raggiunto' },
  { min: 0.7, label: 'Parzialmente raggiunto' },
  { min: Number.NEGATIVE_INFINITY, label: 'Non raggiunto' },
];

/**
 * The grading policies users can pick. "proporzionale" is the default: what seed 002 and the
 * sources show (PERFORM+ uses the same >= / <= rules). The others are options some offices use.
 */
export const POLICIES: Policy[] = [
  { name: 'proporzionale', label: 'Proporzionale (A/T, T/A)' },
  { name: 'soglia', label: 'Proporzionale con soglia minima 50%', threshold: 0.5 },
  {
    name: 'fasce',
    label: 'Fasce: <70% non raggiunto, 70–99% parziale, 100% raggiunto',
    bands: [
      { min: 0.995, label: 'Raggiunto', grade: 1 },
      { min: 0.7, label: 'Parzialmente raggiunto' },
      { min: Number.NEGATIVE_INFINITY, label: 'Non raggiunto', grade: 0 },
    ],
  },
  { name: 'baseline', label: 'Progresso dalla baseline (A−B)/(T−B)', baselineProgress: true },
  { name: 'binaria', label: 'Binaria: raggiunto / non raggiunto', binary: true },
  { name: 'sovraperformance', label: 'Proporzionale con sovraperformance fino al 120%', cap: 1.2 },
];

export function getPolicy(name: string): Policy | null {
  return POLICIES.find((p) => p.name === name) ?? null;
}

export function statusLabel(grade: number | null, policy: Policy): string {
  if (grade === null) return 'Non valutabile';
  const bands = [...(policy.bands ?? DEFAULT_BANDS)].sort((a, b) => b.min - a.min);
  return (bands.find((b) => grade >= b.min - 1e-9) ?? bands[bands.length - 1]).label;
}
