/**
 * Inference: emissions from the model through a per-word-form cache. Each distinct word form is analysed once per
 * process (lower case, capitalisation class, gazetteer prefix length, the summed weights of its unit features in each
 * of the six slots, and integer ids for the word-pair features), so scoring a token is adding a few precomputed rows;
 * the per-token features (word pairs, capitalisation trigram, gazetteer bits) are looked up by integer keys. Then
 * Viterbi over the 7 BIO tags with typed arrays.
 */
import { BOS, EOS, SLOTS, SLOT_SELF, SLOT_SELF_INITIAL, capClass, isInitial, unitFeatures, type SentenceView } from './features.js';
import { gazetteerBits, type Gazetteer } from './gazetteer.js';
import { T, allowed, type ModelData } from './model.js';

const NSLOT = SLOTS.length;
/** Bound on cached word forms; the cache is cleared when full (a long-running process sees an open vocabulary). */
const CACHE_MAX = 200_000;
/** Capitalisation classes of capClass() plus the sentence boundaries used by the trigram feature. */
const CAPS = ['C', 'I', 'A', 'L', 'M', 'D', 'P', 'B', 'E'];
const NC = CAPS.length;
const CAP_B = 7;
const CAP_E = 8;

/** Everything inference needs about one word form. */
export interface WordInfo {
  lower: string;
  cap: number;
  /** unit-feature weight sums, slot-major: sums[slot * T + tag] */
  sums: Float32Array;
  /** id of the lower-case form among words of pair features (-1: in none) */
  pid: number;
  /** pair weights where this word is current, by previous word's pid (BOS = 0) */
  asCur: Map<number, Float32Array> | null;
  /** pair weights where this word is current, by next word's pid (EOS = 0) */
  asPrev: Map<number, Float32Array> | null;
  /** longest gazetteer entry starting with this word (0: none) */
  gmax: number;
}

export interface Tagger { model: ModelData; gaz: Gazetteer; cache: Map<string, WordInfo>; fast: Compiled }

/** Model weights rearranged for integer lookups. */
export interface Compiled {
  /** lower-case form → pid (BOS/EOS = 0) */
  pids: Map<string, number>;
  prevPair: Map<string, Map<number, Float32Array>>; // cur lower → prev pid → w
  nextPair: Map<string, Map<number, Float32Array>>; // cur lower → next pid → w
  capTri: Float32Array; // ((p * NC + c) * NC + n) * T
  /** gazetteer weights by position k (-1..1) and bit: ((k + 1) * 16 + bit) * T; zero rows where absent */
  gaz: Float32Array;
  /** memo of summed gazetteer rows per (position, bitmask) */
  gazMemo: Map<number, Float32Array>;
  /** masked transitions (BIO constraints folded in) and start scores */
  trans: Float64Array;
  start: Float64Array;
  bosInfo: WordInfo | null;
  eosInfo: WordInfo | null;
}

export function compile(model: ModelData): Compiled {
  const pids = new Map<string, number>([[BOS, 0], [EOS, 0]]);
  const pid = (w: string): number => { let id = pids.get(w); if (id === undefined) pids.set(w, (id = pids.size - 1)); return id; };
  const c: Compiled = { pids, prevPair: new Map(), nextPair: new Map(), capTri: new Float32Array(NC * NC * NC * T),
    gaz: new Float32Array(48 * T), gazMemo: new Map(), trans: new Float64Array(T * T), start: new Float64Array(T), bosInfo: null, eosInfo: null };
  const nest = (m: Map<string, Map<number, Float32Array>>, key: string, other: string, w: Float32Array): void => {
    let inner = m.get(key);
    if (!inner) m.set(key, (inner = new Map()));
    inner.set(pid(other), w);
  };
  for (const [f, w] of model.weights) {
    const bar = f.indexOf('|');
    if (f.startsWith('lb=') && bar > 0) nest(c.prevPair, f.slice(bar + 1), f.slice(3, bar), w);
    else if (f.startsWith('ln=') && bar > 0) nest(c.nextPair, f.slice(3, bar), f.slice(bar + 1), w);
    else if (f.startsWith('cc=') && f.length === 6) {
      const [p, q, n] = [CAPS.indexOf(f[3]), CAPS.indexOf(f[4]), CAPS.indexOf(f[5])];
      if (p >= 0 && q >= 0 && n >= 0) c.capTri.set(w, ((p * NC + q) * NC + n) * T);
    } else if (f[0] === 'g' && f.indexOf('=') > 1) {
      const k = Number(f.slice(1, f.indexOf('=')));
      const b = Number(f.slice(f.indexOf('=') + 1));
      if (k >= -1 && k <= 1 && b >= 0 && b < 16) c.gaz.set(w, ((k + 1) * 16 + b) * T);
    }
  }
  for (let p = 0; p < T; p++) for (let t = 0; t < T; t++) c.trans[p * T + t] = allowed(p, t) ? model.trans[p * T + t] : -1e9;
  for (let t = 0; t < T; t++) c.start[t] = allowed(-1, t) ? model.start[t] : -1e9;
  return c;
}

function analyse(tg: Tagger, w: string): WordInfo {
  const sums = new Float32Array(NSLOT * T);
  for (let s = 0; s < NSLOT; s++) {
    for (const f of unitFeatures(w, s, tg.model.vocab)) {
      const wt = tg.model.weights.get(f);
      if (wt) for (let t = 0; t < T; t++) sums[s * T + t] += wt[t];
    }
  }
  const boundary = w === BOS || w === EOS;
  const lower = boundary ? w : w.toLowerCase();
  const f = tg.fast;
  return { lower, cap: boundary ? (w === BOS ? CAP_B : CAP_E) : CAPS.indexOf(capClass(w)), sums, pid: f.pids.get(lower) ?? -1,
    asCur: f.prevPair.get(lower) ?? null, asPrev: f.nextPair.get(lower) ?? null, gmax: tg.gaz.maxLen.get(lower) ?? 0 };
}

