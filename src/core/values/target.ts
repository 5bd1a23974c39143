/**
 * A target and its operator: ">= 70,00 %", "≥1", "Entro 31-12-2023", "<= 2,00 gg", "= si", "x ≤ x-1",
 * "≥ a medio", a bare "80%" (op null), a native number or date (op null). Never throws.
 */
import { endOfMonth, parseDateText, serialText } from './date';
import { MAX_VALUE_LENGTH, fold, normaliseText } from './normalise';
import { parseNumber } from './number';
import { parseOperator } from './operator';
import { cellText } from './text';
import type { CellInput, Known, Op, RelativeValue, Target, TargetResult } from './types';
import { isMissingText, missing, nativeValue, parseBool, unreadable } from './value';

/** "x ≤ x-1", "ITP < -15": a short variable name before a symbol operator. */
const VARIABLE = /^[a-z]{1,6} ?(?=[<>=≤≥])/i;
/** Filler words between the operator and the value: "entro il 30/06", "≥ a medio", "pari al 5%". */
const FILLERS = ['il ', 'al ', 'a ', 'del ', 'dello ', 'di ', 'quello ', "dell'", "all'", 'la ', 'alla ', 'della '];
const PREVIOUS = /^(?:(?:valore|dato|risultato|livello) (?:dell'|del |dello )?)?(?:(?:anno|periodo|esercizio) (?:precedente|prec\.?)|precedente|(?:anno )?[xn] ?- ?\d{1,2})$/;
const AVERAGE = /^(?:(?:valore|livello|dato) )?medi[oa](?: [a-z]+){0,2}$/;
const YEAR = /^(?:19|20)\d{2}$/;

function stripFillers(s: string): string {
  let out = s;
  for (let guard = 0; guard < 3; guard++) {
    const f = FILLERS.find((w) => out.startsWith(w));
    if (!f) break;
    out = out.slice(f.length).trimStart();
  }
  return out;
}

function relative(rest: string): RelativeValue | null {
  const r = stripFillers(fold(rest).replace(/\s*\.$/, ''));
  if (PREVIOUS.test(r)) return { kind: 'relative', ref: 'previous' };
  if (AVERAGE.test(r)) return { kind: 'relative', ref: 'average' };
  return null;
}

/** Ops for which a month means its last day ("entro dicembre 2025" = by 31/12/2025). */
function meansBy(op: Op | null): boolean {
  return op === null || op === 'entro' || op === '<=' || op === '<';
}

/** The value after the operator, possibly adjusting the op ("entro 30 gg" is "<= 30 gg"). */
function readValue(text: string, op: Op | null): { op: Op | null; value: Known | RelativeValue } | null {
  if (op !== null) {
    const rel = relative(text);
    if (rel) return { op, value: rel };
  }
  const lowered = op === null ? text : stripFillers(text.toLowerCase());
  // fillers are lower-case words; keep the original text when none was removed (units like "N." need no case)
  const s = op === null || lowered.length === text.length ? text : text.slice(text.length - lowered.length);
  const bool = parseBool(s);
  if (bool) return { op, value: bool };
  const date = parseDateText(s);
  if (date) {
    const iso = date.monthOnly && meansBy(op) ? endOfMonth(date.iso) : date.iso;
    return { op, value: { kind: 'date', iso } };
  }
  if (op === 'entro') {
    if (YEAR.test(s)) return { op, value: { kind: 'date', iso: `${s}-12-31` } };
    // "entro 45900": a serial pasted as text; after "entro" a number can only be a date
    const serial = serialText(s);
    if (serial) return { op, value: { kind: 'date', iso: serial.iso } };
    const n = parseNumber(s);
    // "entro 30 gg": a duration limit, i.e. at most 30 days
    if (n && (n.unit === 'gg' || n.unit === 'h')) return { op: '<=', value: n };
    return null;
  }
  const n = parseNumber(s);
  return n ? { op, value: n } : null;
}

function textTarget(text: string): TargetResult {
  const raw = text.trim();
  if (raw.length > MAX_VALUE_LENGTH * 4) return unreadable(raw);
  const s = normaliseText(raw);
  if (isMissingText(s)) return missing(raw);
  if (s.length > MAX_VALUE_LENGTH) return unreadable(raw);
  let parsed = parseOperator(s);
  if (!parsed) {
    const v = VARIABLE.exec(s);
    if (v) parsed = parseOperator(s.slice(v[0].length));
  }
  const read = parsed ? (parsed.rest ? readValue(parsed.rest, parsed.op) : null) : readValue(s, null);
  if (!read) return unreadable(raw);
  const target: Target = { kind: 'target', op: read.op, value: read.value, raw };
  return target;
}

export function parseTarget(cell: CellInput): TargetResult {
  if (cell === null || typeof cell !== 'object') return missing('');
  const v = cell.value;
  if (v === null || v === undefined) return missing('');
  if (typeof v === 'string') return textTarget(v);
  if (typeof v === 'boolean') return { kind: 'target', op: null, value: { kind: 'bool', value: v }, raw: cellText(cell) };
  if (typeof v === 'number') {
    const value = nativeValue(v, cell.format);
    if (value.kind === 'missing' || value.kind === 'unreadable') return value;
    return { kind: 'target', op: null, value, raw: cellText(cell) };
  }
  return unreadable('');
}
