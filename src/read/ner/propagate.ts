/**
 * Document-level refiners. News repeats its names: once "Daniel Montalvo" is found, a later bare "Montalvo" is the
 * same person, and one surface form should carry one type throughout the article. So (1) each surface form takes
 * the type with the most confidence summed over the document, and (2) capitalised, untagged occurrences of a found
 * name — or of a person's surname — are added with the same type.
 */
import type { EntityType } from './model.js';
import { WORD_CAPITAL } from './rules.js';

export interface SentenceTokens {
  raw: string[]; lower: string[]; starts: ArrayLike<number>; ends: ArrayLike<number>; covered: Uint8Array;
  /** per-token word flags (rules.ts wordFlags) */
  flags: Uint8Array;
}
export interface DocMention { start: number; end: number; type: EntityType; text: string; confidence: number; demonymOf?: string }

const isCapital = (s: string): boolean => {
  const c = s.charCodeAt(0);
  return (c >= 65 && c <= 90) || (c > 127 && s[0].toLowerCase() !== s[0]);
};

/** One type per surface form: the type with the highest summed confidence. */
export function harmonizeTypes(ms: DocMention[]): void {
  // most documents give every form one type: find the forms with several before counting votes
  const first = new Map<string, EntityType>();
  const mixed = new Set<string>();
  for (const m of ms) {
    if (m.demonymOf) continue;
    const t = first.get(m.text);
    if (t === undefined) first.set(m.text, m.type); else if (t !== m.type) mixed.add(m.text);
  }
  if (mixed.size === 0) return;
  const votes = new Map<string, Map<EntityType, number>>();
  for (const m of ms) {
    if (m.demonymOf || !mixed.has(m.text)) continue;
    const v = votes.get(m.text) ?? new Map<EntityType, number>();
    v.set(m.type, (v.get(m.type) ?? 0) + m.confidence);
    votes.set(m.text, v);
  }
  for (const m of ms) {
    const v = votes.get(m.text);
    if (!v || m.demonymOf) continue;
    let best = m.type;
    for (const [t, s] of v) if (s > (v.get(best) ?? 0)) best = t;
    m.type = best;
  }
}

/** Space-joined token sequences of found names (and persons' surnames) → type. */
function aliases(ms: DocMention[], vocab: ReadonlySet<string>, given?: (w: string) => boolean): Map<string, EntityType> {
  const out = new Map<string, EntityType>();
  for (const m of ms) {
    if (m.demonymOf) continue;
    const toks = m.text.split(/\s+/);
    if (m.confidence < 0.5 && !(m.type === 'person' && toks.length > 1 && given?.(toks[0]))) continue;
    if (!toks.every(isCapital)) continue;
    if (!out.has(m.text)) out.set(m.text, m.type);
    const last = toks[toks.length - 1];
    // the surname alone: unless it is also an ordinary word — then only after a known given name ("Tom Cruise")
    if (m.type === 'person' && toks.length > 1 && !out.has(last) && (!vocab.has(last.toLowerCase()) || (given?.(toks[0]) && toks.length === 2))) out.set(last, 'person');
    // family name first ("Xi Jinping" → "Xi"): the first of two words alone, when it is no ordinary word
    if (m.type === 'person' && toks.length === 2 && !out.has(toks[0]) && !vocab.has(toks[0].toLowerCase()) && toks[0].length > 1) out.set(toks[0], 'person');
  }
  return out;
}

/** Adds untagged capitalised occurrences of the document's names; returns the new mentions. */
export function propagateNames(ms: DocMention[], sents: SentenceTokens[], text: string, vocab: ReadonlySet<string>,
  given?: (w: string) => boolean): DocMention[] {
  const names = aliases(ms, vocab, given);
  const added: DocMention[] = [];
  if (names.size === 0) return added;
  const firsts = new Set<string>();
  let longest = 1;
  for (const k of names.keys()) {
    const words = k.split(' ');
    firsts.add(words[0]);
    longest = Math.max(longest, words.length);
  }
  for (const s of sents) {
    for (let i = 0; i < s.raw.length; i++) {
      if (!(s.flags[i] & WORD_CAPITAL) || s.covered[i] || !firsts.has(s.raw[i])) continue;
      if (i === 0 && vocab.has(s.lower[i])) continue;
      let key = '';
      let hit = -1;
      let type: EntityType = 'person';
      // names are runs of capitalised words
      for (let k = i; k < Math.min(s.raw.length, i + longest) && !s.covered[k] && s.flags[k] & WORD_CAPITAL; k++) {
        key = k === i ? s.raw[k] : key + ' ' + s.raw[k];
        const t = names.get(key);
        if (t) { hit = k; type = t; }
      }
      if (hit < 0) continue;
      const m: DocMention = { start: s.starts[i], end: s.ends[hit], type, text: '', confidence: 0.6 };
      m.text = text.slice(m.start, m.end);
      added.push(m);
      s.covered.fill(1, i, hit + 1);
      i = hit;
    }
  }
  return added;
}
