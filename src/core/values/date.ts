/**
 * Dates as plans write them: 31-12-2023, 31/12/25, 31.03.2025, 2025-12-31, apr-21, 30 giugno 2025,
 * 31-dic-2023, and Excel serials (1900 system) when the cell has a date format.
 */
import { analyseFormat } from './format';
import { MAX_VALUE_LENGTH, fold, normaliseText } from './normalise';
import type { CellInput, DateValue } from './types';

const DAY_MS = 86_400_000;
const EXCEL_EPOCH = Date.UTC(1899, 11, 31); // serial 0 is "1900-01-00"
const MAX_SERIAL = 2_958_465; // 9999-12-31
/** A bare integer string is taken for a serial only within 1950..2099: "2025" is a year or a count, not 1905. */
const TEXT_SERIAL_MIN = 18_264;
const TEXT_SERIAL_MAX = 73_050;

const MONTHS: Record<string, number> = {};
(
  [
    ['gennaio', 'gen', 'jan', 'january'],
    ['febbraio', 'feb', 'february'],
    ['marzo', 'mar', 'march'],
    ['aprile', 'apr', 'april'],
    ['maggio', 'mag', 'may'],
    ['giugno', 'giu', 'jun', 'june'],
    ['luglio', 'lug', 'jul', 'july'],
    ['agosto', 'ago', 'aug', 'august'],
    ['settembre', 'set', 'sett', 'sep', 'sept', 'september'],
    ['ottobre', 'ott', 'oct', 'october'],
    ['novembre', 'nov', 'november'],
    ['dicembre', 'dic', 'dec', 'december'],
  ] as string[][]
).forEach((names, i) => names.forEach((n) => (MONTHS[n] = i + 1)));

const NUMERIC_DMY = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{4}|\d{2})$/;
const NUMERIC_YMD = /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})$/;
const TIME_SUFFIX = / (?:ore )?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?$/;
const DAY_MONTH_YEAR = /^(\d{1,2})(?:°|º)?[ \-/.]([a-z]{3,9})\.?[ \-/.](\d{4}|\d{2})$/;
const MONTH_YEAR = /^([a-z]{3,9})\.?[ \-/.'’]{1,2}(\d{4}|\d{2})$/;
const SERIAL_TEXT = /^\d{5}$/;

export interface DateParts {
  iso: string;
  /** written as a month only ("apr-21"): iso is the first day */
  monthOnly: boolean;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** Two-digit years as Excel reads them: 00-29 -> 20xx, 30-99 -> 19xx. */
function fullYear(text: string): number {
  const y = Number(text);
  if (text.length === 4) return y;
  return y < 30 ? 2000 + y : 1900 + y;
}

export function isoOf(y: number, m: number, d: number): string | null {
  if (!Number.isInteger(y) || y < 1000 || y > 9999 || m < 1 || m > 12 || d < 1) return null;
  if (d > daysInMonth(y, m)) return null;
  return `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
}

/** Excel 1900 system: serial 1 = 1900-01-01; serial 60 is Excel's nonexistent 1900-02-29. */
export function serialToIso(serial: number): string | null {
  if (!Number.isFinite(serial)) return null;
  const day = Math.floor(serial);
  if (day < 1 || day > MAX_SERIAL || day === 60) return null;
  const offset = day < 60 ? day : day - 1;
  return new Date(EXCEL_EPOCH + offset * DAY_MS).toISOString().slice(0, 10);
}

/** Inverse of serialToIso (for writing dates back). */
export function isoToSerial(iso: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m || !isoOf(Number(m[1]), Number(m[2]), Number(m[3]))) return null;
  const offset = Math.round((Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) - EXCEL_EPOCH) / DAY_MS);
  if (offset < 1) return null;
  return offset < 60 ? offset : offset + 1;
}

/** Last day of the month of an ISO date ("entro dicembre 2025" means by the 31st). */
export function endOfMonth(iso: string): string {
  const y = Number(iso.slice(0, 4));
  const m = Number(iso.slice(5, 7));
  return `${iso.slice(0, 8)}${pad(daysInMonth(y, m), 2)}`;
}

/** "45900" read as a serial, only within 1950..2099. */
export function serialText(text: string): DateParts | null {
  const s = text.trim();
  if (!SERIAL_TEXT.test(s)) return null;
  const n = Number(s);
  if (n < TEXT_SERIAL_MIN || n > TEXT_SERIAL_MAX) return null;
  const iso = serialToIso(n);
  return iso ? { iso, monthOnly: false } : null;
}

/**
 * Date text with its precision; null when it is not exactly a date.
 * A bare serial ("45900") is not taken here: in a value cell it is as likely a count; see serialText.
 */
export function parseDateText(text: string): DateParts | null {
  if (text.length > MAX_VALUE_LENGTH) return null;
  let s = normaliseText(text);
  if (s.length < 5 || s.length > 40) return null;
  s = s.replace(TIME_SUFFIX, ''); // "31/12/2023 00:00"
  const first = s.charCodeAt(0);
  if (first >= 48 && first <= 57) {
    let m = NUMERIC_DMY.exec(s);
    if (m) return day(fullYear(m[4]), Number(m[3]), Number(m[1]));
    m = NUMERIC_YMD.exec(s);
    if (m) return day(Number(m[1]), Number(m[3]), Number(m[4]));
    const f = fold(s);
    const dm = DAY_MONTH_YEAR.exec(f);
    if (dm && MONTHS[dm[2]]) return day(fullYear(dm[3]), MONTHS[dm[2]], Number(dm[1]));
    return null;
  }
  const f = fold(s);
  const my = MONTH_YEAR.exec(f);
  if (my && MONTHS[my[1]]) {
    const iso = isoOf(fullYear(my[2]), MONTHS[my[1]], 1);
    return iso ? { iso, monthOnly: true } : null;
  }
  return null;
}

function day(y: number, m: number, d: number): DateParts | null {
  const iso = isoOf(y, m, d);
  return iso ? { iso, monthOnly: false } : null;
}

/** A date from text, a serial with a date format, or a bare serial (number or digits) within 1950..2099. */
export function parseDateParts(input: CellInput | string): DateParts | null {
  if (typeof input === 'string') return parseDateText(input) ?? serialText(input);
  if (input === null || typeof input !== 'object') return null;
  const v = input.value;
  if (typeof v === 'string') return parseDateText(v) ?? serialText(v);
  if (typeof v !== 'number' || !Number.isFinite(v)) return null;
  const kind = analyseFormat(input.format).kind;
  if (kind !== 'date' && (v < TEXT_SERIAL_MIN || v > TEXT_SERIAL_MAX || !Number.isInteger(v))) return null;
  const iso = serialToIso(v);
  return iso ? { iso, monthOnly: false } : null;
}

export function parseDate(input: CellInput | string): DateValue | null {
  const p = parseDateParts(input);
  return p ? { kind: 'date', iso: p.iso } : null;
}
