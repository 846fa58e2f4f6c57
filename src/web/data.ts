/**
 * What the web UI's pages show, shaped from the processed Docs: the corpus view (linked events, storylines,
 * lineage) computed once per store state, the home page, one linked event with its reports side by side,
 * an entity's profile, an office's holders over time, the who-meets-whom graph, and what changed in the
 * last ingest. Pure functions of the Docs, so the API answers and the tests agree.
 */
import type { Doc, Span } from '../model/doc.js';
import { linkEvents, participantKey, type LinkedEvent } from '../link/events.js';
import { clusterArticles } from '../link/cluster.js';
import { findLineage, type Lineage } from '../link/lineage.js';
import { eventCoverage, eventLabel, outletOf, participantNames, showDate, type EventCoverage } from '../compare/coverage.js';
import { findFraming } from '../compare/framing.js';
import { collectEntities, type EntityJson } from '../query/entities.js';
import { corpusQuotes, quotesOf, type QuoteJson } from '../query/facts.js';
import { rolesJson, type RoleJson } from '../query/roles.js';
import { nameKey } from '../read/entities/names.js';

export interface Corpus {
  docs: Doc[];
  byId: Map<string, Doc>;
  links: LinkedEvent[];
  storylines: string[][];
  lineage: Lineage[];
  entities: EntityJson[];
}

export function buildCorpus(docs: Doc[]): Corpus {
  const links = linkEvents(docs);
  return {
    docs,
    byId: new Map(docs.map((d) => [d.id, d])),
    links,
    storylines: clusterArticles(docs, links).storylines,
    lineage: findLineage(docs),
    entities: collectEntities(docs),
  };
}

/** Kinds in which people come together (the graph's edges and an entity's meetings). */
const CONTACT_KINDS = new Set(['meet', 'talks', 'visit', 'host', 'call', 'summit', 'agreement', 'intent-meet']);

export interface ArticleRef { id: string; outlet: string; title: string | null; published: string | null }

const articleRef = (doc: Doc): ArticleRef => ({ id: doc.id, outlet: outletOf(doc), title: doc.meta.title, published: doc.meta.published.value });

export interface EventSummary {
  id: string;
  label: string;
  kind: string;
  participants: string[];
  place: string | null;
  date: { start: string | null; end: string | null; precision: string | null };
  when: string;
  status: string;
  outlets: string[];
  articles: string[];
}

export function eventSummary(c: Corpus, le: LinkedEvent): EventSummary {
  const articles = [...new Set(le.reports.map((r) => r.article))];
  return {
    id: le.id,
    label: eventLabel(c.byId, le),
    kind: le.kind,
    participants: [...new Set(participantNames(c.byId, le).values())],
    place: le.place,
    date: le.date,
    when: showDate(le.date),
    status: le.status,
    outlets: [...new Set(articles.map((a) => outletOf(c.byId.get(a)!)))].sort(),
    articles,
  };
}

/** Sorts by the known part of the date (a weekday without its week by its year); undated last. */
const dateKey = (le: { date: { start: string | null } }): string => {
  const s = le.date.start;
  return !s || !/^\d{4}/.test(s) ? '~' : s.replace(/-W.*$/, '');
};
const byDate = <T extends { date: { start: string | null } }>(a: T, b: T): number => dateKey(a).localeCompare(dateKey(b));

// ── home ──────────────────────────────────────────────────────────────────────────────────────────────

export interface StorylineView { n: number; label: string; people: string[]; span: string; articles: ArticleRef[]; events: number }

export function storylineViews(c: Corpus): StorylineView[] {
  return c.storylines.map((articles, i) => {
    const inStory = new Set(articles);
    const count = new Map<string, number>();
    const dates: string[] = [];
    let events = 0;
    for (const le of c.links) {
      const n = le.reports.filter((r) => inStory.has(r.article)).length;
      if (!n) continue;
      events++;
      for (const name of new Set(participantNames(c.byId, le).values())) if (/\s/.test(name)) count.set(name, (count.get(name) ?? 0) + n);
      for (const d of [le.date.start, le.date.end]) if (d && /^\d{4}(-\d{2}){0,2}$/.test(d)) dates.push(d);
    }
    const people = [...count].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 3).map(([n]) => n);
    dates.sort();
    const span = dates.length ? (dates[0] === dates[dates.length - 1] ? dates[0]! : `${dates[0]} – ${dates[dates.length - 1]}`) : 'undated';
    const refs = articles.map((a) => articleRef(c.byId.get(a)!)).sort((a, b) => (a.published ?? '~').localeCompare(b.published ?? '~'));
    return { n: i + 1, label: people.join(', ') || 'unnamed', people, span, articles: refs, events };
  });
}

