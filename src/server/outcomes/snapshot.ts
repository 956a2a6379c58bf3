/**
 * A program's outcome columns (columns.ts) as one compact binary value, stored in
 * outcome_snapshots (migration 0031) so that the first dashboard view after a start reads one row
 * instead of every derived row of the program (cache.ts).
 *
 * Stored (format 2) as the layout below, compressed with Brotli (`packSnapshot`): the arrays are
 * mostly repeated codes and NaN, so a 50,093-enrollment program's 9.7 MB came to 1.5 MB. Read raw,
 * PostgreSQL sent those 9.7 MB as 19.5 MB of hex text, which took the driver about 100 ms to receive
 * and decode; decompressing takes about 15 ms, on libuv's thread pool (docs/PERFORMANCE.md).
 *
 * Layout (format 1, the uncompressed content): a 4-byte little-endian length, then that many bytes
 * of JSON (the enrollment ids, the attribute dictionaries, the instruments and their timepoint
 * keys), then the typed arrays in a fixed order, each starting at a multiple of 8 bytes, in the
 * platform's byte order (the JSON says which; a snapshot of the other order is not read). Numbers
 * are stored as they are held (Float64), so a report from a snapshot is identical to one read from
 * the rows.
 */
import { endianness } from 'node:os';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import { ATTRIBUTES, type ColumnsState, type InstrumentState } from './columns.ts';

export const SNAPSHOT_FORMAT = 2;

const compress = promisify(zlib.brotliCompress);
const decompress = promisify(zlib.brotliDecompress);
/** Quality 4 of 11: 1.5 MB for the program above in 70 ms (quality 1: 1.7 MB in 26 ms). */
const QUALITY = 4;
/**
 * Bytes the thread pool hands back at a time: at Node's default 16 KB, decompressing 9.7 MB took
 * about 50 ms in 600 hand-overs to the event loop; at 1 MiB, 14–20 ms.
 */
const CHUNK = 1 << 20;

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

/**
 * The stored form of the columns' state (format 2): encoded at once, since the columns change with
 * the next view, then compressed off the event loop.
 */
export function packSnapshot(s: ColumnsState): Promise<Buffer> {
  const raw = encodeSnapshot(s);
  return compress(raw, {
    chunkSize: CHUNK,
    params: {
      [zlib.constants.BROTLI_PARAM_QUALITY]: QUALITY,
      [zlib.constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
    },
  });
}

/**
 * The columns' state from its stored form; null when it cannot be used (written in the other byte
 * order, or not a Brotli stream: the program's rows are then read instead, and the snapshot written
 * again).
 */
export async function unpackSnapshot(data: Uint8Array): Promise<ColumnsState | null> {
  let raw: Buffer;
  try {
    raw = await decompress(data, { chunkSize: CHUNK });
  } catch {
    return null;
  }
  return decodeSnapshot(raw);
}
