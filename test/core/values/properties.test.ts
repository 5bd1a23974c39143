import fc from 'fast-check';
import {
  cellText,
  isoToSerial,
  parseDate,
  parseNumber,
  parseOperator,
  parseTarget,
  parseValue,
  serialToIso,
} from '../../../src/core/values';
import type { DateValue, Known, NumberValue, RelativeValue, TargetResult, Value } from '../../../src/core/values/types';
import { REAL_PROSE, REAL_SHORT } from './corpus';

// ---------- shape checks: every parser returns one of its typed results ----------

const UNITS = new Set(['%', 'n', 'gg', 'h', '€', null]);
const OPS = new Set(['>=', '<=', '=', '>', '<', 'entro', null]);

function checkNumber(v: NumberValue): void {
  expect(v.kind).toBe('number');
  expect(Number.isFinite(v.value)).toBe(true);
  expect(Number.isFinite(v.step) && v.step > 0).toBe(true);
  expect(UNITS.has(v.unit)).toBe(true);
  if (v.ratio) {
    expect(v.unit).toBe('%');
    expect(Number.isFinite(v.ratio.num) && Number.isFinite(v.ratio.den) && v.ratio.den !== 0).toBe(true);
    expect(v.value).toBe(v.ratio.num / v.ratio.den);
  }
}

function checkDate(v: DateValue): void {
  expect(v.kind).toBe('date');
  expect(v.iso).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  // a real calendar day: the ISO survives a round trip through Date
  expect(new Date(`${v.iso}T00:00:00Z`).toISOString().slice(0, 10)).toBe(v.iso);
}

function checkKnown(v: Known | RelativeValue): void {
  switch (v.kind) {
    case 'number':
      return checkNumber(v);
    case 'date':
      return checkDate(v);
    case 'bool':
      expect(typeof v.value).toBe('boolean');
      return;
    case 'relative':
      expect(['previous', 'average']).toContain(v.ref);
      return;
    default:
      throw new Error(`unexpected value ${JSON.stringify(v)}`);
  }
}

function checkValue(v: Value): void {
  if (v.kind === 'missing' || v.kind === 'unreadable') {
    expect(typeof v.raw).toBe('string');
    expect(Object.keys(v).sort()).toEqual(['kind', 'raw']);
    return;
  }
  checkKnown(v);
}

function checkTarget(t: TargetResult): void {
  if (t.kind === 'target') {
    expect(OPS.has(t.op)).toBe(true);
    expect(typeof t.raw).toBe('string');
    if (t.value.kind !== 'qualitative') checkKnown(t.value); // qualitative targets are made by recognition, not parseTarget
    return;
  }
  checkValue(t);
}

/** Runs every parser on one text; each must return a well-formed result without throwing. */
function throughEverything(text: string): void {
  checkValue(parseValue({ value: text }));
  checkTarget(parseTarget({ value: text }));
  const n = parseNumber(text);
  if (n !== null) checkNumber(n);
  const d = parseDate(text);
  if (d !== null) checkDate(d);
  const op = parseOperator(text);
  if (op !== null) {
    expect(OPS.has(op.op)).toBe(true);
    expect(op.rest).toBe(op.rest.trim());
  }
  expect(typeof cellText({ value: text })).toBe('string');
}

// ---------- generators ----------

const REAL = [...REAL_SHORT, ...REAL_PROSE];
/** Characters that matter to the parsers, so that random strings reach deep paths. */
const TRICKY = [...'0123456789.,.,%/-–—: €NnGgHhx<>=≥≤ sìSIoedO$\\°\u00a0\u2212\u0300'];
const trickyChar = fc.constantFrom(...TRICKY);
const anyChar = fc.oneof(trickyChar, fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }));

type Edit = { kind: 'insert' | 'delete' | 'replace'; at: number; ch: string };
const edit: fc.Arbitrary<Edit> = fc.record({ kind: fc.constantFrom('insert', 'delete', 'replace'), at: fc.nat(), ch: anyChar }) as fc.Arbitrary<Edit>;

