/**
 * Average-link agglomeration over a sparse graph of scored pairs (a pair never scored counts 0), kept as
 * a state that grows: groups, and the sum of pair scores between neighbouring groups. A batch merges best
 * first through a heap; an added item settles locally. Both stop where no two groups average the threshold,
 * and that invariant is what lets an addition look only at the group it joins: when a group absorbs another,
 * only its links to the absorbed one's neighbours grew (every other average fell, its size having grown).
 * Items may carry a day: two groups whose union would span more than `maxSpan` days never merge, so a group
 * cannot chain across unbounded time. A span only widens as groups merge, so the invariant still holds.
 */
export class AvgLink {
  private readonly group: number[] = [];
  readonly members = new Map<number, number[]>();
  private readonly adj = new Map<number, Map<number, number>>();
  /** Each group's first and last day (±Infinity while none of its items is dated). */
  private readonly lo: number[] = [];
  private readonly hi: number[] = [];

  constructor(readonly threshold: number, readonly maxSpan = Infinity) {}

  /** A new item in a group of its own; items are numbered 0, 1, 2 … in the order added. */
  addItem(day: number | null = null): number {
    const i = this.group.length;
    this.group.push(i);
    this.members.set(i, [i]);
    this.adj.set(i, new Map());
    this.lo.push(day ?? Infinity);
    this.hi.push(day ?? -Infinity);
    return i;
  }

  /** Whether two groups together stay within the span. */
  private fits(a: number, b: number): boolean {
    return Math.max(this.hi[a]!, this.hi[b]!) - Math.min(this.lo[a]!, this.lo[b]!) <= this.maxSpan;
  }

  groupOf(item: number): number { return this.group[item]!; }

  addEdge(x: number, y: number, s: number): void {
    const [a, b] = [this.group[x]!, this.group[y]!];
    if (a !== b) this.bump(a, b, s);
  }

  private bump(a: number, b: number, s: number): void {
    const ma = this.adj.get(a)!;
    ma.set(b, (ma.get(b) ?? 0) + s);
    const mb = this.adj.get(b)!;
    mb.set(a, (mb.get(a) ?? 0) + s);
  }

  private avg(a: number, b: number, sum: number): number {
    return sum / (this.members.get(a)!.length * this.members.get(b)!.length);
  }

  /** Merges two groups; the larger survives, so the cost follows the smaller side. Returns the survivor and the
   * groups whose link to it grew. */
  private merge(a: number, b: number): [number, number[]] {
    if (this.members.get(a)!.length < this.members.get(b)!.length) [a, b] = [b, a];
    const ma = this.members.get(a)!;
    for (const x of this.members.get(b)!) { this.group[x] = a; ma.push(x); }
    this.members.delete(b);
    this.lo[a] = Math.min(this.lo[a]!, this.lo[b]!);
    this.hi[a] = Math.max(this.hi[a]!, this.hi[b]!);
    const nb = this.adj.get(b)!;
    this.adj.delete(b);
    this.adj.get(a)!.delete(b);
    const grew: number[] = [];
    for (const [c, s] of nb) {
      this.adj.get(c)!.delete(b);
      if (c !== a) { this.bump(a, c, s); grew.push(c); }
    }
    return [a, grew];
  }

  /** Of the groups `among` it may merge with, the one `g` averages best with, at or above the threshold. */
  private bestOf(g: number, among: Iterable<number>): number | null {
    let best: number | null = null;
    let top = this.threshold;
    const m = this.adj.get(g)!;
    for (const h of among) {
      if (!this.fits(g, h)) continue;
      const v = this.avg(g, h, m.get(h) ?? 0);
      if (v > top || (v === top && best === null)) { best = h; top = v; }
    }
    return best;
  }

  /** After an item joined the graph: merges its group with its best neighbour until none is close enough. */
  settle(item: number): void {
    let g = this.group[item]!;
    for (let h = this.bestOf(g, this.adj.get(g)!.keys()); h !== null;) {
      const [s, grew] = this.merge(g, h);
      g = s;
      h = this.bestOf(g, grew);
    }
  }

  /**
   * Best merge first over the whole graph (a batch). A queued score goes stale when either side merges; it
   * can only have been too high unless the link grew, and a grown link is queued anew, so a stale entry is
   * re-scored when it comes up rather than every neighbour re-queued at each merge.
   */
  mergeAll(): void {
    const heap = new Heap();
    const push = (a: number, b: number): void => {
      const v = this.avg(a, b, this.adj.get(a)!.get(b) ?? 0);
      if (v >= this.threshold && this.fits(a, b)) heap.push(v, a, b);
    };
    for (const [a, m] of this.adj) for (const b of m.keys()) if (a < b) push(a, b);
    for (let e = heap.pop(); e; e = heap.pop()) {
      const [v, a, b] = e;
      if (!this.members.has(a) || !this.members.has(b) || !this.fits(a, b)) continue;
      const now = this.avg(a, b, this.adj.get(a)!.get(b) ?? 0);
      if (now !== v) { if (now >= this.threshold && now < v) heap.push(now, a, b); continue; }
      const [g, grew] = this.merge(a, b);
      for (const c of grew) push(g, c);
    }
  }

  groups(): number[][] { return [...this.members.values()]; }
}

/** A max-heap of (score, a, b) in parallel typed arrays; ties go to the lower pair of group numbers, so a batch is
 * deterministic. */
class Heap {
  private score = new Float64Array(1024);
  private a = new Int32Array(1024);
  private b = new Int32Array(1024);
  private n = 0;
  private above(i: number, j: number): boolean {
    const s = this.score[i]!;
    const t = this.score[j]!;
    return s > t || (s === t && (this.a[i]! < this.a[j]! || (this.a[i] === this.a[j] && this.b[i]! < this.b[j]!)));
  }
  private swap(i: number, j: number): void {
    const { score, a, b } = this;
    const s = score[i]!;
    score[i] = score[j]!;
    score[j] = s;
    const x = a[i]!;
    a[i] = a[j]!;
    a[j] = x;
    const y = b[i]!;
    b[i] = b[j]!;
    b[j] = y;
  }
  push(v: number, a: number, b: number): void {
    if (this.n === this.score.length) {
      const grow = <T extends Float64Array | Int32Array>(x: T, y: T): T => { y.set(x); return y; };
      this.score = grow(this.score, new Float64Array(this.n * 2));
      this.a = grow(this.a, new Int32Array(this.n * 2));
      this.b = grow(this.b, new Int32Array(this.n * 2));
    }
    let i = this.n++;
    this.score[i] = v;
    this.a[i] = a;
    this.b[i] = b;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!this.above(i, p)) break;
      this.swap(i, p);
      i = p;
    }
  }
  /** The top entry's score and pair, removed; undefined when empty. */
  pop(): [number, number, number] | undefined {
    if (!this.n) return undefined;
    const top: [number, number, number] = [this.score[0]!, this.a[0]!, this.b[0]!];
    const last = --this.n;
    this.swap(0, last);
    for (let i = 0; ;) {
      const [l, r] = [2 * i + 1, 2 * i + 2];
      let m = i;
      if (l < this.n && this.above(l, m)) m = l;
      if (r < this.n && this.above(r, m)) m = r;
      if (m === i) break;
      this.swap(i, m);
      i = m;
    }
    return top;
  }
}
