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
import { compile, decode, emissionsOf, trimCache, wordInfo, type Tagger, type WordInfo } from './tagger.js';
import { isInitial } from './features.js';
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

/** A person span never joins two people: "Wang and Patrushev" → "Wang", "Patrushev". */
function splitPersons(r: Raw, lower: string[]): Raw[] {
  if (r.type !== 'person' || r.e - r.s < 3) return [r];
  const out: Raw[] = [];
  let s = r.s;
  for (let k = r.s + 1; k < r.e - 1; k++) {
    if (lower[k] !== 'and' && lower[k] !== '&') continue;
    if (k > s) out.push({ ...r, s, e: k });
    s = k + 1;
  }
  if (s === r.s) return [r];
  if (s < r.e) out.push({ ...r, s });
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
let dBuf = new Uint8Array(128);

/** Recognises the entities of one tokenised sentence, appending to out; returns the sentence's token view. */
/** One sentence's tokens with their cached word analyses. */
interface Analysed { toks: Token[]; raw: string[]; lower: string[]; infos: WordInfo[]; gmax: Uint8Array; gbits: Uint16Array }

function analyseSentence(tg: Tagger, toks: Token[]): Analysed {
  const n = toks.length;
  const raw = new Array<string>(n);
  const lower = new Array<string>(n);
  const infos = new Array<WordInfo>(n);
  const gmax = new Uint8Array(n);
  const gbits = new Uint16Array(n);
  for (let i = 0; i < n; i++) {
    const w = (raw[i] = toks[i].text);
    const info = (infos[i] = wordInfo(tg, w));
    lower[i] = info.lower;
    gmax[i] = info.gmax;
    gbits[i] = info.gbits;
  }
  return { toks, raw, lower, infos, gmax, gbits };
}

let docStamp = 0;

/**
 * Marks the document context on the word analyses (features.ts DocInfo, without building sets): each form seen in
 * lower case, and each capitalised form seen away from a sentence start, gets the document's stamp.
 */
function stampDocument(sents: Analysed[]): number {
  const doc = ++docStamp;
  for (const s of sents) {
    for (let i = 0; i < s.raw.length; i++) {
      const info = s.infos[i];
      if (!info.capital) info.stampLower = doc;
      else if (!isInitial(s.raw, i)) info.stampCapMid = doc;
    }
  }
  return doc;
}

/** docBits (features.ts) from the stamps. */
function docBitsOf(tg: Tagger, a: Analysed, i: number, doc: number): number {
  const info = a.infos[i];
  if (!info.capital) return 0;
  const lo = info.lowerInfo ?? (info.lowerInfo = wordInfo(tg, info.lower));
  const init = isInitial(a.raw, i);
  let b = 0;
  if (lo.stampLower === doc) b |= init ? 2 : 1;
  if (init && info.stampCapMid === doc) b |= 4;
  return b;
}

/** Recognises the entities of one analysed sentence, appending to out; returns the sentence's token view. */
function recognizeSentence(tg: Tagger, text: string, a: Analysed, doc: number, out: EntityMention[]): SentenceTokens {
  const { toks, raw, lower, infos, gmax, gbits } = a;
  const n = toks.length;
  const v = { raw, lower };
  const bits = gazetteerBits(tg.gaz, lower, raw, gmax, gbits);
  if (emBuf.length < n * T) { emBuf = new Float64Array(n * 2 * T); dBuf = new Uint8Array(n * 2); }
  const em = emBuf;
  const dbits = dBuf;
  for (let i = 0; i < n; i++) dbits[i] = infos[i].capital ? docBitsOf(tg, a, i, doc) : 0;
  emissionsOf(tg, raw, infos, bits, em, dbits);
  const tags = decode(tg.fast, em, n);
  const covered = new Uint8Array(toks.length);
  const mention = (s: number, e: number, type: EntityType, conf: number, demonymOf?: string): EntityMention => {
    const m: EntityMention = { start: toks[s].start, end: toks[e - 1].end, type, text: '', confidence: Math.round(conf * 1000) / 1000 };
    m.text = text.slice(m.start, m.end);
    if (demonymOf) m.demonymOf = demonymOf;
    return m;
  };
  for (const whole of spansOf(tags, em)) {
    for (const raw of splitPersons(whole, v.lower)) {
    const r = cutTitles(raw, v.lower, tg.gaz);
    if (!r) continue;
    const dem = r.type === 'place' && isCapital(v.raw[r.s]) ? demonymAt(tg.gaz, v.lower, r.s) : null;
    const isDem = dem !== null && dem[0] === r.e - r.s;
    out.push(mention(r.s, r.e, r.type, r.conf, isDem ? dem[1] : undefined));
    covered.fill(1, r.s, r.e);
    }
  }
  for (let i = 0; i < toks.length; i++) {
    if (covered[i] || infos[i].gmax === 0 || !isCapital(v.raw[i])) continue;
    const dem = demonymAt(tg.gaz, v.lower, i);
    if (!dem || covered[i + dem[0] - 1]) continue;
    out.push(mention(i, i + dem[0], 'place', 0.9, dem[1]));
    covered.fill(1, i, i + dem[0]);
    i += dem[0] - 1;
  }
  const starts = new Array<number>(n);
  const ends = new Array<number>(n);
  const flags = new Uint8Array(n);
  for (let i = 0; i < n; i++) { starts[i] = toks[i].start; ends[i] = toks[i].end; flags[i] = infos[i].flags; }
  return { raw, lower, starts, ends, covered, flags };
}

/** Person, organization and place mentions of `text`, in text order. */
export function recognize(text: string): EntityMention[] {
  const tg = loadTagger();
  const out: EntityMention[] = [];
  trimCache(tg);
  const analysed = splitSentences(text).map((s) => analyseSentence(tg, tokenize(text, s.start, s.end)));
  const doc = stampDocument(analysed);
  const sents = analysed.map((a) => recognizeSentence(tg, text, a, doc, out));
  out.push(...propagateNames(out, sents, text, tg.model.vocab, (w) => tg.gaz.entries.get(w.toLowerCase())?.some((e) => e.cls === 4) ?? false));
  harmonizeTypes(out);
  applyRules(out, { text, sents, gaz: tg.gaz, vocab: tg.model.vocab });
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}
