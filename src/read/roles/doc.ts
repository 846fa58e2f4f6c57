/**
 * A tokenised view of one text with the caller's person and place spans laid over it: what the role rules walk.
 * Built once per call; nothing is kept between calls.
 */
import { LEXICON } from './lexicon.js';
import { parseOffice, type OfficeContext, type ParsedOffice } from './normalise.js';
import type { PlaceSpan, Span } from './types.js';

export interface Tok { s: number; e: number; w: string; lw: string }

export interface Doc {
  text: string;
  toks: Tok[];
  people: readonly Span[];
  /** Token index → index of the person span it overlaps, or -1. */
  owner: Int32Array;
  ctx: OfficeContext;
  /** Parses already tried in this call: rules try overlapping spans, often the same ones. */
  memo: Map<string, ParsedOffice | null>;
}

/** Letters and digits (any script); the ASCII test first because nearly all text is ASCII. */
const LETTER = /[\p{L}\p{N}]/u;
/** Per UTF-16 code unit beyond ASCII: 0 not yet known, 1 letter or digit, 2 neither (filled on first sight). */
const WIDE_LETTER = new Uint8Array(65536);
function isWordChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  if (Number.isNaN(c)) return LETTER.test(text[i]); // past the end, as before
  let k = WIDE_LETTER[c];
  if (k === 0) WIDE_LETTER[c] = k = LETTER.test(text[i]) ? 1 : 2;
  return k === 1;
}
const isJoiner = (c: number): boolean => c === 39 || c === 0x2019 || c === 45; // ' ’ -
const isUpper = (c: number): boolean => c >= 65 && c <= 90;

/**
 * text.toLowerCase(), when it lower-cases every offset in place: no 'İ' (its lower case is two code units) and
 * no 'Σ' (its lower case depends on the letters after it). Slicing it then equals lower-casing each slice, and
 * one call over the text is much cheaper than one per token (non-Latin-1 text takes V8's slow path each call).
 */
function lowerInPlace(text: string): string | null {
  if (text.includes('\u0130') || text.includes('\u03a3')) return null;
  const lower = text.toLowerCase();
  return lower.length === text.length ? lower : null;
}

/** Words, with "U.S."-style initialisms, inner apostrophes/hyphens ("Russia’s", "ex-president") and a trailing
 *  possessive apostrophe ("States’") kept inside the token. A char loop: this runs over every stored article. */
export function tokenize(text: string): Tok[] {
  const toks: Tok[] = [];
  const n = text.length;
  // Lower case with ’ as ' (what `lw` holds), for the whole text at once where that is exact.
  const lower = lowerInPlace(text)?.replace(/’/g, "'") ?? null;
  for (let i = 0; i < n;) {
    if (!isWordChar(text, i)) { i++; continue; }
    const s = i;
    let e = i;
    while (e < n && isUpper(text.charCodeAt(e)) && text.charCodeAt(e + 1) === 46) e += 2; // U.S.
    if (e - s < 4) {
      e = s;
      for (;;) {
        while (e < n && isWordChar(text, e)) e++;
        if (e + 1 < n && isJoiner(text.charCodeAt(e)) && isWordChar(text, e + 1)) e++;
        else break;
      }
      if (e < n && (text.charCodeAt(e) === 39 || text.charCodeAt(e) === 0x2019) && text.charCodeAt(e - 1) === 115 && !(e + 1 < n && isWordChar(text, e + 1))) e++;
    }
    const w = text.slice(s, e);
    let lw: string;
    if (lower !== null) lw = lower.slice(s, e);
    else {
      lw = w.toLowerCase();
      if (lw.includes('’')) lw = lw.replace(/’/g, "'");
    }
    toks.push({ s, e, w, lw });
    i = e;
  }
  return toks;
}

