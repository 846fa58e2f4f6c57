/**
 * The HTTP API as an in-process app: `handle(request) → response`, no socket, so tests call it directly and
 * `server.ts` adapts node:http to it. Reads are open; writes need `Authorization: Bearer <token>`.
 * Every route, parameter and response schema is in one table (`routes`), from which requests are validated
 * and `/openapi.json` is generated. The answers reuse the query functions the CLI uses.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { ParallaxError } from '../pipeline/errors.js';
import { ingestResults, type IngestSummary } from '../ingest/batch.js';
import { readBuffer, DEFAULT_MAX_BYTES } from '../ingest/readers/sources.js';
import { allDocs, type Repository } from '../store/repository.js';
import { articleJson, exportJson } from '../query/export.js';
import { whoHeldOn } from '../query/roles.js';
import { corpusEvents, corpusQuotes } from '../query/facts.js';
import { linkEvents } from '../link/events.js';
import { clusterArticles } from '../link/cluster.js';
import { findLineage } from '../link/lineage.js';
import { compare, outletOf } from '../compare/coverage.js';
import { timeline } from '../query/timeline.js';
import { briefing, briefingHtml } from '../compare/brief.js';
import { findFraming } from '../compare/framing.js';
import { buildCorpus, changesSince, entityProfile, eventSummary, eventView, latestEvents, meetingGraph, officeHistories, spansOf, storylineViews, type Corpus } from '../web/data.js';
import { countryOutlines, locate } from '../web/geo.js';
import { nameKey } from '../read/entities/names.js';
import { findEntity } from '../cli/entities.js';
import { filterEvents } from '../cli/facts.js';
import { nameFor, parseFetchUrl, safeFetch, type FetchFn, type LookupFn } from './fetch.js';
import { HttpError, Router, openApiDocument, validateParams, ERROR_SCHEMA, type ApiRequest, type ApiResponse, type Ctx, type Param, type Route, type JsonSchema } from './router.js';

export type { ApiRequest, ApiResponse } from './router.js';

export interface AppOptions {
  store: Repository;
  /** The bearer token writes need; none → writes are refused (403). */
  token?: string | null;
  /** Let `/api/ingest/url` fetch from private, loopback and link-local addresses (off by default). */
  allowPrivateFetch?: boolean;
  /** The largest request body accepted (default 10 MiB). */
  maxBodyBytes?: number;
  /** Seams for tests and embedding: the resolver and fetch `/api/ingest/url` use, and where 500s are logged. */
  lookup?: LookupFn;
  fetch?: FetchFn;
  fetchTimeoutMs?: number;
  onError?: (err: unknown, req: ApiRequest) => void;
  /** The ids the latest ingest added before this app started (`demo` passes them), for "what changed"; ingests through the app replace them. */
  lastIngest?: string[];
}

export interface App {
  handle(req: ApiRequest): Promise<ApiResponse>;
  routes: Route[];
  openapi: Record<string, unknown>;
}

export const API_VERSION = '0.1.0';
const DATE_PATTERN = '^\\d{4}(-\\d{2}(-\\d{2})?)?$';
const JSON_TYPE = 'application/json; charset=utf-8';
const BASE_HEADERS = { 'x-content-type-options': 'nosniff', 'cache-control': 'no-store' };

class Raw {
  constructor(readonly res: ApiResponse) {}
}

function json(status: number, value: unknown, headers: Record<string, string> = {}): ApiResponse {
  return { status, headers: { 'content-type': JSON_TYPE, ...BASE_HEADERS, ...headers }, body: JSON.stringify(value) };
}

export function errorResponse(status: number, code: string, message: string, details?: unknown, headers: Record<string, string> = {}): ApiResponse {
  return json(status, { error: { code, message, ...(details !== undefined ? { details } : {}) } }, headers);
}


// ── parameters and schemas ────────────────────────────────────────────────────────────────────────────

const q = (name: string, description: string, schema: Param['schema'] = { type: 'string' }, required = false): Param => ({ name, in: 'query', description, schema, required });
const PAGING: Param[] = [
  q('limit', 'at most this many items', { type: 'integer', minimum: 1, maximum: 1000, default: 100 }),
  q('offset', 'skip this many items first', { type: 'integer', minimum: 0, default: 0 }),
];
const date = (name: string, what: string): Param => q(name, `${what} (YYYY, YYYY-MM or YYYY-MM-DD)`, { type: 'string', pattern: DATE_PATTERN });