function applyEdits(text: string, edits: Edit[]): string {
  let s = text;
  for (const e of edits) {
    const at = s.length === 0 ? 0 : e.at % (s.length + (e.kind === 'insert' ? 1 : 0));
    if (e.kind === 'insert') s = s.slice(0, at) + e.ch + s.slice(at);
    else if (e.kind === 'delete') s = s.slice(0, at) + s.slice(at + 1);
    else s = s.slice(0, at) + e.ch + s.slice(at + 1);
  }
  return s;
}

const mutatedReal = fc.tuple(fc.constantFrom(...REAL), fc.array(edit, { minLength: 1, maxLength: 4 })).map(([s, e]) => applyEdits(s, e));

describe('parsers are total', () => {
  it('random strings', () => {
    fc.assert(fc.property(fc.string({ maxLength: 60 }), throughEverything), { numRuns: 1000 });
  });
  it('random unicode', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 60 }), throughEverything), { numRuns: 1000 });
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 30 }), throughEverything), { numRuns: 300 });
  });
  it('random strings of the characters values are made of', () => {
    fc.assert(fc.property(fc.string({ unit: trickyChar, maxLength: 30 }), throughEverything), { numRuns: 3000 });
  });
  it('every real string, as is', () => {
    for (const s of REAL) throughEverything(s);
  });
  it('mutated real strings', () => {
    fc.assert(fc.property(mutatedReal, throughEverything), { numRuns: 4000 });
  });
  it('native cells with any number and format', () => {
    const format = fc.oneof(
      fc.constantFrom('General', '0.00%', '0%', 'dd/mm/yyyy', 'd-mmm-yy', 'hh:mm', '[h]:mm', '#,##0.00 €', '0.00" gg"', '@', ''),
      fc.string({ unit: trickyChar, maxLength: 12 }),
      fc.string({ maxLength: 12 }),
    );
    const value = fc.oneof(fc.double(), fc.integer(), fc.boolean(), fc.constant(null), fc.constant(undefined), fc.string({ maxLength: 20 }));
    fc.assert(
      fc.property(value, fc.option(format, { nil: undefined }), (v, f) => {
        const cell = { value: v, format: f };
        checkValue(parseValue(cell));
        checkTarget(parseTarget(cell));
        const d = parseDate(cell);
        if (d) checkDate(d);
        expect(typeof cellText(cell)).toBe('string');
      }),
      { numRuns: 3000 },
    );
  });
});

describe('no catastrophic backtracking on long cells', () => {
  const fragments = ['1.', '1,', '0', '1.000', ' ', '-', '%', 'a', '>=', '≥ ', 'n.d.', '1/', 'x-', '€ ', '31/12/', 'entro ', 'gg ', '08:', '\u0300'];
  const longText = fc.oneof(
    fc.tuple(fc.constantFrom(...fragments), fc.integer({ min: 2000, max: 10000 }), fc.constantFrom('', '5', '%', 'x', ' N.')).map(
      ([f, n, tail]) => f.repeat(Math.ceil(n / f.length)) + tail,
    ),
    fc.tuple(fc.constantFrom(...REAL), fc.integer({ min: 50, max: 400 })).map(([s, n]) => s.repeat(n).slice(0, 12_000)),
    fc.string({ unit: trickyChar, minLength: 8000, maxLength: 10_000 }),
    // just under and over the length limits, where the regexes still run
    fc.string({ unit: trickyChar, minLength: 60, maxLength: 420 }),
    fc.tuple(fc.constantFrom(...fragments), fc.integer({ min: 60, max: 420 })).map(([f, n]) => f.repeat(Math.ceil(n / f.length)).slice(0, n)),
  );
  it('every parser answers a 10k-character cell quickly', () => {
    fc.assert(
      fc.property(longText, (text) => {
        const start = process.hrtime.bigint();
        throughEverything(text);
        const ms = Number(process.hrtime.bigint() - start) / 1e6;
        expect(ms).toBeLessThan(100); // backtracking would take seconds
      }),
      { numRuns: 400 },
    );
  });
});

