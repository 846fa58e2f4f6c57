/**
 * A news-text tokenizer with offsets. One left-to-right scan over char codes (no per-token regex), PTB-like output:
 * abbreviations keep their dot (`Sept.`, `U.S.`, `St.`, `J.`), hyphenated words stay whole (`Kim Jong-un`),
 * clitics split off (`China’s` → `China` `’s`, `don't` → `do` `n't`), numbers stay whole (`1,000`, `3.5`, `22-24`).
 */

export interface Token {
  start: number;
  end: number;
  text: string;
}

/** Words that take a dot as part of themselves (lower-cased, without the dot). Single letters are always initials. */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'sr', 'jr', 'gen', 'sen', 'rep', 'gov', 'lt', 'col', 'capt', 'sgt', 'maj',
  'adm', 'cmdr', 'rev', 'fr', 'hon', 'pres', 'supt', 'insp', 'cpl', 'pvt', 'messrs', 'mme', 'mlle', 'esq',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
  'inc', 'corp', 'ltd', 'co', 'bros', 'llc', 'plc', 'dept', 'univ', 'assn', 'intl', 'govt',
  'no', 'nos', 'vs', 'etc', 'approx', 'est', 'fig', 'vol', 'pp', 'ft', 'mt', 'ave', 'blvd', 'rd', 'hwy',
  'ariz', 'calif', 'colo', 'conn', 'fla', 'ga', 'ill', 'ind', 'kan', 'ky', 'la', 'md', 'mass', 'mich', 'minn',
  'miss', 'mo', 'mont', 'neb', 'nev', 'okla', 'ore', 'pa', 'tenn', 'tex', 'va', 'vt', 'wash', 'wis', 'wyo',
  'al', 'e.g', 'i.e', 'a.m', 'p.m',
]);

const enum C {
  Space = 0, Letter = 1, Digit = 2, Punct = 3,
}

function asciiClass(c: number): C {
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) return C.Letter;
  if (c >= 48 && c <= 57) return C.Digit;
  if (c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 11) return C.Space;
  return C.Punct;
}
const ASCII = Uint8Array.from({ length: 128 }, (_, c) => asciiClass(c));

/** Character class by code; everything above ASCII that is not known punctuation or space counts as a letter. */
function cls(c: number): C {
  if (c < 128) return ASCII[c] as C;
  if (c === 0xa0 || c === 0x2028 || c === 0x2029 || c === 0x3000 || (c >= 0x2000 && c <= 0x200b) || c === 0x202f || c === 0xfeff) return C.Space;
  if ((c >= 0x2010 && c <= 0x2027) || (c >= 0x2030 && c <= 0x205e) || c === 0xab || c === 0xbb || c === 0xa1 ||
    c === 0xbf || c === 0xa7 || c === 0xb7 || c === 0xb0 || c === 0xa9 || c === 0xae || (c >= 0x20a0 && c <= 0x20cf) ||
    (c >= 0x3001 && c <= 0x3011) || (c >= 0xff01 && c <= 0xff0f) || c === 0xd7) return C.Punct;
  return C.Letter;
}

const isApos = (c: number): boolean => c === 39 || c === 0x2019;
const isHyphen = (c: number): boolean => c === 45 || c === 0x2010 || c === 0x2011;
/** Letters and digits among ASCII codes, for the common case without a call to `cls`. */
const ASCII_WORD = Uint8Array.from(ASCII, (k) => (k === C.Letter || k === C.Digit ? 1 : 0));
function isWordChar(c: number): boolean {
  if (c < 128) return ASCII_WORD[c] === 1;
  const k = cls(c);
  return k === C.Letter || k === C.Digit;
}

/** End of a run of letters/digits starting at i. */
function runEnd(text: string, i: number, end: number): number {
  while (i < end && isWordChar(text.charCodeAt(i))) i++;
  return i;
}

/**
 * Extends a word from [s, e) across internal hyphens, digit separators and dotted acronyms; returns the new end.
 * `1,000` `3.5` `22-24` `Jong-un` `U.S.` `D.C.` `e.g.`
 */
