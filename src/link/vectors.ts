/** Sparse vectors as maps from term to weight, for the similarity of articles. */
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
