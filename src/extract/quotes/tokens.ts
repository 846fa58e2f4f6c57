/**
 * A small, single-pass tokenizer and sentence splitter tuned for attribution finding: words keep internal
 * apostrophes, hyphens and dots ("Trump’s", "Sino-Russian", "U.S."), known abbreviations keep their dot
 * ("Mr.", "Calif."), and every "\n" starts a new paragraph.
 */
import type { QuoteMark, Tok } from './types.js';
import { CUE_WORDS, VOCAB, VOCAB_CUE, hashStep, lookup } from './vocab.js';

const WORD_CHAR_RE = /[\p{L}\p{N}]/u;
const UPPER_RE = /\p{Lu}/u;

/** Per UTF-16 code unit: 0 not yet known, 1 letter or digit, 2 neither (ASCII filled here, the rest on first sight). */
const WORD_CLASS = new Uint8Array(65536);
for (let c = 0; c < 128; c++) WORD_CLASS[c] = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? 1 : 2;

/** Letter or digit; one table read on the hot path, the regular expression once per new code unit. */
function isWordChar(c: number, text: string, i: number): boolean {
  let k = WORD_CLASS[c]!;
  if (k === 0) WORD_CLASS[c] = k = WORD_CHAR_RE.test(text[i]!) ? 1 : 2;
  return k === 1;
}

/** Abbreviations that end in a dot which does not end the sentence. */
const ABBREV = new Set(
  ('mr mrs ms dr sen rep reps gov gen lt col sgt capt cpt st jr sr prof rev adm maj cmdr pres supt insp det vs ' +
    'inc corp co ltd bros no nos jan feb mar apr jun jul aug sep sept oct nov dec est approx dept univ ' +
    'ala ariz ark calif colo conn del fla ga ill ind kan ky md mass mich minn miss mo mont neb nev okla ore pa tenn tex va vt wash wis wyo')
    .split(' '),
);

/** "No." is an abbreviation only before a number ("No. 5"); otherwise the answer "No." ends its sentence. */
function bareNo(text: string, lo: string, e: number): boolean {
  if (lo !== 'no' && lo !== 'nos') return false;
  let k = e + 1;
  while (text.charCodeAt(k) === 32) k++;
  return !isDigit(text.charCodeAt(k));
}

/** Characters that may join two runs of letters into one word: Trump’s, Sino-Russian, U.S, AT&T, 9/11. */
const isJoiner = (c: number): boolean => c === 39 || c === 8217 || c === 46 || c === 45 || c === 38 || c === 47;

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/** Starts with an upper-case letter (\p{Lu}); ASCII answered without a regular expression. */
function isCap(t: string): boolean {
  const c = t.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER_RE.test(t[0]!);
}

/** Set by wordEnd for the word it measured: an ASCII upper-case letter; a letter outside ASCII; the hash of the
 * word with ASCII upper case folded (vocab.ts). */
let upper = false;
let foreign = false;
let hash = 0;

/** End of the word starting at i: letter runs joined by single joiners. */
function wordEnd(text: string, i: number): number {
  const n = text.length;
  let e = i;
  let h = 0;
  upper = false;
  foreign = false;
  for (;;) {
    for (; e < n; e++) {
      let c = text.charCodeAt(e);
      if (c < 128) {
        if (WORD_CLASS[c] !== 1) break;
        if (c <= 90 && c >= 65) { upper = true; c += 32; }
      } else if (isWordChar(c, text, e)) foreign = true;
      else break;
      h = hashStep(h, c);
    }
    if (e + 1 < n && isJoiner(text.charCodeAt(e)) && isWordChar(text.charCodeAt(e + 1), text, e + 1)) {
      h = hashStep(h, text.charCodeAt(e));
      e++;
      continue;
    }
    hash = h;
    return e;
  }
}

const CAP = 1;
const WORD = 2;
const CUE = 4;

/**
 * A token as a class: the three flags share one field and the end is the start plus the surface's length, so a
 * token takes 7 fields instead of 10 (tokens are most of what the quote finder allocates).
 */
class Token implements Tok {
  sent = 0;
  q = -1;
  constructor(readonly s: number, readonly t: string, readonly lo: string, private readonly f: number, readonly para: number) {}
  get e(): number { return this.s + this.t.length; }
  get cap(): boolean { return (this.f & CAP) !== 0; }
  get word(): boolean { return (this.f & WORD) !== 0; }
  get cue(): boolean { return (this.f & CUE) !== 0; }
}

