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

export function toBag(m: Map<string, number>, vocab: Vocab): Bag {
  const pairs = [...m].map(([k, x]) => [vocab.id(k), x] as const).sort((a, b) => a[0] - b[0]);
  return { ids: Int32Array.from(pairs, (p) => p[0]), w: Float32Array.from(pairs, (p) => p[1]) };
}

/** Each weight times `weight(key)`, dropping keys it zeroes, then scaled to unit length. */
export function unitBag(b: Bag, weight: (id: number) => number): Bag {
  const ids = new Int32Array(b.ids.length);
  const w = new Float32Array(b.ids.length);
  let len = 0;
  let n = 0;
  for (let i = 0; i < b.ids.length; i++) {
    const x = b.w[i]! * weight(b.ids[i]!);
    if (x <= 0) continue;
    ids[len] = b.ids[i]!;
    w[len++] = x;
    n += x * x;
  }
  n = Math.sqrt(n) || 1;
  for (let i = 0; i < len; i++) w[i] = w[i]! / n;
  return { ids: ids.subarray(0, len), w: w.subarray(0, len) };
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
