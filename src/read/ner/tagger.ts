/**
 * Inference: emissions from the model through a per-word-form cache. Each distinct word form is analysed once per
 * process (lower case, capitalisation class, gazetteer prefix length, the summed weights of its unit features in each
 * of the six slots, and integer ids for the word-pair features), so scoring a token is adding a few precomputed rows;
 * the per-token features (word pairs, capitalisation trigram, gazetteer bits) are looked up by integer keys. Then
 * Viterbi over the 7 BIO tags with typed arrays.
 */
import { BOS, DOC_FEATURES, EOS, SLOTS, SLOT_SELF, SLOT_SELF_INITIAL, capClass, docBits, isInitial, unitFeatures, type SentenceView } from './features.js';
import { GAZ_CLASSES, gazetteerBits, type Gazetteer } from './gazetteer.js';
import { IntPairMap } from './intmap.js';
import { TAGS, allowed, type ModelData } from './model.js';
import { wordFlags } from './rules.js';

const NSLOT = SLOTS.length;
/** Bound on cached word forms; the cache is cleared when full (a long-running process sees an open vocabulary). */
const CACHE_MAX = 200_000;
/** Capitalisation classes of capClass() plus the sentence boundaries used by the trigram feature. */
const CAPS = ['C', 'I', 'A', 'L', 'M', 'D', 'P', 'B', 'E'];
const NC = CAPS.length;
/** The number of tags (model.ts T), as a constant of this module: the inner loops below index by it at every step. */
const T = 7;
if (TAGS.length !== T || NSLOT !== 6) throw new Error('tagger.ts: emissionsOf is unrolled for 7 tags and 6 slots');
const CAP_B = 7;
const CAP_E = 8;
/** Gazetteer bitmasks: a B and an I bit per class. */
const GAZ_BITS = 2 * GAZ_CLASSES.length;

/** Everything inference needs about one word form. */
export interface WordInfo {
  /** the form itself (the cache key) */
  form: string;
  lower: string;
  cap: number;
  /** offset of the unit-feature weight sums in the tagger's pool, slot-major: pool[off + slot * T + tag] */
  off: number;
  /** id of the lower-case form among words of pair features (-1: in none) */
  pid: number;
  /** id of the lower-case form among gazetteer tokens (-1: in no entry) */
  gid: number;
  /** starts with a capital letter */
  capital: boolean;
  /** has a capital letter or a digit anywhere: only words next to such a word are tagged (index.ts) */
  nameish: boolean;
  /** rules.ts word flags */
  flags: number;
  /** document stamps (index.ts): the last document where this form occurred in lower case / capitalised mid-sentence */
  stampLower: number;
  stampCapMid: number;
  /** for a capitalised form, the analysis of its lower-case form (set on first use) */
  lowerInfo: WordInfo | null;
}

export interface Tagger { model: ModelData; gaz: Gazetteer; cache: Map<string, WordInfo>; spans: SpanCache; fast: Compiled }

/** Model weights rearranged for integer lookups. */
export interface Compiled {
  /** lower-case form → pid (BOS/EOS = 0) */
  pids: Map<string, number>;
  /** word-pair weights: (previous, current) and (current, next) pids → weight row */
  prevPair: PairTable;
  nextPair: PairTable;
  capTri: Float32Array; // ((p * NC + c) * NC + n) * T
  /** gazetteer weights by position k (-1..1) and bit: ((k + 1) * 16 + bit) * T; zero rows where absent */
  gaz: Float32Array;
  /** summed gazetteer rows per (position, bitmask), filled on first use: gazSum[((k + 1) << GAZ_BITS | bits) * T] */
  gazSum: Float32Array;
  gazDone: Uint8Array;
  /** document-feature weights: docRows[k * T + tag] for DOC_FEATURES[k] */
  docRows: Float32Array;
  /** masked transitions (BIO constraints folded in) and start scores */
  trans: Float64Array;
  start: Float64Array;
  bosInfo: WordInfo | null;
  eosInfo: WordInfo | null;
  /** unit-feature sums of all cached word forms (WordInfo.off), one flat array for locality */
  pool: Float32Array;
  poolUsed: number;
}

/** Word-pair weights: (pid, pid) → row offset in w. */
export interface PairTable { rows: IntPairMap; w: Float32Array }

function pairTable(pairs: Array<[number, number, Float32Array]>): PairTable {
  const t: PairTable = { rows: new IntPairMap(), w: new Float32Array(pairs.length * T) };
  pairs.forEach(([a, b, w], r) => { t.rows.set(a, b, r * T); t.w.set(w, r * T); });
  return t;
}

