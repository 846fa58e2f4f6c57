/** Small text normalisations shared by cleaning and metadata. */

const SINGLE_QUOTES = new Set([0x2018, 0x2019, 0x201a, 0x201b, 0x2032, 0x02bc, 0x60, 0xb4]);
const DOUBLE_QUOTES = new Set([0x201c, 0x201d, 0x201e, 0x201f, 0x2033, 0xab, 0xbb]);
const isFoldSpace = (c: number): boolean => c === 32 || c === 9 || c === 0xa0 || (c >= 0x2000 && c <= 0x200b) || c === 0x202f || c === 0x205f || c === 0x3000;

/**
 * Folds typographic quotes, apostrophes and spaces so near-identical lines compare equal; lower case, trimmed.
 * One pass over the characters: it runs on every short line of every article.
 */
export function foldLine(s: string): string {
  let out = '';
  let space = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isFoldSpace(c)) {
      space = out.length > 0;
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += SINGLE_QUOTES.has(c) ? "'" : DOUBLE_QUOTES.has(c) ? '"' : s[i]!;
  }
  return out.toLowerCase();
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
  let h = 0x811c9dc5;
  let length = 0;
  let pendingSpace = false;
  const mix = (c: number): void => {
    h = Math.imul(h ^ c, 0x01000193);
    length++;
  };
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (isSeparator(c)) {
      pendingSpace = length > 0;
      continue;
    }
    if (pendingSpace) mix(32);
    pendingSpace = false;
    if (c >= 65 && c <= 90) c += 32;
    else if (c >= 128) c = s[i]!.toLowerCase().charCodeAt(0);
    mix(c);
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
