/**
 * The operator a target starts with, in every spelling the plans use:
 * ">=", "=>", "≥", "≥=", "> =", "=<", "≤=", words ("almeno", "non superiore a", "entro il"), LaTeX from PDFs ("$\geq").
 */
import { fold, normaliseText } from './normalise';
import type { Op } from './types';

/** Symbol spellings, longest first so that ">=" wins over ">". Spaces are removed before matching. */
const SYMBOLS: [string, Op][] = [
  ['≥=', '>='],
  ['≤=', '<='],
  ['>=', '>='],
  ['=>', '>='],
  ['<=', '<='],
  ['=<', '<='],
  ['==', '='],
  ['≥', '>='],
  ['≧', '>='],
  ['⩾', '>='],
  ['≤', '<='],
  ['≦', '<='],
  ['⩽', '<='],
  ['>', '>'],
  ['<', '<'],
  ['=', '='],
];

/** Word spellings (folded), longest first; they must be followed by a space, a digit or the end. */
const WORDS: [string, Op][] = (
  [
    ['maggiore o uguale a', '>='],
    ['maggiore o uguale al', '>='],
    ['minore o uguale a', '<='],
    ['minore o uguale al', '<='],
    ['non inferiore al', '>='],
    ['non inferiore a', '>='],
    ['non meno di', '>='],
    ['almeno pari al', '>='],
    ['almeno pari a', '>='],
    ['almeno il', '>='],
    ['almeno', '>='],
    ['minimo', '>='],
    ['min.', '>='],
    ['min', '>='],
    ['non superiore al', '<='],
    ['non superiore a', '<='],
    ['non oltre il', '<='],
    ['non oltre', '<='],
    ['al massimo', '<='],
    ['massimo', '<='],
    ['max.', '<='],
    ['max', '<='],
    ['maggiore di', '>'],
    ['superiore al', '>'],
    ['superiore a', '>'],
    ['minore di', '<'],
    ['inferiore al', '<'],
    ['inferiore a', '<'],
    ['uguale a', '='],
    ['pari al', '='],
    ['pari a', '='],
    ['entro la data del', 'entro'],
    ['entro il', 'entro'],
    ['entro', 'entro'],
  ] as [string, Op][]
).sort((a, b) => b[0].length - a[0].length);

const LATEX: [RegExp, Op][] = [
  [/^\$?\s*\\(?:geq|ge|geqslant)(?![a-z])\s*\$?/, '>='],
  [/^\$?\s*\\(?:leq|le|leqslant)(?![a-z])\s*\$?/, '<='],
];

function isSymbolChar(ch: string | undefined): boolean {
  return ch !== undefined && '<>=≥≤≧≦⩾⩽'.includes(ch);
}

/** Reads the leading operator; rest is the trimmed remainder (possibly ''). Null when there is none. */
export function parseOperator(text: string): { op: Op; rest: string } | null {
  if (typeof text !== 'string' || text.length === 0) return null;
  // only the head matters; a very long prose cell is never scanned in full here
  const s = normaliseText(text.length > 400 ? text.slice(0, 400) : text);
  if (s.length === 0) return null;
  if (isSymbolChar(s[0])) return readSymbols(s);
  if (s[0] === '$' || s[0] === '\\') {
    const lower = s.toLowerCase();
    for (const [re, op] of LATEX) {
      const m = re.exec(lower);
      if (m) return { op, rest: s.slice(m[0].length).replace(/\$/g, '').trim() };
    }
    return null;
  }
  const head = fold(s.slice(0, 24));
  for (const [word, op] of WORDS) {
    if (!head.startsWith(word)) continue;
    const next = head[word.length];
    if (next !== undefined && next !== ' ' && !(next >= '0' && next <= '9') && !word.endsWith('.')) continue;
    return { op, rest: s.slice(word.length).trim() };
  }
  return null;
}

/** Symbol operators, allowing spaces inside ("> =", ">= ="): up to 3 symbol characters. */
function readSymbols(s: string): { op: Op; rest: string } | null {
  let sym = '';
  let i = 0;
  while (i < s.length && sym.length < 3) {
    const ch = s[i];
    if (isSymbolChar(ch)) sym += ch;
    else if (ch !== ' ') break;
    i++;
  }
  const rest = s.slice(i).trim();
  for (const [spelling, op] of SYMBOLS) {
    if (sym === spelling) return { op, rest };
  }
  // ">==" or "≥ ≥": read the longest known head, leave the rest to fail as a value
  for (const [spelling, op] of SYMBOLS) {
    if (sym.startsWith(spelling)) return { op, rest: (sym.slice(spelling.length) + ' ' + rest).trim() };
  }
  return null;
}