/** The cached analysis of word form w. */
export function wordInfo(tg: Tagger, w: string): WordInfo {
  let v = tg.cache.get(w);
  if (v) return v;
  v = analyse(tg, w);
  if (tg.cache.size >= CACHE_MAX) tg.cache.clear();
  tg.cache.set(w, v);
  return v;
}

function gazRow(c: Compiled, k: number, bits: number): Float32Array {
  const key = (k + 1) * 65536 + bits;
  let r = c.gazMemo.get(key);
  if (r) return r;
  r = new Float32Array(T);
  for (let b = 0; b < 16; b++) if (bits & (1 << b)) { const o = ((k + 1) * 16 + b) * T; for (let t = 0; t < T; t++) r[t] += c.gaz[o + t]; }
  c.gazMemo.set(key, r);
  return r;
}

export function sentenceView(words: string[], g: Gazetteer, vocab: ReadonlySet<string>): SentenceView {
  const lower = new Array<string>(words.length);
  const caps = new Array<string>(words.length);
  for (let i = 0; i < words.length; i++) { lower[i] = words[i].toLowerCase(); caps[i] = capClass(words[i]); }
  return { raw: words, lower, caps, bits: gazetteerBits(g, lower, words), vocab };
}

/** Emission scores em[i * T + t] from word analyses and gazetteer bits (identical to summing allFeatures' weights). */
export function emissionsOf(tg: Tagger, raw: string[], infos: WordInfo[], bits: Uint16Array, em: Float64Array): void {
  const n = infos.length;
  const c = tg.fast;
  const bos = c.bosInfo ?? (c.bosInfo = wordInfo(tg, BOS));
  const eos = c.eosInfo ?? (c.eosInfo = wordInfo(tg, EOS));
  em.fill(0, 0, n * T);
  for (let i = 0; i < n; i++) {
    const o = i * T;
    const me = infos[i];
    const prev = i > 0 ? infos[i - 1] : bos;
    const next = i + 1 < n ? infos[i + 1] : eos;
    const s0 = me.sums;
    const b0 = (isInitial(raw, i) ? SLOT_SELF_INITIAL : SLOT_SELF) * T;
    const s2 = (i >= 2 ? infos[i - 2] : bos).sums;
    const s3 = prev.sums;
    const s4 = next.sums;
    const s5 = (i + 2 < n ? infos[i + 2] : eos).sums;
    const ct = ((prev.cap * NC + me.cap) * NC + next.cap) * T;
    for (let t = 0; t < T; t++) em[o + t] = s0[b0 + t] + s2[2 * T + t] + s3[3 * T + t] + s4[4 * T + t] + s5[5 * T + t] + c.capTri[ct + t];
    if (me.asCur !== null && prev.pid >= 0) { const w = me.asCur.get(prev.pid); if (w) for (let t = 0; t < T; t++) em[o + t] += w[t]; }
    if (me.asPrev !== null && next.pid >= 0) { const w = me.asPrev.get(next.pid); if (w) for (let t = 0; t < T; t++) em[o + t] += w[t]; }
    for (let k = -1; k <= 1; k++) {
      const j = i + k;
      if (j < 0 || j >= n || bits[j] === 0) continue;
      const r = gazRow(c, k, bits[j]);
      for (let t = 0; t < T; t++) em[o + t] += r[t];
    }
  }
}

/** Emission scores em[i * T + t] of one sentence view. */
export function emissions(tg: Tagger, v: SentenceView): Float64Array {
  const em = new Float64Array(v.raw.length * T);
  emissionsOf(tg, v.raw, v.raw.map((w) => wordInfo(tg, w)), v.bits, em);
  return em;
}

let vScore = new Float64Array(64 * T);
let vBack = new Int8Array(64 * T);

/** Viterbi with the compiled (masked) transitions. */
export function decode(c: Compiled, em: Float64Array, n: number): Int8Array {
  const out = new Int8Array(n);
  if (n === 0) return out;
  if (vScore.length < n * T) { vScore = new Float64Array(n * 2 * T); vBack = new Int8Array(n * 2 * T); }
  const score = vScore;
  const back = vBack;
  const tr = c.trans;
  for (let t = 0; t < T; t++) score[t] = c.start[t] + em[t];
  for (let i = 1; i < n; i++) {
    const po = (i - 1) * T;
    const o = i * T;
    for (let t = 0; t < T; t++) {
      let best = score[po] + tr[t];
      let arg = 0;
      for (let p = 1; p < T; p++) {
        const s = score[po + p] + tr[p * T + t];
        if (s > best) { best = s; arg = p; }
      }
      score[o + t] = best + em[o + t];
      back[o + t] = arg;
    }
  }
  let best = -Infinity;
  for (let t = 0; t < T; t++) if (score[(n - 1) * T + t] > best) { best = score[(n - 1) * T + t]; out[n - 1] = t; }
  for (let i = n - 1; i > 0; i--) out[i - 1] = back[i * T + out[i]];
  return out;
}

/** Best tags for one tokenised sentence, with the emissions (for confidences). */
export function tagSentence(tg: Tagger, v: SentenceView): { tags: Int8Array; em: Float64Array } {
  const em = emissions(tg, v);
  return { tags: decode(tg.fast, em, v.raw.length), em };
}