// ---------- round trips ----------

/** An Italian number written from its parts: thousands dots optional, comma decimals. */
function italian(int: number, frac: string, grouped: boolean, negative: boolean): string {
  const digits = String(int);
  const intText = grouped ? digits.replace(/\B(?=(\d{3})+$)/g, '.') : digits;
  return (negative ? '-' : '') + intText + (frac ? `,${frac}` : '');
}

const italianNumber = fc.record({
  int: fc.integer({ min: 0, max: 999_999_999 }),
  frac: fc.oneof(fc.constant(''), fc.stringMatching(/^\d{1,3}$/)),
  grouped: fc.boolean(),
  negative: fc.boolean(),
});

describe('round trips', () => {
  const unitForms: [string, string, NumberValue['unit'], number][] = [
    ['', '', null, 0],
    ['', '%', '%', 2],
    ['', ' %', '%', 2],
    ['', ' N.', 'n', 0],
    ['', ' gg', 'gg', 0],
    ['', ' €', '€', 0],
    ['€ ', '', '€', 0],
    ['', ' giorni', 'gg', 0],
  ];

  it('an Italian number (0-3 decimals, thousands dots) reads back to its value and step', () => {
    fc.assert(
      fc.property(italianNumber, fc.constantFrom(...unitForms), ({ int, frac, grouped, negative }, [pre, post, unit, scale]) => {
        const text = pre + italian(int, frac, grouped, negative) + post;
        const expectedStep = Number(`1e-${frac.length + scale}`);
        const magnitude = (int + (frac ? Number(`0.${frac}`) : 0)) / 10 ** scale;
        const expected = negative && magnitude !== 0 ? -magnitude : magnitude;
        const got = parseNumber(text);
        expect(got).not.toBeNull();
        expect(got!.unit).toBe(unit);
        expect(got!.step).toBe(expectedStep);
        expect(Math.abs(got!.value - expected)).toBeLessThanOrEqual(expectedStep / 1000 + Math.abs(expected) * 1e-15);
      }),
      { numRuns: 3000 },
    );
  });

  it('a fraction of counts reads back to num / den', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999 }), fc.integer({ min: 1, max: 99_999 }), fc.boolean(), (a, b, grouped) => {
        const text = `${italian(a, '', grouped, false)} N. / ${italian(b, '', grouped, false)} N.`;
        expect(parseNumber(text)).toEqual({ kind: 'number', value: a / b, unit: '%', step: 1e-4, ratio: { num: a, den: b } });
      }),
      { numRuns: 500 },
    );
  });

  it('a native number shown by cellText reads back within its displayed step', () => {
    const format = fc.constantFrom('0.00%', '0%', '0.0%', '#,##0.00', '#,##0', '0', '0.000', 'General', '#,##0.00 €', '0.00" gg"');
    const value = fc.oneof(fc.double({ min: -1e9, max: 1e9, noNaN: true }), fc.integer({ min: -1e6, max: 1e6 }), fc.double({ min: 0, max: 2, noNaN: true }));
    fc.assert(
      fc.property(value, format, (v, f) => {
        const native = parseValue({ value: v, format: f }) as NumberValue;
        const text = cellText({ value: v, format: f });
        const back = parseValue({ value: text });
        expect(back.kind).toBe('number');
        const b = back as NumberValue;
        expect(b.unit).toBe(native.unit);
        expect(b.step).toBeGreaterThanOrEqual(native.step * 0.999999);
        expect(Math.abs(b.value - v)).toBeLessThanOrEqual(native.step / 2 + Math.abs(v) * 1e-12);
      }),
      { numRuns: 2000 },
    );
  });

  const MONTHS = ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'];
  const calendarDay = fc.date({ min: new Date(Date.UTC(1950, 0, 1)), max: new Date(Date.UTC(2099, 11, 31)), noInvalidDate: true }).map((d) => ({
    y: d.getUTCFullYear(),
    m: d.getUTCMonth() + 1,
    d: d.getUTCDate(),
    iso: d.toISOString().slice(0, 10),
  }));

  it('a written date reads back to its ISO day', () => {
    const p2 = (n: number) => String(n).padStart(2, '0');
    fc.assert(
      fc.property(calendarDay, fc.integer({ min: 0, max: 5 }), ({ y, m, d, iso }, form) => {
        const text = [
          `${p2(d)}/${p2(m)}/${y}`,
          `${p2(d)}-${p2(m)}-${y}`,
          `${p2(d)}.${p2(m)}.${y}`,
          `${d}/${m}/${y}`,
          `${d} ${MONTHS[m - 1]} ${y}`,
          `${y}-${p2(m)}-${p2(d)}`,
        ][form];
        expect(parseDate(text)).toEqual({ kind: 'date', iso });
        expect(parseValue({ value: text })).toEqual({ kind: 'date', iso });
        const target = parseTarget({ value: `entro il ${text}` });
        expect(target).toEqual({ kind: 'target', op: 'entro', value: { kind: 'date', iso }, raw: `entro il ${text}` });
      }),
      { numRuns: 1000 },
    );
  });

  it('serials and ISO days are inverse, and a serial shown by cellText reads back', () => {
    fc.assert(
      fc.property(fc.integer({ min: 61, max: 2_958_465 }), (serial) => {
        const iso = serialToIso(serial);
        expect(iso).not.toBeNull();
        expect(isoToSerial(iso!)).toBe(serial);
        // consecutive serials are consecutive days
        const next = serialToIso(serial + 1);
        if (next) expect(Date.parse(next) - Date.parse(iso!)).toBe(86_400_000);
        expect(parseDate(cellText({ value: serial, format: 'dd/mm/yyyy' }))).toEqual({ kind: 'date', iso });
      }),
      { numRuns: 1000 },
    );
  });

  it('a target written with any operator spelling reads back to its op and value', () => {
    const spellings: [string, string][] = [
      ['>=', '>='], ['≥', '>='], ['=>', '>='], ['≥=', '>='], ['> =', '>='], ['almeno', '>='], ['non inferiore a', '>='],
      ['<=', '<='], ['≤', '<='], ['=<', '<='], ['≤=', '<='], ['max', '<='], ['non superiore a', '<='], ['massimo', '<='],
      ['=', '='], ['>', '>'], ['<', '<'],
    ];
    fc.assert(
      fc.property(fc.constantFrom(...spellings), fc.constantFrom('', ' ', '  '), italianNumber, fc.constantFrom('', ' %', '%', ' N.', ' gg'), ([spelling, op], gap, n, unit) => {
        const valueText = italian(n.int, n.frac, n.grouped, n.negative) + unit;
        const sep = /[a-z]$/.test(spelling) ? ' ' + gap : gap;
        const text = `${spelling}${sep}${valueText}`;
        const t = parseTarget({ value: text });
        expect(t.kind).toBe('target');
        if (t.kind !== 'target') return;
        expect(t.op).toBe(op);
        expect(t.value).toEqual(parseNumber(valueText));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('targets and values agree on operator-free cells', () => {
  it('a readable value is a target with no operator and the same value', () => {
    fc.assert(
      fc.property(fc.oneof(mutatedReal, fc.constantFrom(...REAL)), (text) => {
        const v = parseValue({ value: text });
        const t = parseTarget({ value: text });
        if (v.kind === 'missing') expect(t).toEqual(v);
        if (v.kind !== 'number' && v.kind !== 'bool' && v.kind !== 'date') return;
        expect(t.kind).toBe('target');
        if (t.kind !== 'target') return;
        expect(t.op).toBeNull();
        if (v.kind === 'date') {
          // a month alone ("apr-21") is its first day as a value, its last day as a deadline
          expect(t.value.kind).toBe('date');
          expect((t.value as DateValue).iso.slice(0, 7)).toBe(v.iso.slice(0, 7));
        } else {
          expect(t.value).toEqual(v);
        }
      }),
      { numRuns: 3000 },
    );
  });
});
