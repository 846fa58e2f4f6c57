/** Small text normalisations shared by cleaning and metadata. */

const SINGLE_QUOTES = [0x2018, 0x2019, 0x201a, 0x201b, 0x2032, 0x02bc, 0x60, 0xb4];
const DOUBLE_QUOTES = [0x201c, 0x201d, 0x201e, 0x201f, 0x2033, 0xab, 0xbb];
const isFoldSpace = (c: number): boolean => c === 32 || c === 9 || c === 0xa0 || (c >= 0x2000 && c <= 0x200b) || c === 0x202f || c === 0x205f || c === 0x3000;
/** Per UTF-16 code unit: 0 kept as it is, 1 a space, 2 a single quote or apostrophe, 3 a double quote. */
const FOLD = new Uint8Array(65536);
for (let c = 0; c < 65536; c++) if (isFoldSpace(c)) FOLD[c] = 1;
for (const c of SINGLE_QUOTES) FOLD[c] = 2;
for (const c of DOUBLE_QUOTES) FOLD[c] = 3;

/**
 * Folds typographic quotes, apostrophes and spaces so near-identical lines compare equal; lower case, trimmed.
 * It runs on every short line of every article: unchanged stretches are copied as slices, not char by char.
 */
export function foldLine(s: string): string {
  let i = 0;
  let end = s.length;
  while (i < end && FOLD[s.charCodeAt(i)] === 1) i++;
  while (end > i && FOLD[s.charCodeAt(end - 1)] === 1) end--;
  let out = '';
  let from = i; // start of the stretch not yet copied
  for (let k = i; k < end; k++) {
    const f = FOLD[s.charCodeAt(k)];
    if (f === 0) continue;
    if (f === 1) {
      // A run of spaces becomes one ' ' (the run ends before `end`, which is no space); one plain space stays.
      let r = k + 1;
      while (FOLD[s.charCodeAt(r)] === 1) r++;
      if (r === k + 1 && s.charCodeAt(k) === 32) continue;
      out += s.slice(from, k) + ' ';
      from = r;
      k = r - 1;
    } else {
      out += s.slice(from, k) + (f === 2 ? "'" : '"');
      from = k + 1;
    }
  }
  return (out + s.slice(from, end)).toLowerCase();
}

/** True for characters that separate words in a duplicate key: ASCII non-alphanumerics, Latin-1 and general punctuation, spaces. */
function isSeparator(c: number): boolean {
  if (c < 128) return !((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122));
  return (c >= 0x80 && c <= 0xbf) || (c >= 0x2000 && c <= 0x206f) || (c >= 0x3000 && c <= 0x303f) || c === 0xfeff;
}

/**
 * A key for near-duplicate detection: letters and digits lower-cased, every run of punctuation or space
 * one space, so lines differing only in quotes, apostrophes, dashes and spacing share a key.
 * A char loop rather than a Unicode regex: it runs over every paragraph of every article.
 */
export function dupKey(s: string): string {
  let out = '';
  let pendingSpace = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isSeparator(c)) {
      pendingSpace = out.length > 0;
      continue;
    }
    if (pendingSpace) out += ' ';
    pendingSpace = false;
    out += c >= 65 && c <= 90 ? String.fromCharCode(c + 32) : c < 128 ? s[i] : s[i]!.toLowerCase();
  }
  return out;
}

/** A 32-bit FNV-1a hash of dupKey(s) and the key's length, without building the key (the hot path). */
export function dupHash(s: string): { hash: number; length: number } {
  // No helper closure for the mixing step: variables a closure writes live in a heap context, not in registers.
  let h = 0x811c9dc5;
  let length = 0;
  let pendingSpace = false;
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (isSeparator(c)) {
      pendingSpace = length > 0;
      continue;
    }
    if (pendingSpace) {
      h = Math.imul(h ^ 32, 0x01000193);
      length++;
    }
    pendingSpace = false;
    if (c >= 65 && c <= 90) c += 32;
    else if (c >= 128) c = s[i]!.toLowerCase().charCodeAt(0);
    h = Math.imul(h ^ c, 0x01000193);
    length++;
  }
  return { hash: h >>> 0, length };
}

/** Number of words: runs of letters or digits (apostrophes, dots and hyphens inside a word keep it whole). */
export function wordCount(s: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const wordChar: boolean = !isSeparator(c) || (inWord && (c === 39 || c === 46 || c === 45 || c === 0x2019));
    if (wordChar && !inWord) n++;
    inWord = wordChar;
  }
  return n;
}

const SENTENCE_END = /[.!?…]["'”’)\]]*$/;

/** True when the line ends like a sentence (full stop, question or exclamation mark, possibly inside quotes). */
export function endsSentence(s: string): boolean {
  return SENTENCE_END.test(s.trim());
}

/** Words that stay lower case inside a title-case headline. */
const MINOR = new Set(
  'a an and as at but by de del der for from in into nor of off on onto or over per so than the to up upon via vs with within without amid after before about against between during under'.split(' '),
);

/** Share of non-minor words that start with a capital letter (or a digit). */
export function titleCaseShare(s: string): number {
  const words = s.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
  let major = 0;
  let capital = 0;
  for (const w of words) {
    if (MINOR.has(w.toLowerCase())) continue;
    major++;
    if (/^[\p{Lu}\p{N}]/u.test(w)) capital++;
  }
  return major === 0 ? 0 : capital / major;
}

export function toTitleCase(s: string): string {
  return s.toLowerCase().replace(/(^|[\s(\-])(\p{Ll})/gu, (_m, pre: string, ch: string) => pre + ch.toUpperCase());
}
