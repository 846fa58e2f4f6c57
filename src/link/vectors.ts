/** Sparse vectors: maps from term to weight, and a compact sorted form for corpus-scale indexes. */
export type Vec = Map<string, number>;

/** Dot product, iterating the smaller vector. */
export function dot(a: Vec, b: Vec): number {
  const [x, y] = a.size <= b.size ? [a, b] : [b, a];
  let s = 0;
  for (const [k, w] of x) {
    const v = y.get(k);
    if (v) s += w * v;
  }
  return s;
}

/** A sparse vector as parallel arrays sorted by interned key id: a few bytes an entry, where a Map costs tens. */
export interface Bag {
  ids: Int32Array;
  w: Float32Array;
}

export const EMPTY_BAG: Bag = { ids: new Int32Array(0), w: new Float32Array(0) };

/** Interns keys to small integers shared by every bag of one index. */
export class Vocab {
  private readonly ids = new Map<string, number>();
  readonly keys: string[] = [];
  id(k: string): number {
    let i = this.ids.get(k);
    if (i === undefined) { i = this.keys.length; this.ids.set(k, i); this.keys.push(k); }
    return i;
  }
  get(k: string): number | undefined { return this.ids.get(k); }
}

/**
 * Maps as bags, all over one buffer: an index keeps several bags per article, and each buffer of its own costs
 * a backing store the collector tracks (the overhead outweighed the data). Keys are interned in the maps' order.
 */
export function toBags(ms: ReadonlyArray<Map<string, number>>, vocab: Vocab): Bag[] {
  const total = ms.reduce((n, m) => n + m.size, 0);
  const buf = new ArrayBuffer(8 * total);
  let at = 0;
  return ms.map((m) => {
    const pairs = [...m].map(([k, x]) => [vocab.id(k), x] as const).sort((x, y) => x[0] - y[0]);
    const ids = new Int32Array(buf, 4 * at, pairs.length);
    const w = new Float32Array(buf, 4 * (total + at), pairs.length);
    pairs.forEach(([k, x], i) => { ids[i] = k; w[i] = x; });
    at += pairs.length;
    return { ids, w };
  });
}

/**
 * Each bag's weights times `weight(key)`, dropping keys it zeroes, then scaled to unit length; the weights of all
 * in one buffer, and a bag's ids shared, not copied, when none was dropped (a linker keeps these per article).
 */
export function unitBags(bs: readonly Bag[], weight: (id: number) => number): Bag[] {
  const all = new Float32Array(bs.reduce((n, b) => n + b.ids.length, 0));
  let at = 0;
  return bs.map((b) => {
    const start = at;
    let kept: Int32Array | null = null;
    let n = 0;
    for (let i = 0; i < b.ids.length; i++) {
      const x = b.w[i]! * weight(b.ids[i]!);
      if (x <= 0) {
        if (!kept) { kept = new Int32Array(b.ids.length); kept.set(b.ids.subarray(0, i)); }
        continue;
      }
      if (kept) kept[at - start] = b.ids[i]!;
      all[at++] = x;
      n += x * x;
    }
    n = Math.sqrt(n) || 1;
    for (let i = start; i < at; i++) all[i] = all[i]! / n;
    return { ids: kept ? kept.subarray(0, at - start) : b.ids, w: all.subarray(start, at) };
  });
}

/** One bag scaled as `unitBags` does. */
export function unitBag(b: Bag, weight: (id: number) => number): Bag {
  return unitBags([b], weight)[0]!;
}

/** Dot product of two sorted bags by a merge walk. */
export function dotBag(a: Bag, b: Bag): number {
  let i = 0;
  let j = 0;
  let s = 0;
  while (i < a.ids.length && j < b.ids.length) {
    const x = a.ids[i]!;
    const y = b.ids[j]!;
    if (x === y) s += a.w[i++]! * b.w[j++]!;
    else if (x < y) i++;
    else j++;
  }
  return s;
}

/** Scratch for `dotsWith`: one vector spread out by key id, all zero between calls. */
let spread = new Float64Array(0);

/**
 * The dot products of `a` with each of `bs`: `a` spread out once and each of `bs` walked once, where a merge walk
 * per pair walks both. Products are added in key order, as `dotBag` adds them, so the sums are the same.
 */
export function dotsWith(a: Bag, bs: readonly Bag[]): Float64Array {
  let top = a.ids.length ? a.ids[a.ids.length - 1]! : 0;
  for (const b of bs) if (b.ids.length) top = Math.max(top, b.ids[b.ids.length - 1]!);
  if (spread.length <= top) spread = new Float64Array(2 * top + 2);
  for (let k = 0; k < a.ids.length; k++) spread[a.ids[k]!] = a.w[k]!;
  const out = new Float64Array(bs.length);
  for (let j = 0; j < bs.length; j++) {
    const b = bs[j]!;
    let s = 0;
    for (let k = 0; k < b.ids.length; k++) s += spread[b.ids[k]!]! * b.w[k]!;
    out[j] = s;
  }
  for (const k of a.ids) spread[k] = 0;
  return out;
}