const S = {
  str: { type: 'string' },
  strN: { type: ['string', 'null'] },
  int: { type: 'integer' },
  strs: { type: 'array', items: { type: 'string' } },
  obj: { type: 'object' },
} satisfies Record<string, JsonSchema>;
const paged = (key: string, item: JsonSchema): JsonSchema => ({
  type: 'object',
  required: ['total', 'limit', 'offset', key],
  properties: { total: S.int, limit: S.int, offset: S.int, [key]: { type: 'array', items: item } },
});
const ARTICLE_SUMMARY: JsonSchema = {
  type: 'object',
  required: ['id', 'source', 'outlet', 'title', 'published', 'chars', 'ingestedAt'],
  properties: { id: S.str, source: S.str, outlet: S.strN, title: S.strN, published: S.strN, chars: S.int, ingestedAt: S.str },
};
const SPAN: JsonSchema = { type: 'object', required: ['start', 'end', 'text', 'label'], properties: { start: S.int, end: S.int, text: S.str, label: S.str, data: S.obj, prov: S.obj } };
const ANNOTATION_LAYERS = ['entity', 'time', 'role', 'event', 'quote'] as const;
const ARTICLE: JsonSchema = {
  type: 'object',
  required: ['id', 'source', 'url', 'outlet', 'title', 'published', 'text', 'removed', 'annotations'],
  properties: {
    id: S.str, source: S.str, url: S.strN, outlet: S.strN, title: S.strN, published: S.obj, dateline: { type: ['object', 'null'] }, encoding: S.str, text: S.str,
    headings: S.strs, captions: S.strs,
    removed: { type: 'array', items: { type: 'object', properties: { text: S.str, reason: S.str, rawStart: S.int, rawEnd: S.int } } },
    annotations: { type: 'object', required: [...ANNOTATION_LAYERS], properties: { ...Object.fromEntries(ANNOTATION_LAYERS.map((l) => [l, { type: 'array', items: SPAN }])), framing: { type: 'array', items: S.obj } } },
  },
};
const ENTITY: JsonSchema = { type: 'object', required: ['id', 'type', 'name', 'aliases', 'articles', 'mentions'], properties: { id: S.str, type: { enum: ['person', 'organization', 'place'] }, name: S.str, aliases: S.strs, articles: S.strs, mentions: S.int } };
const EVENT: JsonSchema = { type: 'object', required: ['id', 'kind', 'participants', 'date', 'status', 'articles', 'evidence'], properties: { id: S.str, kind: S.str, cameo: S.str, plover: S.str, participants: { type: 'array', items: S.obj }, place: { type: ['object', 'null'] }, date: S.obj, status: S.str, articles: S.strs, evidence: { type: 'array', items: S.obj } } };
const QUOTE: JsonSchema = { type: 'object', required: ['article', 'speaker', 'text', 'direct'], properties: { article: S.str, speaker: { type: ['object', 'null'] }, text: S.str, direct: { type: 'boolean' }, cue: S.strN, addressee: S.strN, via: { type: ['object', 'null'] }, stance: S.strN, evidence: S.obj } };
const EVENT_SUMMARY: JsonSchema = {
  type: 'object',
  required: ['id', 'label', 'kind', 'participants', 'date', 'when', 'status', 'outlets', 'articles'],
  properties: { id: S.str, label: S.str, kind: S.str, participants: S.strs, place: S.strN, date: S.obj, when: S.str, status: S.str, outlets: S.strs, articles: S.strs },
};
const STATUSES = ['occurred', 'planned', 'reported', 'denied', 'hypothetical'];
const SUMMARY: JsonSchema = {
  type: 'object',
  required: ['ingested', 'duplicates', 'failed', 'skipped', 'notes', 'ids'],
  properties: { ingested: S.int, duplicates: S.int, failed: { type: 'array', items: { type: 'object', properties: { path: S.str, code: S.str, reason: S.str } } }, skipped: { type: 'array', items: S.obj }, notes: { type: 'array', items: S.obj }, redated: S.int, ids: S.strs, url: S.str },
};
const INGEST_JSON_BODY: JsonSchema = {
  type: 'object',
  properties: { text: S.str, html: S.str, url: S.str, title: S.str, outlet: S.str, published: { type: 'string', description: 'a date, e.g. 2025-03-11' } },
  anyOf: [{ required: ['text'] }, { required: ['html'] }],
};

function page<T>(list: T[], p: Ctx['params'], key: string): Record<string, unknown> {
  const limit = p['limit'] as number;
  const offset = p['offset'] as number;
  return { total: list.length, limit, offset, [key]: list.slice(offset, offset + limit) };
}

const str = (p: Ctx['params'], k: string): string | undefined => (p[k] === undefined ? undefined : String(p[k]));

/** Whether a date (any precision) can fall within [from, to], each compared at the precision it gives. */
function dateIn(value: string | null, from?: string, to?: string): boolean {
  if (!from && !to) return true;
  if (!value || !/^\d{4}/.test(value)) return false;
  if (from && value < from && !from.startsWith(value)) return false;
  if (to && value > to && !value.startsWith(to)) return false;
  return true;
}