function extendWord(text: string, s: number, e: number, end: number): number {
  for (;;) {
    if (e + 1 >= end) return e;
    const c = text.charCodeAt(e);
    if (c !== 44 && c !== 46 && c !== 58 && !isHyphen(c)) return e; // nothing joins: the usual case
    const n = text.charCodeAt(e + 1);
    const prevDigit = cls(text.charCodeAt(e - 1)) === C.Digit;
    if ((c === 44 || c === 46 || c === 58) && prevDigit && cls(n) === C.Digit) { e = runEnd(text, e + 1, end); continue; }
    if (isHyphen(c) && isWordChar(n)) { e = runEnd(text, e + 1, end); continue; }
    if (c === 46 && e - s === 1 && cls(n) === C.Letter) {
      // Dotted acronym: single letters separated by dots (U.S., D.C., U.S.A., e.g.).
      let k = e;
      while (k + 2 <= end && text.charCodeAt(k) === 46 && cls(text.charCodeAt(k + 1)) === C.Letter &&
        (k + 2 === end || !isWordChar(text.charCodeAt(k + 2)))) k += 2;
      if (k > e) return k < end && text.charCodeAt(k) === 46 ? k + 1 : k;
    }
    return e;
  }
}

/** True when the dot at `e` belongs to the word [s, e): a known abbreviation or a single-letter initial. */
function takesDot(text: string, s: number, e: number): boolean {
  if (e - s === 1) return cls(text.charCodeAt(s)) === C.Letter;
  if (e - s > 6) return false;
  return ABBREVIATIONS.has(text.slice(s, e).toLowerCase());
}

/** Whether a word ends before k: no word character there, or k at or past `end`. */
const wordEnds = (text: string, k: number, end: number): boolean => k >= end || !isWordChar(text.charCodeAt(k));

/** Length of a clitic (`'s` `'ll` `n't` ...) starting at i (an apostrophe), or 0. */
function cliticLen(text: string, i: number, end: number): number {
  const a = i + 1 < end ? text.charCodeAt(i + 1) | 32 : 0;
  const b = i + 2 < end ? text.charCodeAt(i + 2) : 0;
  if ((a === 115 || a === 109 || a === 100) && wordEnds(text, i + 2, end)) return 2; // 's 'm 'd
  if (((a === 108 && (b | 32) === 108) || (a === 114 && (b | 32) === 101) || (a === 118 && (b | 32) === 101)) && wordEnds(text, i + 3, end)) return 3;
  return 0;
}

/** Scans one word-ish token from s; pushes one or more tokens; returns the next position. */
function scanWord(text: string, s: number, end: number, out: number[]): number {
  let e = extendWord(text, s, runEnd(text, s, end), end);
  // Apostrophes inside a word: split clitics, keep names like O'Brien whole.
  while (e < end && isApos(text.charCodeAt(e))) {
    const cl = cliticLen(text, e, end);
    if (cl > 0) {
      out.push(s, e);
      out.push(e, e + cl);
      return e + cl;
    }
    if (e + 1 < end && cls(text.charCodeAt(e + 1)) === C.Letter) {
      if ((text.charCodeAt(e - 1) | 32) === 110 && (text.charCodeAt(e + 1) | 32) === 116 && e - 1 > s) {
        out.push(s, e - 1); // don't → do n't
        out.push(e - 1, e + 2);
        return e + 2;
      }
      e = extendWord(text, s, runEnd(text, e + 1, end), end);
      continue;
    }
    break;
  }
  if (e < end && text.charCodeAt(e) === 46 && takesDot(text, s, e)) e++;
  out.push(s, e);
  return e;
}

/** Punctuation: runs of the same char for `--`, `...`, `!!`, `??`; everything else one char. */
function scanPunct(text: string, s: number, end: number, out: number[]): number {
  const c = text.charCodeAt(s);
  let e = s + 1;
  if (c === 45 || c === 46 || c === 33 || c === 63 || c === 42 || c === 61) {
    while (e < end && text.charCodeAt(e) === c) e++;
  }
  out.push(s, e);
  return e;
}

/** Tokenizes text[start, end) with offsets into `text`. */
export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const spans = tokenSpans(text, start, end, []);
  const out: Token[] = new Array(spans.length / 2);
  for (let k = 0; k < out.length; k++) out[k] = { start: spans[2 * k], end: spans[2 * k + 1], text: text.slice(spans[2 * k], spans[2 * k + 1]) };
  return out;
}

/**
 * The tokens of text[start, end) as flat offsets appended to `out` ([start, end, start, end …]): what the tagger
 * reads, without a string or an object per token (it finds each word's analysis from the text, tagger.ts SpanCache).
 */
export function tokenSpans(text: string, start: number, end: number, out: number[]): number[] {
  let i = start;
  while (i < end) {
    const k = cls(text.charCodeAt(i));
    if (k === C.Space) { i++; continue; }
    if (k === C.Letter || k === C.Digit) { i = scanWord(text, i, end, out); continue; }
    // A leading-decimal number (.5) or an apostrophe clitic at word start ('s after a closing quote).
    i = scanPunct(text, i, end, out);
  }
  return out;
}
