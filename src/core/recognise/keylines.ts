import { normalise } from './headings';
import type { SheetView } from './sheet';
import { splitCode } from './codes';

/**
 * Key/value lines above an objective's table ("Obiettivo: …", "Codice: …", "Peso: 33,33 %",
 * "Obiettivo | Titolo | …", "01_01_UIC01 Favorire…"). Each says something about the block that follows.
 */
export type KeyLine =
  | { kind: 'objective'; label: 'strategic' | 'operative' | 'individual' | 'objective'; text: string; col: number; row: number }
  | { kind: 'piao'; code: string; text: string; col: number }
  | { kind: 'code'; code: string }
  | { kind: 'weight'; raw: string; col: number }
  | { kind: 'area'; text: string; col: number }
  | { kind: 'indicator'; text: string; col: number }
  | { kind: 'other' };

const OTHER = /^(descrizione|unita organizzative|risorse|d\.m\.|missione|programma|cosa misura|nr indicatori|arco temporale|centro di responsabilita|ufficio|risultato misurato|ambito strategico|obiettivi strategici e performance|sezione)/;

/** Text after a label: the rest of the same cell, else the next filled cell of the row. */
function valueAfter(v: SheetView, row: number, cells: number[], i: number, rest: string): { text: string; col: number } {
  if (rest.trim()) return { text: rest.trim(), col: cells[i] };
  for (let j = i + 1; j < cells.length; j++) {
    const t = v.text(row, cells[j]);
    if (t && normalise(t) !== 'titolo') return { text: t, col: cells[j] };
  }
  return { text: '', col: cells[i] };
}

/**
 * `inTable`: the row sits under a table header and has several cells, so it is most likely an indicator
 * ("Codice di comportamento …"): only the unmistakable lines (objective, PIAO code, peso) count then.
 */
export function readKeyLine(v: SheetView, row: number, inTable = false): KeyLine | null {
  const cells = v.filled(row);
  if (cells.length === 0) return null;
  // a peso line may sit anywhere in the row: "Risultato misurato obiettivo | | Peso: 15,00 %"
  for (const c of cells) {
    const t = v.text(row, c);
    if (t.length > 120 || t.indexOf(':') < 0) continue;
    const m = /(?:^|\s)peso\s*:\s*(.+)$/i.exec(t);
    if (m) return { kind: 'weight', raw: m[1].trim(), col: c };
  }
  if (cells[0] - v.left > 1) return null; // key lines start at the left edge
  const raw = v.text(row, cells[0]);
  const piao = inTable ? null : /^(\d{2}_\d{2}_[A-Z]{1,4}\d{1,3})\b\s*[|:\-–]?\s*(.*)$/s.exec(raw);
  if (piao) {
    const t = piao[2].trim() || (cells[1] !== undefined ? v.text(row, cells[1]) : '');
    return { kind: 'piao', code: piao[1], text: t, col: cells[0] };
  }
  const n = normalise(raw);
  const obj = /^ob+iettivo( strategico| operativo| individuale)?\b\s*(\(os\)|\(op\))?:?\s*(.*)$/s.exec(n);
  if (obj && !/^ob+iettivi/.test(n)) {
    const label = obj[1] ? (obj[1].trim() === 'strategico' ? 'strategic' : obj[1].trim() === 'operativo' ? 'operative' : 'individual') : 'objective';
    // keep the original casing of the value: cut the label off the raw text
    const labelLen = raw.length - raw.replace(/^\s*ob+iettivo( strategico| operativo| individuale)?\s*(\(OS\)|\(OP\))?\s*:?\s*/i, '').length;
    const { text, col } = valueAfter(v, row, cells, 0, raw.slice(labelLen));
    if (!text) {
      // "Obiettivo operativo" with "2.1.1 - …" alone on the next line; but "Obiettivo strategico (OS):"
      // followed by its name is a reference to the parent, not a new objective
      const next = row + 1 <= v.bottom ? v.filled(row + 1) : [];
      if (!obj[2] && next.length === 1 && splitCode(v.text(row + 1, next[0])).code) return { kind: 'objective', label, text: v.text(row + 1, next[0]), col: next[0], row: row + 1 };
      return { kind: 'other' };
    }
    return { kind: 'objective', label, text, col, row };
  }
  if (inTable) return null;
  const code = /^codice\s*(:|$)/.exec(n);
  if (code) {
    const { text } = valueAfter(v, row, cells, 0, raw.replace(/^\s*codice\s*:?/i, ''));
    return text ? { kind: 'code', code: text.trim() } : { kind: 'other' };
  }
  if (/^area di responsabilita/.test(n)) {
    const { text, col } = valueAfter(v, row, cells, 0, raw.replace(/^\s*area di responsabilit\S*\s*:?/i, ''));
    return text ? { kind: 'area', text: text.replace(/^\*|\*$/g, '').trim(), col } : { kind: 'other' };
  }
  const ind = /^indicatore\b\s*(.*)$/s.exec(n);
  if (ind && cells.length <= 2) {
    const { text, col } = valueAfter(v, row, cells, 0, raw.replace(/^\s*indicatore\s*/i, ''));
    return text ? { kind: 'indicator', text, col } : null;
  }
  if (OTHER.test(n)) return { kind: 'other' };
  return null;
}
