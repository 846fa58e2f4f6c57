/**
 * Canonical entities within one article. Mentions of one entity are grouped and named by their fullest
 * form: a surname or given name alone ("Wang", "Xi") joins the full name it is part of, nearest before it
 * first; "BRICS+" and "Brics" join "BRICS"; an acronym joins the name it abbreviates ("SCO" ↔ "Shanghai
 * Cooperation Organization", also when the article defines it in parentheses); a nationality adjective
 * ("Chinese") is a mention of its country. Photographer credits are not participants: the caller drops them.
 */
import { canonicalCountry } from './countries.js';
import { acronymOf, betterName, isAcronym, isWhite, nameKey, tokensOf } from './names.js';
import { FEMALE_GIVEN } from './female-names.js';

export type EntityType = 'person' | 'organization' | 'place';

export interface Mention {
  start: number;
  end: number;
  type: EntityType;
  text: string;
  demonymOf?: string;
  /** Inside a longer name ("Munich" in "Munich Security Conference"). */
  nested?: boolean;
}

export interface LocalEntity {
  /** Index within the article. */
  local: number;
  type: EntityType;
  name: string;
  aliases: string[];
  mentions: Mention[];
}

const stripPlus = (s: string): string => (s.endsWith('+') ? s.slice(0, -1) : s);

/** Two or more words ("Wang Yi"), without splitting the name. */
function multiWord(name: string): boolean {
  let i = 0;
  while (i < name.length && isWhite(name.charCodeAt(i))) i++;
  while (i < name.length && !isWhite(name.charCodeAt(i))) i++;
  while (i < name.length && isWhite(name.charCodeAt(i))) i++;
  return i < name.length;
}


/** Groups mentions into entities; returns the entities and, for each mention, its entity index. */
export function canonicalise(mentions: Mention[], text = ''): { entities: LocalEntity[]; of: number[] } {
  const entities: LocalEntity[] = [];
  const of: number[] = new Array(mentions.length).fill(-1);
  // Entity index by type, then by name key.
  const byKey: Record<EntityType, Map<string, number>> = { person: new Map(), organization: new Map(), place: new Map() };
  const add = (type: EntityType, name: string): number => {
    const e: LocalEntity = { local: entities.length, type, name, aliases: [], mentions: [] };
    entities.push(e);
    byKey[type].set(nameKey(name), e.local);
    return e.local;
  };
  // Pass 1: full forms (multi-word names, demonyms' countries, organisation names and acronyms) by key.
  mentions.forEach((m, i) => {
    const name = m.demonymOf ?? (m.type === 'place' ? canonicalCountry(stripPlus(m.text)) : stripPlus(m.text));
    if (m.type === 'person' && !multiWord(name)) return;
    of[i] = byKey[m.type].get(nameKey(name)) ?? add(m.type, name);
  });
  mergeMiddleNames(entities, of);
  // Pass 2: single-word person mentions join the nearest preceding full name containing that word.
  const parts: Array<string[] | undefined> = [];
  const counted = new Map<string, Map<number, number>>();
  mentions.forEach((m, i) => {
    if (of[i] !== -1) return;
    of[i] = resolveShortName(m, i, mentions, of, entities, parts, text, counted) ?? byKey.person.get(nameKey(m.text)) ?? add('person', m.text);
  });
  mergeAcronyms(entities, of);
  mentions.forEach((m, i) => {
    const e = entities[of[i]!]!;
    e.mentions.push(m);
    const surface = m.demonymOf ? null : m.text;
    if (!surface || surface === e.name) return;
    if (!e.aliases.includes(surface)) e.aliases.push(surface);
    // People keep their full name; countries keep their canonical name ("Russia", not "Russian Federation").
    const bare = stripPlus(surface);
    if (bare !== e.name && e.type !== 'person' && canonicalCountry(e.name) === e.name && canonicalCountry(surface) === surface) e.name = betterName(e.name, bare);
  });
  const alive: LocalEntity[] = [];
  const index = new Int32Array(entities.length).fill(-1);
  for (const e of entities) {
    if (e.mentions.length === 0) continue;
    index[e.local] = alive.length;
    alive.push({ ...e, local: alive.length, aliases: e.aliases.filter((a) => a !== e.name) });
  }
  return { entities: alive, of: of.map((i) => (i >= 0 ? index[i]! : -1)) };
}