/** The newest dated events, newest first. */
export function latestEvents(c: Corpus, n: number): EventSummary[] {
  return c.links.filter((le) => dateKey(le) !== '~').sort((a, b) => byDate(b, a)).slice(0, n).map((le) => eventSummary(c, le));
}

export interface Changes {
  articles: ArticleRef[];
  /** Linked events every report of which is new. */
  newEvents: EventSummary[];
  /** Linked events known before that the new articles report again. */
  updatedEvents: EventSummary[];
  newEntities: Array<{ name: string; type: string }>;
}

/** What the articles of the last ingest brought: new events, events they report again, entities first seen. */
export function changesSince(c: Corpus, fresh: Set<string>): Changes {
  const present = [...fresh].filter((id) => c.byId.has(id));
  const newEvents: EventSummary[] = [];
  const updatedEvents: EventSummary[] = [];
  for (const le of c.links) {
    const hit = le.reports.filter((r) => fresh.has(r.article)).length;
    if (!hit) continue;
    (hit === le.reports.length ? newEvents : updatedEvents).push(eventSummary(c, le));
  }
  return {
    articles: present.map((id) => articleRef(c.byId.get(id)!)),
    newEvents: newEvents.sort(byDate),
    updatedEvents: updatedEvents.sort(byDate),
    newEntities: c.entities.filter((e) => e.type !== 'place' && e.articles.every((a) => fresh.has(a))).map((e) => ({ name: e.name, type: e.type })),
  };
}

// ── one event ─────────────────────────────────────────────────────────────────────────────────────────

export interface Highlight { start: number; end: number; kind: string; label: string }

export interface ReportView {
  article: ArticleRef & { url: string | null };
  /** What this article says of the event: one entry per mention of it. */
  mentions: Array<{ kind: string; status: string; when: string; place: string | null; participants: string[]; gives: string[] }>;
  /** The paragraphs holding the article's evidence, with the evidence and the outlet's framing marked (offsets into `excerpt`). */
  excerpt: string;
  highlights: Highlight[];
  /** The article this one retells (rewrite lineage), when it retells one. */
  derivedFrom: ArticleRef | null;
}

export interface EventView extends EventSummary {
  reports: ReportView[];
  coverage: EventCoverage;
  quotes: Array<{ outlet: string; article: string; quotes: QuoteJson[] }>;
  lineage: Array<{ article: string; derived_from: string; shared: number; added: number }>;
}

interface EventData {
  kind: string;
  participants: Array<{ name: string; type: string }>;
  place: { name: string } | null;
  date: { start: string | null; end: string | null; precision: string | null };
  status: string;
  evidence: Array<{ start: number; end: number }>;
}

const GAP = '\n…\n';

/**
 * The paragraphs the ranges fall in, in text order, joined by an ellipsis line; `at` moves an offset of the
 * text into the excerpt (null when the offset lies outside it).
 */
function excerptOf(doc: Doc, ranges: Array<{ start: number; end: number }>): { text: string; at: (i: number) => number | null } {
  const paras = doc.layers['paragraph'] ?? [];
  const parts: Array<{ start: number; end: number }> = [];
  for (const r of [...ranges].sort((a, b) => a.start - b.start)) {
    const p = paras.find((x) => x.start <= r.start && x.end >= r.end) ?? r;
    const last = parts[parts.length - 1];
    if (last && p.start <= last.end) last.end = Math.max(last.end, p.end);
    else parts.push({ start: p.start, end: p.end });
  }
  const base: number[] = [];
  let len = 0;
  for (const p of parts) {
    base.push(len);
    len += p.end - p.start + GAP.length;
  }
  return {
    text: parts.map((p) => doc.text.slice(p.start, p.end)).join(GAP),
    at: (i) => {
      const k = parts.findIndex((p) => p.start <= i && i <= p.end);
      return k < 0 ? null : base[k]! + i - parts[k]!.start;
    },
  };
}

