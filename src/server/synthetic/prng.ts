/**
 * A small seeded pseudo-random generator for the synthetic data: sfc32 (Chris Doty-Humphrey's
 * Small Fast Counting generator, 128-bit state, passes PractRand) seeded from a string by cyrb128.
 * Deterministic on every platform (32-bit integer arithmetic only; normal deviates use Math.log,
 * Math.sqrt and Math.cos, which V8 computes identically everywhere). Never Math.random.
 */

export type Seed128 = readonly [number, number, number, number];

/** cyrb128: a fast 128-bit string hash, used only to seed generators (not cryptographic). */
export function hash128(text: string): Seed128 {
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (let i = 0; i < text.length; i++) {
    const k = text.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  h1 ^= h2 ^ h3 ^ h4;
  h2 ^= h1;
  h3 ^= h1;
  h4 ^= h1;
  return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
}

/** Two hex digits per byte value. */
const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));
const hex4 = (n: number) => HEX[(n >>> 8) & 0xff]! + HEX[n & 0xff]!;
const hex8 = (n: number) => hex4(n >>> 16) + hex4(n);

export class Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: string | Seed128) {
    const [a, b, c, d] = typeof seed === 'string' ? hash128(seed) : seed;
    this.a = a | 0;
    this.b = b | 0;
    this.c = c | 0;
    this.d = d | 0;
    // Mix the state before the first output (as recommended for sfc32).
    for (let i = 0; i < 12; i++) this.uint32();
  }

  /** The next 32 random bits as an unsigned integer. */
  uint32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** Uniform in [0, 1). */
  next(): number {
    return this.uint32() / 4294967296;
  }

  /** Uniform in [min, max). */
  uniform(min: number, max: number): number {
    return min + (max - min) * this.next();
  }

  /** A whole number in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** True with probability p. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  /** A normal deviate (Box–Muller; one per call, so the stream does not depend on call parity). */
  normal(mean = 0, sd = 1): number {
    const u = 1 - this.next(); // (0, 1]: log(0) never happens
    const v = this.next();
    return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  /** A normal deviate clipped to [min, max]. */
  clippedNormal(mean: number, sd: number, min: number, max: number): number {
    return Math.min(max, Math.max(min, this.normal(mean, sd)));
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[Math.floor(this.next() * items.length)]!;
  }

  /** A key drawn with probability proportional to its weight (keys in insertion order). */
  weighted<K extends string>(weights: Readonly<Record<K, number>>): K {
    const entries = Object.entries(weights) as Array<[K, number]>;
    const total = entries.reduce((s, [, w]) => s + w, 0);
    let x = this.next() * total;
    for (const [k, w] of entries) {
      x -= w;
      if (x < 0) return k;
    }
    return entries[entries.length - 1]![0];
  }

  /** An independent generator seeded from this one's next 128 bits. */
  fork(): Rng {
    return new Rng([this.uint32(), this.uint32(), this.uint32(), this.uint32()]);
  }

  /**
   * Makes uuid() put an ascending sequence (`start`, `start + 1`, …) in the first 48 bits: see
   * uuid(). Returns this generator.
   */
  sequenced(start: number): this {
    if (!Number.isSafeInteger(start) || start < 0 || start >= 2 ** 48)
      throw new Error(`bad id sequence ${start}`);
    this.sequence = start;
    return this;
  }

  private sequence: number | null = null;

  /**
   * A UUID from this stream, deterministic given the seed: random bits in the version 4 layout;
   * once sequenced(), the version 8 (custom) layout of RFC 9562 with the sequence number in the
   * first 48 bits and 74 random bits. Ascending ids are appended to the end of a primary-key index
   * instead of landing on a random page of it, which keeps bulk inserts into large tables fast.
   */
  uuid(): string {
    const b = this.uint32();
    const c = this.uint32();
    const d = this.uint32();
    if (this.sequence === null) {
      const a = this.uint32();
      return `${hex8(a)}-${hex4(b >>> 16)}-${hex4((b & 0x0fff) | 0x4000)}-${hex4(((c >>> 16) & 0x3fff) | 0x8000)}-${hex4(c)}${hex8(d)}`;
    }
    const s = this.sequence++;
    const high = Math.floor(s / 0x10000);
    return `${hex8(high)}-${hex4(s)}-${hex4((b & 0x0fff) | 0x8000)}-${hex4(((c >>> 16) & 0x3fff) | 0x8000)}-${hex4(c)}${hex8(d)}`;
  }
}
