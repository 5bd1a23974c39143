import type { Indicator, Objective, ObjectiveLevel } from '../plan';
import type { TargetResult, Value } from '../values/types';
import { parseOperator, parseTarget, parseValue } from '../values';
import { codeShape, levelFromPiaoCode, splitCode } from './codes';
import { readHeader, type Mapping } from './header';
import { normalise } from './headings';
import { readKeyLine } from './keylines';
import type { SheetView } from './sheet';

const UNIT_ONLY = /^(%|n\.?|gg|h|hh|€|euro|data|si\/no)$/i;

const RANK: Record<ObjectiveLevel, number> = { area: 0, strategic: 1, operative: 2, individual: 2 };

export interface ScanResult {
  objectives: Objective[];
  mappings: Mapping[];
  /** evidence for naming the layout */
  keyLines: Set<string>;
}

/** A cell that is nothing but an operator ("≥", ">=") — the unlabeled operator column of many plans. */
function isBareOperator(text: string): boolean {
  if (!text) return false;
  const op = parseOperator(text);
  return !!op && op.rest.trim() === '';
}

const isPercent = (v: Value | null): boolean => v?.kind === 'number' && v.unit === '%';

/** Weights and grades may be typed as 20 (points) or 0.2 / "20%"; the model keeps fractions. */
function asFraction(v: Value): Value {
  if (v.kind === 'number' && v.unit === null && v.value > 1 && v.value <= 100) return { ...v, value: v.value / 100, unit: '%', step: v.step / 100 };
  return v;
}

