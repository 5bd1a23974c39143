/**
 * Excel number formats, read just enough to know how a native number is displayed:
 * as a date, a time (hours), a percentage, a currency, or a plain number with N decimals.
 * Accepts English codes ('0.00%', 'dd/mm/yyyy') and Italian local ones ('0,00%', 'gg/mm/aaaa').
 */
import type { Unit } from './types';

export type FormatKind = 'general' | 'number' | 'percent' | 'date' | 'time' | 'text';

export interface FormatInfo {
  kind: FormatKind;
  /** decimals shown (number/percent); null for general */
  decimals: number | null;
  /** thousands separators shown */
  grouping: boolean;
  /** unit suggested by the format: '%', '€', or a literal suffix like "gg" / "N." */
  unit: Unit;
  /** time formats: 'hh:mm' = 2 parts, 'hh:mm:ss' = 3 */
  timeParts: number;
  /** '[h]:mm' shows elapsed hours (a duration); 'hh:mm' shows the time of day */
  elapsed: boolean;
}

const GENERAL: FormatInfo = { kind: 'general', decimals: null, grouping: false, unit: null, timeParts: 0, elapsed: false };
const GENERAL_NAMES = new Set(['', 'general', 'generale', 'standard', 'g/standard', 'g/general']);
const cache = new Map<string, FormatInfo>();

/** Words that, as literal text in a format ('0.00" gg"'), name a unit. */
const LITERAL_UNITS: [RegExp, Unit][] = [
  [/^(?:gg\.?|giorni|giorno|g)$/i, 'gg'],
  [/^(?:h|hh|ore|ora)$/i, 'h'],
  [/^(?:n\.?|nr\.?|n°|num\.?)$/i, 'n'],
  [/^(?:€|eur|euro)$/i, '€'],
];

/** Splits a format into code (what drives display) and literal text (quoted, escaped, [$€-410] currency). */
function split(section: string): { code: string; literal: string; elapsed: boolean } {
  let code = '';
  let literal = '';
  let elapsed = false;
  for (let i = 0; i < section.length; i++) {
    const ch = section[i];
    if (ch === '"') {
      const end = section.indexOf('"', i + 1);
      const stop = end < 0 ? section.length : end;
      literal += section.slice(i + 1, stop) + ' ';
      i = stop;
    } else if (ch === '\\') {
      literal += section[i + 1] ?? '';
      i++;
    } else if (ch === '_' || ch === '*') {
      i++; // padding / fill character
    } else if (ch === '[') {
      const end = section.indexOf(']', i + 1);
      const stop = end < 0 ? section.length : end;
      const inner = section.slice(i + 1, stop);
      if (inner.startsWith('$')) literal += inner.slice(1).split('-')[0] + ' ';
      else if (/^(?:h+|m+|s+)$/i.test(inner)) {
        code += inner; // elapsed time [h]:mm
        elapsed = true;
      }
      i = stop; // colours, conditions, locales
    } else {
      code += ch;
    }
  }
  return { code, literal, elapsed };
}

/** First section only: it is the one used for positive numbers, which is what plans hold. */
function firstSection(format: string): string {
  let inQuote = false;
  for (let i = 0; i < format.length; i++) {
    const ch = format[i];
    if (ch === '"') inQuote = !inQuote;
    else if (ch === '\\') i++;
    else if (ch === ';' && !inQuote) return format.slice(0, i);
  }
  return format;
}

function unitOfLiteral(literal: string): Unit {
  if (literal.includes('€')) return '€';
  for (const word of literal.trim().split(/\s+/)) {
    for (const [re, unit] of LITERAL_UNITS) if (re.test(word)) return unit;
  }
  return null;
}

/** Decimals and grouping of the numeric part: '#,##0.00' (English) or '#.##0,00' (Italian local). */
function numericShape(code: string): { decimals: number; grouping: boolean } {
  const m = /[#0?][#0?.,]*/.exec(code);
  if (!m) return { decimals: 0, grouping: false };
  const tok = m[0].replace(/[.,]+$/, ''); // trailing commas scale by 1000; ignored
  const lastDot = tok.lastIndexOf('.');
  const lastComma = tok.lastIndexOf(',');
  let decimalSep = -1;
  if (lastDot >= 0 && lastComma >= 0) decimalSep = Math.max(lastDot, lastComma);
  else if (lastDot >= 0) decimalSep = tok.indexOf('.') === lastDot ? lastDot : -1;
  else if (lastComma >= 0) {
    // '#,##0' is English grouping; '0,00' is an Italian decimal comma
    const after = tok.length - lastComma - 1;
    const grouped = after === 3 && tok[lastComma - 1] === '#';
    decimalSep = grouped || tok.indexOf(',') !== lastComma ? -1 : lastComma;
  }
  const decimals = decimalSep >= 0 ? tok.length - decimalSep - 1 : 0;
  const intPart = decimalSep >= 0 ? tok.slice(0, decimalSep) : tok;
  return { decimals, grouping: /[.,]/.test(intPart) };
}

export function analyseFormat(format: string | undefined | null): FormatInfo {
  if (!format) return GENERAL;
  const hit = cache.get(format);
  if (hit) return hit;
  const info = compute(format);
  if (cache.size < 5000) cache.set(format, info);
  return info;
}

function compute(format: string): FormatInfo {
  if (GENERAL_NAMES.has(format.trim().toLowerCase())) return GENERAL;
  const { code: rawCode, literal, elapsed } = split(firstSection(format));
  if (rawCode.trim() === '@') return { ...GENERAL, kind: 'text' };
  // AM/PM markers contain letters that would look like date codes
  const code = rawCode.replace(/AM\/PM|A\/P/gi, ' ');
  const lower = code.toLowerCase();
  const hasDate = /[dyga]/.test(lower); // d/y English, g/a Italian (giorno, anno)
  const hasTime = /[hs]/.test(lower);
  const hasMonth = lower.includes('m');
  if (hasDate || (hasMonth && !hasTime && !/[0#?]/.test(lower))) {
    return { kind: 'date', decimals: 0, grouping: false, unit: null, timeParts: 0, elapsed: false };
  }
  if (hasTime) {
    const parts = lower.includes('s') ? 3 : 2;
    return { kind: 'time', decimals: null, grouping: false, unit: 'h', timeParts: parts, elapsed };
  }
  const shape = numericShape(code);
  const unit = unitOfLiteral(code.includes('€') ? `${literal} €` : literal);
  if (code.includes('%')) return { kind: 'percent', decimals: shape.decimals, grouping: shape.grouping, unit: '%', timeParts: 0, elapsed: false };
  if (!/[#0?]/.test(code)) return { ...GENERAL, unit };
  return { kind: 'number', decimals: shape.decimals, grouping: shape.grouping, unit, timeParts: 0, elapsed: false };
}

/** 'dd/mm/yyyy', 'd-mmm-yy', 'yyyy-mm-dd', 'gg/mm/aaaa', date-times. Not pure time formats. */
export function isDateFormat(format: string): boolean {
  return analyseFormat(format).kind === 'date';
}

/** '0%', '0.00%', '#,##0.0%'; a quoted "%" is text and does not count. */
export function isPercentFormat(format: string): boolean {
  return analyseFormat(format).kind === 'percent';
}

/** 'h:mm', 'hh:mm:ss', '[h]:mm' (a number of days shown as hours). */
export function isTimeFormat(format: string): boolean {
  return analyseFormat(format).kind === 'time';
}
