/**
 * One program's derived outcomes held in memory as columns (cache.ts keeps them fresh): per
 * enrollment its stage, status and subgroup attributes as small integer codes, and per instrument
 * its scores and window closings as one flat array, row by row. From these a dashboard request
 * builds the analysis matrix (src/domain/outcomes/matrix.ts) for any filter with a few passes over
 * typed arrays, with no per-enrollment objects and no database read beyond what changed.
 */
import { invalid } from '../../domain/errors.ts';
import { hasStarted } from '../../domain/outcomes/attributes.ts';
import type { FlowCount } from '../../domain/outcomes/flow.ts';
import type { SeriesMatrix } from '../../domain/outcomes/matrix.ts';
import type { StoredPoint } from '../../domain/outcomes/stored.ts';
import { FLOW_STAGES, type FlowStage, type GroupDimension } from '../../domain/outcomes/types.ts';
import type { SeriesFilters } from './repository.ts';

/** The attributes kept per enrollment, by filter name. */
export const ATTRIBUTES = ['cohort', 'arm', 'condition', 'ageBand', 'sex', 'gender'] as const;
export type Attribute = (typeof ATTRIBUTES)[number];

export interface EnrollmentRow {
  enrollment_id: string;
  cohort_id: string | null;
  arm: string | null;
  condition: string | null;
  age_band: string | null;
  sex: string | null;
  gender: string | null;
  status: string;
  reached: string;
}

const stored = (r: EnrollmentRow, a: Attribute): string | null =>
  a === 'cohort' ? r.cohort_id : a === 'ageBand' ? r.age_band : r[a];

/** Distinct values ↔ small codes (code 0 is null). */
class Dictionary {
  readonly values: (string | null)[] = [null];
  private readonly codes = new Map<string, number>();
  code(value: string | null): number {
    if (value === null) return 0;
    let c = this.codes.get(value);
    if (c === undefined) {
      c = this.values.length;
      if (c > 0xffff) throw new Error('more than 65,535 distinct values of one attribute');
      this.values.push(value);
      this.codes.set(value, c);
    }
    return c;
  }
  /** The code of `value`, or −1 when no enrollment has it. */
  find(value: string): number {
    return this.codes.get(value) ?? -1;
  }
}

function grow<T extends Float64Array | Uint8Array | Uint16Array>(a: T, length: number, fill?: number): T {
  if (a.length >= length) return a;
  const next = new (a.constructor as new (n: number) => T)(Math.max(length, a.length * 2));
  next.set(a);
  if (fill !== undefined) next.fill(fill, a.length);
  return next;
}

/** One instrument's series: for row i and timepoint t, index i·p + t. */
class InstrumentColumns {
  readonly p: number;
  private readonly column: Map<string, number>;
  /** 1 when the enrollment has a series of this instrument. */
  has = new Uint8Array(0);
  /** 1 when the timepoint applies to the enrollment (its arm and version schedule it). */
  applies = new Uint8Array(0);
  /** The score, NaN when none. */
  scores = new Float64Array(0);
  /** When the timepoint's window closes (epoch seconds), NaN when not yet scheduled. */
  closes = new Float64Array(0);

  constructor(readonly keys: readonly string[]) {
    this.p = keys.length;
    this.column = new Map(keys.map((k, t) => [k, t]));
  }

  reserve(rows: number): void {
    this.has = grow(this.has, rows);
    this.applies = grow(this.applies, rows * this.p);
    this.scores = grow(this.scores, rows * this.p, Number.NaN);
    this.closes = grow(this.closes, rows * this.p, Number.NaN);
  }

  /** Row `i`'s series (null: it has none); refuses a score that is not a finite number. */
  set(i: number, points: readonly StoredPoint[] | null): void {
    const { p } = this;
    this.reserve(i + 1);
    this.has[i] = points === null ? 0 : 1;
    this.applies.fill(0, i * p, i * p + p);
    this.scores.fill(Number.NaN, i * p, i * p + p);
    this.closes.fill(Number.NaN, i * p, i * p + p);
    if (points === null) return;
    for (const [key, score, , closes] of points) {
      const t = this.column.get(key);
      if (t === undefined) continue;
      if (score !== null && (typeof score !== 'number' || !Number.isFinite(score)))
        throw invalid(`series.${key}.score`, 'finite-number-null');
      const o = i * p + t;
      this.applies[o] = 1;
      if (score !== null) this.scores[o] = score;
      if (closes !== null) this.closes[o] = closes;
    }
  }

  get bytes(): number {
    return this.has.byteLength + this.applies.byteLength + this.scores.byteLength + this.closes.byteLength;
  }

  /** The first `rows` rows' arrays (views, not copies). */
  state(id: string, rows: number): InstrumentState {
    const n = rows * this.p;
    return {
      id,
      keys: [...this.keys],
      has: this.has.subarray(0, rows),
      applies: this.applies.subarray(0, n),
      scores: this.scores.subarray(0, n),
      closes: this.closes.subarray(0, n),
    };
  }

