/**
 * Exports for the tools analysts already use: CSV (events, quotes, entities, offices), a GDELT-style event TSV,
 * GraphML (who meets whom) and JSON-LD (schema.org). All built from the one JSON export, so they agree with it.
 */
import type { ExportJson } from './export.js';

/** RFC 4180: quote fields holding commas, quotes or line breaks; quotes doubled. */
function csvField(v: unknown): string {
  const s = v === null || v === undefined ? '' : Array.isArray(v) ? v.join('; ') : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function csv(header: string[], rows: unknown[][]): string {
  return [header, ...rows].map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}

export const CSV_KINDS = ['events', 'quotes', 'entities', 'offices'] as const;
export type CsvKind = (typeof CSV_KINDS)[number];

export function toCsv(ex: ExportJson, kind: CsvKind): string {
  const outlet = new Map(ex.articles.map((a) => [a.id, a.outlet ?? '']));
  switch (kind) {
    case 'events':
      return csv(
        ['id', 'kind', 'cameo', 'plover', 'status', 'date_start', 'date_end', 'precision', 'participants', 'place', 'articles', 'outlets', 'evidence'],
        ex.events.map((e) => [e.id, e.kind, e.cameo, e.plover, e.status, e.date.start, e.date.end, e.date.precision, e.participants.map((p) => p.name), e.place?.name, e.articles, e.articles.map((a) => outlet.get(a)), e.evidence.map((x) => x.text)]),
      );
    case 'quotes':
      return csv(['article', 'outlet', 'speaker', 'direct', 'cue', 'via', 'stance', 'text'], ex.quotes.map((q) => [q.article, outlet.get(q.article), q.speaker?.name, q.direct, q.cue, q.via?.name, q.stance, q.text]));
    case 'entities':
      return csv(['id', 'type', 'name', 'aliases', 'articles'], ex.entities.map((e) => [e.id, e.type, e.name, e.aliases, e.articles]));
    case 'offices':
      return csv(['person', 'office', 'as_of', 'article', 'former'], ex.roles.map((r) => [r.person, r.office, r.as_of, r.article, r.former === true]));
  }
}

/** Columns of the GDELT-style TSV, in order (documented in the README). */
export const GDELT_COLUMNS = ['GLOBALEVENTID', 'SQLDATE', 'DatePrecision', 'Actor1Name', 'Actor1Type', 'Actor2Name', 'Actor2Type', 'EventCode', 'EventRootCode', 'PLOVER', 'Status', 'ActionGeo_FullName', 'NumArticles', 'SOURCEURLS'];

export function toGdeltTsv(ex: ExportJson): string {
  const url = new Map(ex.articles.map((a) => [a.id, a.url ?? a.source]));
  const clean = (s: unknown): string => (s === null || s === undefined ? '' : String(s).replace(/[\t\r\n]+/g, ' '));
  const rows = ex.events.map((e) => {
    const a1 = e.participants.find((p) => p.role === 'source') ?? e.participants[0];
    const a2 = e.participants.find((p) => p !== a1);
    const type = (p: { id: string } | undefined): string => (p ? p.id.split(':')[0]! : '');
    return [e.id, (e.date.start ?? '').replace(/-/g, ''), e.date.precision, a1?.name, type(a1), a2?.name, type(a2), e.cameo, e.cameo.slice(0, 2), e.plover, e.status, e.place?.name, e.articles.length, e.articles.map((a) => url.get(a)).join(';')].map(clean).join('\t');
  });
  return [GDELT_COLUMNS.join('\t'), ...rows].join('\n') + '\n';
}

const xml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Who meets whom: entities as nodes, an edge for every pair that takes part in an event together, weighted. */
export function toGraphml(ex: ExportJson): string {
  const nodes = new Map<string, { name: string; type: string }>();
  const edges = new Map<string, number>();
  for (const e of ex.events) {
    const ps = e.participants.filter((p) => !p.id.startsWith('place:'));
    for (const p of ps) nodes.set(p.id, { name: p.name, type: p.id.split(':')[0]! });
    for (let i = 0; i < ps.length; i++) for (let j = i + 1; j < ps.length; j++) {
      const [a, b] = [ps[i]!.id, ps[j]!.id].sort();
      if (a !== b) edges.set(`${a}\u0000${b}`, (edges.get(`${a}\u0000${b}`) ?? 0) + 1);
    }
  }
  const out = ['<?xml version="1.0" encoding="UTF-8"?>', '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    '  <key id="name" for="node" attr.name="name" attr.type="string"/>', '  <key id="type" for="node" attr.name="type" attr.type="string"/>',
    '  <key id="weight" for="edge" attr.name="weight" attr.type="int"/>', '  <graph id="parallax" edgedefault="undirected">'];
  for (const [id, n] of nodes) out.push(`    <node id="${xml(id)}"><data key="name">${xml(n.name)}</data><data key="type">${xml(n.type)}</data></node>`);
  let k = 0;
  for (const [pair, w] of edges) {
    const [a, b] = pair.split('\u0000');
    out.push(`    <edge id="e${++k}" source="${xml(a!)}" target="${xml(b!)}"><data key="weight">${w}</data></edge>`);
  }
  out.push('  </graph>', '</graphml>');
  return out.join('\n') + '\n';
}

const SCHEMA_TYPE: Record<string, string> = { person: 'Person', organization: 'Organization', place: 'Place' };
const STATUS: Record<string, string> = { planned: 'https://schema.org/EventScheduled', occurred: 'https://schema.org/EventScheduled', denied: 'https://schema.org/EventCancelled' };

/** schema.org Events with their participants, place and dates; entities as Person / Organization / Place nodes. */
export function toJsonLd(ex: ExportJson): Record<string, unknown> {
  const url = new Map(ex.articles.map((a) => [a.id, a.url ?? a.source]));
  const node = (id: string): string => `urn:parallax:${encodeURIComponent(id)}`;
  const entities = ex.entities.map((e) => ({ '@id': node(e.id), '@type': SCHEMA_TYPE[e.type] ?? 'Thing', name: e.name, alternateName: e.aliases }));
  const events = ex.events.map((e) => ({
    '@id': node(`event:${e.id}`),
    '@type': 'Event',
    name: `${e.kind}: ${e.participants.map((p) => p.name).join(', ')}`,
    ...(e.date.start && /^\d{4}/.test(e.date.start) ? { startDate: e.date.start } : {}),
    ...(e.date.end && /^\d{4}/.test(e.date.end) ? { endDate: e.date.end } : {}),
    ...(STATUS[e.status] ? { eventStatus: STATUS[e.status] } : {}),
    ...(e.place ? { location: { '@id': node(e.place.id), '@type': 'Place', name: e.place.name } } : {}),
    attendee: e.participants.filter((p) => !p.id.startsWith('place:')).map((p) => ({ '@id': node(p.id) })),
    subjectOf: e.articles.map((a) => ({ '@type': 'NewsArticle', url: url.get(a) })),
  }));
  return { '@context': 'https://schema.org', '@graph': [...entities, ...events] };
}
