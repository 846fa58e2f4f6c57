/**
 * The JSON export: one document, `{"articles":[…]}`, documented in the README. Later stages add
 * top-level keys (entities, roles, events, quotes, clusters, lineage) without changing these.
 */
import type { Doc } from '../model/doc.js';
import type { Repository } from '../store/repository.js';
import { collectEntities, type EntityJson } from './entities.js';
import { rolesJson, type RoleJson } from './roles.js';
import { eventsOf, quotesOf, type EventJson, type QuoteJson } from './facts.js';

export interface ArticleJson {
  id: string;
  source: string;
  url: string | null;
  outlet: string | null;
  title: string | null;
  published: { value: string | null; precision: string | null; source: string | null; inferred?: boolean; evidence?: string[] };
  dateline: { place: string | null; date: string | null } | null;
  encoding: string;
  text: string;
  removed: Array<{ text: string; reason: string }>;
  headings: string[];
  captions: string[];
}

const texts = (doc: Doc, layer: string): string[] => (doc.layers[layer] ?? []).map((s) => doc.text.slice(s.start, s.end));

export function articleJson(doc: Doc): ArticleJson {
  const m = doc.meta;
  return {
    id: doc.id,
    source: m.source,
    url: m.url,
    outlet: m.outlet,
    title: m.title,
    published: m.published,
    dateline: m.dateline ? { place: m.dateline.place, date: m.dateline.date } : null,
    encoding: m.encoding,
    text: doc.text,
    removed: doc.removed.map((r) => ({ text: r.text, reason: r.reason })),
    headings: texts(doc, 'heading'),
    captions: texts(doc, 'caption'),
  };
}

export interface ExportJson {
  articles: ArticleJson[];
  entities: Array<Omit<EntityJson, 'mentions'>>;
  roles: RoleJson[];
  events: EventJson[];
  quotes: QuoteJson[];
}

export async function exportJson(store: Repository): Promise<ExportJson> {
  const docs: Doc[] = [];
  for await (const doc of store.allArticles()) docs.push(doc);
  return {
    articles: docs.map(articleJson),
    entities: collectEntities(docs).map(({ mentions: _m, ...e }) => e),
    roles: rolesJson(docs),
    events: docs.flatMap(eventsOf),
    quotes: docs.flatMap(quotesOf),
  };
}
