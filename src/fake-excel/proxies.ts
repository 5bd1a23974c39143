/**
 * Proxy objects and the request context of the fake Excel, as strict as Office.js where the adapter relies on it:
 * - reading a property that was not loaded and synced throws PropertyNotLoaded (same text as Office.js);
 * - property writes and method calls are queued and reach the workbook only at context.sync(), in order;
 * - a sync with nothing queued is not a round trip (as in Office.js); every other sync is counted;
 * - each sync's request and response payload is estimated (JSON length of what travels plus a small
 *   per-action overhead); over the limit (5 MB) the sync throws Request/ResponsePayloadSizeLimitExceeded;
 * - an action that fails stops the batch: earlier actions stay applied, later ones are dropped (as in Excel);
 * - proxies are non-extensible, so assigning a property the fake does not model throws a TypeError
 *   instead of being silently ignored.
 */
import { MAX_COLS, MAX_ROWS, type Rect, contains, formatRef, intersects, parseRef, sheetAddress, invalidSheetName } from './address';
import { FakeOfficeError, officeError, propertyNotLoaded } from './errors';
import type { FakeSheet, FakeWorkbook, SheetVisibility, TableRecord, ConditionalFormatRecord, ChartRecord } from './host';

export const PAYLOAD_LIMIT = 5 * 1024 * 1024;
/** bytes every queued action costs in the request (object path, action id, property name) */
export const ACTION_OVERHEAD = 40;
/** Excel fails getMergedAreasOrNullObject when the range holds more merged areas than this */
export const MERGED_AREAS_LIMIT = 512;

export interface RunOptionsLike {
  delayForCellEdit?: boolean;
  mergeUndoGroup?: boolean;
}

export interface SyncRecord {
  requestBytes: number;
  responseBytes: number;
  actions: number;
}

export interface FakeStats {
  runs: number;
  syncs: number;
  history: SyncRecord[];
  calcSuspensions: number;
  mergeUndoGroupRuns: number;
  delayedForCellEdit: number;
}

export function newStats(): FakeStats {
  return { runs: 0, syncs: 0, history: [], calcSuspensions: 0, mergeUndoGroupRuns: 0, delayedForCellEdit: 0 };
}

/** The host side shared by all contexts: workbook, edit mode, limits, counters. */
export interface Host {
  workbook: FakeWorkbook;
  stats: FakeStats;
  payloadLimit: number;
  editMode: boolean;
  /** action kinds that do not support undo (mergeUndoGroup batches containing them fail with UndoNotSupported) */
  undoNotSupported: string[];
  waitForEditModeExit(): Promise<void>;
}

interface Action {
  kind: string;
  bytes: number;
  /** a write to this sheet, checked against sheet protection before running */
  writes?: () => FakeSheet;
  run(resp: Response): void;
}

class Response {
  bytes = 0;
  readonly apply: (() => void)[] = [];
  add(payload: unknown, apply: () => void): void {
    this.bytes += jsonBytes(payload);
    this.apply.push(apply);
  }
}

export function jsonBytes(x: unknown): number {
  return JSON.stringify(x ?? null).length;
}

/* ====================================================================================== */

export class FakeRequestContext {
  readonly workbook: WorkbookProxy;
  readonly application: ApplicationProxy;
  private queue: Action[] = [];
  /** proxies resolved during the running sync: their isNullObject becomes readable */
  readonly touched = new Set<ClientObj<unknown>>();

  constructor(
    readonly host: Host,
    readonly options: RunOptionsLike,
  ) {
    this.application = this.adopt(new ApplicationProxy(this));
    this.workbook = this.adopt(new WorkbookProxy(this));
  }

  adopt<T extends object>(o: T): T {
    return Object.preventExtensions(o);
  }

  enqueue(a: Action): void {
    this.queue.push(a);
  }

  get pending(): number {
    return this.queue.length;
  }

  async sync(): Promise<void> {
    await Promise.resolve();
    const actions = this.queue;
    this.queue = [];
    if (actions.length === 0) return; // Office.js sends nothing when there is nothing to send
    const host = this.host;
    host.stats.syncs++;
    const record: SyncRecord = { requestBytes: 0, responseBytes: 0, actions: actions.length };
    host.stats.history.push(record);
    if (host.editMode) {
      if (!this.options.delayForCellEdit) throw officeError('InvalidOperationInCellEditMode');
      host.stats.delayedForCellEdit++;
      await host.waitForEditModeExit();
    }
    record.requestBytes = actions.reduce((n, a) => n + a.bytes, 0);
    if (record.requestBytes > host.payloadLimit) throw officeError('RequestPayloadSizeLimitExceeded');
    if (this.options.mergeUndoGroup) {
      const bad = actions.find((a) => host.undoNotSupported.includes(a.kind));
      if (bad) throw officeError('UndoNotSupported', bad.kind);
    }
    const resp = new Response();
    this.touched.clear();
    for (const a of actions) {
      if (a.writes) {
        const sheet = a.writes();
        if (sheet.protected) throw officeError('AccessDenied', a.kind, `The sheet «${sheet.name}» is protected.`);
      }
      a.run(resp);
    }
    record.responseBytes = resp.bytes;
    if (resp.bytes > host.payloadLimit) throw officeError('ResponsePayloadSizeLimitExceeded');
    for (const f of resp.apply) f();
    for (const p of this.touched) p._settle();
  }
}

/* ====================================================================================== */

type LoadSpec = string | string[] | { select?: string } | undefined;

function parseSpec(spec: LoadSpec): string[] | null {
  if (spec === undefined || spec === null) return null;
  const list = typeof spec === 'string' ? [spec] : Array.isArray(spec) ? spec : spec.select ? [spec.select] : [];
  const out = list
    .flatMap((s) => s.split(','))
    .map((s) => s.trim())
    .filter(Boolean);
  return out.length ? out : null;
}

