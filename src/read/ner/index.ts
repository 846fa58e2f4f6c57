/**
 * Named-entity recognition for news: person, organization, place. A trained averaged-perceptron BIO tagger
 * (models/ner/, trained by scripts/train-ner.ts) proposes names per sentence; refiners then cut titles off person
 * names and add nationality adjectives as place mentions flagged with `demonymOf`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { splitSentences, type SentenceSpan } from '../sentences.js';
import { tokenSpans } from '../tokens.js';
import { GAZ_CLASSES, buildGazetteer, demonymAt, gazetteerBitsOf, type Gazetteer } from './gazetteer.js';
import { T, TYPES, deserialize, type EntityType } from './model.js';
import { SpanCache, compile, decodeRange, emissionsOf, trimCache, wordInfo, type Tagger, type WordInfo } from './tagger.js';
import { isInitial } from './features.js';
import { WORD_CAPITAL, applyRules } from './rules.js';
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
    cached = { model, gaz: buildGazetteer(), cache: new Map(), spans: new SpanCache(), fast: compile(model) };
  }
  return cached;
}

const GIVEN = GAZ_CLASSES.indexOf('given');
/** Gazetteer bit of a (capitalised) demonym starting at a token. */
const DEMONYM_B = 1 << (2 * GAZ_CLASSES.indexOf('demonym'));

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
function spansOf(tags: Int8Array, n: number, em: Float64Array): Raw[] {
  const out: Raw[] = [];
  for (let i = 0; i < n; i++) {
    if (tags[i] === 0 || tags[i] % 2 === 0) continue;
    let e = i + 1;
    while (e < n && tags[e] === tags[i] + 1) e++;
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

/**
 * "Secretary of State Madeleine Albright", "Minister of Foreign Affairs Sergey Lavrov": a title, "of", the department
 * and the holder's name run together in capitals, and the tagger may cut them anywhere ("State Madeleine"). After a
 * title and "of" (and "the"), a capitalised run of three or more ends with the name — its last two words, three with
 * a middle initial — when it opens with a given name, or both its words were never seen in lower case and what
 * follows may follow a name (not "the National Iodine Nutrition study"); the spans over the name give way (the
 * department's stay).
 */
function titledNames(spans: Raw[], tg: Tagger, a: Analysed): Raw[] {
  const { lower, infos, raw } = a;
  const n = lower.length;
  let out = spans;
  for (let i = 0; i + 4 < n; i++) {
    if (lower[i + 1] !== 'of' || !tg.gaz.titles.has(lower[i])) continue;
    const from = lower[i + 2] === 'the' ? i + 3 : i + 2;
    let e = from;
    while (e < n && infos[e].capital) e++;
    if (e - from < 3) continue;
    const len = /^\p{Lu}\.?$/u.test(raw[e - 2]) ? 3 : 2;
    const s = e - len;
    if (tg.gaz.titles.has(lower[s]) || tg.gaz.titles.has(lower[e - 1]) || ORG_END.test(lower[e - 1])) continue;
    const unseen = !tg.model.vocab.has(lower[s]) && !tg.model.vocab.has(lower[e - 1]);
    if (!isGiven(tg.gaz, raw[s]) && !(unseen && endsName(lower[e] ?? '.'))) continue;
    out = withPerson(out, s, e);
  }
  return out === spans ? spans : out.sort((x, y) => x.s - y.s);
}

/** The spans less those over [s, e), plus a person there (a function of its own: a closure in the loop above would
 * cost an allocation per token). */
function withPerson(spans: Raw[], s: number, e: number): Raw[] {
  const out: Raw[] = [];
  for (const r of spans) if (r.e <= s || r.s >= e) out.push(r);
  out.push({ s, e, type: 'person', conf: 0.6 });
  return out;
}

/** Last words of organisation names: "the National Corn Growers Association" ends no person's name. */
const ORG_END = /^(?:corp|inc|co|ltd|llc|plc|group|association|institute|foundation|council|committee|commission|party|agency|company|bank|fund|university|college|society|union|network|news|times|post|center|centre|department|ministry|office|bureau|service|board|court|republicans|democrats|conservatives|liberals)\.?$/;

/** What may come right after a name: punctuation, a verb in the past, an adverb, or a function word. */
const AFTER_NAME = new Set(['and', 'or', 'who', 'whose', 'has', 'had', 'have', 'is', 'was', 'will', 'would', 'said', 'says', 'told', 'met', 'spoke',
  'on', 'in', 'at', 'to', 'for', 'with', 'from', 'after', 'before', 'during', 'also', 'then']);
const endsName = (next: string): boolean => !/^\p{L}/u.test(next) || AFTER_NAME.has(next) || /^[a-z]+(?:ed|ly)$/.test(next);

/** Lower-case function words no name starts with: a span opening with one ("Co-founder [of Google]") is mistyped. */
const LEADING = new Set(['of', 'and', 'for', '&', 'the']);

/** Person names lose leading titles: "Foreign Minister Sergei Lavrov" → "Sergei Lavrov"; all-title spans go. */
function cutTitles(r: Raw, lower: string[], g: Gazetteer): Raw | null {
  if (r.type !== 'person') return r;
  let s = r.s;
  for (let k = r.e - 2; k >= r.s; k--) if (g.titles.has(lower[k]) && !g.titles.has(lower[k + 1])) { s = k + 1; break; }
  if (s === r.s && g.titles.has(lower[s])) return r.e - r.s === 1 ? null : { ...r, s: r.s + 1 };
  return { ...r, s };
}

/** Per-sentence scratch buffers, grown on demand (one sentence is processed at a time). */
let emBuf = new Float64Array(128 * T);
let dBuf = new Uint8Array(128);
let bitsBuf = new Uint16Array(128);
let idBuf = new Int32Array(128);
let tagBuf = new Int8Array(128);

function reserve(n: number): void {
  if (dBuf.length >= n) return;
  emBuf = new Float64Array(n * 2 * T);
  dBuf = new Uint8Array(n * 2);
  bitsBuf = new Uint16Array(n * 2);
  idBuf = new Int32Array(n * 2);
  tagBuf = new Int8Array(n * 2);
}

/** One sentence's tokens with their cached word analyses (the token view propagate.ts and rules.ts read). */
interface Analysed extends SentenceTokens { infos: WordInfo[] }

/**
 * Analyses one sentence's tokens (tokenSpans of the text) and marks the document context on the word analyses
 * (features.ts DocInfo, without building sets): each form seen in lower case, and each capitalised form seen away
 * from a sentence start, gets the document's stamp.
 */
function analyseSentence(tg: Tagger, text: string, spans: number[], doc: number): Analysed {
  const n = spans.length / 2;
  const raw = new Array<string>(n);
  const lower = new Array<string>(n);
  const infos = new Array<WordInfo>(n);
  const starts = new Array<number>(n);
  const ends = new Array<number>(n);
  const flags = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const s = (starts[i] = spans[2 * i]);
    const e = (ends[i] = spans[2 * i + 1]);
    const info = (infos[i] = tg.spans.get(tg, text, s, e));
    raw[i] = info.form;
    lower[i] = info.lower;
    flags[i] = info.flags;
    if (!info.capital) info.stampLower = doc;
    else if (!isInitial(raw, i)) info.stampCapMid = doc;
  }
  return { raw, lower, infos, starts, ends, flags, covered: new Uint8Array(n) };
}

let docStamp = 0;

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

/** The mention of tokens [s, e) of sentence a. */
function mention(text: string, a: Analysed, s: number, e: number, type: EntityType, conf: number, demonymOf?: string): EntityMention {
  const start = a.starts[s];
  const end = a.ends[e - 1];
  const m: EntityMention = { start, end, type, text: text.slice(start, end), confidence: Math.round(conf * 1000) / 1000 };
  if (demonymOf) m.demonymOf = demonymOf;
  return m;
}

/** Recognises the entities of one analysed sentence, appending to out. */
function recognizeSentence(tg: Tagger, text: string, a: Analysed, doc: number, out: EntityMention[]): void {
  const { raw, lower, infos, covered } = a;
  const n = raw.length;
  reserve(n);
  const ids = idBuf;
  const dbits = dBuf;
  for (let i = 0; i < n; i++) {
    const info = infos[i];
    ids[i] = info.gid;
    dbits[i] = info.capital ? docBitsOf(tg, a, i, doc) : 0;
  }
  const bits = bitsBuf;
  gazetteerBitsOf(tg.gaz, ids, a.flags, n, bits, WORD_CAPITAL);
  const em = emBuf;
  const tags = tagBuf;
  tags.fill(0, 0, n);
  // Only a word next to a capitalised or digit-bearing word can belong to a name: the others are O, and the
  // stretches between them are tagged on their own (features still see the whole sentence).
  for (let i = 0; i < n;) {
    if (!(infos[i].nameish || (i + 1 < n && infos[i + 1].nameish) || (i > 0 && infos[i - 1].nameish))) { i++; continue; }
    let e = i + 1;
    while (e < n && (infos[e].nameish || (e + 1 < n && infos[e + 1].nameish) || infos[e - 1].nameish)) e++;
    emissionsOf(tg, raw, infos, bits, em, dbits, i, e);
    decodeRange(tg.fast, em, i, e, n, tags);
    i = e;
  }
  for (const whole of titledNames(spansOf(tags, n, em), tg, a)) {
    for (const part of splitPersons(whole, lower)) {
      const r = cutTitles(part, lower, tg.gaz);
      if (!r || (!infos[r.s].capital && LEADING.has(lower[r.s]))) continue;
      const dem = r.type === 'place' && bits[r.s] & DEMONYM_B ? demonymAt(tg.gaz, lower, r.s) : null;
      const isDem = dem !== null && dem[0] === r.e - r.s;
      out.push(mention(text, a, r.s, r.e, r.type, r.conf, isDem ? dem[1] : undefined));
      covered.fill(1, r.s, r.e);
    }
  }
  for (let i = 0; i < n; i++) {
    if (covered[i] || !(bits[i] & DEMONYM_B)) continue;
    const dem = demonymAt(tg.gaz, lower, i);
    if (!dem || covered[i + dem[0] - 1]) continue;
    out.push(mention(text, a, i, i + dem[0], 'place', 0.9, dem[1]));
    covered.fill(1, i, i + dem[0]);
    i += dem[0] - 1;
  }
}

const isGiven = (g: Gazetteer, w: string): boolean => g.entries.get(w.toLowerCase())?.some((e) => e.cls === GIVEN) ?? false;

/**
 * Person, organization and place mentions of `text`, in text order. `sentences` (splitSentences of the same text)
 * saves splitting again when the caller has them.
 */
export function recognize(text: string, sentences?: readonly SentenceSpan[]): EntityMention[] {
  const tg = loadTagger();
  const out: EntityMention[] = [];
  trimCache(tg);
  const spans = sentences ?? splitSentences(text);
  const doc = ++docStamp;
  const sents = new Array<Analysed>(spans.length);
  const toks: number[] = [];
  for (let k = 0; k < spans.length; k++) {
    toks.length = 0;
    sents[k] = analyseSentence(tg, text, tokenSpans(text, spans[k].start, spans[k].end, toks), doc);
  }
  for (const a of sents) recognizeSentence(tg, text, a, doc, out);
  const added = propagateNames(out, sents, text, tg.model.vocab, (w) => isGiven(tg.gaz, w));
  for (const m of added) out.push(m);
  harmonizeTypes(out);
  applyRules(out, { text, sents, gaz: tg.gaz, vocab: tg.model.vocab });
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}
