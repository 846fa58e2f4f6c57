/** Name keys: spelling variants of one name compare equal ("Brics" = "BRICS", "Organisation" = "Organization"). */

const SPELLING: Array<[RegExp, string]> = [
  [/isation/g, 'ization'],
  [/ise(d|s)?\b/g, 'ize$1'],
  [/centre/g, 'center'],
  [/defence/g, 'defense'],
  [/programme/g, 'program'],
  [/labour/g, 'labor'],
  [/\bst\.?\s/g, 'saint '],
];

const KEY_CACHE = new Map<string, string>();
const KEY_CACHE_MAX = 50_000;

/** A key for comparing names: lower case, folded spelling, no leading article, no punctuation. */
export function nameKey(name: string): string {
  // Memoised: name comparisons run pairwise over an article's mentions. A pure function, so the cache is safe.
  const hit = KEY_CACHE.get(name);
  if (hit !== undefined) return hit;
  if (KEY_CACHE.size >= KEY_CACHE_MAX) KEY_CACHE.clear();
  const k = computeKey(name);
  KEY_CACHE.set(name, k);
  return k;
}

function computeKey(name: string): string {
  let k = name.toLowerCase().replace(/[’']s\b/g, '').replace(/^the\s+/, '');
  for (const [re, to] of SPELLING) k = k.replace(re, to);
  return k.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** White space as `\s` matches it, by char code. */
export const isWhite = (c: number): boolean => c === 32 || c === 0xa0 || (c >= 9 && c <= 13) || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
  c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;

export function tokensOf(name: string): string[] {
  return name.split(/[\s\u00A0]+/).filter(Boolean);
}

/** The initials of the content words: "Shanghai Cooperation Organization" → "SCO". */
export function acronymOf(name: string): string {
  return tokensOf(name)
    .filter((w) => !/^(of|the|and|for|on|in|de|du|des|la|le)$/i.test(w))
    .map((w) => w[0]!.toUpperCase())
    .join('');
}

export function isAcronym(s: string): boolean {
  return /^[\p{Lu}][\p{Lu}\p{N}&.+-]{1,9}$/u.test(s);
}

/** Which of two spellings of one name to show: more capitals for acronyms ("BRICS" over "Brics"), else the longer. */
export function betterName(a: string, b: string): string {
  const ka = nameKey(a);
  const kb = nameKey(b);
  // A long name in capitals is a dateline or a shouted headline, not the name's spelling ("NAIROBI").
  const shouted = (s: string): boolean => s.length > 6 && s === s.toUpperCase() && /\p{Lu}{4}/u.test(s);
  if (ka === kb && shouted(a) !== shouted(b)) return shouted(a) ? b : a;
  if (ka === kb) {
    const caps = (s: string): number => (s.match(/\p{Lu}/gu) ?? []).length;
    if (isAcronym(a.replace(/[+]$/, '')) || isAcronym(b.replace(/[+]$/, ''))) return caps(a) >= caps(b) ? a : b;
    return a.length >= b.length ? a : b;
  }
  return tokensOf(a).length >= tokensOf(b).length ? a : b;
}

const STOP = new Set(['of', 'the', 'and', 'for', 'on', 'in', 'federation', 'republic']);

/**
 * A key that matches different wordings of one entity: people by first and last name (middle names
 * ignored); places by their canonical country name; organisations by their content words with
 * nationality words turned into countries, in any order ("Russian Federation Security Council" =
 * "Security Council of Russia" = "Russia's Security Council").
 */
export function meaningKey(type: string, name: string, country: (w: string) => string | null): string {
  if (type === 'person') {
    const t = nameKey(name).split(' ');
    return t.length > 1 ? `${t[0]} ${t[t.length - 1]}` : t[0]!;
  }
  if (type === 'place') return nameKey(country(name) ?? name);
  const words = name.replace(/\+$/, '').split(/[\s\u00A0]+/).map((w) => {
    const c = country(w);
    return c ? c : w;
  });
  return nameKey(words.join(' ')).split(' ').filter((w) => !STOP.has(w)).sort().join(' ');
}
