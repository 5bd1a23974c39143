/** Actuals, baselines, weights, stated grades: one cell, one Value. Never throws. */
import { parseDateText, serialToIso } from './date';
import { analyseFormat } from './format';
import { MAX_VALUE_LENGTH, decimalsOf, fold, normaliseText, tenPow } from './normalise';
import { parseNumber } from './number';
import { cellText } from './text';
import type { BoolValue, CellInput, MissingValue, NumberValue, UnreadableValue, Value } from './types';

const DASHES = /^[-\u2010-\u2015\u2212_]+$/;
/** n.d., N.D., nd, n/d, n.a., n/a, n.r. (after removing spaces) */
const NOT_AVAILABLE = /^n[./]?[dar]\.?$/;
const MISSING_WORDS = new Set(['/', '//', '...', '…', 'nondisponibile', 'nonrilevato', 'nonrilevabile', 'nonpervenuto']);
const TRUE_WORDS = new Set(['si', 'yes', 'vero', 'true']);
const FALSE_WORDS = new Set(['no', 'falso', 'false']);

export function missing(raw: string): MissingValue {
  return { kind: 'missing', raw };
}

export function unreadable(raw: string): UnreadableValue {
  return { kind: 'unreadable', raw };
}

/** "n.d.", "---", "-", "–", blank: nothing was measured. `s` is normalised. */
export function isMissingText(s: string): boolean {
  if (s === '') return true;
  if (s.length > 24) return false;
  const compact = s.replace(/ /g, '').toLowerCase();
  return DASHES.test(compact) || NOT_AVAILABLE.test(compact) || MISSING_WORDS.has(compact);
}

/** si / sì / SI / no / vero / falso; `s` is normalised. */
export function parseBool(s: string): BoolValue | null {
  if (s.length > 8) return null;
  const w = fold(s).replace(/[.!]$/, '');
  if (TRUE_WORDS.has(w)) return { kind: 'bool', value: true };
  if (FALSE_WORDS.has(w)) return { kind: 'bool', value: false };
  return null;
}

/** A native number read through its format: dates, times (hours), percentages, plain numbers. */
export function nativeValue(v: number, format: string | undefined): Value {
  if (!Number.isFinite(v)) return unreadable(String(v));
  const info = analyseFormat(format);
  switch (info.kind) {
    case 'date': {
      const iso = serialToIso(v);
      return iso ? { kind: 'date', iso } : unreadable(cellText({ value: v, format }));
    }
    case 'time': {
      const days = info.elapsed ? v : v - Math.floor(v);
      // stored as a fraction of a day: round to the second to drop float noise (08:00 -> 8, not 7.9999999992)
      return { kind: 'number', value: Math.round(days * 86_400) / 3600, unit: 'h', step: info.timeParts === 3 ? 1 / 3600 : 1 / 60 };
    }
    case 'percent':
      return { kind: 'number', value: v || 0, unit: '%', step: tenPow((info.decimals ?? 0) + 2) };
    case 'number':
      return { kind: 'number', value: v || 0, unit: info.unit, step: tenPow(info.decimals ?? 0) };
    default:
      return { kind: 'number', value: v || 0, unit: info.unit, step: tenPow(decimalsOf(v)) };
  }
}

/** Text cell: missing marks, yes/no, dates, numbers; anything else is unreadable with its text. */
export function textValue(text: string): Value {
  const raw = text.trim();
  if (raw.length > MAX_VALUE_LENGTH * 4) return unreadable(raw);
  const s = normaliseText(raw);
  if (isMissingText(s)) return missing(raw);
  if (s.length > MAX_VALUE_LENGTH) return unreadable(raw);
  const bool = parseBool(s);
  if (bool) return bool;
  const date = parseDateText(s);
  if (date) return { kind: 'date', iso: date.iso };
  const num: NumberValue | null = parseNumber(s);
  if (num) return num;
  return unreadable(raw);
}

export function parseValue(cell: CellInput): Value {
  if (cell === null || typeof cell !== 'object') return missing('');
  const v = cell.value;
  if (v === null || v === undefined) return missing('');
  if (typeof v === 'boolean') return { kind: 'bool', value: v };
  if (typeof v === 'number') return nativeValue(v, cell.format);
  if (typeof v === 'string') return textValue(v);
  return unreadable(String(v));
}
