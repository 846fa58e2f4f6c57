/**
 * The JSON export: one document, `{"articles":[…]}`, documented in the README. Later stages add
 * top-level keys (entities, roles, events, quotes, clusters, lineage) without changing these.
 */
import type { Doc } from '../model/doc.js';
import { allDocs, type Repository } from '../store/repository.js';
import { collectEntities, type EntityJson } from './entities.js';
import { rolesJson, type RoleJson } from './roles.js';
import { corpusEvents, corpusQuotes, type EventJson, type QuoteJson } from './facts.js';
import { linkEvents } from '../link/events.js';
import { clusterArticles } from '../link/cluster.js';
import { findLineage, type Lineage } from '../link/lineage.js';
import { findFraming, type Framing } from '../compare/framing.js';

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
  events: Array<EventJson & { reports: Array<{ article: string; event: string; gives: string[] }> }>;
  quotes: QuoteJson[];
  clusters: { events: string[][]; storylines: string[][] };
  lineage: Lineage[];
  framing: Array<Framing & { article: string }>;
}

export async function exportJson(store: Repository): Promise<ExportJson> {
  const docs = await allDocs(store);
  return {
    articles: docs.map(articleJson),
    entities: collectEntities(docs).map(({ mentions: _m, ...e }) => e),
    roles: rolesJson(docs),
    ...linked(docs),
    quotes: corpusQuotes(docs),
    lineage: findLineage(docs),
    framing: docs.flatMap((d) => findFraming(d).map((f) => ({ article: d.id, ...f }))),
  };
}

/** Each report's event with the reports of the same real-world event in every article, and the article clusters. */
function linked(docs: Doc[]): Pick<ExportJson, 'events' | 'clusters'> {
  const links = linkEvents(docs);
  const byReport = new Map<string, (typeof links)[number]>();
  for (const l of links) for (const r of l.reports) byReport.set(`${r.article}-e${r.event + 1}`, l);
  const events = corpusEvents(docs).map((e) => {
    const l = byReport.get(e.id);
    const reports = l ? l.reports.map((r) => ({ article: r.article, event: `${r.article}-e${r.event + 1}`, gives: r.gives })) : [{ article: e.articles[0]!, event: e.id, gives: [] }];
    return { ...e, articles: [...new Set(reports.map((r) => r.article))], reports };
  });
  return { events, clusters: clusterArticles(docs, links) };
}