export function buildDoc(text: string, people: readonly Span[], places?: readonly PlaceSpan[]): Doc {
  const toks = tokenize(text);
  const owner = new Int32Array(toks.length).fill(-1);
  people.forEach((p, pi) => {
    for (let i = firstTok(toks, p.start); i < toks.length && toks[i].s < p.end; i++) if (toks[i].e > p.start) owner[i] = pi;
  });
  const placeWords = new Map<string, string>();
  for (const pl of places ?? []) {
    const key = pl.text.replace(/[’']s?$/, '').toLowerCase();
    if (/^\p{Lu}/u.test(pl.text)) placeWords.set(key, pl.demonymOf ?? pl.text.replace(/[’']s?$/, ''));
  }
  return { text, toks, people, owner, ctx: placeWords.size ? { places: placeWords } : {}, memo: new Map() };
}

/** Index of the first token starting at or after offset (binary search). */
export function firstTok(toks: readonly Tok[], offset: number): number {
  let lo = 0, hi = toks.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (toks[mid].s < offset) lo = mid + 1; else hi = mid; }
  return lo;
}

/** Only spaces (no newline, no punctuation) between two offsets: the words belong to one phrase. */
export function spaces(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) { const c = text.charCodeAt(i); if (c !== 32 && c !== 9 && c !== 0xa0) return false; }
  return true;
}

export const connected = (d: Doc, a: number, b: number): boolean => spaces(d.text, d.toks[a].e, d.toks[b].s);
const UPPER_START = /^\p{Lu}/u;
/** Starts with an upper-case letter; ASCII answered without the regular expression. */
export const isCap = (t: Tok): boolean => {
  const c = t.w.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : UPPER_START.test(t.w);
};
export const isPossessive = (t: Tok): boolean => /['’]s?$/.test(t.w) && !/^(?:\p{Lu}\.)+$/u.test(t.w);

/** Could this word sit inside an office phrase? Capitalised words, office vocabulary, ex-/then- prefixes. */
export const officeish = (t: Tok): boolean => isCap(t) || LEXICON.vocab.has(t.lw) || /^(?:ex|then)-/.test(t.lw);

/** Walk left from token k over office-ish words in one phrase; stops at punctuation, other words or a person.
 *  Returns the leftmost index and the person whose possessive ("Biden’s") stopped the walk, if one did. */
export function walkLeft(d: Doc, k: number, limit = 14): { from: number; possessor: number } {
  let i = k;
  while (i >= 0 && k - i < limit) {
    if (i < k && !connected(d, i, i + 1)) break;
    if (d.owner[i] >= 0) return { from: i + 1, possessor: isPossessive(d.toks[i]) ? d.owner[i] : -1 };
    if (!officeish(d.toks[i])) break;
    i--;
  }
  return { from: i + 1, possessor: -1 };
}

/** Walk right from token a while words stay in one phrase (no punctuation between them), optionally not into a name. */
export function walkRight(d: Doc, a: number, limit = 24, stopAtPerson = false): number {
  let b = a;
  while (b + 1 < d.toks.length && b - a < limit && connected(d, b, b + 1) && !(stopAtPerson && d.owner[b + 1] >= 0)) b++;
  return b;
}

export const slice = (d: Doc, a: number, b: number): string => d.text.slice(d.toks[a].s, d.toks[b].e);

/** parseOffice over tokens s..e, with cheap rejections first: an office phrase starts with an office-ish word, ends
 *  in a title or a name, and holds no person mention. */
export function parseSpan(d: Doc, s: number, e: number, ctx: OfficeContext = d.ctx): ParsedOffice | null {
  const last = d.toks[e];
  if (!officeish(d.toks[s]) || (!isCap(last) && !LEXICON.heads.has(last.lw))) return null;
  for (let i = s; i <= e; i++) if (d.owner[i] >= 0) return null;
  const phrase = slice(d, s, e);
  const key = `${ctx.country ?? ''}|${phrase}`; // keyed by wording: captions and leads repeat phrases
  let r = d.memo.get(key);
  if (r === undefined) d.memo.set(key, (r = parseOffice(phrase, ctx)));
  return r;
}