/** Base of every proxy: lazy resolution at sync, loaded-property store, isNullObject. */
export abstract class ClientObj<T> {
  /** loaded or locally set property values (Office.js keeps what you assign, too) */
  _props: Record<string, unknown> = {};
  _isNull: boolean | undefined = undefined;
  private _cache: { t: T | null } | undefined = undefined;

  constructor(
    readonly context: FakeRequestContext,
    private readonly _resolver: () => T | null,
    readonly _entity: string,
    readonly _nullable = false,
  ) {
    // *OrNullObject proxies are instantiated by the batch even when nothing else uses them (Office does the same),
    // so isNullObject is readable after the next sync.
    if (_nullable) context.enqueue({ kind: 'instantiate', bytes: ACTION_OVERHEAD, run: () => void this._target() });
  }

  _target(): T | null {
    if (!this._cache) this._cache = { t: this._resolver() };
    this.context.touched.add(this as ClientObj<unknown>);
    return this._cache.t;
  }

  _preset(t: T): void {
    this._cache = { t };
    this._isNull = false;
  }

  _settle(): void {
    if (this._cache) this._isNull = this._cache.t === null;
  }

  /** the target, or the error Office would give for a missing/null object */
  _req(): T {
    const t = this._target();
    if (t === null) throw officeError(this._nullable ? 'InvalidOperation' : 'ItemNotFound', this._entity);
    this._alive(t);
    return t;
  }

  /** throws ItemNotFound when the object was deleted */
  protected _alive(_t: T): void {}

  get isNullObject(): boolean {
    if (this._isNull === undefined) throw propertyNotLoaded(this._entity, 'isNullObject');
    return this._isNull;
  }

  protected _get<V>(prop: string): V {
    if (this._isNull) return null as V;
    if (!(prop in this._props)) throw propertyNotLoaded(this._entity, prop);
    return this._props[prop] as V;
  }

  protected _queue(kind: string, payload: unknown, run: (t: T) => void, writes?: (t: T) => FakeSheet): void {
    this.context.enqueue({
      kind,
      bytes: ACTION_OVERHEAD + (payload === undefined ? 0 : jsonBytes(payload)),
      writes: writes ? () => writes(this._req()) : undefined,
      run: () => run(this._req()),
    });
  }

  protected _set(prop: string, value: unknown, run: (t: T) => void, writes?: (t: T) => FakeSheet): void {
    this._props[prop] = value;
    this._queue(`${this._entity}.${prop}`, value, run, writes);
  }

  abstract _loadable(): readonly string[];
  abstract _read(t: T, prop: string): unknown;

  load(spec?: LoadSpec): this {
    const props = parseSpec(spec) ?? this._loadable();
    for (const p of props) {
      if (!this._loadable().includes(p)) throw officeError('InvalidArgument', `${this._entity}.load`, `Unknown property '${p}'.`);
    }
    this.context.enqueue({
      kind: 'load',
      bytes: ACTION_OVERHEAD + props.join(',').length,
      run: (resp) => {
        const t = this._target();
        if (t === null) return;
        this._alive(t);
        const out: Record<string, unknown> = {};
        for (const p of props) out[p] = this._read(t, p);
        resp.add(out, () => Object.assign(this._props, out));
      },
    });
    return this;
  }

  toJSON(): Record<string, unknown> {
    return { ...this._props };
  }
}

/** Define queued setters (and loaded-or-assigned getters) for simple recorded properties. */
function recordedProps<T>(obj: ClientObj<T>, names: string[], apply: (t: T, name: string, value: unknown) => void, writes?: (t: T) => FakeSheet): void {
  for (const name of names) {
    Object.defineProperty(obj, name, {
      enumerable: true,
      get: () => {
        if (!(name in obj._props)) throw propertyNotLoaded(obj._entity, name);
        return obj._props[name];
      },
      set: (value: unknown) => {
        obj._props[name] = value;
        obj.context.enqueue({
          kind: `${obj._entity}.${name}`,
          bytes: ACTION_OVERHEAD + jsonBytes(value),
          writes: writes ? () => writes(obj._req()) : undefined,
          run: () => apply(obj._req(), name, value),
        });
      },
    });
  }
}

/* ====================================================================================== */

export class ApplicationProxy extends ClientObj<Host> {
  constructor(ctx: FakeRequestContext) {
    super(ctx, () => ctx.host, 'Application');
  }
  _loadable(): readonly string[] {
    return [];
  }
  _read(): unknown {
    return undefined;
  }
  suspendApiCalculationUntilNextSync(): void {
    this._queue('application.suspendApiCalculationUntilNextSync', undefined, (h) => {
      h.stats.calcSuspensions++;
    });
  }
}

export class WorkbookProxy extends ClientObj<FakeWorkbook> {
  readonly worksheets: WorksheetCollectionProxy;
  readonly application: ApplicationProxy;
  constructor(ctx: FakeRequestContext) {
    super(ctx, () => ctx.host.workbook, 'Workbook');
    this.worksheets = ctx.adopt(new WorksheetCollectionProxy(ctx));
    this.application = ctx.application;
  }
  _loadable(): readonly string[] {
    return [];
  }
  _read(): unknown {
    return undefined;
  }
}

/* ---------------- collections ---------------- */

abstract class CollectionProxy<T, I extends ClientObj<T>> extends ClientObj<T[]> {
  private _items: I[] | undefined = undefined;
  abstract _make(t: T): I;
  abstract _itemDefaults(): readonly string[];
  abstract _itemLoadable(): readonly string[];
  abstract _itemRead(t: T, prop: string): unknown;

  get items(): I[] {
    if (this._items === undefined) throw propertyNotLoaded(this._entity, 'items');
    return this._items;
  }

  _loadable(): readonly string[] {
    return [];
  }
  _read(): unknown {
    return undefined;
  }