function reportView(c: Corpus, article: string, events: Array<{ event: number; gives: string[] }>, derived: Map<string, string>): ReportView {
  const doc = c.byId.get(article)!;
  const spans = events.map((r) => doc.layers['event']![r.event]!);
  const ranges = spans.flatMap((sp) => {
    const ev = (sp.data as unknown as EventData).evidence;
    return ev.length ? ev : [sp];
  });
  const ex = excerptOf(doc, ranges);
  const mark = (x: { start: number; end: number }, kind: string, label: string): Highlight | null => {
    const a = ex.at(x.start);
    const b = ex.at(x.end);
    return a === null || b === null || b < a ? null : { start: a, end: b, kind, label };
  };
  const highlights = [
    ...ranges.map((x) => mark(x, 'evidence', 'the words this report rests on')),
    ...findFraming(doc).map((f) => mark(f, 'framing', `framing: ${f.kind}${f.target ? `, on ${f.target}` : ''}`)),
  ].filter((x): x is Highlight => x !== null).sort((a, b) => a.start - b.start || b.end - a.end);
  const source = derived.get(article);
  return {
    article: { ...articleRef(doc), url: doc.meta.url },
    mentions: events.map((r, i) => {
      const e = spans[i]!.data as unknown as EventData;
      return { kind: e.kind, status: e.status, when: showDate(e.date), place: e.place?.name ?? null, participants: e.participants.map((p) => p.name), gives: r.gives };
    }),
    excerpt: ex.text,
    highlights,
    derivedFrom: source && c.byId.has(source) ? articleRef(c.byId.get(source)!) : null,
  };
}

export function eventView(c: Corpus, id: string): EventView | null {
  const le = c.links.find((x) => x.id === id);
  if (!le) return null;
  const derived = new Map(c.lineage.map((l) => [l.article, l.derived_from]));
  const byArticle = new Map<string, Array<{ event: number; gives: string[] }>>();
  for (const r of le.reports) byArticle.set(r.article, [...(byArticle.get(r.article) ?? []), r]);
  const reports = [...byArticle].map(([article, events]) => reportView(c, article, events, derived));
  const articles = new Set(byArticle.keys());
  const people = new Set([...participantNames(c.byId, le).keys()]);
  const quotes = [...articles].map((a) => {
    const doc = c.byId.get(a)!;
    const qs = quotesOf(doc).filter((q) => q.speaker && people.has(participantKey({ name: q.speaker.name, type: q.speaker.id.split(':')[0]! })));
    return { outlet: outletOf(doc), article: a, quotes: qs };
  }).filter((g) => g.quotes.length);
  const lineage = c.lineage
    .filter((l) => articles.has(l.article))
    .map((l) => ({ article: l.article, derived_from: l.derived_from, shared: l.shared.length, added: l.added.length }));
  return { ...eventSummary(c, le), reports, coverage: eventCoverage(c.byId, le), quotes, lineage };
}

// ── entities and offices ──────────────────────────────────────────────────────────────────────────────

/** Whether a linked-event participant name is this entity (any of its names; a surname alone counts). */
function matcher(e: EntityJson): (name: string) => boolean {
  const names = new Set([e.name, ...e.aliases].map(nameKey));
  return (n) => names.has(nameKey(n));
}

export interface EntityProfile {
  offices: RoleJson[];
  meetings: EventSummary[];
  events: number;
  quotes: QuoteJson[];
  partners: Array<{ name: string; type: string; events: number }>;
}

export function entityProfile(c: Corpus, e: EntityJson): EntityProfile {
  const isIt = matcher(e);
  const offices = rolesJson(c.docs).filter((r) => isIt(r.person)).sort((a, b) => (a.as_of ?? '~').localeCompare(b.as_of ?? '~'));
  const involved = c.links.filter((le) => [...participantNames(c.byId, le).values()].some(isIt) || le.participants.some(isIt));
  const partners = new Map<string, { name: string; type: string; events: number }>();
  for (const le of involved) {
    if (!CONTACT_KINDS.has(le.kind)) continue;
    for (const p of participantsOf(c, le)) {
      if (isIt(p.name) || p.type === 'place') continue;
      const cur = partners.get(p.key) ?? { name: p.name, type: p.type, events: 0 };
      cur.events++;
      partners.set(p.key, cur);
    }
  }
  const quotes = corpusQuotes(c.docs).filter((q) => q.speaker && isIt(q.speaker.name));
  return {
    offices,
    meetings: involved.filter((le) => CONTACT_KINDS.has(le.kind)).sort(byDate).map((le) => eventSummary(c, le)),
    events: involved.length,
    quotes,
    partners: [...partners.values()].sort((a, b) => b.events - a.events || a.name.localeCompare(b.name)),
  };
}