function resolveShortName(m: Mention, i: number, mentions: Mention[], of: number[], entities: LocalEntity[], parts: Array<string[] | undefined>,
  text: string, counted: Map<string, Map<number, number>>): number | null {
  const word = nameKey(m.text);
  const fits = (idx: number): boolean => {
    const e = entities[idx];
    if (!e || e.type !== 'person') return false;
    // Compare whole name parts, so a hyphenated surname ("Solberg-Hauge") matches as one word.
    return (parts[idx] ??= tokensOf(e.name).map(nameKey)).includes(word);
  };
  // People sharing the name, and how often each is named in full (full names are all placed before short ones).
  let count = counted.get(word);
  if (!count) {
    count = new Map<number, number>();
    for (let j = 0; j < mentions.length; j++) if (of[j]! >= 0 && multiWord(mentions[j]!.text) && fits(of[j]!)) count.set(of[j]!, (count.get(of[j]!) ?? 0) + 1);
    counted.set(word, count);
  }
  if (count.size > 1) {
    // "Mrs. Clinton" and "Mr. Clinton" with Hillary and Bill Clinton in the article: the honorific's gender decides;
    // else the one the article names most (a story's subject keeps the bare surname), the nearest before on a tie.
    const honorific = /\b(Mrs|Ms|Miss|Mr)\.?\s+$/.exec(text.slice(Math.max(0, m.start - 6), m.start))?.[1];
    // A name the word opens ("Reagan Democrats", "Obama Speech") is not a person it names as a surname.
    let ids = [...count.keys()].filter((id) => nameKey(tokensOf(entities[id]!.name)[0]!) !== word);
    if (!ids.length) ids = [...count.keys()];
    if (honorific) {
      const female = honorific !== 'Mr';
      const same = ids.filter((id) => FEMALE_GIVEN.has(tokensOf(entities[id]!.name)[0]!) === female);
      if (same.length) ids = same;
    }
    const top = Math.max(...ids.map((id) => count.get(id)!));
    const best = new Set(ids.filter((id) => count.get(id) === top));
    if (best.size === 1) return [...best][0]!;
    for (let j = i - 1; j >= 0; j--) if (best.has(of[j]!)) return of[j]!;
    for (let j = i + 1; j < mentions.length; j++) if (best.has(of[j]!)) return of[j]!;
  }
  // Nearest full mention before, then after (headlines and captions can name someone in full later).
  for (let j = i - 1; j >= 0; j--) if (of[j]! >= 0 && fits(of[j]!)) return of[j]!;
  for (let j = i + 1; j < mentions.length; j++) if (of[j]! >= 0 && fits(of[j]!)) return of[j]!;
  return null;
}

/**
 * "Donald Trump" and "Donald J. Trump", "Hillary Clinton" and "Hillary Rodham Clinton": a person's name with a middle
 * name or initial left out is the same person — the same first and last word, the shorter name's words all in the
 * longer one in order — and takes the fuller name.
 */
function mergeMiddleNames(entities: LocalEntity[], of: number[]): void {
  const people = entities.filter((e) => e.type === 'person').map((e) => ({ e, w: tokensOf(e.name).map(nameKey) }));
  for (const short of people) {
    if (short.w.length < 2) continue;
    const long = people.find((p) => p !== short && p.w.length > short.w.length && p.w[0] === short.w[0] && p.w.at(-1) === short.w.at(-1) &&
      short.w.every((x, k) => p.w.indexOf(x, k) >= 0));
    if (!long) continue;
    for (let i = 0; i < of.length; i++) if (of[i] === short.e.local) of[i] = long.e.local;
  }
}

/** An acronym entity merges into the organisation whose initials it spells (same type). */
function mergeAcronyms(entities: LocalEntity[], of: number[]): void {
  let initials: Array<string | null> | null = null;
  for (const a of entities) {
    if (a.type === 'person' || !isAcronym(a.name)) continue;
    initials ??= entities.map((e) => (multiWord(e.name) ? acronymOf(e.name) : null));
    const letters = a.name.replace(/[.&+-]/g, '');
    const full = entities.find((e, k) => e !== a && e.type === a.type && initials![k] === letters);
    if (!full) continue;
    for (let i = 0; i < of.length; i++) if (of[i] === a.local) of[i] = full.local;
  }
}
