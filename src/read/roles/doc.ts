/**
 * A tokenised view of one text with the caller's person and place spans laid over it: what the role rules walk.
 * Built once per call; nothing is kept between calls.
 */
import { LEXICON } from './lexicon.js';
import { parseOffice, type OfficeContext, type ParsedOffice } from './normalise.js';
import type { PlaceSpan, Span } from './types.js';

/**
 * A word of the text. Its strings are made on first use: rules look only at the few words around person mentions,
 * so most tokens never need them.
 */
export class Tok {
  private word: string | undefined;
  private lower: string | undefined;
  /** First char code, for the capital test without making the string. */
  readonly c0: number;
  constructor(private readonly text: string, readonly s: number, readonly e: number) {
    this.c0 = text.charCodeAt(s);
  }
  get w(): string {
    return (this.word ??= this.text.slice(this.s, this.e));
  }
  /** Lower case with ’ as '. */
  get lw(): string {
    if (this.lower === undefined) {
      const l = this.w.toLowerCase();
      this.lower = l.includes('’') ? l.replace(/’/g, "'") : l;
    }
    return this.lower;
  }
}

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

/** Words, with "U.S."-style initialisms, inner apostrophes/hyphens ("Russia’s", "ex-president") and a trailing
 *  possessive apostrophe ("States’") kept inside the token. A char loop: this runs over every stored article.
 *  [from, n) must start and end outside a word (see `chainStart`). */
export function tokenize(text: string, from = 0, n = text.length, toks: Tok[] = []): Tok[] {
  for (let i = from; i < n;) {
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
      else if (e < n && text.charCodeAt(e) === 46 && abbreviated(text, e)) e++; // "Gov." keeps its dot
    }
    toks.push(new Tok(text, s, e));
    i = e;
  }
  return toks;
}

/** Titles shortened with a dot before a name ("Florida Gov. Rick Scott", "Sen. Ted Cruz"). */
const TITLE_ABBREVIATIONS: ReadonlySet<string> = new Set(['gov', 'sen', 'rep', 'lt']);

/** Whether the dot at i ends a title abbreviation (the word before it, from its start). */
function abbreviated(text: string, i: number): boolean {
  let s = i;
  while (s > 0 && i - s < 5 && isWordChar(text, s - 1)) s--;
  return i - s >= 2 && i - s <= 4 && (s === 0 || !isWordChar(text, s - 1)) && TITLE_ABBREVIATIONS.has(text.slice(s, i).toLowerCase());
}

/** Chars that may sit inside a word or between the words of one phrase; anything else ends every rule's walk.
 *  A dot is inside a word only in an initialism ("U.S."), always after a capital. */
function inChain(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c === 46) return i > 0 && (isUpper(text.charCodeAt(i - 1)) || abbreviated(text, i));
  if (c < 128) return ASCII_CHAIN[c] === 1;
  return c === 0xa0 || c === 0x2019 || isWordChar(text, i);
}
/** ASCII letters, digits, space, tab, ' and -. */
const ASCII_CHAIN = Uint8Array.from({ length: 128 }, (_, c) =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 32 || c === 9 || c === 39 || c === 45 ? 1 : 0);
const isBlank = (c: number): boolean => c === 32 || c === 9 || c === 0xa0;

/** Where the words a rule can reach left of offset i begin: its phrase, past one comma ("office, Name"). */
function chainStart(text: string, i: number): number {
  while (i > 0 && isBlank(text.charCodeAt(i - 1))) i--;
  if (i > 0 && text.charCodeAt(i - 1) === 44) i--;
  while (i > 0 && inChain(text, i - 1)) i--;
  return i;
}

/** Where the words a rule can reach right of offset i end: its phrase, past one comma ("Name, office"). */
function chainEnd(text: string, i: number): number {
  const n = text.length;
  while (i < n && isBlank(text.charCodeAt(i))) i++;
  if (i < n && text.charCodeAt(i) === 44) i++;
  while (i < n && inChain(text, i)) i++;
  return i;
}

/**
 * The tokens of the phrases around each person: every rule walks only over words joined by spaces, with at most one
 * comma between the name and its office, so tokens elsewhere are never read. A window starts and ends at a char no
 * word contains, so its tokens are exactly those of the whole text.
 */
function tokensNear(text: string, people: readonly Span[]): Tok[] {
  const wins = people.map((p) => [chainStart(text, p.start), chainEnd(text, p.end)] as const).sort((a, b) => a[0] - b[0]);
  const toks: Tok[] = [];
  for (let i = 0; i < wins.length;) {
    const from = wins[i][0];
    let to = wins[i][1];
    for (i++; i < wins.length && wins[i][0] <= to; i++) to = Math.max(to, wins[i][1]);
    tokenize(text, from, to, toks);
  }
  return toks;
}

/** "Russia’s" / "States’" → the name; `text.replace(/[’']s?$/, '')` without the expression. */
function possessiveOff(text: string): string {
  let n = text.length;
  if (text.charCodeAt(n - 1) === 115 && n > 1 && isApostrophe(text.charCodeAt(n - 2))) n -= 2;
  else if (isApostrophe(text.charCodeAt(n - 1))) n -= 1;
  return n === text.length ? text : text.slice(0, n);
}
const isApostrophe = (c: number): boolean => c === 39 || c === 0x2019;

/** The doc the rules walk; `all` tokenizes the whole text (descriptions look for office words anywhere). */
export function buildDoc(text: string, people: readonly Span[], places?: readonly PlaceSpan[], all = false): Doc {
  const toks = all ? tokenize(text) : tokensNear(text, people);
  const owner = new Int32Array(toks.length).fill(-1);
  people.forEach((p, pi) => {
    for (let i = firstTok(toks, p.start); i < toks.length && toks[i].s < p.end; i++) if (toks[i].e > p.start) owner[i] = pi;
  });
  const placeWords = new Map<string, string>();
  for (const pl of places ?? []) {
    const c = pl.text.charCodeAt(0);
    if (c < 128 ? c < 65 || c > 90 : !UPPER_START.test(pl.text)) continue;
    const bare = possessiveOff(pl.text);
    placeWords.set(bare.toLowerCase(), pl.demonymOf ?? bare);
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
  const c = t.c0;
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
  if (!officeish(d.toks[s])) return null;
  // An office ends in a title word ("… Foreign Minister") or reads "TITLE of|for|to NAME"; "ex-"/"then-" hide the title.
  let ofFor = false;
  for (let i = s; i <= e; i++) {
    if (d.owner[i] >= 0) return null;
    const c = d.toks[i].c0 | 32;
    if ((c === 111 || c === 102 || c === 116) && !ofFor) { const lw = d.toks[i].lw; ofFor = lw === 'of' || lw === 'for' || lw === 'to'; }
  }
  if (!LEXICON.heads.has(last.lw) && !(isCap(last) && (ofFor || last.lw.includes('-')))) return null;
  const phrase = slice(d, s, e);
  const key = `${ctx.country ?? ''}|${ctx.place ?? ''}|${phrase}`; // keyed by wording: captions and leads repeat phrases
  let r = d.memo.get(key);
  if (r === undefined) d.memo.set(key, (r = parseOffice(phrase, ctx)));
  return r;
}
