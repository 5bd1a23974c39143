/** The text a user sees in a cell, Italian style: used for `raw` fields and messages. */
import { serialToIso } from './date';
import { analyseFormat, type FormatInfo } from './format';
import { formatItalian } from './normalise';
import type { CellInput, Unit } from './types';

const UNIT_SUFFIX: Record<Exclude<Unit, null | '%'>, string> = { n: ' N.', gg: ' gg', h: ' h', '€': ' €' };

function withUnit(text: string, unit: Unit): string {
  return unit === null || unit === '%' ? text : text + UNIT_SUFFIX[unit];
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

/** Day fraction as hh:mm (or hh:mm:ss); '[h]:mm' keeps whole days as hours. */
export function clockText(value: number, info: FormatInfo): string {
  const days = info.elapsed ? value : value - Math.floor(value);
  const seconds = Math.round(Math.abs(days) * 86_400);
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  const sign = days < 0 && seconds > 0 ? '-' : '';
  return `${sign}${pad2(h)}:${pad2(m)}` + (info.timeParts === 3 ? `:${pad2(s)}` : '');
}

function numberText(value: number, format: string | undefined): string {
  if (!Number.isFinite(value)) return String(value);
  const info = analyseFormat(format);
  switch (info.kind) {
    case 'date': {
      const iso = serialToIso(value);
      if (iso) return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
      return formatItalian(value, null, false);
    }
    case 'time':
      return clockText(value, info);
    case 'percent':
      return `${formatItalian(value * 100, info.decimals, info.grouping)}%`;
    case 'number':
      return withUnit(formatItalian(value, info.decimals, info.grouping), info.unit);
    default:
      return withUnit(formatItalian(value, null, false), info.unit);
  }
}

/**
 * Display text of a cell: strings trimmed; native numbers through their format
 * (0.9787 with '0.00%' -> '97,87%', serial 45291 with 'dd/mm/yyyy' -> '31/12/2023', 1010 General -> '1010').
 */
export function cellText(cell: CellInput): string {
  if (cell === null || typeof cell !== 'object') return '';
  const v = cell.value;
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v.trim();
  if (typeof v === 'boolean') return v ? 'VERO' : 'FALSO';
  if (typeof v === 'number') return numberText(v, cell.format);
  return '';
}