  override load(spec?: LoadSpec): this {
    const raw = parseSpec(spec);
    const props = raw ? raw.map((p) => p.replace(/^items\//, '')).filter((p) => p !== 'items') : [...this._itemDefaults()];
    for (const p of props) {
      if (!this._itemLoadable().includes(p)) throw officeError('InvalidArgument', `${this._entity}.load`, `Unknown property '${p}'.`);
    }
    this.context.enqueue({
      kind: 'load',
      bytes: ACTION_OVERHEAD + props.join(',').length,
      run: (resp) => {
        const list = this._req();
        const rows = list.map((t) => {
          const out: Record<string, unknown> = {};
          for (const p of props) out[p] = this._itemRead(t, p);
          return out;
        });
        resp.add(rows, () => {
          this._items = list.map((t, i) => {
            const item = this._make(t);
            item._preset(t);
            Object.assign(item._props, rows[i]);
            return item;
          });
        });
      },
    });
    return this;
  }
}

const SHEET_PROPS = ['name', 'visibility', 'position', 'id'] as const;

function readSheetProp(s: FakeSheet, prop: string): unknown {
  switch (prop) {
    case 'name':
      return s.name;
    case 'visibility':
      return s.visibility;
    case 'position':
      return s.workbook.sheets.indexOf(s);
    case 'id':
      return `{sheet-${s.name}}`;
  }
  return undefined;
}

export class WorksheetCollectionProxy extends CollectionProxy<FakeSheet, WorksheetProxy> {
  constructor(ctx: FakeRequestContext) {
    super(ctx, () => ctx.host.workbook.sheets.slice(), 'WorksheetCollection');
  }
  _make(t: FakeSheet): WorksheetProxy {
    return this.context.adopt(new WorksheetProxy(this.context, () => t));
  }
  _itemDefaults(): readonly string[] {
    return SHEET_PROPS;
  }
  _itemLoadable(): readonly string[] {
    return SHEET_PROPS;
  }
  _itemRead(t: FakeSheet, prop: string): unknown {
    return readSheetProp(t, prop);
  }

  getItem(key: string): WorksheetProxy {
    const ctx = this.context;
    return ctx.adopt(
      new WorksheetProxy(ctx, () => {
        const s = ctx.host.workbook.find(key);
        if (!s) throw officeError('ItemNotFound', 'WorksheetCollection.getItem', `No sheet named «${key}».`);
        return s;
      }),
    );
  }

  getItemOrNullObject(key: string): WorksheetProxy {
    const ctx = this.context;
    return ctx.adopt(new WorksheetProxy(ctx, () => ctx.host.workbook.find(key) ?? null, true));
  }

  getActiveWorksheet(): WorksheetProxy {
    const ctx = this.context;
    return ctx.adopt(
      new WorksheetProxy(ctx, () => {
        const s = ctx.host.workbook.active;
        if (!s) throw officeError('ItemNotFound', 'WorksheetCollection.getActiveWorksheet');
        return s;
      }),
    );
  }

  add(name?: string): WorksheetProxy {
    const ctx = this.context;
    let created: FakeSheet | undefined;
    ctx.enqueue({
      kind: 'worksheet.add',
      bytes: ACTION_OVERHEAD + jsonBytes(name ?? ''),
      run: () => {
        const wb = ctx.host.workbook;
        let n = name;
        if (n === undefined) {
          let i = wb.sheets.length + 1;
          while (wb.find(`Sheet${i}`)) i++;
          n = `Sheet${i}`;
        }
        created = wb.addSheet(n);
      },
    });
    return ctx.adopt(
      new WorksheetProxy(ctx, () => {
        if (!created) throw officeError('InvalidOperation', 'WorksheetCollection.add');
        return created;
      }),
    );
  }
}

/* ---------------- worksheet ---------------- */

export class WorksheetProxy extends ClientObj<FakeSheet> {
  readonly protection: ProtectionProxy;
  readonly autoFilter: AutoFilterProxy;
  readonly tables: TableCollectionProxy;
  readonly charts: ChartCollectionProxy;

  constructor(ctx: FakeRequestContext, resolver: () => FakeSheet | null, nullable = false) {
    super(ctx, resolver, 'Worksheet', nullable);
    this.protection = ctx.adopt(new ProtectionProxy(ctx, () => this._req()));
    this.autoFilter = ctx.adopt(new AutoFilterProxy(ctx, () => this._req()));
    this.tables = ctx.adopt(new TableCollectionProxy(ctx, this));
    this.charts = ctx.adopt(new ChartCollectionProxy(ctx, this));
  }

  protected override _alive(s: FakeSheet): void {
    if (s.deleted) throw officeError('ItemNotFound', 'Worksheet', `The sheet «${s.name}» was deleted.`);
  }

  _loadable(): readonly string[] {
    return SHEET_PROPS;
  }
  _read(t: FakeSheet, prop: string): unknown {
    return readSheetProp(t, prop);
  }

  get name(): string {
    return this._get('name');
  }
  set name(v: string) {
    this._set('name', v, (s) => {
      if (invalidSheetName(v)) throw officeError('InvalidArgument', 'Worksheet.name');
      const other = s.workbook.find(v);
      if (other && other !== s) throw officeError('ItemAlreadyExists', 'Worksheet.name');
      s.name = v;
    });
  }
  get visibility(): SheetVisibility {
    return this._get('visibility');
  }
  set visibility(v: SheetVisibility) {
    this._set('visibility', v, (s) => s.workbook.setVisibility(s, v));
  }
  get position(): number {
    return this._get('position');
  }
  get id(): string {
    return this._get('id');
  }

  private range(resolve: (s: FakeSheet) => Rect, nullable = false): RangeProxy {
    const ctx = this.context;
    return ctx.adopt(
      new RangeProxy(
        ctx,
        () => {
          const s = this._req();
          return { sheet: s, rect: resolve(s) };
        },
        nullable,
      ),
    );
  }

  getRange(address?: string): RangeProxy {
    return this.range(() => {
      if (address === undefined || address === '') return { row: 0, col: 0, rows: MAX_ROWS, cols: MAX_COLS };
      const r = parseRef(address.includes('!') ? address.slice(address.lastIndexOf('!') + 1) : address);
      if (!r) throw officeError('InvalidArgument', 'Worksheet.getRange', `Bad address «${address}».`);
      return r;
    });
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): RangeProxy {
    return this.range(() => checkedRect(startRow, startColumn, rowCount, columnCount, 'Worksheet.getRangeByIndexes'));
  }

  getCell(row: number, column: number): RangeProxy {
    return this.range(() => checkedRect(row, column, 1, 1, 'Worksheet.getCell'));
  }

  /** A blank sheet gives A1 (Office does not throw). */
  getUsedRange(valuesOnly?: boolean): RangeProxy {
    return this.range((s) => s.usedRect(!!valuesOnly) ?? { row: 0, col: 0, rows: 1, cols: 1 });
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): RangeProxy {
    const ctx = this.context;
    return ctx.adopt(
      new RangeProxy(
        ctx,
        () => {
          const s = this._req();
          const rect = s.usedRect(!!valuesOnly);
          return rect ? { sheet: s, rect } : null;
        },
        true,
      ),
    );
  }

  activate(): void {
    this._queue('worksheet.activate', undefined, (s) => {
      if (s.visibility !== 'Visible') throw officeError('InvalidOperation', 'Worksheet.activate', 'The sheet is hidden.');
      s.workbook.active = s;
    });
  }

  delete(): void {
    this._queue('worksheet.delete', undefined, (s) => s.workbook.deleteSheet(s));
  }
}

function checkedRect(row: number, col: number, rows: number, cols: number, where: string): Rect {
  const ok = [row, col, rows, cols].every((n) => Number.isInteger(n)) && row >= 0 && col >= 0 && rows >= 1 && cols >= 1 && row + rows <= MAX_ROWS && col + cols <= MAX_COLS;
  if (!ok) throw officeError('InvalidArgument', where, `Bad indexes (${row}, ${col}, ${rows}, ${cols}).`);
  return { row, col, rows, cols };
}

export class ProtectionProxy extends ClientObj<FakeSheet> {
  constructor(ctx: FakeRequestContext, resolver: () => FakeSheet) {
    super(ctx, resolver, 'WorksheetProtection');
  }
  _loadable(): readonly string[] {
    return ['protected'];
  }
  _read(t: FakeSheet): unknown {
    return t.protected;
  }
  get protected(): boolean {
    return this._get('protected');
  }
  protect(): void {
    this._queue('protection.protect', undefined, (s) => {
      s.protected = true;
    });
  }
  unprotect(): void {
    this._queue('protection.unprotect', undefined, (s) => {
      s.protected = false;
    });
  }
}

export class AutoFilterProxy extends ClientObj<FakeSheet> {
  constructor(ctx: FakeRequestContext, resolver: () => FakeSheet) {
    super(ctx, resolver, 'AutoFilter');
  }
  _loadable(): readonly string[] {
    return ['enabled', 'isDataFiltered'];
  }
  _read(t: FakeSheet, prop: string): unknown {
    return prop === 'enabled' ? t.autoFilterEnabled : t.autoFilterEnabled && t.hiddenRows.size > 0;
  }
  get enabled(): boolean {
    return this._get('enabled');
  }
  get isDataFiltered(): boolean {
    return this._get('isDataFiltered');
  }
}

/* ---------------- range ---------------- */

export interface RangeTarget {
  sheet: FakeSheet;
  rect: Rect;
}

const RANGE_PROPS = ['address', 'values', 'formulas', 'numberFormat', 'rowCount', 'columnCount', 'rowIndex', 'columnIndex', 'cellCount', 'rowHidden'] as const;

function readGrid<V>(t: RangeTarget, cell: (r: number, c: number) => V): V[][] {
  const { row, col, rows, cols } = t.rect;
  if (rows * cols > 5_000_000) throw officeError('InvalidArgument', 'Range', 'A range is limited to five million cells for get operations.');
  const out: V[][] = new Array(rows);
  for (let i = 0; i < rows; i++) {
    const line: V[] = new Array(cols);
    for (let j = 0; j < cols; j++) line[j] = cell(row + i, col + j);
    out[i] = line;
  }
  return out;
}

function readRangeProp(t: RangeTarget, prop: string): unknown {
  const s = t.sheet;
  switch (prop) {
    case 'address':
      return sheetAddress(s.name, t.rect);
    case 'values':
      return readGrid(t, (r, c) => s.value(r, c));
    case 'formulas':
      return readGrid(t, (r, c) => s.formulaOrValue(r, c));
    case 'numberFormat':
      return readGrid(t, (r, c) => s.format(r, c));
    case 'rowCount':
      return t.rect.rows;
    case 'columnCount':
      return t.rect.cols;
    case 'rowIndex':
      return t.rect.row;
    case 'columnIndex':
      return t.rect.col;
    case 'cellCount':
      return t.rect.rows * t.rect.cols;
    case 'rowHidden':
      return s.rowHidden(t.rect);
  }
  return undefined;
}

/** Apply a 2-D input (or one scalar for every cell) to a range; checks the shape first. */
function forEachInput(t: RangeTarget, input: unknown, where: string, apply: (r: number, c: number, v: unknown) => void): void {
  const { row, col, rows, cols } = t.rect;
  if (!Array.isArray(input)) {
    for (let i = 0; i < rows; i++) for (let j = 0; j < cols; j++) apply(row + i, col + j, input);
    return;
  }
  if (input.length !== rows || input.some((line) => !Array.isArray(line) || line.length !== cols)) {
    throw officeError('InvalidArgument', where, "The number of rows or columns in the input array doesn't match the size or dimensions of the range.");
  }
  for (let i = 0; i < rows; i++) for (let j = 0; j < cols; j++) apply(row + i, col + j, (input[i] as unknown[])[j]);
}

export class RangeProxy extends ClientObj<RangeTarget> {
  readonly format: RangeFormatProxy;
  readonly conditionalFormats: ConditionalFormatCollectionProxy;

  constructor(ctx: FakeRequestContext, resolver: () => RangeTarget | null, nullable = false) {
    super(ctx, resolver, 'Range', nullable);
    this.format = ctx.adopt(new RangeFormatProxy(ctx, this));
    this.conditionalFormats = ctx.adopt(new ConditionalFormatCollectionProxy(ctx, this));
  }

  protected override _alive(t: RangeTarget): void {
    if (t.sheet.deleted) throw officeError('ItemNotFound', 'Range', `The sheet «${t.sheet.name}» was deleted.`);
  }

  _loadable(): readonly string[] {
    return RANGE_PROPS;
  }
  _read(t: RangeTarget, prop: string): unknown {
    return readRangeProp(t, prop);
  }

  get address(): string {
    return this._get('address');
  }
  get rowCount(): number {
    return this._get('rowCount');
  }
  get columnCount(): number {
    return this._get('columnCount');
  }
  get rowIndex(): number {
    return this._get('rowIndex');
  }
  get columnIndex(): number {
    return this._get('columnIndex');
  }
  get cellCount(): number {
    return this._get('cellCount');
  }
  get rowHidden(): boolean {
    return this._get('rowHidden');
  }
  set rowHidden(v: boolean) {
    this._set(
      'rowHidden',
      v,
      (t) => {
        for (let r = t.rect.row; r < t.rect.row + t.rect.rows; r++) {
          if (v) t.sheet.hiddenRows.add(r);
          else t.sheet.hiddenRows.delete(r);
        }
      },
      (t) => t.sheet,
    );
  }

  get values(): unknown[][] {
    return this._get('values');
  }
  set values(v: unknown[][]) {
    this._set(
      'values',
      v,
      (t) => {
        t.sheet.checkMergedWrite(t.rect, 'Range.values');
        forEachInput(t, v, 'Range.values', (r, c, x) => t.sheet.writeInput(r, c, x, false));
      },
      (t) => t.sheet,
    );
  }
  get formulas(): unknown[][] {
    return this._get('formulas');
  }
  set formulas(v: unknown[][]) {
    this._set(
      'formulas',
      v,
      (t) => {
        t.sheet.checkMergedWrite(t.rect, 'Range.formulas');
        forEachInput(t, v, 'Range.formulas', (r, c, x) => t.sheet.writeInput(r, c, x, true));
      },
      (t) => t.sheet,
    );
  }
  get numberFormat(): unknown[][] {
    return this._get('numberFormat');
  }
  set numberFormat(v: unknown[][]) {
    this._set(
      'numberFormat',
      v,
      (t) =>
        forEachInput(t, v, 'Range.numberFormat', (r, c, x) => {
          if (x === null || x === undefined) return;
          if (typeof x !== 'string') throw officeError('InvalidArgument', 'Range.numberFormat');
          t.sheet.setFormat(r, c, x === '' ? null : x);
        }),
      (t) => t.sheet,
    );
  }

  getCell(row: number, column: number): RangeProxy {
    const ctx = this.context;
    return ctx.adopt(
      new RangeProxy(ctx, () => {
        const t = this._req();
        return { sheet: t.sheet, rect: checkedRect(t.rect.row + row, t.rect.col + column, 1, 1, 'Range.getCell') };
      }),
    );
  }

  /** Merged areas whose top-left cell lies in this range (office-js#3611); fails above 512 areas. */
  getMergedAreasOrNullObject(): RangeAreasProxy {
    const ctx = this.context;
    return ctx.adopt(
      new RangeAreasProxy(
        ctx,
        () => {
          const t = this._req();
          const found = t.sheet.merges.filter((m) => contains(t.rect, { row: m.row, col: m.col, rows: 1, cols: 1 }));
          if (found.length > MERGED_AREAS_LIMIT) {
            throw officeError('GeneralException', 'Range.getMergedAreasOrNullObject', `More than ${MERGED_AREAS_LIMIT} merged areas.`);
          }
          return found.length ? { sheet: t.sheet, rects: found.map((m) => ({ ...m })) } : null;
        },
        true,
      ),
    );
  }

  select(): void {
    this._queue('range.select', undefined, (t) => {
      if (t.sheet.visibility !== 'Visible') throw officeError('InvalidOperation', 'Range.select', 'The sheet is hidden.');
      t.sheet.workbook.active = t.sheet;
      t.sheet.workbook.selection = { sheet: t.sheet.name, address: formatRef(t.rect) };
    });
  }

  clear(): void {
    this._queue(
      'range.clear',
      undefined,
      (t) => {
        t.sheet.checkMergedWrite(t.rect, 'Range.clear');
        for (let r = t.rect.row; r < t.rect.row + t.rect.rows; r++) {
          for (let c = t.rect.col; c < t.rect.col + t.rect.cols; c++) {
            t.sheet.setFormulaRaw(r, c, null);
            t.sheet.setValue(r, c, undefined);
            t.sheet.setFormat(r, c, null);
          }
        }
      },
      (t) => t.sheet,
    );
  }
}

/* ---------------- range areas ---------------- */

export interface AreasTarget {
  sheet: FakeSheet;
  rects: Rect[];
}

export class RangeAreasProxy extends ClientObj<AreasTarget> {
  readonly areas: RangeCollectionProxy;
  constructor(ctx: FakeRequestContext, resolver: () => AreasTarget | null, nullable: boolean) {
    super(ctx, resolver, 'RangeAreas', nullable);
    this.areas = ctx.adopt(new RangeCollectionProxy(ctx, () => {
      const t = this._req();
      return t.rects.map((rect) => ({ sheet: t.sheet, rect }));
    }));
  }
  _loadable(): readonly string[] {
    return ['address', 'areaCount', 'cellCount'];
  }
  _read(t: AreasTarget, prop: string): unknown {
    if (prop === 'address') return t.rects.map((r) => sheetAddress(t.sheet.name, r)).join(', ');
    if (prop === 'areaCount') return t.rects.length;
    return t.rects.reduce((n, r) => n + r.rows * r.cols, 0);
  }
  get address(): string {
    return this._get('address');
  }
  get areaCount(): number {
    return this._get('areaCount');
  }
  get cellCount(): number {
    return this._get('cellCount');
  }
}

export class RangeCollectionProxy extends CollectionProxy<RangeTarget, RangeProxy> {
  constructor(ctx: FakeRequestContext, resolver: () => RangeTarget[]) {
    super(ctx, resolver, 'RangeCollection');
  }
  _make(t: RangeTarget): RangeProxy {
    return this.context.adopt(new RangeProxy(this.context, () => t));
  }
  _itemDefaults(): readonly string[] {
    return ['address', 'rowIndex', 'columnIndex', 'rowCount', 'columnCount'];
  }
  _itemLoadable(): readonly string[] {
    return RANGE_PROPS;
  }
  _itemRead(t: RangeTarget, prop: string): unknown {
    return readRangeProp(t, prop);
  }
}

/* ---------------- formatting ---------------- */

export class RangeFormatProxy extends ClientObj<RangeTarget> {
  readonly font: StyleProxy;
  readonly fill: StyleProxy;
  constructor(ctx: FakeRequestContext, readonly range: RangeProxy) {
    super(ctx, () => range._req(), 'RangeFormat');
    this.font = ctx.adopt(new StyleProxy(ctx, range, 'font', ['bold', 'italic', 'color', 'size', 'name']));
    this.fill = ctx.adopt(new StyleProxy(ctx, range, 'fill', ['color']));
    recordedProps(this, ['columnWidth', 'rowHeight', 'horizontalAlignment', 'verticalAlignment', 'wrapText'], (t, name, value) => {
      t.sheet.styles.push({ address: formatRef(t.rect), prop: name, value });
    }, (t) => t.sheet);
  }
  _loadable(): readonly string[] {
    return [];
  }
  _read(): unknown {
    return undefined;
  }
  autofitColumns(): void {
    this._queue('format.autofitColumns', undefined, (t) => {
      t.sheet.styles.push({ address: formatRef(t.rect), prop: 'autofitColumns', value: true });
    });
  }
}

export class StyleProxy extends ClientObj<RangeTarget> {
  constructor(ctx: FakeRequestContext, range: RangeProxy, part: string, names: string[]) {
    super(ctx, () => range._req(), `Range${part[0].toUpperCase()}${part.slice(1)}`);
    recordedProps(this, names, (t, name, value) => {
      t.sheet.styles.push({ address: formatRef(t.rect), prop: `${part}.${name}`, value });
    }, (t) => t.sheet);
  }
  _loadable(): readonly string[] {
    return [];
  }
  _read(): unknown {
    return undefined;
  }
}

/* ---------------- tables ---------------- */

interface TableTarget {
  sheet: FakeSheet;
  table: TableRecord;
}

export class TableCollectionProxy extends CollectionProxy<TableTarget, TableProxy> {
  constructor(
    ctx: FakeRequestContext,
    private readonly ws: WorksheetProxy,
  ) {
    super(ctx, () => {
      const s = ws._req();
      return s.tables.map((table) => ({ sheet: s, table }));
    }, 'TableCollection');
  }
  _make(t: TableTarget): TableProxy {
    return this.context.adopt(new TableProxy(this.context, () => t));
  }
  _itemDefaults(): readonly string[] {
    return ['name', 'style', 'showTotals'];
  }
  _itemLoadable(): readonly string[] {
    return ['name', 'style', 'showTotals'];
  }
  _itemRead(t: TableTarget, prop: string): unknown {
    return (t.table as unknown as Record<string, unknown>)[prop];
  }

  add(address: RangeProxy | string, hasHeaders: boolean): TableProxy {
    const ctx = this.context;
    let created: TableTarget | undefined;
    ctx.enqueue({
      kind: 'table.add',
      bytes: ACTION_OVERHEAD + (typeof address === 'string' ? address.length : 20),
      writes: () => this.ws._req(),
      run: () => {
        const s = this.ws._req();
        let rect: Rect | null;
        if (typeof address === 'string') {
          rect = parseRef(address.includes('!') ? address.slice(address.lastIndexOf('!') + 1) : address);
        } else {
          const t = address._req();
          if (t.sheet !== s) throw officeError('InvalidArgument', 'TableCollection.add', 'The range is on another sheet.');
          rect = t.rect;
        }
        if (!rect) throw officeError('InvalidArgument', 'TableCollection.add');
        if (s.tables.some((t) => intersects(t.rect, rect!))) throw officeError('InvalidArgument', 'TableCollection.add', 'A table cannot overlap another table.');
        if (s.merges.some((m) => intersects(m, rect!))) throw officeError('InvalidOperation', 'TableCollection.add', 'A table cannot contain merged cells.');
        if (hasHeaders) {
          // Excel makes header cells unique text, as it does in the UI.
          const seen = new Set<string>();
          for (let j = 0; j < rect.cols; j++) {
            const v = s.value(rect.row, rect.col + j);
            let h = v === '' ? `Column${j + 1}` : String(v);
            let k = 2;
            while (seen.has(h.toLowerCase())) h = `${String(v)}${k++}`;
            seen.add(h.toLowerCase());
            if (h !== v) s.setValue(rect.row, rect.col + j, h);
          }
        }
        const all = s.workbook.allTables();
        let n = all.length + 1;
        while (all.some((t) => t.name.toLowerCase() === `table${n}`)) n++;
        const table: TableRecord = { name: `Table${n}`, rect, hasHeaders, style: 'TableStyleMedium2', showTotals: false };
        s.tables.push(table);
        created = { sheet: s, table };
      },
    });
    return ctx.adopt(
      new TableProxy(ctx, () => {
        if (!created) throw officeError('InvalidOperation', 'TableCollection.add');
        return created;
      }),
    );
  }
}

export class TableProxy extends ClientObj<TableTarget> {
  constructor(ctx: FakeRequestContext, resolver: () => TableTarget) {
    super(ctx, resolver, 'Table');
  }
  _loadable(): readonly string[] {
    return ['name', 'style', 'showTotals'];
  }
  _read(t: TableTarget, prop: string): unknown {
    return (t.table as unknown as Record<string, unknown>)[prop];
  }
  get name(): string {
    return this._get('name');
  }
  set name(v: string) {
    this._set('name', v, (t) => {
      if (!/^[A-Za-z_\\][A-Za-z0-9_.]*$/.test(v) || /^[A-Za-z]{1,3}\d+$/.test(v) || v.length > 255) throw officeError('InvalidArgument', 'Table.name', `Bad table name «${v}».`);
      const clash = t.sheet.workbook.allTables().find((x) => x.name.toLowerCase() === v.toLowerCase());
      if (clash && clash !== t.table) throw officeError('ItemAlreadyExists', 'Table.name', `A table named «${v}» exists.`);
      t.table.name = v;
    });
  }
  get style(): string {
    return this._get('style');
  }
  set style(v: string) {
    this._set('style', v, (t) => {
      t.table.style = v;
    });
  }
  get showTotals(): boolean {
    return this._get('showTotals');
  }
  set showTotals(v: boolean) {
    this._set('showTotals', v, (t) => {
      t.table.showTotals = v;
    });
  }
  private part(pick: (r: Rect, headers: boolean) => Rect): RangeProxy {
    const ctx = this.context;
    return ctx.adopt(
      new RangeProxy(ctx, () => {
        const t = this._req();
        return { sheet: t.sheet, rect: pick(t.table.rect, t.table.hasHeaders) };
      }),
    );
  }
  getRange(): RangeProxy {
    return this.part((r) => r);
  }
  getHeaderRowRange(): RangeProxy {
    return this.part((r) => ({ ...r, rows: 1 }));
  }
  getDataBodyRange(): RangeProxy {
    return this.part((r, h) => (h ? { ...r, row: r.row + 1, rows: Math.max(1, r.rows - 1) } : r));
  }
}

/* ---------------- conditional formats ---------------- */

interface CfTarget {
  sheet: FakeSheet;
  cf: ConditionalFormatRecord;
}

const CF_TYPES = ['Custom', 'DataBar', 'ColorScale', 'IconSet', 'TopBottom', 'PresetCriteria', 'ContainsText', 'CellValue'];

export class ConditionalFormatCollectionProxy extends CollectionProxy<CfTarget, ConditionalFormatProxy> {
  constructor(
    ctx: FakeRequestContext,
    private readonly range: RangeProxy,
  ) {
    super(ctx, () => {
      const t = range._req();
      return t.sheet.conditionalFormats.filter((cf) => intersects(cf.rect, t.rect)).map((cf) => ({ sheet: t.sheet, cf }));
    }, 'ConditionalFormatCollection');
  }
  _make(t: CfTarget): ConditionalFormatProxy {
    return this.context.adopt(new ConditionalFormatProxy(this.context, () => t));
  }
  _itemDefaults(): readonly string[] {
    return ['type'];
  }
  _itemLoadable(): readonly string[] {
    return ['type'];
  }
  _itemRead(t: CfTarget): unknown {
    return t.cf.type;
  }
  add(type: string): ConditionalFormatProxy {
    const ctx = this.context;
    let created: CfTarget | undefined;
    ctx.enqueue({
      kind: 'conditionalFormat.add',
      bytes: ACTION_OVERHEAD + type.length,
      writes: () => this.range._req().sheet,
      run: () => {
        if (!CF_TYPES.includes(type)) throw officeError('InvalidArgument', 'ConditionalFormatCollection.add', `Unknown type «${type}».`);
        const t = this.range._req();
        const cf: ConditionalFormatRecord = { type, rect: { ...t.rect }, props: {} };
        t.sheet.conditionalFormats.push(cf);
        created = { sheet: t.sheet, cf };
      },
    });
    return ctx.adopt(
      new ConditionalFormatProxy(ctx, () => {
        if (!created) throw officeError('InvalidOperation', 'ConditionalFormatCollection.add');
        return created;
      }),
    );
  }
}

export class ConditionalFormatProxy extends ClientObj<CfTarget> {
  readonly iconSet: ClientObj<CfTarget>;
  readonly cellValue: ClientObj<CfTarget> & { format: { fill: object; font: object } };
  readonly colorScale: ClientObj<CfTarget>;
  constructor(ctx: FakeRequestContext, resolver: () => CfTarget) {
    super(ctx, resolver, 'ConditionalFormat');
    recordedProps(this, ['stopIfTrue', 'priority'], (t, name, value) => {
      t.cf.props[name] = value;
    });
    this.iconSet = ctx.adopt(new CfPartProxy(ctx, this, 'IconSet', 'iconSet', ['style', 'criteria', 'reverseIconOrder', 'showIconOnly']));
    this.colorScale = ctx.adopt(new CfPartProxy(ctx, this, 'ColorScale', 'colorScale', ['criteria']));
    const cellValue = new CfPartProxy(ctx, this, 'CellValue', 'cellValue', ['rule']);
    const fill = ctx.adopt(new CfPartProxy(ctx, this, 'CellValue', 'cellValue.format.fill', ['color']));
    const font = ctx.adopt(new CfPartProxy(ctx, this, 'CellValue', 'cellValue.format.font', ['color', 'bold']));
    Object.defineProperty(cellValue, 'format', { value: Object.preventExtensions({ fill, font }), enumerable: true });
    this.cellValue = ctx.adopt(cellValue) as unknown as ClientObj<CfTarget> & { format: { fill: object; font: object } };
  }
  _loadable(): readonly string[] {
    return ['type', 'stopIfTrue', 'priority'];
  }
  _read(t: CfTarget, prop: string): unknown {
    return prop === 'type' ? t.cf.type : t.cf.props[prop];
  }
  get type(): string {
    return this._get('type');
  }
}

class CfPartProxy extends ClientObj<CfTarget> {
  constructor(ctx: FakeRequestContext, owner: ConditionalFormatProxy, type: string, path: string, names: string[]) {
    super(ctx, () => owner._req(), `ConditionalFormat.${path}`);
    recordedProps(this, names, (t, name, value) => {
      if (t.cf.type !== type) throw officeError('InvalidOperation', `ConditionalFormat.${path}`, `The format is ${t.cf.type}, not ${type}.`);
      t.cf.props[`${path}.${name}`] = value;
    });
  }
  _loadable(): readonly string[] {
    return [];
  }
  _read(): unknown {
    return undefined;
  }
}

/* ---------------- charts ---------------- */

interface ChartTarget {
  sheet: FakeSheet;
  chart: ChartRecord;
}

const CHART_TYPES = ['ColumnClustered', 'ColumnStacked', 'BarClustered', 'BarStacked', 'Line', 'LineMarkers', 'Pie', 'Doughnut', 'Area', 'XYScatter'];

export class ChartCollectionProxy extends CollectionProxy<ChartTarget, ChartProxy> {
  constructor(
    ctx: FakeRequestContext,
    private readonly ws: WorksheetProxy,
  ) {
    super(ctx, () => {
      const s = ws._req();
      return s.charts.map((chart) => ({ sheet: s, chart }));
    }, 'ChartCollection');
  }
  _make(t: ChartTarget): ChartProxy {
    return this.context.adopt(new ChartProxy(this.context, () => t));
  }
  _itemDefaults(): readonly string[] {
    return ['name', 'chartType'];
  }
  _itemLoadable(): readonly string[] {
    return ['name', 'chartType'];
  }
  _itemRead(t: ChartTarget, prop: string): unknown {
    return prop === 'name' ? t.chart.name : t.chart.type;
  }

  add(type: string, sourceData: RangeProxy, seriesBy: string = 'Auto'): ChartProxy {
    const ctx = this.context;
    let created: ChartTarget | undefined;
    ctx.enqueue({
      kind: 'chart.add',
      bytes: ACTION_OVERHEAD + type.length + seriesBy.length,
      writes: () => this.ws._req(),
      run: () => {
        if (!CHART_TYPES.includes(type)) throw officeError('InvalidArgument', 'ChartCollection.add', `Unknown chart type «${type}».`);
        if (!['Auto', 'Columns', 'Rows'].includes(seriesBy)) throw officeError('InvalidArgument', 'ChartCollection.add');
        const s = this.ws._req();
        const src = sourceData._req();
        let numbers = 0;
        for (let r = src.rect.row; r < src.rect.row + src.rect.rows; r++) {
          for (let c = src.rect.col; c < src.rect.col + src.rect.cols; c++) if (typeof src.sheet.value(r, c) === 'number') numbers++;
        }
        if (numbers === 0) throw officeError('EmptyChartSeries', 'ChartCollection.add');
        const chart: ChartRecord = {
          name: `Chart ${s.workbook.sheets.reduce((n, x) => n + x.charts.length, 0) + 1}`,
          type,
          source: { sheet: src.sheet.name, address: formatRef(src.rect) },
          seriesBy,
          props: {},
        };
        s.charts.push(chart);
        created = { sheet: s, chart };
      },
    });
    return ctx.adopt(
      new ChartProxy(ctx, () => {
        if (!created) throw officeError('InvalidOperation', 'ChartCollection.add');
        return created;
      }),
    );
  }
}

export class ChartProxy extends ClientObj<ChartTarget> {
  readonly title: ClientObj<ChartTarget>;
  readonly legend: ClientObj<ChartTarget>;
  constructor(ctx: FakeRequestContext, resolver: () => ChartTarget) {
    super(ctx, resolver, 'Chart');
    recordedProps(this, ['height', 'width', 'top', 'left'], (t, name, value) => {
      t.chart.props[name] = value;
    });
    this.title = ctx.adopt(new ChartPartProxy(ctx, this, 'title', ['text', 'visible']));
    this.legend = ctx.adopt(new ChartPartProxy(ctx, this, 'legend', ['visible', 'position']));
  }
  _loadable(): readonly string[] {
    return ['name', 'chartType'];
  }
  _read(t: ChartTarget, prop: string): unknown {
    return prop === 'name' ? t.chart.name : t.chart.type;
  }
  get name(): string {
    return this._get('name');
  }
  set name(v: string) {
    this._set('name', v, (t) => {
      t.chart.name = v;
    });
  }
  setPosition(startCell: RangeProxy | string, endCell?: RangeProxy | string): void {
    const ref = (x: RangeProxy | string) => (typeof x === 'string' ? x : formatRef(x._req().rect));
    this._queue('chart.setPosition', [typeof startCell === 'string' ? startCell : 'range', typeof endCell === 'string' ? endCell : 'range'], (t) => {
      const a = ref(startCell);
      if (!parseRef(a)) throw officeError('InvalidArgument', 'Chart.setPosition');
      t.chart.props.position = endCell === undefined ? a : `${a}:${ref(endCell)}`;
    });
  }
}

class ChartPartProxy extends ClientObj<ChartTarget> {
  constructor(ctx: FakeRequestContext, owner: ChartProxy, part: string, names: string[]) {
    super(ctx, () => owner._req(), `Chart.${part}`);
    recordedProps(this, names, (t, name, value) => {
      t.chart.props[`${part}.${name}`] = value;
    });
  }
  _loadable(): readonly string[] {
    return [];
  }
  _read(): unknown {
    return undefined;
  }
}

export { FakeOfficeError };
