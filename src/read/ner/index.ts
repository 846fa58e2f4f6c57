/**
 * Named-entity recognition for news: person, organization, place. A trained averaged-perceptron BIO tagger
 * (models/ner/, trained by scripts/train-ner.ts) proposes names per sentence; refiners then cut titles off person
 * names and add nationality adjectives as place mentions flagged with `demonymOf`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { splitSentences } from '../sentences.js';
import { tokenize, type Token } from '../tokens.js';
import { buildGazetteer, demonymAt, gazetteerBits, type Gazetteer } from './gazetteer.js';
import { T, TYPES, deserialize, type EntityType } from './model.js';
import { compile, decode, emissionsOf, wordInfo, type Tagger, type WordInfo } from './tagger.js';
import { applyRules } from './rules.js';
import { harmonizeTypes, propagateNames, type SentenceTokens } from './propagate.js';

export type { EntityType } from './model.js';

export interface EntityMention {
  start: number;
  end: number;
  type: EntityType;
  text: string;
  confidence: number;
  /** Set on nationality adjectives ("Chinese" → "China"): a place reference, not a name span. */
  demonymOf?: string;
}

export const MODEL_FILE = 'model.txt.gz';

/** models/ner/ at the repo root, from src/read/ner/ (tsx) or dist/src/read/ner/ (compiled). */
export function modelPath(): string {
  for (const up of ['../../../', '../../../../']) {
    const p = fileURLToPath(new URL(up + 'models/ner/' + MODEL_FILE, import.meta.url));
    if (existsSync(p)) return p;
  }
  throw new Error(`NER_MODEL_MISSING: models/ner/${MODEL_FILE} not found; run \`npx tsx scripts/train-ner.ts\``);
}

let cached: Tagger | null = null;

/** The lazily loaded tagger (model + gazetteer + word cache); the only module state. */
export function loadTagger(path?: string): Tagger {
  if (!cached) {
    const model = deserialize(readFileSync(path ?? modelPath()));
    cached = { model, gaz: buildGazetteer(), cache: new Map(), fast: compile(model) };
  }
  return cached;
}

const isCapital = (s: string): boolean => {
  const c = s.charCodeAt(0);
  return (c >= 65 && c <= 90) || (c > 127 && s[0].toLowerCase() !== s[0]);
};

/** Softmax probability of tag t at token i (scores scaled: perceptron weights are counts, not log-odds). */
function prob(em: Float64Array, i: number, t: number): number {
  let max = -1e30;
  for (let k = 0; k < T; k++) max = Math.max(max, em[i * T + k]);
  let z = 0;
  for (let k = 0; k < T; k++) z += Math.exp((em[i * T + k] - max) / 4);
  return Math.exp((em[i * T + t] - max) / 4) / z;
}

interface Raw { s: number; e: number; type: EntityType; conf: number } // token range [s, e)

/** BIO tags → token spans with the mean tag probability as confidence. */
function spansOf(tags: Int8Array, em: Float64Array): Raw[] {
  const out: Raw[] = [];
  for (let i = 0; i < tags.length; i++) {
    if (tags[i] === 0 || tags[i] % 2 === 0) continue;
    let e = i + 1;
    while (e < tags.length && tags[e] === tags[i] + 1) e++;
    let c = 0;
    for (let k = i; k < e; k++) c += prob(em, k, tags[k]);
    out.push({ s: i, e, type: TYPES[(tags[i] - 1) >> 1], conf: c / (e - i) });
    i = e - 1;
  }
  return out;
}

/** Person names lose leading titles: "Foreign Minister Sergei Lavrov" → "Sergei Lavrov"; all-title spans go. */
function cutTitles(r: Raw, lower: string[], g: Gazetteer): Raw | null {
  if (r.type !== 'person') return r;
  let s = r.s;
  for (let k = r.e - 2; k >= r.s; k--) if (g.titles.has(lower[k]) && !g.titles.has(lower[k + 1])) { s = k + 1; break; }
  if (s === r.s && g.titles.has(lower[s])) return r.e - r.s === 1 ? null : { ...r, s: r.s + 1 };
  return { ...r, s };
}

let emBuf = new Float64Array(128 * T);

/** Recognises the entities of one tokenised sentence, appending to out; returns the sentence's token view. */
function recognizeSentence(tg: Tagger, text: string, toks: Token[], out: EntityMention[]): SentenceTokens {
  const n = toks.length;
  const raw = new Array<string>(n);
  const lower = new Array<string>(n);
  const infos = new Array<WordInfo>(n);
  const gmax = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const w = (raw[i] = toks[i].text);
    const info = (infos[i] = wordInfo(tg, w));
    lower[i] = info.lower;
    gmax[i] = info.gmax;
  }
  const v = { raw, lower };
  const bits = gazetteerBits(tg.gaz, lower, raw, gmax);
  if (emBuf.length < n * T) emBuf = new Float64Array(n * 2 * T);
  const em = emBuf;
  emissionsOf(tg, raw, infos, bits, em);
  const tags = decode(tg.fast, em, n);
  const covered = new Uint8Array(toks.length);
  const mention = (s: number, e: number, type: EntityType, conf: number, demonymOf?: string): EntityMention => {
    const m: EntityMention = { start: toks[s].start, end: toks[e - 1].end, type, text: '', confidence: Math.round(conf * 1000) / 1000 };
    m.text = text.slice(m.start, m.end);
    if (demonymOf) m.demonymOf = demonymOf;
    return m;
  };
  for (const raw of spansOf(tags, em)) {
    const r = cutTitles(raw, v.lower, tg.gaz);
    if (!r) continue;
    const dem = r.type === 'place' && isCapital(v.raw[r.s]) ? demonymAt(tg.gaz, v.lower, r.s) : null;
    const isDem = dem !== null && dem[0] === r.e - r.s;
    out.push(mention(r.s, r.e, r.type, r.conf, isDem ? dem[1] : undefined));
    covered.fill(1, r.s, r.e);
  }
  for (let i = 0; i < toks.length; i++) {
    if (covered[i] || !isCapital(v.raw[i])) continue;
    const dem = demonymAt(tg.gaz, v.lower, i);
    if (!dem || covered[i + dem[0] - 1]) continue;
    out.push(mention(i, i + dem[0], 'place', 0.9, dem[1]));
    covered.fill(1, i, i + dem[0]);
    i += dem[0] - 1;
  }
  return { raw: v.raw, lower: v.lower, starts: toks.map((t) => t.start), ends: toks.map((t) => t.end), covered };
}

/** Person, organization and place mentions of `text`, in text order. */
export function recognize(text: string): EntityMention[] {
  const tg = loadTagger();
  const out: EntityMention[] = [];
  const sents = splitSentences(text).map((s) => recognizeSentence(tg, text, tokenize(text, s.start, s.end), out));
  out.push(...propagateNames(out, sents, text, tg.model.vocab));
  harmonizeTypes(out);
  applyRules(out, { text, sents, gaz: tg.gaz, vocab: tg.model.vocab });
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}
