/**
 * Gazetteers built from the hand-written lists: multi-token entries matched longest-first over a token sequence,
 * giving each token a bitmask of hits (B-/I- per list) that the tagger uses as features, plus demonym → country and
 * the title words that are cut off person names.
 */
import { tokenize } from '../tokens.js';
import { IntPairMap } from './intmap.js';
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
  /** demonym (lower-cased, space-joined) → country name */
  demonyms: Map<string, string>;
  titles: ReadonlySet<string>;
  /** lower-cased token → id, for every token of every entry */
  tokIds: Map<string, number>;
  /** trie over token ids: (node, token id) → child node; node 0 is the root */
  trie: IntPairMap;
  /** per trie node: bit per class of the entries that end there */
  ends: number[];
}

const TITLE_CLASS = 1 << GAZ_CLASSES.indexOf('title');

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
  let node = 0;
  for (const t of toks) {
    let id = g.tokIds.get(t);
    if (id === undefined) g.tokIds.set(t, (id = g.tokIds.size));
    let next = g.trie.get(node, id);
    if (next < 0) { next = g.ends.length; g.ends.push(0); g.trie.set(node, id, next); }
    node = next;
  }
  g.ends[node] |= 1 << GAZ_CLASSES.indexOf(cls);
}

/** Builds the gazetteer from the lists in gazetteer-places.ts and gazetteer-orgs.ts. */
export function buildGazetteer(): Gazetteer {
  const g: Gazetteer = { entries: new Map(), demonyms: new Map(), titles: new Set(),
    tokIds: new Map(), trie: new IntPairMap(), ends: [0] };
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
export function gazetteerBits(g: Gazetteer, lower: string[], raw: string[]): Uint16Array {
  const n = lower.length;
  const ids = Int32Array.from(lower, (w) => g.tokIds.get(w) ?? -1);
  const caps = Uint8Array.from(raw, (w) => (isCapital(w) ? 1 : 0));
  const bits = new Uint16Array(n);
  gazetteerBitsOf(g, ids, caps, n, bits, 1);
  return bits;
}

/**
 * gazetteerBits from token ids (g.tokIds, -1 for none) and flags (capitalised where flags[i] & capMask), into
 * bits[0..n) (zeroed first).
 */
export function gazetteerBitsOf(g: Gazetteer, ids: ArrayLike<number>, flags: ArrayLike<number>, n: number, bits: Uint16Array, capMask: number): void {
  bits.fill(0, 0, n);
  for (let i = 0; i < n; i++) {
    if (ids[i] < 0) continue;
    let node = g.trie.get(0, ids[i]);
    for (let len = 1; node > 0; len++) {
      const hit = flags[i] & capMask ? g.ends[node] : g.ends[node] & TITLE_CLASS;
      if (hit) {
        for (let c = 0; c < GAZ_CLASSES.length; c++) {
          if (!(hit & (1 << c))) continue;
          bits[i] |= 1 << (2 * c);
          for (let k = 1; k < len; k++) bits[i + k] |= 1 << (2 * c + 1);
        }
      }
      if (i + len >= n || ids[i + len] < 0) break;
      node = g.trie.get(node, ids[i + len]);
    }
  }
}

/** The longest demonym starting at token i (lower-cased tokens), as [length, country], or null. */
export function demonymAt(g: Gazetteer, lower: string[], i: number): [number, string] | null {
  const a = lower[i];
  const b = i + 1 < lower.length ? a + ' ' + lower[i + 1] : null;
  if (b !== null && g.demonyms.has(b)) return [2, g.demonyms.get(b)!];
  const c = g.demonyms.get(a);
  return c === undefined ? null : [1, c];
}

/** Class bits (1 << class) of the entries spanning exactly tokens [i, i + len) of a lower-cased token sequence. */
export function entryClassesAt(g: Gazetteer, lower: readonly string[], i: number, len: number): number {
  let node = 0;
  for (let k = i; k < i + len; k++) {
    const id = k < lower.length ? g.tokIds.get(lower[k]) : undefined;
    if (id === undefined) return 0;
    node = g.trie.get(node, id);
    if (node < 0) return 0;
  }
  return g.ends[node];
}
