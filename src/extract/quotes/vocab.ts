/**
 * The words the quote rules look up, as one small open-addressing table keyed by a hash of the lower-cased word.
 * The tokenizer hashes each word while it scans it: a hit gives the shared lower-case string (no slice, no
 * toLowerCase, its hash already cached for later Set lookups) and whether the word may start a cue, so the cue
 * scan visits no other token. Built once at load; read-only afterwards.
 */
import { LEXICON as LX } from './lexicon.js';
import * as G from './grammar.js';

/** Words that can start a cue: multiword openers, verb forms and nouns that take an owner. */
export const CUE_WORDS: ReadonlySet<string> = new Set([...LX.multi.keys(), ...LX.verbs.keys(), ...LX.ownerNouns.keys()]);

/** One step of the word hash over UTF-16 code units (the tokenizer folds ASCII upper case first). */
export const hashStep = (h: number, c: number): number => (Math.imul(h, 31) + c) | 0;

const listed = new Set<string>(CUE_WORDS);
for (const set of [G.SUBJECT_PRONOUNS, G.DETERMINERS, G.BE, G.PREPOSITIONS, G.CLAUSE_WORDS, G.TIME_WORDS, G.IRREGULAR_PAST, LX.aux, LX.reportingNouns]) {
  for (const w of set) listed.add(w);
}

/** At most half full, so that probes stay short. */
const SIZE = 1 << Math.ceil(Math.log2(2 * listed.size + 2));
const MASK = SIZE - 1;
/** Per slot: 1 + index into VOCAB, or 0. */
const SLOTS = new Int32Array(SIZE);
const HASHES: number[] = [];
export const VOCAB: string[] = [];
/** Per VOCAB entry: whether the word may start a cue. */
export const VOCAB_CUE: boolean[] = [];

for (const w of listed) {
  let h = 0;
  let plain = true;
  for (let k = 0; k < w.length; k++) {
    const c = w.charCodeAt(k);
    // The tokenizer lower-cases words with letters outside ASCII itself; "’" is a joiner, not a letter.
    if ((c >= 128 && c !== 8217) || (c >= 65 && c <= 90)) plain = false;
    h = hashStep(h, c);
  }
  if (!plain) continue;
  let s = h & MASK;
  while (SLOTS[s] !== 0) s = (s + 1) & MASK;
  SLOTS[s] = VOCAB.length + 1;
  HASHES.push(h);
  VOCAB.push(w);
  VOCAB_CUE.push(CUE_WORDS.has(w));
}

/** Index into VOCAB of text[i, e) with ASCII upper case folded, whose hash is h; -1 when not listed. */
export function lookup(text: string, i: number, e: number, h: number): number {
  for (let s = h & MASK; SLOTS[s] !== 0; s = (s + 1) & MASK) {
    const v = SLOTS[s]! - 1;
    if (HASHES[v] !== h) continue;
    const w = VOCAB[v]!;
    if (w.length !== e - i) continue;
    let k = 0;
    for (; k < w.length; k++) {
      let c = text.charCodeAt(i + k);
      if (c >= 65 && c <= 90) c += 32;
      if (c !== w.charCodeAt(k)) break;
    }
    if (k === w.length) return v;
  }
  return -1;
}