  static fromState(s: InstrumentState): InstrumentColumns {
    const c = new InstrumentColumns(s.keys);
    c.has = s.has;
    c.applies = s.applies;
    c.scores = s.scores;
    c.closes = s.closes;
    return c;
  }
}

/** One instrument's columns, trimmed to the program's rows (snapshot.ts stores them). */
export interface InstrumentState {
  id: string;
  keys: string[];
  has: Uint8Array<ArrayBuffer>;
  applies: Uint8Array<ArrayBuffer>;
  scores: Float64Array<ArrayBuffer>;
  closes: Float64Array<ArrayBuffer>;
}

/** A program's columns, trimmed to its rows, with the enrollment id order (snapshot.ts stores them). */
export interface ColumnsState {
  epoch: number;
  revision: number;
  ids: string[];
  statuses: (string | null)[];
  /** Per attribute (ATTRIBUTES order), its values by code. */
  dicts: (string | null)[][];
  reached: Uint8Array<ArrayBuffer>;
  status: Uint16Array<ArrayBuffer>;
  attrs: Uint16Array<ArrayBuffer>[];
  sorted: Int32Array<ArrayBuffer>;
  instruments: InstrumentState[];
}

export class ProgramColumns {
  /** Rows: one per enrollment, in the order first read. */
  private ids: string[] = [];
  /** Enrollment id → row, built on first use (a cold view restored from a snapshot never needs it). */
  private indexed: Map<string, number> | null = new Map();
  private reached = new Uint8Array(0);
  private status = new Uint16Array(0);
  private readonly statuses = new Dictionary();
  private readonly attrs = ATTRIBUTES.map(() => new Uint16Array(0));
  private readonly dicts = ATTRIBUTES.map(() => new Dictionary());
  /** Row indexes in enrollment id order (the order every sum is taken in); null after an append. */
  private sorted: Int32Array<ArrayBuffer> | null = null;
  private readonly instruments = new Map<string, InstrumentColumns>();

  constructor(
    /** Bumped when an enrollment leaves the program: the columns are then read again in full. */
    readonly epoch: number,
    /** The program revision the columns reflect (outcome_programs). */
    public revision: number,
  ) {}

  get size(): number {
    return this.ids.length;
  }

  /** Adds or updates an enrollment's row; returns its index. */
  setEnrollment(r: EnrollmentRow): number {
    const index = this.index();
    let i = index.get(r.enrollment_id);
    if (i === undefined) {
      i = this.ids.length;
      this.ids.push(r.enrollment_id);
      index.set(r.enrollment_id, i);
      this.sorted = null;
      const rows = i + 1;
      this.reached = grow(this.reached, rows);
      this.status = grow(this.status, rows);
      for (let a = 0; a < ATTRIBUTES.length; a++) this.attrs[a] = grow(this.attrs[a]!, rows);
    }
    const stage = FLOW_STAGES.indexOf(r.reached as FlowStage);
    this.reached[i] = Math.max(stage, 0);
    this.status[i] = this.statuses.code(r.status);
    for (let a = 0; a < ATTRIBUTES.length; a++)
      this.attrs[a]![i] = this.dicts[a]!.code(stored(r, ATTRIBUTES[a]!));
    return i;
  }

  rowOf(enrollmentId: string): number | undefined {
    return this.index().get(enrollmentId);
  }

  private index(): Map<string, number> {
    if (this.indexed === null) {
      const ids = this.ids;
      this.indexed = new Map();
      for (let i = 0; i < ids.length; i++) this.indexed.set(ids[i]!, i);
    }
    return this.indexed;
  }

  hasInstrument(instrumentId: string, keys: readonly string[]): boolean {
    const c = this.instruments.get(instrumentId);
    return c !== undefined && c.keys.length === keys.length && c.keys.every((k, t) => k === keys[t]);
  }

  /** Starts (or restarts) an instrument's columns for the given timepoint keys. */
  addInstrument(instrumentId: string, keys: readonly string[]): void {
    const c = new InstrumentColumns(keys);
    c.reserve(this.size);
    this.instruments.set(instrumentId, c);
  }

  loadedInstruments(): string[] {
    return [...this.instruments.keys()];
  }

  setSeries(instrumentId: string, row: number, points: readonly StoredPoint[] | null): void {
    this.instruments.get(instrumentId)!.set(row, points);
  }

  get bytes(): number {
    let n = this.ids.length * 120 + this.reached.byteLength + this.status.byteLength;
    for (const a of this.attrs) n += a.byteLength;
    for (const c of this.instruments.values()) n += c.bytes;
    return n;
  }

  /** The columns' content as views of their arrays: encode it before the columns change again. */
  state(): ColumnsState {
    const n = this.size;
    return {
      epoch: this.epoch,
      revision: this.revision,
      ids: this.ids,
      statuses: this.statuses.values,
      dicts: this.dicts.map((d) => d.values),
      reached: this.reached.subarray(0, n),
      status: this.status.subarray(0, n),
      attrs: this.attrs.map((a) => a.subarray(0, n)),
      sorted: this.order(),
      instruments: [...this.instruments].map(([id, c]) => c.state(id, n)),
    };
  }

