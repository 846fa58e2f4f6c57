/** Events and quotes of the stored articles, in the export's shape. Merging reports across articles is the link stage's. */
import type { Doc } from '../model/doc.js';
import { entityIndex, entityKey, type EntityIndex } from './entities.js';

export interface EventJson {
  id: string;
  kind: string;
  cameo: string;
  plover: string;
  participants: Array<{ id: string; name: string; role: string }>;
  place: { id: string; name: string } | null;
  date: { start: string | null; end: string | null; precision: string | null };
  status: string;
  articles: string[];
  evidence: Array<{ article: string; start: number; end: number; text: string }>;
}

export interface QuoteJson {
  article: string;
  speaker: { id: string; name: string } | null;
  text: string;
  direct: boolean;
  cue: string | null;
  addressee: string | null;
  via: { name: string } | null;
  stance: string | null;
  evidence: { start: number; end: number };
}

interface EventData {
  kind: string;
  cameo: string;
  plover: string;
  participants: Array<{ name: string; type: string; role: string }>;
  place: { name: string } | null;
  date: { start: string | null; end: string | null; precision: string | null };
  status: string;
  evidence: Array<{ start: number; end: number }>;
}

/** As the article names it, or as the corpus does when given the corpus's entity index. */
function ref(index: EntityIndex | undefined, type: string, name: string): { id: string; name: string } {
  return index ? index.get(type, name) : { id: entityKey(type, name), name };
}

export function eventsOf(doc: Doc, index?: EntityIndex): EventJson[] {
  return (doc.layers['event'] ?? []).map((s, i) => {
    const e = s.data as unknown as EventData;
    return {
      id: `${doc.id}-e${i + 1}`,
      kind: e.kind,
      cameo: e.cameo,
      plover: e.plover,
      participants: e.participants.map((p) => ({ ...ref(index, p.type, p.name), role: p.role })),
      place: e.place ? ref(index, 'place', e.place.name) : null,
      date: { start: e.date.start, end: e.date.end, precision: e.date.precision },
      status: e.status,
      articles: [doc.id],
      evidence: e.evidence.map((x) => ({ article: doc.id, start: x.start, end: x.end, text: doc.text.slice(x.start, x.end) })),
    };
  });
}

interface QuoteData {
  direct: boolean;
  text: string;
  speaker: { name: string; type: string } | null;
  cue: string | null;
  addressee: string | null;
  via: string | null;
  stance: string | null;
}

export function quotesOf(doc: Doc, index?: EntityIndex): QuoteJson[] {
  return (doc.layers['quote'] ?? []).map((s) => {
    const q = s.data as unknown as QuoteData;
    return {
      article: doc.id,
      speaker: q.speaker ? ref(index, q.speaker.type, q.speaker.name) : null,
      text: q.text,
      direct: q.direct,
      cue: q.cue,
      addressee: q.addressee,
      via: q.via ? { name: q.via } : null,
      stance: q.stance,
      evidence: { start: s.start, end: s.end },
    };
  });
}

/** Every stored article's events, entities named as the corpus names them. */
export function corpusEvents(docs: readonly Doc[]): EventJson[] {
  const index = entityIndex(docs);
  return docs.flatMap((d) => eventsOf(d, index));
}

/** Every stored article's quotes, speakers named as the corpus names them. */
export function corpusQuotes(docs: readonly Doc[]): QuoteJson[] {
  const index = entityIndex(docs);
  return docs.flatMap((d) => quotesOf(d, index));
}
