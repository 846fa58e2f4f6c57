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
}

let cached: CountryIndex | null = null;

export function countries(): CountryIndex {
  if (cached) return cached;
  const raw = JSON.parse(readFileSync(repoPath('lexicons/countries.json'), 'utf8')) as { countries: Country[] };
  const byName = new Map<string, string>();
  const byDemonym = new Map<string, string>();
  for (const c of raw.countries) {
    for (const n of [c.name, ...c.aliases]) byName.set(n.toLowerCase(), c.name);
    for (const d of c.demonyms) byDemonym.set(d.toLowerCase(), c.name);
  }
  cached = { byName, byDemonym };
  return cached;
}

/** "Russian Federation" → "Russia"; unknown names unchanged. */
export function canonicalCountry(name: string): string {
  return countries().byName.get(name.toLowerCase()) ?? name;
}

/** "Russian" or "Russia’s" or "Russia" → "Russia"; null when the word names no country. */
export function countryOfQualifier(word: string): string | null {
  const w = word.replace(/[’']s$/, '').toLowerCase();
  const c = countries();
  return c.byDemonym.get(w) ?? c.byName.get(w) ?? null;
}
