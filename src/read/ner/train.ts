/**
 * Averaged structured perceptron over BIO tag sequences (Collins 2002): Viterbi-decode each sentence with the
 * current weights, add the gold sequence's features and subtract the predicted one's; the returned weights are the
 * average over all updates, which generalises far better than the last weights.
 */
import { allFeatures, capClass, docInfo, type DocInfo, type SentenceView, type Vocab } from './features.js';
import { gazetteerBits, type Gazetteer } from './gazetteer.js';
import { T, viterbi, type ModelData } from './model.js';
import type { TaggedSentence } from './corpus.js';

export interface TrainOptions {
  epochs: number; minCount: number; seed: number; log?: (msg: string) => void;
  /** held-out sentences: span F1 is measured on them after every epoch (for choosing the epoch count) */
  dev?: TaggedSentence[];
}

/** Exact-span, typed F1 of predicted vs gold BIO tag sequences. */
export function spanF1(gold: number[][], pred: ArrayLike<number>[]): number {
  const spans = (tags: ArrayLike<number>): Set<string> => {
    const out = new Set<string>();
    for (let i = 0; i < tags.length; i++) {
      if (tags[i] === 0 || tags[i] % 2 === 0) continue;
      let e = i + 1;
      while (e < tags.length && tags[e] === tags[i] + 1) e++;
      out.add(`${i}:${e}:${tags[i]}`);
      i = e - 1;
    }
    return out;
  };
  let m = 0;
  let g = 0;
  let p = 0;
  gold.forEach((gt, k) => { const a = spans(gt); const b = spans(pred[k]); g += a.size; p += b.size; for (const x of b) if (a.has(x)) m++; });
  return m ? (2 * m) / (g + p) : 0;
}

interface Encoded { feats: Int32Array[]; gold: number[] }

export function viewOf(words: string[], g: Gazetteer, vocab: ReadonlySet<string>, doc?: DocInfo): SentenceView {
  const lower = words.map((w) => w.toLowerCase());
  return { raw: words, lower, caps: words.map(capClass), bits: gazetteerBits(g, lower, words), vocab, doc };
}

/** Document context of each sentence: GUM files are documents; GMB has none, so runs of 10 consecutive sentences. */
export function docsOf(data: TaggedSentence[]): DocInfo[] {
  const key = (s: TaggedSentence, k: number): string => (s.source === 'gmb' ? 'gmb:' + Math.floor(k / 10) : s.source);
  const groups = new Map<string, string[][]>();
  data.forEach((s, k) => { const g = groups.get(key(s, k)) ?? []; g.push(s.words); groups.set(key(s, k), g); });
  const infos = new Map<string, DocInfo>();
  for (const [k, ss] of groups) infos.set(k, docInfo(ss));
  return data.map((s, k) => infos.get(key(s, k))!);
}

/** Lower-case word forms that occur in lower case in the training text (letters only, seen twice or more). */
export function buildVocab(data: TaggedSentence[]): Set<string> {
  const counts = new Map<string, number>();
  for (const s of data) for (const w of s.words) if (w === w.toLowerCase() && w !== w.toUpperCase()) counts.set(w, (counts.get(w) ?? 0) + 1);
  return new Set([...counts].filter(([, c]) => c >= 2).map(([w]) => w));
}

/** Counts features, keeps those seen at least minCount times, and encodes every token as feature ids. */
function encode(data: TaggedSentence[], g: Gazetteer, vocab: Vocab, minCount: number): { enc: Encoded[]; names: string[]; ids: Map<string, number> } {
  const docs = docsOf(data);
  const strings = data.map((s, k) => { const v = viewOf(s.words, g, vocab, docs[k]); return s.words.map((_, i) => allFeatures(v, i)); });
  const counts = new Map<string, number>();
  for (const sent of strings) for (const tok of sent) for (const f of tok) counts.set(f, (counts.get(f) ?? 0) + 1);
  const ids = new Map<string, number>();
  const names: string[] = [];
  for (const [f, c] of counts) if (c >= minCount) { ids.set(f, names.length); names.push(f); }
  const enc = strings.map((sent, k) => ({
    gold: data[k].tags,
    feats: sent.map((tok) => Int32Array.from(tok.map((f) => ids.get(f) ?? -1).filter((x) => x >= 0))),
  }));
  return { enc, names, ids };
}