  /** Columns holding a stored state (its arrays are used as they are, not copied). */
  static fromState(s: ColumnsState): ProgramColumns {
    const c = new ProgramColumns(s.epoch, s.revision);
    // A copy: a state taken from live columns (`state()`) shares their id list.
    c.ids = s.ids.slice();
    c.indexed = null;
    // Coding the values in their order gives each its stored code again.
    for (const v of s.statuses) c.statuses.code(v);
    s.dicts.forEach((values, a) => {
      for (const v of values) c.dicts[a]!.code(v);
    });
    c.reached = s.reached;
    c.status = s.status;
    s.attrs.forEach((a, k) => {
      c.attrs[k] = a;
    });
    c.sorted = s.sorted;
    for (const i of s.instruments) c.instruments.set(i.id, InstrumentColumns.fromState(i));
    return c;
  }

  private order(): Int32Array<ArrayBuffer> {
    if (this.sorted === null) {
      const ids = this.ids;
      const rows = Array.from({ length: ids.length }, (_, i) => i);
      rows.sort((a, b) => (ids[a]! < ids[b]! ? -1 : ids[a]! > ids[b]! ? 1 : 0));
      this.sorted = Int32Array.from(rows);
    }
    return this.sorted;
  }

  /** The code each filter requires (−1: no enrollment can match), or null where unfiltered. */
  private filterCodes(filters: SeriesFilters): (number | null)[] {
    return ATTRIBUTES.map((a, k) => {
      const v = filters[a];
      return v === undefined ? null : this.dicts[k]!.find(v);
    });
  }

  private matches(i: number, codes: readonly (number | null)[]): boolean {
    for (let a = 0; a < codes.length; a++) {
      const c = codes[a];
      if (c !== null && this.attrs[a]![i] !== c) return false;
    }
    return true;
  }

  /** Enrollments by stage reached and status, under the filters (the flow's input). */
  flowCounts(filters: SeriesFilters): FlowCount[] {
    const codes = this.filterCodes(filters);
    const counts = new Map<number, number>();
    for (let i = 0; i < this.size; i++) {
      if (!this.matches(i, codes)) continue;
      const k = this.reached[i]! * 0x10000 + this.status[i]!;
      counts.set(k, (counts.get(k) ?? 0) + 1);
    }
    return [...counts].map(([k, n]) => ({
      reached: FLOW_STAGES[Math.floor(k / 0x10000)]!,
      status: this.statuses.values[k % 0x10000]!,
      n,
    }));
  }

  /** The values of an attribute some enrollment of the program has, in code-point order. */
  distinct(attribute: Attribute): string[] {
    const a = ATTRIBUTES.indexOf(attribute);
    const seen = new Uint8Array(this.dicts[a]!.values.length);
    for (let i = 0; i < this.size; i++) seen[this.attrs[a]![i]!] = 1;
    return this.dicts[a]!.values.filter((v, c): v is string => v !== null && seen[c] === 1).sort();
  }

  /**
   * The analysis matrix of one instrument: the enrollments that have its series, started
   * treatment and match the filters, in enrollment id order. A point is due once scored or once
   * its window closed before `nowSeconds`. `label` turns an attribute's stored value into the one
   * the report shows (an arm's name for its key, …).
   */
  matrix(
    instrumentId: string,
    filters: SeriesFilters,
    nowSeconds: number,
    label: (dimension: GroupDimension, value: string) => string,
  ): SeriesMatrix {
    const c = this.instruments.get(instrumentId);
    if (!c) throw new Error(`instrument ${instrumentId} is not loaded`);
    const codes = this.filterCodes(filters);
    const order = this.order();
    const picked = new Int32Array(order.length);
    let rows = 0;
    for (const i of order) {
      if (c.has[i] && hasStarted(FLOW_STAGES[this.reached[i]!]!) && this.matches(i, codes))
        picked[rows++] = i;
    }
    const { p } = c;
    const scores = new Float64Array(rows * p).fill(Number.NaN);
    const due = new Uint8Array(rows * p);
    for (let r = 0; r < rows; r++) {
      const base = picked[r]! * p;
      for (let t = 0, o = r; t < p; t++, o += rows) {
        if (!c.applies[base + t]) continue;
        const y = c.scores[base + t]!;
        if (!Number.isNaN(y)) {
          scores[o] = y;
          due[o] = 1;
        } else if (c.closes[base + t]! < nowSeconds) due[o] = 1;
      }
    }
    const labels = ATTRIBUTES.map(() => new Map<number, string>());
    const attribute = (i: number, dimension: GroupDimension): string | null => {
      const a = ATTRIBUTES.indexOf(dimension);
      const code = this.attrs[a]![picked[i]!]!;
      if (code === 0) return null;
      let l = labels[a]!.get(code);
      if (l === undefined) {
        l = label(dimension, this.dicts[a]!.values[code]!);
        labels[a]!.set(code, l);
      }
      return l;
    };
    return { p, rows, scores, due, attribute, id: (i: number) => this.ids[picked[i]!]! };
  }
}
