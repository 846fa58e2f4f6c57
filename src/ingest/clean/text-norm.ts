/** Small text normalisations shared by cleaning and metadata. */

/** Folds typographic quotes, apostrophes, dashes and spaces so near-identical lines compare equal. */
export function foldLine(s: string): string {
  return s
    .replace(/[\u2018\u2019\u201A\u201B\u2032\u02BC`´]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033«»]/g, '"')
    .replace(/[\u00A0\u2000-\u200B\u202F\u205F\u3000\t ]+/g, ' ')
    .trim()
    .toLowerCase();
}

/** A key for near-duplicate detection: folded, punctuation and spacing ignored. */
export function dupKey(s: string): string {
  return foldLine(s).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

export function wordCount(s: string): number {
  const m = s.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu);
  return m ? m.length : 0;
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