export function tokenize(text: string): Tok[] {
  const toks: Tok[] = [];
  const n = text.length;
  let para = 0;
  let newline = false;
  for (let i = 0; i < n; ) {
    const c = text.charCodeAt(i);
    if (c <= 32 || c === 160 || (c >= 0x2000 && c <= 0x200b) || c === 0x3000) { if (c === 10) newline = true; i++; continue; }
    if (newline) { para++; newline = false; }
    if (!isWordChar(c, text, i)) {
      let e: number;
      // "'''" after a word closes a single and then a double quotation: "… 'them,'''" is ' then ''.
      const triple = c === 39 && text.charCodeAt(i + 2) === 39 && i > 0 && text.charCodeAt(i - 1) > 32;
      if (((c === 39 && text.charCodeAt(i + 1) === 39) || (c === 96 && text.charCodeAt(i + 1) === 96)) && !triple) e = i + 2;
      else if (c === 46 && text.charCodeAt(i + 1) === 46 && text.charCodeAt(i + 2) === 46) e = i + 3;
      else e = i + (c >= 0xd800 && c <= 0xdbff ? 2 : 1);
      // Punctuation is its own lower case; a colon or dash may act as a cue ("Trump: …").
      const t = text.slice(i, e);
      toks.push(new Token(i, t, t, c === 58 || (c >= 0x2013 && c <= 0x2015) ? CUE : 0, para));
      i = e;
      continue;
    }
    let e = wordEnd(text, i);
    // "6,000" is one number: a comma between digits joins them (rare, so kept out of wordEnd's hot loop).
    while (text.charCodeAt(e) === 44 && isDigit(text.charCodeAt(e - 1)) && isDigit(text.charCodeAt(e + 1))) e = wordEnd(text, e + 1);
    let t: string;
    let lo: string;
    let cue: boolean;
    const v = foreign ? -1 : lookup(text, i, e, hash);
    if (v >= 0) {
      lo = VOCAB[v]!;
      t = upper ? text.slice(i, e) : lo;
      cue = VOCAB_CUE[v]!;
    } else {
      t = text.slice(i, e);
      lo = upper || foreign ? t.toLowerCase() : t;
      // Every listed word in plain ASCII is in the table.
      cue = foreign && CUE_WORDS.has(lo);
    }
    // Keep the dot of "Mr.", "U.S.", "J." so that it is not read as a sentence end (no cue word ends in one).
    // A single letter is an initial; a single digit ("June 7.") ends a sentence like any number.
    // Dotted initials ("U.S.", "a.m.") keep the dot; a web address ("Politico.com.") does not.
    if (text.charCodeAt(e) === 46 && ((e - i === 1 && !isDigit(c)) || (lo.includes('.') && lo.length - lo.lastIndexOf('.') <= 2) || ((ABBREV.has(lo) || ABBREV.has(lo.slice(lo.lastIndexOf('-') + 1))) && !bareNo(text, lo, e)))) {
      e++;
      t += '.';
      lo += '.';
      cue = false;
    }
    toks.push(new Token(i, t, lo, WORD | (cue ? CUE : 0) | ((foreign ? isCap(t) : c <= 90 && c >= 65) ? CAP : 0), para));
    i = e;
  }
  return toks;
}

/** Sentence-ending tokens: ".", "!", "?", "...", "…". */
function isTerminal(t: string): boolean {
  const c = t.charCodeAt(0);
  if (c === 33 || c === 63 || c === 8230) return t.length === 1;
  return c === 46 && (t.length === 1 || t === '...');
}

/**
 * Assigns `sent` to every token and returns each sentence's first and last token. A sentence ends after terminal
 * punctuation (and any closing marks after it) when the next token could start a sentence, and always at a
 * paragraph break. Terminal punctuation inside a quotation closed in the same paragraph does not end the
 * sentence, so “A. B,” he said. stays one sentence.
 */
export function splitSentences(toks: Tok[], quotes: readonly QuoteMark[]): { ss: number[]; se: number[] } {
  const ss: number[] = [];
  const se: number[] = [];
  if (toks.length === 0) return { ss, se };
  let sent = 0;
  ss.push(0);
  for (let k = 1; k < toks.length; k++) {
    const cur = toks[k]!;
    if (cur.para !== toks[k - 1]!.para || endsSentence(toks, k, quotes)) {
      se.push(k - 1);
      ss.push(k);
      sent++;
    }
    cur.sent = sent;
  }
  se.push(toks.length - 1);
  return { ss, se };
}

function endsSentence(toks: Tok[], k: number, quotes: readonly QuoteMark[]): boolean {
  let j = k - 1;
  // Skip closing quotation marks and parentheses after the terminal: ...end.” Next, (… end.) Next
  while (j >= 0 && ((toks[j]!.q >= 0 && quotes[toks[j]!.q]!.b === j) || toks[j]!.t === ')')) j--;
  if (j < 0 || !isTerminal(toks[j]!.t)) return false;
  const cur = toks[k]!;
  const c = cur.t.charCodeAt(0);
  const startsLike = cur.cap || (c >= 48 && c <= 57) || (cur.q >= 0 && quotes[cur.q]!.a === k) || (c === 40 && toks[k + 1]?.cap === true);
  if (!startsLike) return false;
  // Inside a quotation that closes in this paragraph: the quote, not the sentence, ends later.
  const q = toks[j]!.q;
  if (q >= 0 && q === cur.q && !quotes[q]!.runsOn) return false;
  return true;
}
