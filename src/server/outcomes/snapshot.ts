/**
 * A program's outcome columns (columns.ts) as one compact binary value, stored in
 * outcome_snapshots (migration 0031) so that the first dashboard view after a start reads one row
 * instead of every derived row of the program (cache.ts).
 *
 * Layout (format 1): a 4-byte little-endian length, then that many bytes of JSON (the enrollment
 * ids, the attribute dictionaries, the instruments and their timepoint keys), then the typed arrays
 * in a fixed order, each starting at a multiple of 8 bytes, in the platform's byte order (the JSON
 * says which; a snapshot of the other order is not read). Numbers are stored as they are held
 * (Float64), so a report from a snapshot is identical to one read from the rows.
 */
import { endianness } from 'node:os';
import { ATTRIBUTES, type ColumnsState, type InstrumentState } from './columns.ts';

export const SNAPSHOT_FORMAT = 1;

interface Header {
  order: 'LE' | 'BE';
  epoch: number;
  revision: number;
  ids: string[];
  statuses: (string | null)[];
  dicts: (string | null)[][];
  instruments: { id: string; keys: string[] }[];
}

type Typed = Uint8Array | Uint16Array | Int32Array | Float64Array;

const align = (n: number) => Math.ceil(n / 8) * 8;

/** The arrays in their stored order. */
function arraysOf(s: Pick<ColumnsState, 'reached' | 'status' | 'attrs' | 'sorted' | 'instruments'>): Typed[] {
  return [
    s.reached,
    s.status,
    ...s.attrs,
    s.sorted,
    ...s.instruments.flatMap((i) => [i.has, i.applies, i.scores, i.closes]),
  ];
}

export function encodeSnapshot(s: ColumnsState): Buffer {
  const header: Header = {
    order: endianness(),
    epoch: s.epoch,
    revision: s.revision,
    ids: s.ids,
    statuses: s.statuses,
    dicts: s.dicts,
    instruments: s.instruments.map((i) => ({ id: i.id, keys: i.keys })),
  };
  const json = Buffer.from(JSON.stringify(header));
  const arrays = arraysOf(s);
  let size = align(4 + json.length);
  for (const a of arrays) size += align(a.byteLength);
  const out = Buffer.alloc(size);
  out.writeUInt32LE(json.length, 0);
  json.copy(out, 4);
  let at = align(4 + json.length);
  for (const a of arrays) {
    out.set(new Uint8Array(a.buffer, a.byteOffset, a.byteLength), at);
    at += align(a.byteLength);
  }
  return out;
}

/** Reads arrays of known lengths one after the other from `data`, from `start`. */
function reader(data: Uint8Array, start: number) {
  let at = start;
  return <T extends Typed>(
    Kind: { new (b: ArrayBuffer): T; BYTES_PER_ELEMENT: number },
    length: number,
  ): T => {
    const bytes = length * Kind.BYTES_PER_ELEMENT;
    if (at + bytes > data.byteLength) throw new Error('outcome snapshot: truncated');
    // A copy, aligned for its element size whatever the driver's buffer offset.
    const copy = new Uint8Array(bytes);
    copy.set(data.subarray(at, at + bytes));
    const array = new Kind(copy.buffer);
    at += align(bytes);
    return array;
  };
}

/** The columns' state from a snapshot; null when it was written in the other byte order. */
export function decodeSnapshot(data: Uint8Array): ColumnsState | null {
  const view = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  const length = view.readUInt32LE(0);
  const header = JSON.parse(view.subarray(4, 4 + length).toString('utf8')) as Header;
  if (header.order !== endianness()) return null;
  const n = header.ids.length;
  const read = reader(data, align(4 + length));
  const reached = read(Uint8Array, n);
  const status = read(Uint16Array, n);
  const attrs = ATTRIBUTES.map(() => read(Uint16Array, n));
  const sorted = read(Int32Array, n);
  const instruments: InstrumentState[] = header.instruments.map(({ id, keys }) => ({
    id,
    keys,
    has: read(Uint8Array, n),
    applies: read(Uint8Array, n * keys.length),
    scores: read(Float64Array, n * keys.length),
    closes: read(Float64Array, n * keys.length),
  }));
  return {
    epoch: header.epoch,
    revision: header.revision,
    ids: header.ids,
    statuses: header.statuses,
    dicts: header.dicts,
    reached,
    status,
    attrs,
    sorted,
    instruments,
  };
}
