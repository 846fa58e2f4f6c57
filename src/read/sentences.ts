/**
 * Sentence splitting for news text. A newline always ends a sentence (paragraphs, captions and headings are lines).
 * Inside a line a sentence ends at `.` `!` `?` `…` (plus any closing quotes/brackets) followed by space and a likely
 * sentence start — except after abbreviations and initials (`Mr.`, `Sept. 10`, `St. Petersburg`, `J. Smith`), and
 * after dotted acronyms (`U.S. officials`) unless the next word is a typical sentence opener (`the U.S. The ...`).
 */
import { ABBREVIATIONS } from './tokens.js';

export interface SentenceSpan {
  start: number;
  end: number;
}

/** Abbreviations that precede a name or number and so never end a sentence before a capital or digit. */
const PREFIX_ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'gen', 'sen', 'rep', 'gov', 'lt', 'col', 'capt', 'sgt', 'maj', 'adm',
  'cmdr', 'rev', 'fr', 'hon', 'pres', 'supt', 'insp', 'cpl', 'pvt', 'messrs', 'mme', 'mlle', 'mt', 'ft', 'no', 'nos',
  'vs', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'e.g', 'i.e', 'approx', 'fig', 'vol',
]);

/** Words that typically open a sentence: after `U.S.` or `Inc.` they signal a boundary. */
const OPENERS = new Set([
  'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'but', 'and', 'in', 'on', 'at', 'this', 'that',
  'these', 'those', 'there', 'his', 'her', 'its', 'their', 'our', 'as', 'after', 'before', 'when', 'while', 'if',
  'however', 'meanwhile', 'also', 'so', 'for', 'some', 'many', 'most', 'one', 'both', 'according', 'last', 'earlier',
  'later', 'since', 'what', 'who', 'why', 'how', 'no', 'not', 'yet', 'still', 'then', 'among', 'under', 'over',
]);

const isSpace = (c: number): boolean => c === 32 || c === 9 || c === 0xa0 || c === 13 || c === 12 || (c >= 0x2000 && c <= 0x200b);
const isCloser = (c: number): boolean =>
  c === 34 || c === 39 || c === 41 || c === 93 || c === 0x201d || c === 0x2019 || c === 0xbb || c === 0x203a;
const isOpener = (c: number): boolean =>
  c === 34 || c === 39 || c === 40 || c === 91 || c === 0x201c || c === 0x2018 || c === 0xab || c === 0x2039;
const isUpper = (c: number): boolean => (c >= 65 && c <= 90) || (c > 127 && String.fromCharCode(c).toLowerCase() !== String.fromCharCode(c));
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isLetter = (c: number): boolean => ((c | 32) >= 97 && (c | 32) <= 122) || (c > 127 && !isSpace(c) && !isCloser(c));

/** The word (letters and inner dots) that ends right before the dot at `dot`. */
function wordBefore(text: string, lineStart: number, dot: number): string {
  let s = dot;
  while (s > lineStart && (isLetter(text.charCodeAt(s - 1)) || text.charCodeAt(s - 1) === 46)) s--;
  return text.slice(s, dot);
}

/** The word that starts at i (letters only), lower-cased. */
function wordAt(text: string, i: number, end: number): string {
  let e = i;
  while (e < end && isLetter(text.charCodeAt(e))) e++;
  return text.slice(i, e).toLowerCase();
}

/**
 * Decides whether the terminator at `t` (with closers up to `after`) ends a sentence; `next` is the index of the
 * next non-space char in the line.
 */
function isBoundary(text: string, lineStart: number, t: number, after: number, next: number, lineEnd: number): boolean {
  let n = next;
  while (n < lineEnd && isOpener(text.charCodeAt(n))) n++;
  if (n >= lineEnd) return true;
  const nc = text.charCodeAt(n);
  const startsLikeSentence = isUpper(nc) || isDigit(nc) || n > next;
  if (!startsLikeSentence) return false;
  if (text.charCodeAt(t) !== 46 || after > t + 1) return true; // ! ? … or a dot already inside quotes
  const w = wordBefore(text, lineStart, t);
  if (w.length === 0) return true;
  const lw = w.toLowerCase();
  if (w.length === 1 && isUpper(w.charCodeAt(0))) return false; // initial: J. Smith
  if (PREFIX_ABBREVIATIONS.has(lw)) return false;
  const dotted = w.indexOf('.') > 0;
  if (dotted || ABBREVIATIONS.has(lw)) return isDigit(nc) ? false : OPENERS.has(wordAt(text, n, lineEnd));
  return true;
}

/** Splits one line [s, e) into sentences, appending trimmed spans to out. */
function splitLine(text: string, s: number, e: number, out: SentenceSpan[]): void {
  let start = s;
  for (let i = s; i < e; i++) {
    const c = text.charCodeAt(i);
    if (c !== 46 && c !== 33 && c !== 63 && c !== 0x2026) continue;
    let after = i + 1;
    while (after < e && (text.charCodeAt(after) === c || text.charCodeAt(after) === 46 || text.charCodeAt(after) === 33 ||
      text.charCodeAt(after) === 63)) after++;
    while (after < e && isCloser(text.charCodeAt(after))) after++;
    if (after < e && !isSpace(text.charCodeAt(after))) { i = after - 1; continue; }
    let next = after;
    while (next < e && isSpace(text.charCodeAt(next))) next++;
    if (isBoundary(text, s, i, after, next, e)) {
      pushTrimmed(text, start, after, out);
      start = next;
    }
    i = after - 1;
  }
  pushTrimmed(text, start, e, out);
}

function pushTrimmed(text: string, s: number, e: number, out: SentenceSpan[]): void {
  while (s < e && isSpace(text.charCodeAt(s))) s++;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  if (e > s) out.push({ start: s, end: e });
}

/** Sentence spans of `text` (UTF-16 offsets, end-exclusive), trimmed of surrounding whitespace. */
export function splitSentences(text: string): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  let lineStart = 0;
  for (;;) {
    const nl = text.indexOf('\n', lineStart);
    const lineEnd = nl < 0 ? text.length : nl;
    splitLine(text, lineStart, lineEnd, out);
    if (nl < 0) break;
    lineStart = nl + 1;
  }
  return out;
}
