/**
 * The tagger's model: BIO tags over three types, emission weights per feature string, first-order transitions,
 * exact Viterbi decoding with BIO constraints, and a compact text serialisation (gzipped).
 */
import { gunzipSync, gzipSync } from 'node:zlib';

export type EntityType = 'person' | 'organization' | 'place';
export const TYPES: readonly EntityType[] = ['person', 'organization', 'place'];
/** Tag t: 0 = O, 1 + 2k = B-type k, 2 + 2k = I-type k. */
export const TAGS = ['O', 'B-person', 'I-person', 'B-organization', 'I-organization', 'B-place', 'I-place'];
export const T = TAGS.length;

export interface ModelData {
  /** feature string → T weights */
  weights: Map<string, Float32Array>;
  /** trans[prev * T + cur] */
  trans: Float32Array;
  start: Float32Array;
  /** lower-case word forms seen in training (see features.ts `Vocab`) */
  vocab: ReadonlySet<string>;
  meta: Record<string, unknown>;
}

/** Whether tag `cur` may follow `prev` (I-x only after B-x or I-x); prev = -1 at sentence start. */
export function allowed(prev: number, cur: number): boolean {
  if (cur === 0 || cur % 2 === 1) return true;
  return prev === cur || prev === cur - 1;
}

/**
 * Viterbi over emissions em[i * T + t]; returns the best tag per token.
 */
type Vec = Float32Array | Float64Array;
export function viterbi(em: Vec, n: number, trans: Vec, start: Vec): Int8Array {
  const out = new Int8Array(n);
  if (n === 0) return out;
  const score = new Float32Array(n * T);
  const back = new Int8Array(n * T);
  for (let t = 0; t < T; t++) score[t] = allowed(-1, t) ? start[t] + em[t] : -1e9;
  for (let i = 1; i < n; i++) {
    for (let t = 0; t < T; t++) {
      let best = -1e30;
      let arg = 0;
      for (let p = 0; p < T; p++) {
        const s = allowed(p, t) ? score[(i - 1) * T + p] + trans[p * T + t] : -1e9;
        if (s > best) { best = s; arg = p; }
      }
      score[i * T + t] = best + em[i * T + t];
      back[i * T + t] = arg;
    }
  }
  let best = -1e30;
  for (let t = 0; t < T; t++) if (score[(n - 1) * T + t] > best) { best = score[(n - 1) * T + t]; out[n - 1] = t; }
  for (let i = n - 1; i > 0; i--) out[i - 1] = back[i * T + out[i]];
  return out;
}

const fmt = (v: number): string => (v === 0 ? '' : String(Math.round(v * 1000) / 1000));

/** Serialises to gzip: a JSON header line, then one `feature\tw0,w1,...` line per kept feature. */
export function serialize(m: ModelData, minAbs: number): Buffer {
  const lines = [JSON.stringify({ meta: m.meta, tags: TAGS, trans: Array.from(m.trans, (v) => +v.toFixed(3)),
    start: Array.from(m.start, (v) => +v.toFixed(3)), vocab: [...m.vocab].sort().join(' ') })];
  for (const [f, w] of m.weights) {
    let keep = false;
    const vals: number[] = [];
    for (let t = 0; t < T; t++) { const v = Math.abs(w[t]) < minAbs ? 0 : w[t]; vals.push(v); if (v !== 0) keep = true; }
    if (keep && f.indexOf('\n') < 0 && f.indexOf('\t') < 0) lines.push(f + '\t' + vals.map(fmt).join(','));
  }
  return gzipSync(Buffer.from(lines.join('\n'), 'utf8'), { level: 9 });
}

export function deserialize(buf: Buffer): ModelData {
  const text = gunzipSync(buf).toString('utf8');
  const nl = text.indexOf('\n');
  const head = JSON.parse(nl < 0 ? text : text.slice(0, nl)) as { meta: Record<string, unknown>; tags: string[]; trans: number[]; start: number[]; vocab: string };
  if (head.tags.join() !== TAGS.join()) throw new Error('NER_MODEL_TAGS: model tags differ from the code; retrain with scripts/train-ner.ts');
  const weights = new Map<string, Float32Array>();
  let pos = nl + 1;
  while (nl >= 0 && pos < text.length) {
    let end = text.indexOf('\n', pos);
    if (end < 0) end = text.length;
    const tab = text.indexOf('\t', pos);
    const w = new Float32Array(T);
    const parts = text.slice(tab + 1, end).split(',');
    for (let t = 0; t < T; t++) if (parts[t]) w[t] = +parts[t];
    weights.set(text.slice(pos, tab), w);
    pos = end + 1;
  }
  return { weights, trans: Float32Array.from(head.trans), start: Float32Array.from(head.start), vocab: new Set(head.vocab.split(' ')), meta: head.meta };
}