/** Deterministic shuffle (mulberry32) so training reproduces the committed weights. */
function shuffle<X>(xs: X[], seed: number): X[] {
  let a = seed >>> 0;
  const rnd = (): number => { a = (a + 0x6d2b79f5) >>> 0; let t = a; t = Math.imul(t ^ (t >>> 15), t | 1); t ^= t + Math.imul(t ^ (t >>> 7), t | 61); return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
  const out = xs.slice();
  for (let i = out.length - 1; i > 0; i--) { const j = Math.floor(rnd() * (i + 1)); [out[i], out[j]] = [out[j], out[i]]; }
  return out;
}

interface Params { w: Float64Array; u: Float64Array; tr: Float64Array; tru: Float64Array; st: Float64Array; stu: Float64Array }

function emissions(p: Params, e: Encoded): Float32Array {
  const n = e.feats.length;
  const em = new Float32Array(n * T);
  for (let i = 0; i < n; i++) {
    for (const f of e.feats[i]) { const o = f * T; for (let t = 0; t < T; t++) em[i * T + t] += p.w[o + t]; }
  }
  return em;
}

/** One perceptron step on one sentence at update count c; returns whether it erred. */
function step(p: Params, e: Encoded, c: number): boolean {
  const n = e.feats.length;
  const pred = viterbi(emissions(p, e), n, p.tr, p.st);
  let wrong = false;
  for (let i = 0; i < n; i++) {
    const g = e.gold[i];
    const q = pred[i];
    if (g !== q) {
      wrong = true;
      for (const f of e.feats[i]) { p.w[f * T + g]++; p.u[f * T + g] += c; p.w[f * T + q]--; p.u[f * T + q] -= c; }
    }
    const gp = i > 0 ? e.gold[i - 1] : -1;
    const qp = i > 0 ? pred[i - 1] : -1;
    if (gp === qp && g === q) continue;
    if (i === 0) { p.st[g]++; p.stu[g] += c; p.st[q]--; p.stu[q] -= c; continue; }
    p.tr[gp * T + g]++; p.tru[gp * T + g] += c; p.tr[qp * T + q]--; p.tru[qp * T + q] -= c;
  }
  return wrong;
}

const average = (w: Float64Array, u: Float64Array, c: number): Float32Array => Float32Array.from(w, (x, i) => x - u[i] / c);

export function train(data: TaggedSentence[], g: Gazetteer, o: TrainOptions): ModelData {
  const vocab = buildVocab(data);
  const { enc, names, ids } = encode(data, g, vocab, o.minCount);
  const devDocs = docsOf(o.dev ?? []);
  const devEnc = (o.dev ?? []).map((s, k) => { const v = viewOf(s.words, g, vocab, devDocs[k]); return { gold: s.tags, feats: s.words.map((_, i) => Int32Array.from(allFeatures(v, i).map((f) => ids.get(f) ?? -1).filter((x) => x >= 0))) }; });
  o.log?.(`features: ${names.length}, sentences: ${enc.length}`);
  const p: Params = { w: new Float64Array(names.length * T), u: new Float64Array(names.length * T),
    tr: new Float64Array(T * T), tru: new Float64Array(T * T), st: new Float64Array(T), stu: new Float64Array(T) };
  let c = 1;
  for (let ep = 0; ep < o.epochs; ep++) {
    let errs = 0;
    for (const e of shuffle(enc, o.seed + ep)) { if (step(p, e, c)) errs++; c++; }
    let dev = '';
    if (devEnc.length) {
      const q: Params = { ...p, w: Float64Array.from(average(p.w, p.u, c)), tr: Float64Array.from(average(p.tr, p.tru, c)), st: Float64Array.from(average(p.st, p.stu, c)) };
      dev = `, held-out span F1 ${spanF1(devEnc.map((e) => e.gold), devEnc.map((e) => viterbi(emissions(q, e), e.feats.length, q.tr, q.st))).toFixed(4)}`;
    }
    o.log?.(`epoch ${ep + 1}: ${errs} sentences wrong${dev}`);
  }
  const w = average(p.w, p.u, c);
  const weights = new Map<string, Float32Array>();
  names.forEach((f, k) => weights.set(f, w.subarray(k * T, k * T + T)));
  return { weights, trans: average(p.tr, p.tru, c), start: average(p.st, p.stu, c), vocab, meta: {} };
}
