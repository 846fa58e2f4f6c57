/** Country names, aliases and nationality adjectives (lexicons/countries.json). */
import { readFileSync } from 'node:fs';
import { repoPath } from '../../pipeline/paths.js';

interface Country {
  name: string;
  aliases: string[];
  demonyms: string[];
}

export interface CountryIndex {
  /** Alias or name (lower case) → country. */
  byName: Map<string, string>;
  /** Nationality adjective (lower case) → country. */
  byDemonym: Map<string, string>;
  /** Adjectives of multi-country regions ("european", "central asian"), lower case. */
  regionAdjectives: Set<string>;
  /** Blocs named like places ("west", "global south"), lower case. */
  blocs: Set<string>;
}

let cached: CountryIndex | null = null;

export function countries(): CountryIndex {
  if (cached) return cached;
  const raw = JSON.parse(readFileSync(repoPath('lexicons/countries.json'), 'utf8')) as {
    countries: Country[];
    regions: { adjectives: string[] };
    blocs: { names: string[] };
  };
  const byName = new Map<string, string>();
  const byDemonym = new Map<string, string>();
  for (const c of raw.countries) {
    for (const n of [c.name, ...c.aliases]) byName.set(n.toLowerCase(), c.name);
    for (const d of c.demonyms) byDemonym.set(d.toLowerCase(), c.name);
  }
  const lower = (xs: string[]): Set<string> => new Set(xs.map((x) => x.toLowerCase()));
  cached = { byName, byDemonym, regionAdjectives: lower(raw.regions.adjectives), blocs: lower(raw.blocs.names) };
  return cached;
}

const CANONICAL = new Map<string, string>();

/** "Russian Federation" → "Russia"; unknown names unchanged. */
export function canonicalCountry(name: string): string {
  // Memoised like nameKey: every place mention asks, and articles repeat their places.
  let c = CANONICAL.get(name);
  if (c === undefined) {
    if (CANONICAL.size >= 50_000) CANONICAL.clear();
    CANONICAL.set(name, (c = countries().byName.get(name.toLowerCase()) ?? name));
  }
  return c;
}

/** "Russian" or "Russia’s" or "Russia" → "Russia"; null when the word names no country. */
export function countryOfQualifier(word: string): string | null {
  const w = word.replace(/[’']s$/, '').toLowerCase();
  const c = countries();
  return c.byDemonym.get(w) ?? c.byName.get(w) ?? null;
}

/**
 * Not an entity, though tagged like a place: the adjective of a region spanning several countries ("European allies",
 * "four Central Asian nations", "Western media") describes a grouping, and a bloc ("the West", "the Global South")
 * is a group of states. Region nouns ("Europe", "the Asia-Pacific") stay places; "West" tagged as a person is a
 * surname ("Cornel West").
 */
export function isRegionAdjectiveOrBloc(text: string, type: string): boolean {
  const c = countries();
  const t = text.toLowerCase().replace(/^the\s+/, '');
  return c.regionAdjectives.has(t) || (type === 'place' && c.blocs.has(t));
}

/** "Korea" after "North ": the country whose name the tagger cut short, or null. */
export function countryWithPrefix(prefix: string, name: string): string | null {
  return countries().byName.get(`${prefix} ${name}`.toLowerCase()) ?? null;
}
