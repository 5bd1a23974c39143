import type { ObjectiveLevel } from '../plan';

/** An objective title may carry its code: "01.01 - ARBITRATO…", "1. Semplificazione…", "SG_1 - …", "011_Competitività". */
const CODE_PATTERNS: RegExp[] = [
  /^(\d{2}_\d{2}_[A-Z]{1,4}\d{1,3})\b\s*[|:\-–]?\s*(.*)$/s, // PIAO: 01_01_OS01
  /^([A-Za-z]+\d*(?:_\d+)+(?:_[A-Z]+)?)\s*[-–:]\s*(.*)$/s, // SG_1 - …, DirArea1_2 - …, PO2_2_2021 - …
  /^(BSC\d+)\s*[-–:]\s*(.*)$/s,
  /^(\d{1,3}(?:[._]\d{1,3})*)\s*(?:[-–:)]|\.(?=\s|\D)|,)\s*(.*)$/s, // 01.01 - …, 1. …, 3, …, 1.2.1 - …
  /^(\d{3})_\s*(.*)$/s, // 011_Competitività
];

export function splitCode(text: string): { code: string | null; title: string } {
  const t = text.trim();
  for (const re of CODE_PATTERNS) {
    const m = re.exec(t);
    if (m && m[2].trim().length > 0) return { code: m[1].replace(/\.$/, ''), title: m[2].trim() };
  }
  return { code: null, title: t };
}

/** The PIAO code says the level: OS strategic, OP operative, UIC (obiettivi comuni) strategic. */
export function levelFromPiaoCode(code: string): ObjectiveLevel | null {
  const m = /^\d{2}_\d{2}_([A-Z]+)\d+$/.exec(code.replace(/\s+/g, ''));
  if (!m) return null;
  return m[1] === 'OP' ? 'operative' : 'strategic';
}

/** Shape of an area label's code ("BSC1" vs "011"): areas of two shapes nest, the first seen on top. */
export function codeShape(code: string | null): string {
  if (!code) return 'none';
  return code.replace(/[A-Za-z]+/g, 'A').replace(/\d+/g, '9');
}
