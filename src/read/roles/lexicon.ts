/**
 * The office lexicon (lexicons/offices.json), compiled once into read-only lookups. Data, not code: new titles,
 * institutions and nationality adjectives go in the JSON. Nothing here is mutated after module load.
 */
import raw from '../../../lexicons/offices.json' with { type: 'json' };

export interface Country { name: string; the: boolean; short: string | null }
/** `place`: an office of a place below the country, named by it ('Florida Governor' = 'Governor of Florida'). */
/** `to`: an office toward another country, named by it ('Chinese Ambassador to Russia'). */
export interface Title { title: string; scope: 'country' | 'org'; short: boolean; leader: boolean; generic: boolean; place: boolean; to: boolean }
export interface Institution { name: string; head: string }

export interface OfficeLexicon {
  /** Lowercase nationality adjective or country name (words joined by one space) → country. */
  countries: ReadonlyMap<string, Country>;
  /** Case-sensitive abbreviations ("US", "U.S."): lowercase "us" is a pronoun. */
  abbr: ReadonlyMap<string, Country>;
  titles: ReadonlyMap<string, Title>;
  institutions: ReadonlyMap<string, Institution>;
  fixed: ReadonlyMap<string, string>;
  modifiers: ReadonlyMap<string, string>;
  leaderTitle: ReadonlyMap<string, string>;
  descriptors: readonly string[];
  rewrites: ReadonlyArray<readonly [RegExp, string]>;
  former: ReadonlyMap<string, 'former' | 'then'>;
  determiners: ReadonlySet<string>;
  copulas: ReadonlyArray<readonly string[]>;
  restStarts: ReadonlySet<string>;
  /** Lowercase words that may sit in an office phrase before a name ("the", "of", "foreign", "minister" …). */
  vocab: ReadonlySet<string>;
  /** Last words of titles, descriptors and institutions: an office phrase ends in one of them (or a name). */
  heads: ReadonlySet<string>;
  /** Canonical titles that need a country to name one office ("President"). */
  countryTitles: ReadonlySet<string>;
  maxWords: number;
  /** The leading words of longer title forms ("deputy", "deputy prime"): a title lookup stops outside them. */
  titlePrefixes: ReadonlySet<string>;
  /** The same for country names, adjectives and abbreviations (lower case). */
  countryPrefixes: ReadonlySet<string>;
}

interface RawCountry { name: string; the?: boolean; short?: string; forms: string[]; abbr?: string[] }
interface RawTitle { title: string; scope: string; short?: boolean; leader?: boolean; generic?: boolean; place?: boolean; to?: boolean; forms: string[] }

/** The leading words of longer keys: "a b c" → "a", "a b". A lookup that grows word by word stops outside them. */
export function wordPrefixes(keys: Iterable<string>): Set<string> {
  const into = new Set<string>();
  for (const k of keys) for (let i = k.indexOf(' '); i > 0; i = k.indexOf(' ', i + 1)) into.add(k.slice(0, i));
  return into;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function compile(): OfficeLexicon {
  const countries = new Map<string, Country>();
  const abbr = new Map<string, Country>();
  for (const c of raw.countries as RawCountry[]) {
    const country: Country = { name: c.name, the: c.the ?? false, short: c.short ?? null };
    for (const f of c.forms) countries.set(f, country);
    for (const a of c.abbr ?? []) abbr.set(a, country);
  }
  const titles = new Map<string, Title>();
  for (const t of raw.titles as RawTitle[]) {
    const title: Title = { title: t.title, scope: t.scope === 'org' ? 'org' : 'country', short: t.short ?? false, leader: t.leader ?? false, generic: t.generic ?? false, place: t.place ?? false, to: t.to ?? false };
    for (const f of t.forms) titles.set(f, title);
  }
  const institutions = new Map<string, Institution>();
  for (const i of raw.institutions) for (const f of i.forms) institutions.set(f, { name: i.name, head: i.head });
  const fixed = new Map<string, string>();
  for (const f of raw.fixed) for (const form of f.forms) fixed.set(form, f.office);
  const words = (s: string): string[] => s.split(/[\s-]+/);
  const vocab = new Set<string>(['of', 'for', 'to', 'the', ...raw.determiners, ...Object.keys(raw.former), ...Object.keys(raw.modifiers).flatMap(words)]);
  const heads = new Set<string>();
  for (const phrase of [...titles.keys(), ...fixed.keys(), ...raw.descriptors, ...institutions.keys()]) {
    for (const w of words(phrase)) vocab.add(w);
    heads.add(phrase.split(' ').at(-1)!);
  }
  const multi = [...countries.keys(), ...titles.keys(), ...institutions.keys(), ...fixed.keys()];
  return {
    countries, abbr, titles, institutions, fixed,
    modifiers: new Map(Object.entries(raw.modifiers)),
    leaderTitle: new Map(Object.entries(raw.leaderTitle)),
    descriptors: raw.descriptors,
    rewrites: raw.rewrites.map(([from, to]) => [new RegExp(`\\b${escape(from)}\\b`, from === from.toUpperCase() ? 'g' : 'gi'), to] as const),
    former: new Map(Object.entries(raw.former).map(([k, v]) => [k, v === 'then' ? 'then' : 'former'] as const)),
    determiners: new Set(raw.determiners),
    copulas: raw.copulas.map((c) => c.split(' ')),
    restStarts: new Set(raw.restStarts),
    vocab, heads,
    countryTitles: new Set([...titles.values()].filter((t) => t.scope === 'country').map((t) => t.title)),
    maxWords: Math.max(...multi.map((m) => m.split(' ').length)),
    titlePrefixes: wordPrefixes(titles.keys()),
    countryPrefixes: wordPrefixes([...countries.keys(), ...[...abbr.keys()].map((a) => a.toLowerCase())]),
  };
}

export const LEXICON: OfficeLexicon = compile();

/** "the United States" / "Russia": how a country is named inside an office. */
export const countryPhrase = (c: Country): string => (c.the ? 'the ' : '') + c.name;

export function countryByName(name: string): Country | null {
  for (const c of LEXICON.countries.values()) if (c.name === name) return c;
  return null;
}