/** A linked event's participants, one per key, with their type and plain name. */
function participantsOf(c: Corpus, le: LinkedEvent): Array<{ key: string; name: string; type: string }> {
  const names = participantNames(c.byId, le);
  const out = new Map<string, { key: string; name: string; type: string }>();
  for (const r of le.reports) {
    const e = c.byId.get(r.article)?.layers['event']?.[r.event]?.data as unknown as EventData | undefined;
    for (const p of e?.participants ?? []) {
      const key = participantKey(p);
      if (!out.has(key)) out.set(key, { key, name: names.get(key) ?? p.name, type: p.type });
    }
  }
  // One participant typed two ways in different reports ("Security Council Sergei Shoigu" as an organisation) shares its plain name: keep the person.
  const byName = new Map<string, { key: string; name: string; type: string }>();
  for (const p of out.values()) if (!byName.has(p.name) || p.type === 'person') byName.set(p.name, p);
  return [...byName.values()];
}

export interface OfficeHistory {
  office: string;
  holders: Array<{ person: string; from: string | null; to: string | null; articles: string[]; former: boolean }>;
}

/** Each office with its holders in the order the articles date them (first and last date each is said to hold it). */
export function officeHistories(c: Corpus): OfficeHistory[] {
  const by = new Map<string, Map<string, OfficeHistory['holders'][number]>>();
  for (const r of rolesJson(c.docs)) {
    const holders = by.get(r.office) ?? new Map<string, OfficeHistory['holders'][number]>();
    by.set(r.office, holders);
    const h = holders.get(r.person) ?? { person: r.person, from: null, to: null, articles: [], former: false };
    holders.set(r.person, h);
    if (r.as_of && (!h.from || r.as_of < h.from)) h.from = r.as_of;
    if (r.as_of && (!h.to || r.as_of > h.to)) h.to = r.as_of;
    if (!h.articles.includes(r.article)) h.articles.push(r.article);
    if (r.former) h.former = true;
  }
  return [...by].map(([office, holders]) => ({
    office,
    holders: [...holders.values()].sort((a, b) => (a.from ?? '~').localeCompare(b.from ?? '~') || a.person.localeCompare(b.person)),
  })).sort((a, b) => b.holders.length - a.holders.length || a.office.localeCompare(b.office));
}

// ── graph ─────────────────────────────────────────────────────────────────────────────────────────────

export interface Graph {
  nodes: Array<{ id: string; name: string; type: string; events: number }>;
  edges: Array<{ source: string; target: string; weight: number; events: string[] }>;
}

/** People and organisations that take part in a contact event together, weighted by the number of events. */
export function meetingGraph(c: Corpus): Graph {
  const nodes = new Map<string, Graph['nodes'][number]>();
  const edges = new Map<string, Graph['edges'][number]>();
  for (const le of c.links) {
    if (!CONTACT_KINDS.has(le.kind)) continue;
    const ps = participantsOf(c, le).filter((p) => p.type !== 'place');
    if (ps.length < 2) continue;
    for (const p of ps) {
      const n = nodes.get(p.key) ?? { id: p.key, name: p.name, type: p.type, events: 0 };
      n.events++;
      nodes.set(p.key, n);
    }
    for (let i = 0; i < ps.length; i++) for (let j = i + 1; j < ps.length; j++) {
      const [a, b] = [ps[i]!.key, ps[j]!.key].sort() as [string, string];
      const k = `${a}|${b}`;
      const edge = edges.get(k) ?? { source: a, target: b, weight: 0, events: [] };
      edge.weight++;
      edge.events.push(le.id);
      edges.set(k, edge);
    }
  }
  return {
    nodes: [...nodes.values()].sort((a, b) => b.events - a.events || a.name.localeCompare(b.name)),
    edges: [...edges.values()].sort((a, b) => b.weight - a.weight || a.source.localeCompare(b.source)),
  };
}

// ── article annotations ───────────────────────────────────────────────────────────────────────────────

export interface AnnotatedSpan { start: number; end: number; text: string; label: string; data?: unknown; prov: Span['prov'] }

export function spansOf(doc: Doc, layer: string): AnnotatedSpan[] {
  return (doc.layers[layer] ?? []).map((s) => ({ start: s.start, end: s.end, text: doc.text.slice(s.start, s.end), label: s.label, ...(s.data !== undefined ? { data: s.data } : {}), prov: s.prov }));
}
