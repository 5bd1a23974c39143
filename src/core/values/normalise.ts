/** Text clean-up shared by the parsers: what PDFs, exports and typing put around values. */

/** Longer than this, a cell is prose (descriptions, algorithms), never a single value. */
export const MAX_VALUE_LENGTH = 80;

const SPACES = /[\s\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]+/g;
const MINUS = /[\u2212\ufe63\uff0d]/g;

/** NFC accents, one plain space between words, Unicode minus as '-', trimmed. */
export function normaliseText(text: string): string {
  let s = text;
  // Cheap checks first: the common cell is short ASCII
  if (/[^\x20-\x7e]/.test(s)) s = s.normalize('NFC').replace(MINUS, '-');
  return s.replace(SPACES, ' ').trim();
}

/** Lower-case, accents folded ('Sì' -> 'si'), for matching words. */
export function fold(text: string): string {
  const lower = text.toLowerCase();
  if (!/[^\x00-\x7f]/.test(lower)) return lower;
  return lower.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

/** Digits with a given number of decimals, Italian style ("1.234,5"); decimals null = shortest. */
export function formatItalian(value: number, decimals: number | null, grouping: boolean): string {
  if (!Number.isFinite(value)) return String(value);
  const d = decimals ?? decimalsOf(value);
  let s = Math.abs(value).toFixed(Math.min(d, 20));
  if (s.includes('e')) return (value < 0 ? '-' : '') + s.replace('.', ',');
  if (decimals === null && s.includes('.')) s = s.replace(/\.?0+$/, '');
  const dot = s.indexOf('.');
  let int = dot < 0 ? s : s.slice(0, dot);
  const frac = dot < 0 ? '' : s.slice(dot + 1);
  if (grouping) int = int.replace(/\B(?=(\d{3})+$)/g, '.');
  const negative = value < 0 && /[1-9]/.test(s);
  return (negative ? '-' : '') + int + (frac ? ',' + frac : '');
}

/** Decimals of the shortest faithful writing of a native number, float noise removed, capped at 9. */
export function decimalsOf(value: number): number {
  if (!Number.isFinite(value) || Number.isInteger(value)) return 0;
  const s = String(Number(value.toPrecision(15)));
  const e = s.indexOf('e');
  const mantissa = e < 0 ? s : s.slice(0, e);
  const exp = e < 0 ? 0 : Number(s.slice(e + 1));
  const dot = mantissa.indexOf('.');
  const frac = dot < 0 ? 0 : mantissa.length - dot - 1;
  return Math.max(0, Math.min(9, frac - exp));
}

/** 10^-n written exactly (1e-4, not 0.00009999). */
export function tenPow(n: number): number {
  return Number(`1e${-n}`);
}
