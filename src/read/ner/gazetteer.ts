/**
 * Gazetteers built from the hand-written lists: multi-token entries matched longest-first over a token sequence,
 * giving each token a bitmask of hits (B-/I- per list) that the tagger uses as features, plus demonym → country and
 * the title words that are cut off person names.
 */
import { tokenize } from '../tokens.js';
import { COUNTRIES, PLACES } from './gazetteer-places.js';
import { GIVEN_NAMES, ORGANIZATIONS, TITLES } from './gazetteer-orgs.js';
import { MORE_GIVEN, MORE_PLACES } from './gazetteer-more.js';

/** Gazetteer classes; each has a B (first token) and an I (later token) bit. */
export const GAZ_CLASSES = ['country', 'place', 'org', 'demonym', 'given', 'title'] as const;
export type GazClass = (typeof GAZ_CLASSES)[number];

interface Entry { cls: number; len: number; country?: string }

export interface Gazetteer {
  /** lower-cased, space-joined token sequence → entries */
  entries: Map<string, Entry[]>;
  /** lower-cased first token → longest entry length starting with it (all entries / titles only) */
  maxLen: Map<string, number>;
  maxTitleLen: Map<string, number>;
  /** demonym (lower-cased, space-joined) → country name */
  demonyms: Map<string, string>;
  titles: ReadonlySet<string>;
  /** proper prefixes (two tokens or more) of multi-token entries, to stop matching early */
  prefixes: Set<string>;
}

function keyOf(text: string): string[] {
  return tokenize(text).map((t) => t.text.toLowerCase());
}

function add(g: Gazetteer, name: string, cls: GazClass, country?: string): void {
  const toks = keyOf(name.replace(/_/g, ' '));
  if (toks.length === 0) return;
  const key = toks.join(' ');
  const list = g.entries.get(key) ?? [];
  list.push({ cls: GAZ_CLASSES.indexOf(cls), len: toks.length, country });
  g.entries.set(key, list);
  g.maxLen.set(toks[0], Math.max(g.maxLen.get(toks[0]) ?? 0, toks.length));
  if (cls === 'title') g.maxTitleLen.set(toks[0], Math.max(g.maxTitleLen.get(toks[0]) ?? 0, toks.length));
  for (let k = 2; k < toks.length; k++) g.prefixes.add(toks.slice(0, k).join(' '));
}

/** Builds the gazetteer from the lists in gazetteer-places.ts and gazetteer-orgs.ts. */
export function buildGazetteer(): Gazetteer {
  const g: Gazetteer = { entries: new Map(), maxLen: new Map(), maxTitleLen: new Map(), demonyms: new Map(), titles: new Set(), prefixes: new Set() };
  for (const line of COUNTRIES.split('\n')) {
    if (!line.trim()) continue;
    const [names, dems = ''] = line.split(';');
    const country = names.split('|')[0];
    for (const n of names.split('|')) add(g, n, 'country');
    for (const d of dems.split('|').filter(Boolean)) {
      add(g, d, 'demonym', country);
      g.demonyms.set(keyOf(d).join(' '), country);
    }
  }
  for (const p of (PLACES + ' ' + MORE_PLACES).split(/\s+/).filter(Boolean)) add(g, p, 'place');
  for (const o of ORGANIZATIONS.split(/[|\n]/).filter(Boolean)) add(g, o.trim(), 'org');
  for (const n of (GIVEN_NAMES + '\n' + MORE_GIVEN).split(/[|\n]/).filter(Boolean)) add(g, n.trim(), 'given');
  const titles = new Set<string>();
  for (const t of TITLES.split(/[|\n]/).filter(Boolean)) { titles.add(t.trim()); add(g, t.trim(), 'title'); }
  g.titles = titles;
  return g;
}

const isCapital = (s: string): boolean => {
  const c = s.charCodeAt(0);
  return (c >= 65 && c <= 90) || (c > 127 && s[0].toLowerCase() !== s[0]);
};

/**
 * Per-token bitmask of gazetteer hits: bit 2*cls = B, 2*cls+1 = I. Matches need a capitalised first token
 * (so `who`, `us`, `total` never match), except titles, which are matched in any case.
 */
export function gazetteerBits(g: Gazetteer, lower: string[], raw: string[], maxLens?: ArrayLike<number>, single?: ArrayLike<number>): Uint16Array {
  const n = lower.length;
  const bits = new Uint16Array(n);
  for (let i = 0; i < n; i++) {
    const max = maxLens ? maxLens[i] : g.maxLen.get(lower[i]);
    if (!max) continue;
    if (max === 1 && single) { bits[i] |= single[i]; continue; }
    const cap = isCapital(raw[i]);
    let key = lower[i];
    for (let len = 1; len <= max && i + len <= n; len++) {
      if (len > 1) {
        key += ' ' + lower[i + len - 1];
        if (len < max && !g.prefixes.has(key) && !g.entries.has(key)) break;
      }
      const hits = g.entries.get(key);
      if (!hits) continue;
      for (const h of hits) {
        if (!cap && GAZ_CLASSES[h.cls] !== 'title') continue;
        bits[i] |= 1 << (2 * h.cls);
        for (let k = 1; k < len; k++) bits[i + k] |= 1 << (2 * h.cls + 1);
      }
    }
  }
  return bits;
}

/** The longest demonym starting at token i (lower-cased tokens), as [length, country], or null. */
export function demonymAt(g: Gazetteer, lower: string[], i: number): [number, string] | null {
  const a = lower[i];
  const b = i + 1 < lower.length ? a + ' ' + lower[i + 1] : null;
  if (b !== null && g.demonyms.has(b)) return [2, g.demonyms.get(b)!];
  const c = g.demonyms.get(a);
  return c === undefined ? null : [1, c];
}

/** The bits gazetteerBits gives a word form on its own (its one-token entries). */
export function singleBits(g: Gazetteer, lower: string, raw: string): number {
  const hits = g.entries.get(lower);
  if (!hits) return 0;
  const cap = isCapital(raw);
  let b = 0;
  for (const h of hits) if (cap || GAZ_CLASSES[h.cls] === 'title') b |= 1 << (2 * h.cls);
  return b;
}