// ── the app ───────────────────────────────────────────────────────────────────────────────────────────

export function createApp(opts: AppOptions): App {
  const { store } = opts;
  const maxBody = opts.maxBodyBytes ?? DEFAULT_MAX_BYTES;
  const token = opts.token ? createHash('sha256').update(opts.token).digest() : null;

  // The articles the latest ingest added (null: none since this app started and none passed in).
  let fresh: Set<string> | null = opts.lastIngest ? new Set(opts.lastIngest) : null;
  // Linking and clustering cost the most; the result holds until the store changes (count, or an ingest here).
  let cached: { n: number; corpus: Corpus } | null = null;
  const corpus = async (): Promise<Corpus> => {
    const n = await store.countArticles();
    if (!cached || cached.n !== n) {
      cached = { n, corpus: buildCorpus(await allDocs(store)) };
      // An ingest by another process (`parallax ingest`) shows as the store's latest ingest run.
      if (!fresh || fresh.size === 0) {
        const last = await store.lastIngest();
        if (last.length > 0 && last.length < n) fresh = new Set(last);
      }
    }
    return cached.corpus;
  };

  const ingest = async (bytes: Uint8Array, source: string, name: string, url?: string): Promise<Raw> => {
    const read = readBuffer(bytes, source, name);
    if (url) for (const item of read.items) item.url ??= url;
    const before = new Set((await store.listArticles()).map((a) => a.id));
    const summary = await ingestResults([read], store, { maxBytes: maxBody });
    fresh = new Set(summary.ids.filter((id) => !before.has(id)));
    cached = null; // an ingest may re-date stored articles without changing their number
    return new Raw(summaryResponse(summary, url));
  };

  const routes: Route[] = [
    {
      method: 'GET', path: '/api/articles', operationId: 'listArticles', summary: 'The stored articles, in publication order',
      params: [q('outlet', 'only articles from this outlet (case-insensitive)'), date('from', 'published on or after'), date('to', 'published on or before'), ...PAGING],
      response: { description: 'a page of article summaries', contentType: JSON_TYPE, schema: paged('articles', ARTICLE_SUMMARY) },
      handler: async ({ params: p }) => {
        const outlet = str(p, 'outlet')?.toLowerCase();
        const list = (await store.listArticles()).filter((a) => (!outlet || (a.outlet ?? '').toLowerCase() === outlet) && dateIn(a.published, str(p, 'from'), str(p, 'to')));
        return page(list, p, 'articles');
      },
    },
    {
      method: 'GET', path: '/api/articles/{id}', operationId: 'getArticle', summary: 'One article: clean text, metadata, what was removed, and its annotated spans',
      params: [{ name: 'id', in: 'path', required: true, description: 'the article id (a unique prefix is enough)', schema: { type: 'string', minLength: 1, maxLength: 128 } }],
      response: { description: 'the article with its entity, time, role, event and quote spans (offsets into `text`)', contentType: JSON_TYPE, schema: ARTICLE },
      handler: async ({ params: p }) => {
        const doc = await store.getArticle(String(p['id']));
        if (!doc) throw new HttpError(404, 'NOT_FOUND', `no article with id "${p['id']}"`);
        return {
          ...articleJson(doc),
          removed: doc.removed.map((r) => ({ text: r.text, reason: r.reason, rawStart: r.rawStart, rawEnd: r.rawEnd })),
          annotations: { ...Object.fromEntries(ANNOTATION_LAYERS.map((l) => [l, spansOf(doc, l)])), framing: findFraming(doc) },
        };
      },
    },
    {
      method: 'GET', path: '/api/entities', operationId: 'listEntities', summary: 'People, organisations and places across the stored articles',
      params: [q('type', 'only this type', { type: 'string', enum: ['person', 'organization', 'place'] }), q('q', 'name or alias contains this (case-insensitive)'), ...PAGING],
      response: { description: 'a page of entities, most-reported first', contentType: JSON_TYPE, schema: paged('entities', ENTITY) },
      handler: async ({ params: p }) => {
        const type = str(p, 'type');
        const needle = str(p, 'q')?.toLowerCase();
        const list = (await corpus()).entities.filter((e) => (!type || e.type === type) && (!needle || [e.name, ...e.aliases].some((n) => n.toLowerCase().includes(needle))));
        return page(list, p, 'entities');
      },
    },
    {
      method: 'GET', path: '/api/entities/{name}', operationId: 'getEntity', summary: 'One entity by name or alias: aliases, offices over time, articles, meetings, quotes, who it meets most',
      params: [{ name: 'name', in: 'path', required: true, description: 'the canonical name or any alias (URL-encoded)', schema: { type: 'string', minLength: 1, maxLength: 300 } }],
      response: {
        description: 'the entity', contentType: JSON_TYPE,
        schema: {
          ...ENTITY,
          properties: {
            ...(ENTITY['properties'] as object), offices: { type: 'array', items: S.obj }, articles: { type: 'array', items: { type: 'object', properties: { id: S.str, title: S.strN, outlet: S.strN, published: S.strN } } },
            events: S.int, meetings: { type: 'array', items: EVENT_SUMMARY }, quotes: { type: 'array', items: QUOTE }, partners: { type: 'array', items: { type: 'object', properties: { name: S.str, type: S.str, events: S.int } } },
          },
        },
      },
      handler: async ({ params: p }) => {
        const c = await corpus();
        const e = findEntity(c.entities, String(p['name']));
        if (!e) throw new HttpError(404, 'NOT_FOUND', `no entity named "${p['name']}"`);
        const articles = e.articles.map((id) => {
          const d = c.byId.get(id)!;
          return { id, title: d.meta.title, outlet: d.meta.outlet, published: d.meta.published.value };
        });
        const { offices, meetings, quotes, partners, events } = entityProfile(c, e);
        return { ...e, offices, articles, events, meetings, quotes, partners };
      },
    },
    {
      method: 'GET', path: '/api/who-held', operationId: 'whoHeld', summary: 'Who held an office on a date, by what the stored articles say',
      params: [q('office', 'the office, in any wording', { type: 'string', minLength: 1, maxLength: 300 }, true), q('on', 'the date (YYYY, YYYY-MM or YYYY-MM-DD)', { type: 'string', pattern: DATE_PATTERN }, true)],
      response: { description: 'the holder (or null), the evidence, and candidates', contentType: JSON_TYPE, schema: { type: 'object', required: ['office', 'on', 'person', 'evidence'], properties: { office: S.str, on: S.str, person: S.strN, evidence: { type: 'array', items: S.obj }, candidates: { type: 'array', items: S.obj } } } },
      handler: async ({ params: p }) => ({ office: p['office'], on: p['on'], ...whoHeldOn(await allDocs(store), String(p['office']), String(p['on'])) }),
    },
    {
      method: 'GET', path: '/api/events', operationId: 'listEvents', summary: 'Events in date order (one per report)',
      params: [q('entity', 'a participant, by name or surname'), date('from', 'on or after'), date('to', 'on or before'), q('status', 'only this status', { type: 'string', enum: STATUSES }), ...PAGING],
      response: { description: 'a page of events', contentType: JSON_TYPE, schema: paged('events', EVENT) },
      handler: async ({ params: p }) => page(filterEvents(corpusEvents(await allDocs(store)), { entity: str(p, 'entity'), from: str(p, 'from'), to: str(p, 'to'), status: str(p, 'status') }), p, 'events'),
    },
    {
      method: 'GET', path: '/api/quotes', operationId: 'listQuotes', summary: 'Direct and reported quotes: speaker, cue, relaying outlet, stance',
      params: [q('speaker', 'the speaker, by name or surname'), ...PAGING],
      response: { description: 'a page of quotes', contentType: JSON_TYPE, schema: paged('quotes', QUOTE) },
      handler: async ({ params: p }) => {
        const who = p['speaker'] ? nameKey(String(p['speaker'])) : null;
        const quotes = corpusQuotes(await allDocs(store)).filter((x) => !who || (x.speaker && (nameKey(x.speaker.name) === who || nameKey(x.speaker.name).split(' ').includes(who))));
        return page(quotes, p, 'quotes');
      },
    },
    {
      method: 'GET', path: '/api/clusters', operationId: 'clusters', summary: 'Articles grouped by the event they report, and storylines',
      params: [],
      response: { description: 'article-id groups', contentType: JSON_TYPE, schema: { type: 'object', required: ['clusters'], properties: { clusters: { type: 'object', properties: { events: { type: 'array', items: S.strs }, storylines: { type: 'array', items: S.strs } } } } } },
      handler: async () => {
        const docs = await allDocs(store);
        return { clusters: clusterArticles(docs, linkEvents(docs)) };
      },
    },
    {
      method: 'GET', path: '/api/lineage', operationId: 'lineage', summary: 'Articles that retell another: the source, what they share, what they add',
      params: [...PAGING],
      response: { description: 'a page of lineage links', contentType: JSON_TYPE, schema: paged('lineage', { type: 'object', required: ['article', 'derived_from'], properties: { article: S.str, derived_from: S.str, shared: S.strs, added: S.strs } }) },
      handler: async ({ params: p }) => page(findLineage(await allDocs(store)), p, 'lineage'),
    },
    {
      method: 'GET', path: '/api/timeline', operationId: 'timeline', summary: 'Linked events (reports merged across articles) in date order with their sources',
      params: [q('entity', 'a participant, by name or surname'), date('from', 'on or after'), date('to', 'on or before'), q('outlet', 'only events this outlet reports (case-insensitive)'), q('status', 'only this status', { type: 'string', enum: STATUSES }), ...PAGING],
      response: { description: 'a page of linked events', contentType: JSON_TYPE, schema: paged('timeline', { type: 'object', required: ['id', 'kind', 'participants', 'date', 'status', 'reports', 'sources', 'label', 'outlets'], properties: { id: S.str, kind: S.str, participants: S.strs, date: S.obj, status: S.str, reports: { type: 'array', items: S.obj }, sources: S.strs, label: S.str, when: S.str, outlets: S.strs } }) },
      handler: async ({ params: p }) => {
        const c = await corpus();
        const f = { entity: str(p, 'entity'), from: str(p, 'from'), to: str(p, 'to') };
        const outlet = str(p, 'outlet')?.toLowerCase();
        const status = str(p, 'status');
        const list = timeline(c.docs, f).map((le) => {
          const { label, when, outlets } = eventSummary(c, le);
          return { ...le, label, when, outlets };
        }).filter((le) => (!status || le.status === status) && (!outlet || le.outlets.some((o) => o.toLowerCase() === outlet)));
        return page(list, p, 'timeline');
      },
    },
    {
      method: 'GET', path: '/api/timeline/{event}', operationId: 'getLinkedEvent', summary: 'One linked event: every report side by side, the coverage matrix, quotes by outlet, framing, lineage',
      params: [{ name: 'event', in: 'path', required: true, description: 'a linked event id from /api/timeline (ev1, ev2, …)', schema: { type: 'string', pattern: '^ev\\d+$' } }],
      response: {
        description: 'the event with its reports (each with the paragraphs it rests on and their highlights)', contentType: JSON_TYPE,
        schema: { ...EVENT_SUMMARY, required: [...(EVENT_SUMMARY['required'] as string[]), 'reports', 'coverage', 'quotes', 'lineage'], properties: { ...(EVENT_SUMMARY['properties'] as object), reports: { type: 'array', items: S.obj }, coverage: S.obj, quotes: { type: 'array', items: S.obj }, lineage: { type: 'array', items: S.obj } } },
      },
      handler: async ({ params: p }) => {
        const v = eventView(await corpus(), String(p['event']));
        if (!v) throw new HttpError(404, 'NOT_FOUND', `no linked event "${p['event']}" (ids are listed by /api/timeline)`);
        return v;
      },
    },
    {
      method: 'GET', path: '/api/overview', operationId: 'overview', summary: 'The home page: counts, outlets, storylines, latest events, and what the last ingest changed',
      params: [q('latest', 'how many of the latest events', { type: 'integer', minimum: 1, maximum: 100, default: 8 })],
      response: {
        description: 'the overview; `changes` is null when no ingest is known to this server', contentType: JSON_TYPE,
        schema: { type: 'object', required: ['articles', 'outlets', 'storylines', 'latest', 'changes'], properties: { articles: S.int, events: S.int, entities: S.int, outlets: { type: 'array', items: { type: 'object', properties: { name: S.str, articles: S.int } } }, storylines: { type: 'array', items: S.obj }, latest: { type: 'array', items: EVENT_SUMMARY }, changes: { type: ['object', 'null'] } } },
      },
      handler: async ({ params: p }) => {
        const c = await corpus();
        const outlets = new Map<string, number>();
        for (const d of c.docs) outlets.set(outletOf(d), (outlets.get(outletOf(d)) ?? 0) + 1);
        return {
          articles: c.docs.length, events: c.links.length, entities: c.entities.length,
          outlets: [...outlets].map(([name, articles]) => ({ name, articles })).sort((a, b) => b.articles - a.articles || a.name.localeCompare(b.name)),
          storylines: storylineViews(c), latest: latestEvents(c, p['latest'] as number), changes: fresh ? changesSince(c, fresh) : null,
        };
      },
    },
    {
      method: 'GET', path: '/api/offices', operationId: 'offices', summary: 'Offices with their holders over time, by what the stored articles say',
      params: [q('q', 'the office contains this (case-insensitive)', { type: 'string', maxLength: 300 }), q('person', 'only offices this person held (name or surname)', { type: 'string', maxLength: 300 }), ...PAGING],
      response: { description: 'a page of offices', contentType: JSON_TYPE, schema: paged('offices', { type: 'object', required: ['office', 'holders'], properties: { office: S.str, holders: { type: 'array', items: { type: 'object', required: ['person', 'from', 'to', 'articles'], properties: { person: S.str, from: S.strN, to: S.strN, articles: S.strs, former: { type: 'boolean' } } } } } }) },
      handler: async ({ params: p }) => {
        const needle = str(p, 'q')?.toLowerCase();
        const who = p['person'] ? nameKey(String(p['person'])) : null;
        const list = officeHistories(await corpus()).filter((o) => (!needle || o.office.toLowerCase().includes(needle))
          && (!who || o.holders.some((h) => nameKey(h.person) === who || nameKey(h.person).split(' ').includes(who))));
        return page(list, p, 'offices');
      },
    },
    {
      method: 'GET', path: '/api/graph', operationId: 'graph', summary: 'Who meets whom: people and organisations, an edge for each pair in a meeting, visit, call or agreement together',
      params: [],
      response: { description: 'nodes and weighted edges (the linked events behind each edge)', contentType: JSON_TYPE, schema: { type: 'object', required: ['nodes', 'edges'], properties: { nodes: { type: 'array', items: { type: 'object', properties: { id: S.str, name: S.str, type: S.str, events: S.int } } }, edges: { type: 'array', items: { type: 'object', properties: { source: S.str, target: S.str, weight: S.int, events: S.strs } } } } } },
      handler: async () => meetingGraph(await corpus()),
    },
    {
      method: 'GET', path: '/api/map', operationId: 'map', summary: 'Where events happen: each place with coordinates (GeoNames cities, Natural Earth countries; offline) and its events',
      params: [],
      response: {
        description: 'placed and unplaced event locations', contentType: JSON_TYPE,
        schema: { type: 'object', required: ['places', 'unplaced'], properties: { places: { type: 'array', items: { type: 'object', required: ['name', 'lat', 'lon', 'events'], properties: { name: S.str, lat: { type: 'number' }, lon: { type: 'number' }, kind: S.str, matched: S.str, events: { type: 'array', items: EVENT_SUMMARY } } } }, unplaced: { type: 'array', items: { type: 'object', properties: { name: S.str, events: S.int } } } } },
      },
      handler: async () => {
        const c = await corpus();
        const at = new Map<string, ReturnType<typeof eventSummary>[]>();
        for (const le of c.links) if (le.place) at.set(le.place, [...(at.get(le.place) ?? []), eventSummary(c, le)]);
        const places: unknown[] = [];
        const unplaced: Array<{ name: string; events: number }> = [];
        for (const [name, events] of [...at].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]))) {
          const pt = locate(name);
          if (pt) places.push({ ...pt, events });
          else unplaced.push({ name, events: events.length });
        }
        return { places, unplaced };
      },
    },
    {
      method: 'GET', path: '/api/map/outlines', operationId: 'mapOutlines', summary: 'Country outlines (Natural Earth 1:110m) as SVG path data in a 360 × 180 equirectangular box',
      params: [],
      response: { description: 'x = longitude + 180, y = 90 − latitude', contentType: JSON_TYPE, schema: { type: 'object', required: ['width', 'height', 'countries'], properties: { width: S.int, height: S.int, countries: { type: 'array', items: { type: 'object', properties: { name: S.str, d: S.str } } } } } },
      handler: async () => ({ width: 360, height: 180, countries: countryOutlines() }),
    },
    {
      method: 'GET', path: '/api/compare', operationId: 'compare', summary: 'How each outlet told each event: coverage, one-outlet claims, attribution verbs, framing',
      params: [],
      response: { description: 'the comparison', contentType: JSON_TYPE, schema: { type: 'object', required: ['events', 'oneOutlet', 'framing'], properties: { events: { type: 'array', items: S.obj }, storylines: { type: 'array', items: S.obj }, oneOutlet: { type: 'array', items: S.obj }, verbs: S.obj, framing: S.obj } } },
      handler: async () => {
        const docs = await allDocs(store);
        const links = linkEvents(docs);
        const storylines = clusterArticles(docs, links).storylines;
        return compare(docs, links, storylines, findLineage(docs));
      },
    },
    {
      method: 'GET', path: '/api/brief', operationId: 'brief', summary: 'A readable briefing of the corpus, each line with its sources: Markdown, or HTML with all article text escaped',
      params: [q('format', 'markdown (default) or html', { type: 'string', enum: ['markdown', 'html'], default: 'markdown' })],
      response: { description: 'the briefing (text/markdown, or text/html with format=html)', contentType: 'text/markdown; charset=utf-8', schema: { type: 'string' } },
      handler: async ({ params: p }) => {
        const ex = await exportJson(store);
        const docs = await allDocs(store);
        if (p['format'] === 'html') return new Raw({ status: 200, headers: { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'", ...BASE_HEADERS }, body: briefingHtml(ex, docs) });
        const md = briefing(ex, docs);
        return new Raw({ status: 200, headers: { 'content-type': 'text/markdown; charset=utf-8', ...BASE_HEADERS }, body: md.endsWith('\n') ? md : md + '\n' });
      },
    },
    {
      method: 'GET', path: '/api/search', operationId: 'search', summary: 'Full-text search ("a phrase" stays a phrase)',
      params: [q('q', 'the query', { type: 'string', minLength: 1, maxLength: 500 }, true), ...PAGING],
      response: { description: 'matching articles with a snippet', contentType: JSON_TYPE, schema: { type: 'object', required: ['query', 'limit', 'offset', 'hits'], properties: { query: S.str, limit: S.int, offset: S.int, hits: { type: 'array', items: { type: 'object', properties: { id: S.str, title: S.strN, outlet: S.strN, snippet: S.str } } } } } },
      handler: async ({ params: p }) => {
        const limit = p['limit'] as number;
        const offset = p['offset'] as number;
        const hits = await store.search(String(p['q']), limit + offset);
        return { query: p['q'], limit, offset, hits: hits.slice(offset, offset + limit) };
      },
    },
    {
      method: 'GET', path: '/api/export', operationId: 'export', summary: 'The whole export document (as `parallax export json`; see the README)',
      params: [],
      response: { description: 'the export JSON', contentType: JSON_TYPE, schema: { type: 'object', required: ['articles', 'entities', 'roles', 'events', 'quotes', 'clusters', 'lineage', 'framing'], properties: Object.fromEntries(['articles', 'entities', 'roles', 'events', 'quotes', 'lineage', 'framing'].map((k) => [k, { type: 'array' }]).concat([['clusters', S.obj]])) } },
      handler: async () => exportJson(store),
    },
    {
      method: 'POST', path: '/api/ingest', operationId: 'ingest', summary: "Ingest one file's bytes (the `name` picks the reader), or a JSON article",
      write: true,
      params: [q('name', 'a file name whose extension picks the reader: .txt, .html, .jsonl, .json, .xml (RSS/Atom); without it, a JSON body is one article and anything else is sniffed', { type: 'string', maxLength: 200, pattern: '^[^/\\\\]+$' })],
      requestBody: {
        description: 'the bytes of a file, or one article as JSON',
        content: { 'application/json': { schema: INGEST_JSON_BODY }, 'application/octet-stream': { schema: { type: 'string', contentMediaType: 'application/octet-stream' } }, 'text/plain': { schema: { type: 'string' } }, 'text/html': { schema: { type: 'string' } } },
      },
      response: { status: 201, description: 'the ingest summary (200 when everything was already stored)', contentType: JSON_TYPE, schema: SUMMARY },
      errors: [422],
      handler: async ({ req, params: p, body }) => {
        const name = str(p, 'name');
        if (name) return ingest(body, `api:${name}`, name);
        const ct = (req.headers['content-type'] ?? '').toLowerCase();
        if (ct.includes('json')) {
          let value: unknown;
          try {
            value = JSON.parse(body.toString('utf8'));
          } catch (e) {
            throw new HttpError(400, 'BAD_REQUEST', `the body is not valid JSON: ${(e as Error).message}`);
          }
          const obj = value as Record<string, unknown>;
          if (!obj || typeof obj !== 'object' || Array.isArray(obj)) throw new HttpError(400, 'BAD_REQUEST', 'the JSON body must be one article object {"text"|"html", "url", "title", "outlet", "published"}');
          for (const k of ['text', 'html', 'url', 'title', 'outlet', 'published']) {
            if (obj[k] !== undefined && obj[k] !== null && typeof obj[k] !== 'string') throw new HttpError(400, 'BAD_REQUEST', `"${k}" must be a string`);
          }
          if (!(typeof obj['text'] === 'string' && obj['text'].trim()) && !(typeof obj['html'] === 'string' && obj['html'].trim())) {
            throw new HttpError(422, 'UNPROCESSABLE', 'the article has no "text" or "html"');
          }
          return ingest(Buffer.from(JSON.stringify(obj)), 'api:article.json', 'article.json');
        }
        const hint = ct.includes('html') ? 'body.html' : ct.includes('xml') ? 'body.xml' : ct.includes('text/plain') ? 'body.txt' : 'body';
        return ingest(body, `api:${hint}`, hint);
      },
    },
    {
      method: 'POST', path: '/api/ingest/url', operationId: 'ingestUrl', summary: 'Fetch a page or feed and ingest it (public addresses only, 10 MiB, 15 s, 5 redirects)',
      write: true,
      params: [],
      requestBody: { description: 'the URL to fetch', content: { 'application/json': { schema: { type: 'object', required: ['url'], properties: { url: { type: 'string', format: 'uri' } } } } } },
      response: { status: 201, description: 'the ingest summary, with the final URL', contentType: JSON_TYPE, schema: SUMMARY },
      errors: [422, 502, 504],
      handler: async ({ body }) => {
        let value: unknown;
        try {
          value = JSON.parse(body.toString('utf8'));
        } catch {
          throw new HttpError(400, 'BAD_REQUEST', 'the body must be JSON {"url": "http(s)://…"}');
        }
        const url = parseFetchUrl((value as Record<string, unknown> | null)?.['url']);
        const fetched = await safeFetch(url, { allowPrivate: opts.allowPrivateFetch === true, lookup: opts.lookup, fetch: opts.fetch, timeoutMs: opts.fetchTimeoutMs, maxBytes: maxBody });
        return ingest(fetched.bytes, fetched.url, nameFor(fetched), fetched.url);
      },
    },
    {
      method: 'GET', path: '/openapi.json', operationId: 'openapi', summary: 'This API described as OpenAPI 3.1 (generated from the route table)',
      params: [],
      response: { description: 'the OpenAPI document', contentType: JSON_TYPE, schema: { type: 'object', required: ['openapi', 'paths'] } },
      handler: async () => openapi,
    },
  ];

  const openapi = openApiDocument(routes, {
    title: 'Parallax API',
    version: API_VERSION,
    description: 'Read the stored articles and the facts found in them; ingest with a bearer token (PARALLAX_TOKEN). Errors are {"error":{"code","message"}}.',
  });
  const router = new Router(routes);

  function authorize(req: ApiRequest): void {
    if (!token) throw new HttpError(403, 'FORBIDDEN', 'writes are disabled: start the server with PARALLAX_TOKEN set, then send Authorization: Bearer <token>');
    const m = /^Bearer\s+(\S+)\s*$/i.exec(req.headers['authorization'] ?? '');
    const given = m ? createHash('sha256').update(m[1]!).digest() : null;
    if (!given || !timingSafeEqual(given, token)) {
      throw new HttpError(401, 'UNAUTHORIZED', m ? 'the bearer token is wrong' : 'writes need Authorization: Bearer <PARALLAX_TOKEN>', undefined, { 'www-authenticate': 'Bearer realm="parallax"' });
    }
  }

  async function handle(req: ApiRequest): Promise<ApiResponse> {
    try {
      const method = req.method.toUpperCase();
      let url: URL;
      try {
        url = new URL(req.url, 'http://parallax.local');
      } catch {
        throw new HttpError(400, 'BAD_REQUEST', 'the request URL is not valid');
      }
      const pathname = url.pathname.length > 1 ? url.pathname.replace(/\/+$/, '') : url.pathname;
      const { match, allowed } = router.match(method, pathname);
      if (!match) {
        if (allowed.length) throw new HttpError(405, 'METHOD_NOT_ALLOWED', `${method} is not allowed on ${pathname}; use ${allowed.join(' or ')}`, undefined, { allow: allowed.join(', ') });
        throw new HttpError(404, 'NOT_FOUND', `no route ${pathname} (see /openapi.json)`);
      }
      const { route } = match;
      if (route.write) authorize(req);
      const body = req.body ?? Buffer.alloc(0);
      if (body.length > maxBody) throw new HttpError(413, 'TOO_LARGE', `the body is ${body.length} bytes; the limit is ${maxBody}`);
      const params = validateParams(route, match.pathParams, url.searchParams);
      const out = await route.handler({ req, params, body });
      const res = out instanceof Raw ? out.res : json(route.response.status ?? 200, out);
      return method === 'HEAD' ? { ...res, body: '' } : res;
    } catch (e) {
      if (e instanceof HttpError) return errorResponse(e.status, e.code, e.message, e.details, e.headers);
      if (e instanceof ParallaxError) {
        const status = e.code === 'USAGE' ? 400 : e.code === 'NOT_FOUND' ? 404 : e.code === 'TOO_LARGE' ? 413 : 422;
        return errorResponse(status, status === 400 ? 'BAD_REQUEST' : e.code, e.message);
      }
      opts.onError?.(e, req);
      return errorResponse(500, 'INTERNAL', 'internal error');
    }
  }

  return { handle, routes, openapi };
}

/** 201 when something went in, 200 when all of it was already stored, 422 when nothing could be read. */
function summaryResponse(s: IngestSummary, url?: string): ApiResponse {
  const body = { ingested: s.ingested, duplicates: s.duplicates, failed: s.failed, skipped: s.skipped, notes: s.notes, redated: s.redated ?? 0, ids: s.ids, ...(url ? { url } : {}) };
  if (s.ingested === 0 && s.duplicates === 0) {
    const first = s.failed[0];
    const message = first ? `nothing was ingested: ${first.code}: ${first.reason}` : s.skipped[0] ? `nothing was ingested: ${s.skipped[0].reason}` : 'nothing was ingested';
    return errorResponse(422, first?.code ?? 'UNPROCESSABLE', message, body);
  }
  return json(s.ingested > 0 ? 201 : 200, body);
}

export { ERROR_SCHEMA };