export function compile(model: ModelData): Compiled {
  const pids = new Map<string, number>([[BOS, 0], [EOS, 0]]);
  const pid = (w: string): number => { let id = pids.get(w); if (id === undefined) pids.set(w, (id = pids.size - 1)); return id; };
  const prev: Array<[number, number, Float32Array]> = [];
  const next: Array<[number, number, Float32Array]> = [];
  const c: Compiled = { pids, prevPair: pairTable([]), nextPair: pairTable([]), capTri: new Float32Array(NC * NC * NC * T),
    gaz: new Float32Array(48 * T), gazSum: new Float32Array((3 << GAZ_BITS) * T), gazDone: new Uint8Array(3 << GAZ_BITS), docRows: new Float32Array(DOC_FEATURES.length * T), trans: new Float64Array(T * T), start: new Float64Array(T), bosInfo: null, eosInfo: null,
    pool: new Float32Array(1 << 16), poolUsed: 0 };
  for (const [f, w] of model.weights) {
    const bar = f.indexOf('|');
    if (f.startsWith('lb=') && bar > 0) prev.push([pid(f.slice(3, bar)), pid(f.slice(bar + 1)), w]);
    else if (f.startsWith('ln=') && bar > 0) next.push([pid(f.slice(3, bar)), pid(f.slice(bar + 1)), w]);
    else if (f.startsWith('cc=') && f.length === 6) {
      const [p, q, n] = [CAPS.indexOf(f[3]), CAPS.indexOf(f[4]), CAPS.indexOf(f[5])];
      if (p >= 0 && q >= 0 && n >= 0) c.capTri.set(w, ((p * NC + q) * NC + n) * T);
    } else if (f[0] === 'd' && DOC_FEATURES.includes(f)) {
      c.docRows.set(w, DOC_FEATURES.indexOf(f) * T);
    } else if (f[0] === 'g' && f.indexOf('=') > 1) {
      const k = Number(f.slice(1, f.indexOf('=')));
      const b = Number(f.slice(f.indexOf('=') + 1));
      if (k >= -1 && k <= 1 && b >= 0 && b < 16) c.gaz.set(w, ((k + 1) * 16 + b) * T);
    }
  }
  c.prevPair = pairTable(prev);
  c.nextPair = pairTable(next);
  for (let p = 0; p < T; p++) for (let t = 0; t < T; t++) c.trans[p * T + t] = allowed(p, t) ? model.trans[p * T + t] : -1e9;
  for (let t = 0; t < T; t++) c.start[t] = allowed(-1, t) ? model.start[t] : -1e9;
  return c;
}

const isCapitalWord = (w: string): boolean => { const c = w.charCodeAt(0); return (c >= 65 && c <= 90) || (c > 127 && w[0].toLowerCase() !== w[0]); };

function analyse(tg: Tagger, w: string): WordInfo {
  const f = tg.fast;
  if (f.poolUsed + NSLOT * T > f.pool.length) { const p = new Float32Array(f.pool.length * 2); p.set(f.pool); f.pool = p; }
  const off = f.poolUsed;
  f.poolUsed += NSLOT * T;
  const sums = f.pool;
  sums.fill(0, off, off + NSLOT * T); // the pool is reused after the cache is cleared
  for (let s = 0; s < NSLOT; s++) {
    for (const feat of unitFeatures(w, s, tg.model.vocab)) {
      const wt = tg.model.weights.get(feat);
      if (wt) for (let t = 0; t < T; t++) sums[off + s * T + t] += wt[t];
    }
  }
  const boundary = w === BOS || w === EOS;
  const lower = boundary ? w : w.toLowerCase();
  return { form: w, lower, cap: boundary ? (w === BOS ? CAP_B : CAP_E) : CAPS.indexOf(capClass(w)), off, pid: f.pids.get(lower) ?? -1, gid: boundary ? -1 : tg.gaz.tokIds.get(lower) ?? -1,
    capital: !boundary && isCapitalWord(w), nameish: !boundary && /[\p{Lu}\d]/u.test(w), flags: boundary ? 0 : wordFlags(w, lower), stampLower: 0, stampCapMid: 0, lowerInfo: null };
}

/** The cached analysis of word form w. */
export function wordInfo(tg: Tagger, w: string): WordInfo {
  let v = tg.cache.get(w);
  if (v) return v;
  v = analyse(tg, w);
  tg.cache.set(w, v);
  return v;
}

/**
 * The word cache looked up by a word's place in a text: hashes its characters where they stand instead of slicing
 * the word out and hashing the new string for the Map, once per token of every article. Holds the Map's WordInfo
 * objects (one per form), in open addressing with their hashes beside them.
 */
export class SpanCache {
  private slots: (WordInfo | null)[] = new Array<WordInfo | null>(1024).fill(null);
  private hashes = new Int32Array(1024);
  private count = 0;

  clear(): void {
    this.slots.fill(null);
    this.count = 0;
  }

