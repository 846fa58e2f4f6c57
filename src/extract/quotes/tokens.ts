/**
 * A small, single-pass tokenizer and sentence splitter tuned for attribution finding: words keep internal
 * apostrophes, hyphens and dots ("Trump’s", "Sino-Russian", "U.S."), known abbreviations keep their dot
 * ("Mr.", "Calif."), and every "\n" starts a new paragraph.
 */
import type { QuoteMark, Tok } from './types.js';

const WORD_CHAR_RE = /[\p{L}\p{N}]/u;
const UPPER_RE = /\p{Lu}/u;

/** Per UTF-16 code unit beyond ASCII: 0 not yet known, 1 letter or digit, 2 neither (filled on first sight). */
const WIDE_WORD = new Uint8Array(65536);

/** Letter or digit; ASCII answered without a regular expression (the hot path), other code units once each. */
function isWordChar(c: number, text: string, i: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  if (Number.isNaN(c)) return WORD_CHAR_RE.test(text[i]!); // past the end: text[i] is undefined, as before
  let k = WIDE_WORD[c]!;
  if (k === 0) WIDE_WORD[c] = k = WORD_CHAR_RE.test(text[i]!) ? 1 : 2;
  return k === 1;
}

/** Abbreviations that end in a dot which does not end the sentence. */
const ABBREV = new Set(
  ('mr mrs ms dr sen rep reps gov gen lt col sgt capt cpt st jr sr prof rev adm maj cmdr pres supt insp det vs ' +
    'inc corp co ltd bros no nos jan feb mar apr jun jul aug sep sept oct nov dec est approx dept univ ' +
    'ala ariz ark calif colo conn del fla ga ill ind kan ky md mass mich minn miss mo mont neb nev okla ore pa tenn tex va vt wash wis wyo')
    .split(' '),
);
/** Characters that may join two runs of letters into one word: Trump’s, Sino-Russian, U.S, AT&T, 9/11. */
const JOINERS = new Set([39, 8217, 46, 45, 38, 47]);

/** Starts with an upper-case letter (\p{Lu}); ASCII answered without a regular expression. */
function isCap(t: string): boolean {
  const c = t.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER_RE.test(t[0]!);
}

/** End of the word starting at i: letter runs joined by single joiners. */
function wordEnd(text: string, i: number): number {
  let e = i;
  for (;;) {
    while (e < text.length && isWordChar(text.charCodeAt(e), text, e)) e++;
    const j = text.charCodeAt(e);
    if (JOINERS.has(j) && e + 1 < text.length && isWordChar(text.charCodeAt(e + 1), text, e + 1)) { e++; continue; }
    return e;
  }
}

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

export function tokenize(text: string): Tok[] {
  const toks: Tok[] = [];
  const lower = lowerInPlace(text);
  let para = 0;
  let newline = false;
  for (let i = 0; i < text.length; ) {
    const c = text.charCodeAt(i);
    if (c === 10) newline = true;
    if (c <= 32 || c === 160 || (c >= 0x2000 && c <= 0x200b) || c === 0x3000) { i++; continue; }
    let e: number;
    const word = isWordChar(c, text, i);
    if (word) e = wordEnd(text, i);
    else if ((c === 39 && text.charCodeAt(i + 1) === 39) || (c === 96 && text.charCodeAt(i + 1) === 96)) e = i + 2;
    else if (c === 46 && text.startsWith('...', i)) e = i + 3;
    else e = i + (c >= 0xd800 && c <= 0xdbff ? 2 : 1);
    let t = text.slice(i, e);
    // Keep the dot of "Mr.", "U.S.", "J." so that it is not read as a sentence end.
    let lo = lower !== null ? lower.slice(i, e) : t.toLowerCase();
    if (word && text.charCodeAt(e) === 46 && (t.length === 1 || t.includes('.') || ABBREV.has(lo) || ABBREV.has(lo.slice(t.lastIndexOf('-') + 1)))) { e++; t += '.'; lo += '.'; }
    if (newline) { para++; newline = false; }
    toks.push({ s: i, e, t, lo, cap: word && isCap(t), word, para, sent: 0, q: -1 });
    i = e;
  }
  return toks;
}

const TERMINAL = new Set(['.', '!', '?', '...', '…']);
const TERMINAL_START = new Set([...TERMINAL].map((t) => t.charCodeAt(0)));

/**
 * Assigns `sent` to every token. A sentence ends after terminal punctuation (and any closing marks after it)
 * when the next token could start a sentence, and always at a paragraph break. Terminal punctuation inside a
 * quotation closed in the same paragraph does not end the sentence, so “A. B,” he said. stays one sentence.
 */
export function splitSentences(toks: Tok[], quotes: readonly QuoteMark[]): void {
  let sent = 0;
  for (let k = 1; k < toks.length; k++) {
    const prev = toks[k - 1]!;
    const cur = toks[k]!;
    if (cur.para !== prev.para) sent++;
    else if (endsSentence(toks, k, quotes)) sent++;
    cur.sent = sent;
  }
}

function endsSentence(toks: Tok[], k: number, quotes: readonly QuoteMark[]): boolean {
  const cur = toks[k]!;
  let j = k - 1;
  // Skip closing quotation marks after the terminal: ...end.” Next
  while (j >= 0 && toks[j]!.q >= 0 && quotes[toks[j]!.q]!.b === j) j--;
  if (j < 0 || !TERMINAL_START.has(toks[j]!.t.charCodeAt(0)) || !TERMINAL.has(toks[j]!.t)) return false;
  const startsLike = cur.cap || /^[0-9]/.test(cur.t) || (cur.q >= 0 && quotes[cur.q]!.a === k);
  if (!startsLike) return false;
  // Inside a quotation that closes in this paragraph: the quote, not the sentence, ends later.
  const q = toks[j]!.q;
  if (q >= 0 && q === cur.q && !quotes[q]!.runsOn) return false;
  return true;
}
