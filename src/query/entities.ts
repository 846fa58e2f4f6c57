/**
 * Entities across articles: each article's canonical entities (read stage) grouped by a meaning key, so
 * one person or organisation named differently in different articles is one entity. Corpus-wide merging
 * beyond the key (a surname alone in an article that never names the person in full) is the link stage's.
 */
import type { Doc } from '../model/doc.js';
import { countryOfQualifier } from '../read/entities/countries.js';
import { betterName, meaningKey, nameKey } from '../read/entities/names.js';

export type EntityType = 'person' | 'organization' | 'place';

export interface EntityJson {
  id: string;
  type: EntityType;
  name: string;
  aliases: string[];
  articles: string[];
  mentions: number;
}

interface Acc {
  type: EntityType;
  names: Map<string, number>;
  surfaces: Set<string>;
  articles: Set<string>;
  mentions: number;
  credit: boolean;
}

interface EntityData {
  type: EntityType;
  name: string;
  credit?: boolean;
  demonymOf?: string;
  nested?: boolean;
}

export function entityKey(type: string, name: string): string {
  return `${type}:${meaningKey(type, name, countryOfQualifier)}`;
}

export function collectEntities(docs: Iterable<Doc>): EntityJson[] {
  return [...gathered(docs).list];
}

/** The corpus entity a per-article entity belongs to: its id and its name across the corpus. */
export interface EntityIndex {
  get(type: string, name: string): { id: string; name: string };
}

type Gathered = { list: EntityJson[]; moved: Map<string, string> };
const cache = new WeakMap<readonly Doc[], Gathered>();
const indexes = new WeakMap<readonly Doc[], EntityIndex>();

/** The entities of a docs array are gathered once per array (an export lists them and names events by them). */
function gathered(docs: Iterable<Doc>): Gathered {
  if (!Array.isArray(docs)) return gather(docs);
  let g = cache.get(docs);
  if (!g) cache.set(docs, (g = gather(docs)));
  return g;
}

/**
 * Events and quotes name entities as their article does ("Brics"); this gives each the corpus entity's id and name
 * ("BRICS"), also where the corpus merged a surname into a full name. Kept per docs array (one per load).
 */
export function entityIndex(docs: readonly Doc[]): EntityIndex {
  const hit = indexes.get(docs);
  if (hit) return hit;
  const { list, moved } = gathered(docs);
  const byId = new Map(list.map((e) => [e.id, e]));
  const index: EntityIndex = {
    get(type, name) {
      const key = entityKey(type, name);
      const e = byId.get(moved.get(key) ?? key);
      return e ? { id: e.id, name: e.name } : { id: key, name };
    },
  };
  indexes.set(docs, index);
  return index;
}

function gather(docs: Iterable<Doc>): Gathered {
  const acc = new Map<string, Acc>();
  for (const doc of docs) {
    for (const s of doc.layers['entity'] ?? []) {
      const d = s.data as unknown as EntityData;
      if (d.nested) continue; // part of a longer name, not an entity of its own
      const key = entityKey(d.type, d.name);
      let a = acc.get(key);
      if (!a) acc.set(key, (a = { type: d.type, names: new Map(), surfaces: new Set(), articles: new Set(), mentions: 0, credit: false }));
      a.names.set(d.name, (a.names.get(d.name) ?? 0) + 1);
      if (!d.demonymOf) a.surfaces.add(doc.text.slice(s.start, s.end));
      a.articles.add(doc.id);
      a.mentions++;
    }
    addOutlet(doc, acc);
  }
  const moved = mergeSurnames(acc);
  const out: EntityJson[] = [];
  for (const [key, a] of acc) {
    const names = [...a.names.entries()].sort((x, y) => y[1] - x[1]);
    const name = names.map((n) => n[0]).reduce((best, n) => (a.type === 'person' ? (n.split(' ').length > best.split(' ').length ? n : best) : betterName(best, n)));
    const aliases = [...new Set([...a.names.keys(), ...a.surfaces])].filter((x) => x !== name).sort();
    out.push({ id: key, type: a.type, name, aliases, articles: [...a.articles].sort(), mentions: a.mentions });
  }
  return { list: out.sort((x, y) => y.articles.length - x.articles.length || y.mentions - x.mentions || x.name.localeCompare(y.name)), moved };
}

/** The outlet that published an article is an organisation the article involves (evidence: its metadata). */
function addOutlet(doc: Doc, acc: Map<string, Acc>): void {
  const outlet = doc.meta.outlet;
  if (!outlet || doc.meta.outletSource === 'url host') return;
  const key = entityKey('organization', outlet);
  let a = acc.get(key);
  if (!a) acc.set(key, (a = { type: 'organization', names: new Map(), surfaces: new Set(), articles: new Set(), mentions: 0, credit: false }));
  a.names.set(outlet, (a.names.get(outlet) ?? 0) + 1);
  a.articles.add(doc.id);
}

/**
 * A person named only by one word in some article ("Solberg-Hauge") is the one person of the corpus whose
 * full name ends (or, for names written family-name first, begins) with that word — when exactly one does.
 */
function mergeSurnames(acc: Map<string, Acc>): Map<string, string> {
  const moved = new Map<string, string>(); // merged key → the key it joined
  const full = [...acc.entries()].filter(([, a]) => a.type === 'person' && [...a.names.keys()].some((n) => n.includes(' ')));
  for (const [key, a] of [...acc.entries()]) {
    if (a.type !== 'person' || [...a.names.keys()].some((n) => n.includes(' '))) continue;
    const word = nameKey([...a.names.keys()][0]!);
    const hits = full.filter(([, f]) => [...f.names.keys()].some((n) => {
      const parts = n.split(' ').map(nameKey);
      return parts[parts.length - 1] === word || parts[0] === word;
    }));
    if (hits.length !== 1) continue;
    const target = hits[0]![1];
    for (const [n, c] of a.names) target.names.set(n, (target.names.get(n) ?? 0) + c);
    for (const s of a.surfaces) target.surfaces.add(s);
    for (const id of a.articles) target.articles.add(id);
    target.mentions += a.mentions;
    acc.delete(key);
    moved.set(key, hits[0]![0]);
  }
  return moved;
}