  /** The analysis of the word text[s, e). */
  get(tg: Tagger, text: string, s: number, e: number): WordInfo {
    let h = 0x811c9dc5;
    for (let i = s; i < e; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
    const mask = this.slots.length - 1;
    let k = h & mask;
    for (let v = this.slots[k]; v !== null; v = this.slots[k]) {
      if (this.hashes[k] === h && v.form.length === e - s && text.startsWith(v.form, s)) return v;
      k = (k + 1) & mask;
    }
    const info = wordInfo(tg, text.slice(s, e));
    this.slots[k] = info;
    this.hashes[k] = h;
    if (++this.count * 2 > this.slots.length) this.grow();
    return info;
  }

  private grow(): void {
    const { slots, hashes } = this;
    this.slots = new Array<WordInfo | null>(slots.length * 2).fill(null);
    this.hashes = new Int32Array(slots.length * 2);
    const mask = this.slots.length - 1;
    for (let j = 0; j < slots.length; j++) {
      const v = slots[j];
      if (v === null) continue;
      let k = hashes[j] & mask;
      while (this.slots[k] !== null) k = (k + 1) & mask;
      this.slots[k] = v;
      this.hashes[k] = hashes[j];
    }
  }
}

/** Bounds the word cache; called between documents (document stamps rely on one object per form within one). */
export function trimCache(tg: Tagger): void {
  if (tg.cache.size >= CACHE_MAX) { tg.cache.clear(); tg.spans.clear(); tg.fast.bosInfo = null; tg.fast.eosInfo = null; tg.fast.poolUsed = 0; }
}

/** Offset in c.gazSum of the summed gazetteer weights of the bits at relative position k. */
function gazRow(c: Compiled, k: number, bits: number): number {
  const key = ((k + 1) << GAZ_BITS) | bits;
  const r = key * T;
  if (c.gazDone[key]) return r;
  for (let b = 0; b < GAZ_BITS; b++) if (bits & (1 << b)) { const o = ((k + 1) * 16 + b) * T; for (let t = 0; t < T; t++) c.gazSum[r + t] += c.gaz[o + t]; }
  c.gazDone[key] = 1;
  return r;
}

export function sentenceView(words: string[], g: Gazetteer, vocab: ReadonlySet<string>): SentenceView {
  const lower = new Array<string>(words.length);
  const caps = new Array<string>(words.length);
  for (let i = 0; i < words.length; i++) { lower[i] = words[i].toLowerCase(); caps[i] = capClass(words[i]); }
  return { raw: words, lower, caps, bits: gazetteerBits(g, lower, words), vocab };
}

/**
 * Emission scores em[i * T + t] of tokens [from, to) from word analyses and gazetteer bits (identical to summing
 * allFeatures' weights).
 */
export function emissionsOf(tg: Tagger, raw: string[], infos: WordInfo[], bits: Uint16Array, em: Float64Array, dbits?: Uint8Array,
  from = 0, to = infos.length): void {
  const n = infos.length;
  const c = tg.fast;
  const bos = c.bosInfo ?? (c.bosInfo = wordInfo(tg, BOS));
  const eos = c.eosInfo ?? (c.eosInfo = wordInfo(tg, EOS));
  const P = c.pool; // after all analyses of the sentence (the pool may have grown)
  for (let i = from; i < to; i++) {
    const o = i * T;
    const me = infos[i];
    const prev = i > 0 ? infos[i - 1] : bos;
    const next = i + 1 < n ? infos[i + 1] : eos;
    // offsets of the slot rows in the pool: self (or self at sentence start), -2, -1, +1, +2
    const a0 = me.off + (i <= 2 && isInitial(raw, i) ? SLOT_SELF_INITIAL : SLOT_SELF) * T;
    const a2 = (i >= 2 ? infos[i - 2] : bos).off + 2 * T;
    const a3 = prev.off + 3 * T;
    const a4 = next.off + 4 * T;
    const a5 = (i + 2 < n ? infos[i + 2] : eos).off + 5 * T;
    const ct = ((prev.cap * NC + me.cap) * NC + next.cap) * T;
    const cap = c.capTri;
    // unrolled over the 7 tags (T === 7)
    em[o] = P[a0] + P[a2] + P[a3] + P[a4] + P[a5] + cap[ct];
    em[o + 1] = P[a0 + 1] + P[a2 + 1] + P[a3 + 1] + P[a4 + 1] + P[a5 + 1] + cap[ct + 1];
    em[o + 2] = P[a0 + 2] + P[a2 + 2] + P[a3 + 2] + P[a4 + 2] + P[a5 + 2] + cap[ct + 2];
    em[o + 3] = P[a0 + 3] + P[a2 + 3] + P[a3 + 3] + P[a4 + 3] + P[a5 + 3] + cap[ct + 3];
    em[o + 4] = P[a0 + 4] + P[a2 + 4] + P[a3 + 4] + P[a4 + 4] + P[a5 + 4] + cap[ct + 4];
    em[o + 5] = P[a0 + 5] + P[a2 + 5] + P[a3 + 5] + P[a4 + 5] + P[a5 + 5] + cap[ct + 5];
    em[o + 6] = P[a0 + 6] + P[a2 + 6] + P[a3 + 6] + P[a4 + 6] + P[a5 + 6] + cap[ct + 6];
    if (me.pid >= 0) {
      if (prev.pid >= 0) { const r = c.prevPair.rows.get(prev.pid, me.pid); if (r >= 0) { const w = c.prevPair.w; for (let t = 0; t < T; t++) em[o + t] += w[r + t]; } }
      if (next.pid >= 0) { const r = c.nextPair.rows.get(me.pid, next.pid); if (r >= 0) { const w = c.nextPair.w; for (let t = 0; t < T; t++) em[o + t] += w[r + t]; } }
    }
    if (dbits !== undefined && dbits[i] !== 0) {
      const d = dbits[i];
      for (let k = 0; k < DOC_FEATURES.length; k++) if (d & (1 << k)) for (let t = 0; t < T; t++) em[o + t] += c.docRows[k * T + t];
    }
    for (let k = -1; k <= 1; k++) {
      const j = i + k;
      if (j < 0 || j >= n || bits[j] === 0) continue;
      const r = gazRow(c, k, bits[j]);
      const g = c.gazSum;
      for (let t = 0; t < T; t++) em[o + t] += g[r + t];
    }
  }
}

/** Emission scores em[i * T + t] of one sentence view. */
export function emissions(tg: Tagger, v: SentenceView): Float64Array {
  const em = new Float64Array(v.raw.length * T);
  const dbits = v.doc ? Uint8Array.from(v.raw, (_, i) => docBits(v.raw, v.lower, i, v.doc)) : undefined;
  emissionsOf(tg, v.raw, v.raw.map((w) => wordInfo(tg, w)), v.bits, em, dbits);
  return em;
}

let vScore = new Float64Array(64 * T);
let vBack = new Int8Array(64 * T);

/** Viterbi with the compiled (masked) transitions. */
export function decode(c: Compiled, em: Float64Array, n: number): Int8Array {
  const out = new Int8Array(n);
  decodeRange(c, em, 0, n, n, out);
  return out;
}

/**
 * Viterbi over tokens [a, b) of an n-token sentence whose other tokens are O: the stretch follows an O (or the
 * sentence start) and precedes one (or the sentence end), so it is decoded on its own. Writes out[a..b).
 */
export function decodeRange(c: Compiled, em: Float64Array, a: number, b: number, n: number, out: Int8Array): void {
  const len = b - a;
  if (len <= 0) return;
  if (vScore.length < len * T) { vScore = new Float64Array(len * 2 * T); vBack = new Int8Array(len * 2 * T); }
  const score = vScore;
  const back = vBack;
  const tr = c.trans;
  const first = a * T;
  for (let t = 0; t < T; t++) score[t] = (a === 0 ? c.start[t] : tr[t]) + em[first + t];
  for (let i = 1; i < len; i++) {
    const po = (i - 1) * T;
    const o = i * T;
    const e = (a + i) * T;
    for (let t = 0; t < T; t++) {
      let best: number;
      let arg: number;
      if (t !== 0 && (t & 1) === 0) { // I-x: only B-x or I-x may precede
        const x = score[po + t - 1] + tr[(t - 1) * T + t];
        const y = score[po + t] + tr[t * T + t];
        if (x >= y) { best = x; arg = t - 1; } else { best = y; arg = t; }
      } else {
        best = score[po] + tr[t];
        arg = 0;
        for (let p = 1; p < T; p++) {
          const v = score[po + p] + tr[p * T + t];
          if (v > best) { best = v; arg = p; }
        }
      }
      score[o + t] = best + em[e + t];
      back[o + t] = arg;
    }
  }
  const last = (len - 1) * T;
  let best = -Infinity;
  for (let t = 0; t < T; t++) {
    const v = score[last + t] + (b < n ? tr[t * T] : 0);
    if (v > best) { best = v; out[b - 1] = t; }
  }
  for (let i = len - 1; i > 0; i--) out[a + i - 1] = back[i * T + out[a + i]];
}

/** Best tags for one tokenised sentence, with the emissions (for confidences). */
export function tagSentence(tg: Tagger, v: SentenceView): { tags: Int8Array; em: Float64Array } {
  const em = emissions(tg, v);
  return { tags: decode(tg.fast, em, v.raw.length), em };
}
