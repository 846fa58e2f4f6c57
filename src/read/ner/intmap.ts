/**
 * Open-addressing hash map from a pair of non-negative integers to a non-negative integer: the inner loops look up
 * word pairs and gazetteer trie edges by integer ids, which is far cheaper than building and hashing strings.
 * Slots are interleaved [a, b, value] in one Int32Array so that a probe touches one cache line.
 */
export class IntPairMap {
  private mask = 15;
  private slots = new Int32Array(16 * 3).fill(-1);
  private count = 0;

  static hash(a: number, b: number): number { return Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca6b); }

  get size(): number { return this.count; }

  /** The value stored for (a, b), or -1. */
  get(a: number, b: number): number {
    const m = this.mask;
    const sl = this.slots;
    let h = IntPairMap.hash(a, b) & m;
    for (;;) {
      const k = sl[h * 3];
      if (k === -1) return -1;
      if (k === a && sl[h * 3 + 1] === b) return sl[h * 3 + 2];
      h = (h + 1) & m;
    }
  }

  set(a: number, b: number, v: number): void {
    if ((this.count + 1) * 2 > this.mask + 1) this.grow();
    const m = this.mask;
    const sl = this.slots;
    let h = IntPairMap.hash(a, b) & m;
    while (sl[h * 3] !== -1 && !(sl[h * 3] === a && sl[h * 3 + 1] === b)) h = (h + 1) & m;
    if (sl[h * 3] === -1) this.count++;
    sl[h * 3] = a;
    sl[h * 3 + 1] = b;
    sl[h * 3 + 2] = v;
  }

  private grow(): void {
    const old = this.slots;
    this.mask = this.mask * 2 + 1;
    this.slots = new Int32Array((this.mask + 1) * 3).fill(-1);
    this.count = 0;
    for (let h = 0; h < old.length; h += 3) if (old[h] !== -1) this.set(old[h], old[h + 1], old[h + 2]);
  }
}