export function scan(v: SheetView): ScanResult {
  const objectives: Objective[] = [];
  const mappings: Mapping[] = [];
  const keyLines = new Set<string>();
  const ids = new Set<string>();
  const areasByName = new Map<string, Objective>();
  const areaShapes: string[] = [];
  let stack: { o: Objective; rank: number }[] = [];
  let mapping: Mapping | null = null;
  let block: Objective | null = null; // objective opened by key lines, waiting for its table
  let blockArea: Objective | null = null;
  let pendingName: { text: string; row: number; col: number } | null = null;
  let lastIndicator: Indicator | null = null;
  let lastMapping: Mapping | null = null;
  let lastCode = '';
  let lone: { text: string; row: number; col: number } | null = null;
  let implicit: Objective | null = null;
  const sheet = v.sheet();

  const newObjective = (text: string, level: ObjectiveLevel, row: number, col: number, parentId: string | null, code?: string | null): Objective => {
    const split = code !== undefined ? { code, title: text } : splitCode(text);
    let id = split.code ?? `r${row + 1}`;
    while (ids.has(id)) id = `${id}@${row + 1}`;
    ids.add(id);
    const o: Objective = {
      id,
      code: split.code,
      title: split.title,
      level,
      row: row + 1,
      cell: v.addr(row, col),
      parentId,
      weight: null,
      statedGrade: null,
      statedGradeCell: null,
      gradeCell: null,
      indicators: [],
    };
    objectives.push(o);
    return o;
  };

  const setCode = (o: Objective, code: string) => {
    ids.delete(o.id);
    o.code = code;
    let id = code;
    while (ids.has(id)) id = `${id}@${o.row}`;
    o.id = id;
    ids.add(id);
    const level = levelFromPiaoCode(code);
    if (level) o.level = level;
  };

  const areaNamed = (text: string, row: number, col: number): Objective => {
    const key = normalise(text);
    let a = areasByName.get(key);
    if (!a) {
      a = newObjective(text, 'area', row, col, null);
      areasByName.set(key, a);
    }
    return a;
  };

  /** place an objective found in a table's objective columns into the hierarchy */
  const pushHierarchy = (o: Objective, rank: number) => {
    while (stack.length && stack[stack.length - 1].rank >= rank) stack.pop();
    o.parentId = stack.length ? stack[stack.length - 1].o.id : null;
    stack.push({ o, rank });
  };

  /** areas of different code shapes nest ("BSC1 - …" holds "011 - …"); the first shape seen is on top */
  const placeArea = (o: Objective) => {
    const shape = codeShape(o.code);
    if (!areaShapes.includes(shape)) areaShapes.push(shape);
    pushHierarchy(o, areaShapes.indexOf(shape) / 10);
  };

  const readTarget = (m: Mapping, row: number): { t: TargetResult | null; cell: string | null; shift: number; tcol: number | null } => {
    if (m.target === null) return { t: null, cell: null, shift: 0, tcol: null };
    const tc = m.target;
    const here = v.text(row, tc);
    if (isBareOperator(here)) {
      // operator in the target column, value in the next one (unlabeled, or the columns shift right)
      let vc = tc + 1;
      while (vc <= v.right && !v.text(row, vc) && vc < tc + 3) vc++;
      if (isBareOperator(v.text(row, vc))) return { t: parseTarget(v.input(row, tc)), cell: v.addr(row, tc), shift: 0, tcol: tc };
      const shift = m.roles.has(tc + 1) && !v.isMergedPart(m.rows[0], tc + 1) ? 1 : 0;
      return { t: parseTarget({ value: `${here} ${v.text(row, vc)}` }), cell: v.addr(row, vc), shift, tcol: tc };
    }
    const left = v.text(row, tc - 1);
    if (tc - 1 >= v.left && !m.roles.has(tc - 1) && isBareOperator(left) && here) {
      return { t: parseTarget({ value: `${left} ${here}` }), cell: v.addr(row, tc), shift: 0, tcol: tc };
    }
    return { t: v.parsedTarget(row, tc), cell: v.addr(row, tc), shift: 0, tcol: tc };
  };

  const valueAt = (row: number, col: number | null, shift: number, after: number | null): { val: Value | null; cell: string | null } => {
    if (col === null) return { val: null, cell: null };
    const c = after !== null && col > after ? col + shift : col;
    return { val: v.parsedValue(row, c), cell: v.addr(row, c) };
  };

  /** PDF-derived rows are sometimes shifted one column; pick the shift that puts a readable target under "Target". */
  const rowShift = (m: Mapping, row: number): number => {
    // only tables laid out from PDFs (objective columns, no weights nor actuals) come misaligned
    if (m.target === null || m.indicator === null || m.inlineObjective || m.objectives.length === 0 || m.weight !== null || m.actual !== null) return 0;
    const ok = (s: number) => {
      const t = v.text(row, m.target! + s);
      if (!t || t === 'X' || !v.text(row, m.indicator! + s)) return 0;
      const p = v.parsedTarget(row, m.target! + s);
      return p.kind === 'target' && p.value.kind !== 'qualitative' ? 2 : 1;
    };
    const here = ok(0);
    if (here === 2) return 0; // the common case: aligned
    const scores = [[0, here] as const, [-1, ok(-1)] as const, [1, ok(1)] as const];
    const best = scores.reduce((a, b) => (b[1] > a[1] ? b : a));
    if (best[1] > 0) return best[0];
    return 0;
  };

  const shifted = (m: Mapping, s: number): Mapping =>
    s === 0
      ? m
      : {
          ...m,
          indicator: m.indicator === null ? null : m.indicator + s,
          target: m.target === null ? null : m.target + s,
          weight: m.weight === null ? null : m.weight + s,
          actual: m.actual === null ? null : m.actual + s,
          grade: m.grade === null ? null : m.grade + s,
          baseline: m.baseline === null ? null : m.baseline + s,
          algorithm: m.algorithm === null ? null : m.algorithm + s,
        };

  /**
   * Exports from PDF wrap one indicator over two rows: the second carries only more name/algorithm text,
   * units ("%") or the rest of a target split from its operator (">=" then "90,00 %"). Such a row
   * completes the indicator above instead of starting one. Only in key-line tables (no objective columns).
   */
  const continues = (m: Mapping, row: number): boolean => {
    if (m.objectives.length > 0 || m.inlineObjective || m.target === null || !lastIndicator || lastMapping !== m) return false;
    const blank = (c: number | null) => c === null || !v.text(row, c) || UNIT_ONLY.test(v.text(row, c));
    if (![m.weight, m.actual, m.baseline, m.grade, m.measures].every(blank)) return false;
    const prev = lastIndicator.target;
    const incomplete = prev && prev.kind === 'unreadable' && isBareOperator(prev.raw.replace(/^entro$/i, '>='));
    const here = v.text(row, m.target);
    if (incomplete && here && !UNIT_ONLY.test(here)) {
      lastIndicator.target = parseTarget({ value: `${prev.raw} ${here}` });
      lastIndicator.targetCell = v.addr(row, m.target);
      return true;
    }
    return blank(m.target);
  };

  const ownerFor = (row: number, col: number): Objective => {
    if (stack.length) return stack[stack.length - 1].o;
    if (block) return block;
    if (!implicit) implicit = newObjective(`Indicatori del foglio «${sheet}»`, 'operative', row, col, null, null);
    return implicit;
  };

  const dataRow = (m0: Mapping, row: number) => {
    const rs = rowShift(m0, row);
    const m = shifted(m0, rs);
    // objectives in the table's own columns (hierarchical layouts); a "Codice" column gives their code
    const codeHere = m0.code !== null ? v.text(row, m0.code) : '';
    for (const oc of m0.objectives) {
      const t = v.text(row, oc.col + rs);
      if (!t || !/\p{L}{2}/u.test(t)) continue; // "-", "200.800": stray budget cells, not objectives
      const level: ObjectiveLevel = oc.role === 'area' ? 'area' : oc.role === 'strategic' ? 'strategic' : 'operative';
      const o = codeHere && oc === m0.objectives[m0.objectives.length - 1] ? newObjective(t, level, row, oc.col + rs, null, codeHere) : newObjective(t, level, row, oc.col + rs, null);
      if (level === 'area') placeArea(o);
      else pushHierarchy(o, RANK[level]);
      if (m.grade !== null && v.text(row, m.grade) && !v.text(row, m.indicator ?? -1)) {
        o.statedGrade = asFraction(parseValue(v.input(row, m.grade)));
        o.statedGradeCell = o.gradeCell = v.addr(row, m.grade);
      }
    }
    if (m.actualsOnly) {
      if (lastIndicator && m.actual !== null && v.text(row, m.actual)) {
        lastIndicator.actual = parseValue(v.input(row, m.actual));
        lastIndicator.actualCell = v.addr(row, m.actual);
      }
      mapping = null; // a "Risultato anno" header completes exactly one indicator
      return;
    }
    let name = m.indicator !== null ? v.text(row, m.indicator) : '';
    let nameRow = row;
    let nameCol = m.indicator ?? v.left;
    if (!name && pendingName && m.indicator === null) {
      ({ text: name, row: nameRow, col: nameCol } = pendingName);
    }
    if (!name || !/\p{L}/u.test(name)) return; // "--  ---  -----" separator rows
    // a row is an indicator when something besides its name is filled (any yearly target counts)
    const others = [m.target, m.weight, m.actual, m.baseline, m.measures, m.grade, m.algorithm].filter((c): c is number => c !== null);
    for (const [c, h] of m.roles) if (h.role === 'year' || h.role === 'target') others.push(c + rs);
    if (!others.some((c) => v.text(row, c))) return;
    if (m0.objectives.some((oc) => oc.col === m0.indicator)) return;
    if (continues(m, row)) return;
    const { t, cell: targetCell, shift, tcol } = readTarget(m, row);
    let w = valueAt(row, m.weight, shift, tcol);
    if (m.weight !== null && (!w.val || w.val.kind === 'missing')) {
      // rows of one table may carry more or fewer yearly targets than the heading row shows: the weight is
      // the percentage nearest its heading
      for (const c of [m.weight, m.weight - 1, m.weight + 1, m.weight + 2]) {
        const role = m.roles.get(c)?.role;
        if (c <= (tcol ?? -1) || c === m.weight + shift || (role && role !== 'target' && role !== 'year' && role !== 'weight')) continue;
        const alt = valueAt(row, c, 0, null);
        if (isPercent(alt.val)) {
          w = alt;
          break;
        }
      }
    }
    const a = valueAt(row, m.actual, shift, tcol);
    const b = valueAt(row, m.baseline, shift, tcol);
    const ms = valueAt(row, m.measures, shift, tcol);
    const g = valueAt(row, m.grade, shift, tcol);
    const ind: Indicator = {
      row: row + 1,
      name,
      nameCell: v.addr(nameRow, nameCol),
      weight: w.val && w.val.kind !== 'missing' ? asFraction(w.val) : null,
      weightCell: w.cell,
      target: t,
      targetCell,
      actual: a.val,
      actualCell: a.cell,
      baseline: b.val,
      baselineCell: b.cell,
      measures: ms.val && ms.val.kind !== 'missing' ? ms.val : null,
      measuresCell: ms.cell,
      statedGrade: g.val && g.val.kind !== 'missing' ? asFraction(g.val) : null,
      gradeCell: g.cell,
    };
    ownerFor(row, nameCol).indicators.push(ind);
    lastIndicator = ind;
    lastMapping = m0;
    pendingName = null;
  };

  for (let row = v.top; row <= v.bottom; row++) {
    const filled = v.filled(row);
    if (filled.length === 0) continue;
    if (mapping && mapping.rows.includes(row)) continue; // second row of a two-row header
    const header = readHeader(v, row);
    if (header) {
      mapping = header;
      mappings.push(header);
      if (header.inlineObjective) {
        block = null;
        const o = newObjective(header.inlineObjective.text, 'strategic', row, header.inlineObjective.col, null);
        while (stack.length && stack[stack.length - 1].rank >= RANK.strategic) stack.pop();
        o.parentId = stack.length ? stack[stack.length - 1].o.id : null;
        stack.push({ o, rank: RANK.strategic });
      } else if (header.objectives.length > 0) {
        block = null;
      }
      continue;
    }
    const key = readKeyLine(v, row, !!mapping && !mapping.actualsOnly && filled.length >= 3);
    if (key) {
      keyLines.add(key.kind === 'objective' ? `objective:${key.label}` : key.kind);
      switch (key.kind) {
        case 'objective': {
          mapping = null;
          stack = [];
          let parent = blockArea;
          if (key.label === 'individual' && lone && lone.row === row - 1) parent = blockArea = areaNamed(lone.text, lone.row, lone.col);
          const level: ObjectiveLevel = key.label === 'strategic' ? 'strategic' : key.label === 'individual' ? 'individual' : 'operative';
          block = newObjective(key.text, level, key.row, key.col, parent ? parent.id : null);
          row = key.row; // the value may sit on the next line
          const piaoLevel = block.code ? levelFromPiaoCode(block.code) : null; // "Obiettivo: 03_01_OS01 …"
          if (piaoLevel) block.level = piaoLevel;
          pendingName = null;
          break;
        }
        case 'piao':
          mapping = null;
          stack = [];
          block = newObjective(key.text, levelFromPiaoCode(key.code) ?? 'strategic', row, key.col, null, key.code);
          break;
        case 'code':
          if (block && !block.code && block.indicators.length === 0) setCode(block, key.code);
          break;
        case 'weight':
          if (block) {
            block.weight = asFraction(parseValue({ value: key.raw }));
            block.weightCell = v.addr(row, key.col);
          }
          break;
        case 'area':
          if (block && block.indicators.length === 0) block.parentId = areaNamed(key.text, row, key.col).id;
          break;
        case 'indicator':
          pendingName = { text: key.text, row, col: key.col };
          break;
        case 'other':
          mapping = null;
          break;
      }
      lone = null;
      continue;
    }
    if (filled.length === 1 && (!mapping || mapping.inlineObjective || mapping.objectives.length > 0)) {
      // a lone heading line between blocks: a mission ("011_Competitività delle imprese") or a
      // perspective ("Imprese Territorio e Consumatori") in the strategic column: an area
      const c = filled[0];
      const t = v.text(row, c);
      const inCol = mapping?.objectives.find((oc) => oc.col === c);
      const mission = /^\d{3}\s*[_\-–]/.test(t) && !inCol;
      const perspective = !!inCol && inCol.role === 'strategic' && splitCode(t).code === null;
      if (mission || perspective) {
        placeArea(newObjective(t, 'area', row, c, null));
        lone = null;
        continue;
      }
    }
    if (mapping) dataRow(mapping, row);
    lone = filled.length === 1 && v.text(row, filled[0]).length <= 60 ? { text: v.text(row, filled[0]), row, col: filled[0] } : null;
  }
  return { objectives, mappings, keyLines };
}
