/** Addresses as Office.js writes them: 'Piano'!A1:B2, areas joined by ', '. */
import type { CellRange } from '../../core/grid';
import { parseA1 } from '../../core/grid';

/** Sheet names are quoted unless they are plain identifiers that cannot be read as a cell reference. */
export function quoteSheetName(name: string): string {
  const plain = /^[A-Za-z_\u00C0-\uFFFF][A-Za-z0-9_.\u00C0-\uFFFF]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name) && !/^[Rr]\d*[Cc]\d*$/.test(name);
  return plain ? name : `'${name.replace(/'/g, "''")}'`;
}

/** 'A1' or 'A1:C3' (no whole rows/columns: merged areas never are) -> CellRange; null when unreadable. */
export function parseRangeRef(ref: string): CellRange | null {
  const parts = ref.split(':');
  try {
    const a = parseA1(parts[0]);
    const b = parts.length > 1 ? parseA1(parts[1]) : a;
    return { top: Math.min(a.row, b.row), left: Math.min(a.col, b.col), bottom: Math.max(a.row, b.row), right: Math.max(a.col, b.col) };
  } catch {
    return null;
  }
}

/**
 * RangeAreas.address -> rectangles. Each area is "<sheet>!<ref>" and areas are joined by ", ";
 * the sheet part may be quoted and contain commas, so we skip it by scanning rather than splitting.
 */
export function parseAreasAddress(address: string): CellRange[] {
  const out: CellRange[] = [];
  let i = 0;
  while (i < address.length) {
    while (address[i] === ' ' || address[i] === ',') i++;
    if (i >= address.length) break;
    const start = i;
    if (address[i] === "'") {
      i++;
      while (i < address.length) {
        if (address[i] === "'" && address[i + 1] === "'") i += 2;
        else if (address[i] === "'") {
          i++;
          break;
        } else i++;
      }
    } else {
      while (i < address.length && address[i] !== '!' && address[i] !== ',') i++;
    }
    let ref: string;
    if (address[i] === '!') {
      const end = address.indexOf(',', i + 1);
      ref = address.slice(i + 1, end < 0 ? address.length : end);
      i = end < 0 ? address.length : end;
    } else {
      // no sheet part: what we scanned was the reference itself
      ref = address.slice(start, i);
    }
    const r = parseRangeRef(ref.trim());
    if (r) out.push(r);
  }
  return out;
}
