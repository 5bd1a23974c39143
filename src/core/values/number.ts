/**
 * Numbers as Italian plans write them: "1.010" (thousands dot), "97,87", "8.922 N.", "-21,77", "0,20 N.",
 * "359.584,97 €", "€ 2.000,00", "14,3%", "08:00 hh", fractions "46 N. / 47 N." and "286/10.000 imprese attive".
 * English writing is accepted only where it cannot be Italian ("0.5", "1,234.56").
 */
import { MAX_VALUE_LENGTH, fold, normaliseText, tenPow } from './normalise';
import type { NumberValue, Unit } from './types';

/** Digits and separators, starting and ending with a digit. */
const NUMERIC = /^\d(?:[\d.,]*\d)?/;
const CLOCK = /^(\d{1,3}):([0-5]\d)(?::([0-5]\d))?/;
/** A count noun after the number ("10 immissioni", "imprese attive"): letters only. */
const WORD = /^[a-zà-ÿ'’]{2,24}$/;
/** More nouns than this after a number is a sentence, not a value. */
const MAX_NOUNS = 2;

const UNIT_WORDS: Record<string, Unit> = {
  '%': '%',
  'n': 'n',
  'n.': 'n',
  'n°': 'n',
  'nr': 'n',
  'nr.': 'n',
  'num': 'n',
  'num.': 'n',
  'numero': 'n',
  'gg': 'gg',
  'gg.': 'gg',
  'g': 'gg',
  'g.': 'gg',
  'giorni': 'gg',
  'giorno': 'gg',
  'gg lavorativi': 'gg',
  'giorni lavorativi': 'gg',
  'h': 'h',
  'h.': 'h',
  'hh': 'h',
  'hh.': 'h',
  'ore': 'h',
  'ora': 'h',
  '€': '€',
  'euro': '€',
  'eur': '€',
  'eur.': '€',
};

/** Words that would give a wrong unit if read as a count: durations we have no unit for. */
const NOT_COUNTS = new Set(['mesi', 'mese', 'anni', 'anno', 'settimane', 'settimana', 'minuti', 'minuto', 'min', 'secondi', 'km', 'kg', 'mq', 'mc']);

/** Prefixes before the number: "€ 2.000,00", "n. 1", "% 100,00 %" (the unit column glued in front). */
const PREFIXES: [string, Unit][] = [
  ['€', '€'],
  ['euro', '€'],
  ['eur', '€'],
  ['%', '%'],
  ['n.', 'n'],
  ['n°', 'n'],
  ['nr.', 'n'],
  ['nr', 'n'],
  ['n', 'n'],
];

interface Digits {
  /** all digits, no separators */
  mantissa: string;
  decimals: number;
}

/** Validates the separators of a numeric token; null if it is not one number (e.g. "30.04.2025"). */
export function readDigits(tok: string): Digits | null {
  const dots = countOf(tok, '.');
  const commas = countOf(tok, ',');
  if (dots === 0 && commas === 0) return { mantissa: tok, decimals: 0 };
  if (dots > 0 && commas > 0) {
    // both: the last one is the decimal mark, the other groups thousands
    const lastDot = tok.lastIndexOf('.');
    const lastComma = tok.lastIndexOf(',');
    const decMark = lastDot > lastComma ? '.' : ',';
    const groupMark = decMark === '.' ? ',' : '.';
    if (countOf(tok, decMark) !== 1) return null;
    const at = tok.indexOf(decMark);
    const int = grouped(tok.slice(0, at), groupMark);
    return int === null ? null : { mantissa: int + tok.slice(at + 1), decimals: tok.length - at - 1 };
  }
  if (commas > 0) {
    if (commas === 1) {
      const at = tok.indexOf(',');
      return { mantissa: tok.slice(0, at) + tok.slice(at + 1), decimals: tok.length - at - 1 };
    }
    const int = grouped(tok, ','); // "1,234,567"
    return int === null ? null : { mantissa: int, decimals: 0 };
  }
  // dots only: Italian thousands when the groups fit ("1.010", "11.383.804"), else an English decimal ("0.5")
  const int = grouped(tok, '.');
  if (int !== null) return { mantissa: int, decimals: 0 };
  if (dots === 1) {
    const at = tok.indexOf('.');
    return { mantissa: tok.slice(0, at) + tok.slice(at + 1), decimals: tok.length - at - 1 };
  }
  return null;
}

function countOf(s: string, ch: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (s[i] === ch) n++;
  return n;
}

/** "1.234.567" -> "1234567" when every group after the first has 3 digits and the first has no leading zero. */
function grouped(s: string, mark: string): string | null {
  const parts = s.split(mark);
  if (parts.length === 1) return s;
  const head = parts[0];
  if (head.length < 1 || head.length > 3 || head[0] === '0') return null;
  for (let i = 1; i < parts.length; i++) if (parts[i].length !== 3) return null;
  return parts.join('');
}

interface Single {
  value: number;
  unit: Unit;
  step: number;
  /** count nouns after the number ("imprese attive"), folded; '' if none */
  nouns: string;
  ratio?: { num: number; den: number };
}

function stripPrefix(s: string): { rest: string; unit: Unit } {
  for (const [p, unit] of PREFIXES) {
    if (!s.startsWith(p)) continue;
    const rest = s.slice(p.length);
    // word prefixes need a separator ("n 5", "n.5"), symbol prefixes do not ("€5")
    const symbol = p === '€' || p === '%' || p.endsWith('.') || p.endsWith('°');
    if (!symbol && !/^ [-+]?\d/.test(rest)) continue;
    return { rest: rest.trimStart(), unit };
  }
  return { rest: s, unit: null };
}

/** The unit after the number, and trailing count nouns; null if the suffix is neither. */
function readSuffix(suffix: string): { unit: Unit; nouns: string } | null {
  if (suffix === '') return { unit: null, nouns: '' };
  const direct = UNIT_WORDS[suffix];
  if (direct !== undefined) return { unit: direct, nouns: '' };
  const words = suffix.split(' ');
  const first = UNIT_WORDS[words[0]];
  const nouns = first !== undefined ? words.slice(1) : words;
  if (nouns.length > MAX_NOUNS || NOT_COUNTS.has(nouns[0])) return null;
  // "3 giorni lavorativi", "5 n. pratiche": a unit then a noun; never after % or €
  if (first === '%' || first === '€') return null;
  if (!nouns.every((w) => WORD.test(w))) return null;
  return { unit: first ?? 'n', nouns: nouns.join(' ') };
}

/** One number with its unit; `s` is normalised and folded to lower case. */
function readSingle(s: string): Single | null {
  let sign = '';
  let rest = s;
  if (rest[0] === '-' || rest[0] === '+') {
    sign = rest[0];
    rest = rest.slice(1).trimStart();
  }
  const pre = stripPrefix(rest);
  rest = pre.rest;
  if (rest[0] === '-' || rest[0] === '+') {
    if (sign) return null;
    sign = rest[0];
    rest = rest.slice(1).trimStart();
  }
  const negative = sign === '-';
  const clock = CLOCK.exec(rest);
  if (clock) {
    const suffix = readSuffix(rest.slice(clock[0].length).trim());
    if (!suffix || suffix.nouns || (suffix.unit !== null && suffix.unit !== 'h') || pre.unit !== null) return null;
    const hours = Number(clock[1]) + Number(clock[2]) / 60 + (clock[3] ? Number(clock[3]) / 3600 : 0);
    return { value: (negative ? -hours : hours) || 0, unit: 'h', step: clock[3] ? 1 / 3600 : 1 / 60, nouns: '' };
  }
  const m = NUMERIC.exec(rest);
  if (!m) return null;
  const digits = readDigits(m[0]);
  if (!digits) return null;
  const suffix = readSuffix(rest.slice(m[0].length).trim());
  if (!suffix) return null;
  let unit = suffix.unit;
  if (pre.unit !== null) {
    if (unit !== null && unit !== pre.unit) return null;
    if (suffix.nouns && (pre.unit === '%' || pre.unit === '€')) return null;
    unit = pre.unit;
  }
  const scale = unit === '%' ? 2 : 0;
  const value = Number(`${negative ? '-' : ''}${digits.mantissa}e-${digits.decimals + scale}`) || 0;
  if (!Number.isFinite(value)) return null;
  return { value, unit, step: tenPow(digits.decimals + scale), nouns: suffix.nouns };
}

/** A count in a fraction: "46 N.", "10.000", "10.000 imprese attive" — never %, €, days or hours. */
function readCount(s: string): Single | null {
  const n = readSingle(s);
  if (!n || (n.unit !== null && n.unit !== 'n')) return null;
  return n;
}

function readFraction(s: string, slash: number): Single | null {
  const left = s.slice(0, slash).trim();
  const right = s.slice(slash + 1).trim();
  if (!left || !right) return null;
  // nouns only at the end: "286/10.000 imprese attive"; "n atti / n atti" is an algorithm, not a value
  const num = readCount(left);
  const den = readCount(right);
  if (!num || num.nouns || !den || den.value === 0) return null;
  const value = num.value / den.value;
  if (!Number.isFinite(value)) return null;
  return { value, unit: '%', step: 1e-4, nouns: den.nouns, ratio: { num: num.value, den: den.value } };
}

/** Nouns must be written in lower case: "4.2 Analisi di genere" is a heading, "10 immissioni" a count. */
function nounsOk(norm: string, nouns: string): boolean {
  if (!nouns) return true;
  const tail = norm.slice(norm.length - nouns.length);
  return tail === tail.toLowerCase() && fold(tail) === nouns;
}

/** Italian-style number with optional unit or percent; null for anything else (prose, dates, blanks). */
export function parseNumber(text: string): NumberValue | null {
  if (typeof text !== 'string' || text.length === 0 || text.length > MAX_VALUE_LENGTH * 4) return null;
  const norm = normaliseText(text);
  if (norm.length === 0 || norm.length > MAX_VALUE_LENGTH) return null;
  const s = fold(norm);
  const slash = s.indexOf('/');
  if (slash >= 0) {
    if (s.indexOf('/', slash + 1) >= 0) return null;
    const f = readFraction(s, slash);
    if (!f || !f.ratio || !nounsOk(norm, f.nouns)) return null;
    return { kind: 'number', value: f.value, unit: '%', step: f.step, ratio: f.ratio };
  }
  const one = readSingle(s);
  if (!one || !nounsOk(norm, one.nouns)) return null;
  return { kind: 'number', value: one.value, unit: one.unit, step: one.step };
}
