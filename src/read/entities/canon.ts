/**
 * Canonical entities within one article. Mentions of one entity are grouped and named by their fullest
 * form: a surname or given name alone ("Wang", "Xi") joins the full name it is part of, nearest before it
 * first; "BRICS+" and "Brics" join "BRICS"; an acronym joins the name it abbreviates ("SCO" ↔ "Shanghai
 * Cooperation Organization", also when the article defines it in parentheses); a nationality adjective
 * ("Chinese") is a mention of its country. Photographer credits are not participants: the caller drops them.
 */
import { canonicalCountry } from './countries.js';
import { acronymOf, betterName, isAcronym, nameKey, tokensOf } from './names.js';

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

const stripPlus = (s: string): string => s.replace(/\+$/, '');

/** Groups mentions into entities; returns the entities and, for each mention, its entity index. */
export function canonicalise(mentions: Mention[]): { entities: LocalEntity[]; of: number[] } {
  const entities: LocalEntity[] = [];
  const of: number[] = new Array(mentions.length).fill(-1);
  const byKey = new Map<string, number>();
  const add = (type: EntityType, name: string): number => {
    const e: LocalEntity = { local: entities.length, type, name, aliases: [], mentions: [] };
    entities.push(e);
    byKey.set(`${type}:${nameKey(name)}`, e.local);
    return e.local;
  };
  // Pass 1: full forms (multi-word names, demonyms' countries, organisation names and acronyms) by key.
  mentions.forEach((m, i) => {
    const name = m.demonymOf ?? (m.type === 'place' ? canonicalCountry(stripPlus(m.text)) : stripPlus(m.text));
    if (m.type === 'person' && tokensOf(name).length < 2) return;
    const key = `${m.type}:${nameKey(name)}`;
    of[i] = byKey.get(key) ?? add(m.type, name);
  });
  // Pass 2: single-word person mentions join the nearest preceding full name containing that word.
  mentions.forEach((m, i) => {
    if (of[i] !== -1) return;
    of[i] = resolveShortName(m, i, mentions, of, entities) ?? byKey.get(`person:${nameKey(m.text)}`) ?? add('person', m.text);
  });
  mergeAcronyms(entities, of);
  mentions.forEach((m, i) => {
    const e = entities[of[i]!]!;
    e.mentions.push(m);
    const surface = m.demonymOf ? null : m.text;
    if (surface && surface !== e.name && !e.aliases.includes(surface)) e.aliases.push(surface);
    // People keep their full name; countries keep their canonical name ("Russia", not "Russian Federation").
    if (surface && e.type !== 'person' && canonicalCountry(e.name) === e.name && canonicalCountry(surface) === surface) e.name = betterName(e.name, stripPlus(surface));
  });
  for (const e of entities) e.aliases = e.aliases.filter((a) => a !== e.name);
  return { entities: entities.filter((e) => e.mentions.length > 0).map((e, i) => ({ ...e, local: i })), of: remap(entities, of) };
}

function resolveShortName(m: Mention, i: number, mentions: Mention[], of: number[], entities: LocalEntity[]): number | null {
  const word = nameKey(m.text);
  const fits = (idx: number): boolean => {
    const e = entities[idx];
    // Compare whole name parts, so a hyphenated surname ("Solberg-Hauge") matches as one word.
    return !!e && e.type === 'person' && tokensOf(e.name).map(nameKey).includes(word);
  };
  // Nearest full mention before, then after (headlines and captions can name someone in full later).
  for (let j = i - 1; j >= 0; j--) if (of[j]! >= 0 && fits(of[j]!)) return of[j]!;
  for (let j = i + 1; j < mentions.length; j++) if (of[j]! >= 0 && fits(of[j]!)) return of[j]!;
  return null;
}

/** An acronym entity merges into the organisation whose initials it spells (same type). */
function mergeAcronyms(entities: LocalEntity[], of: number[]): void {
  for (const a of entities) {
    if (!isAcronym(a.name) || a.type === 'person') continue;
    const full = entities.find((e) => e !== a && e.type === a.type && tokensOf(e.name).length > 1 && acronymOf(e.name) === a.name.replace(/[.&+-]/g, ''));
    if (!full) continue;
    for (let i = 0; i < of.length; i++) if (of[i] === a.local) of[i] = full.local;
  }
}

function remap(entities: LocalEntity[], of: number[]): number[] {
  const alive = new Map<number, number>();
  let k = 0;
  entities.forEach((e, i) => {
    if (of.includes(i)) alive.set(i, k++);
  });
  return of.map((i) => alive.get(i) ?? -1);
}
