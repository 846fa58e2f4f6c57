/**
 * What an article is linked by: its words, its lead's words, its entities, the years its lead names and the
 * linked events its lead reports. The linking itself (storylines, and the events inside each; incremental or
 * in a batch) is ./linker.ts.
 */
import type { Doc } from '../model/doc.js';
import { entityKey } from '../query/entities.js';
import { familyOf, type LinkedEvent } from './events.js';
import { CLUSTER_OPTIONS, Linker, type ClusterOptions, type Features } from './linker.js';

export { CLUSTER_OPTIONS, Linker, type ClusterOptions, type Features };

const STOP = new Set(('the a an and or but of to in on at by for with from as is was were are be been being has have had it its this that these those '
  + 'he she they we you i his her their our them him who whom which what when where why how not no said says say will would could should may might '
  + 'also after before over into about than then there here up out more most other some such only new one two three first last year years '
  + 'time just like can did does do www com http https html htm article news story index php asp').split(' '));

/** Lower-case content words, crudely singular ("meetings" = "meeting"). */
export function words(text: string): string[] {
  const out: string[] = [];
  for (const m of text.toLowerCase().matchAll(/\p{L}[\p{L}'’-]*\p{L}/gu)) {
    let w = m[0].replace(/['’]s$/, '');
    if (w.length < 3 || STOP.has(w)) continue;
    if (w.length > 4 && w.endsWith('s') && !w.endsWith('ss')) w = w.slice(0, -1);
    out.push(w);
  }
  return out;
}

const LEAD_SENTENCES = 3;

/** The lead: the title and the first sentences, where an article names the event it reports. */
function leadEnd(doc: Doc): number {
  const sents = doc.layers['sentence'] ?? [];
  return sents[Math.min(LEAD_SENTENCES, sents.length) - 1]?.end ?? doc.text.length;
}

/** The linked event a report (article id, event index) belongs to. */
export type EventOf = (article: string, event: number) => string | undefined;

export function eventLookup(linked: LinkedEvent[]): EventOf {
  const of = new Map<string, string>();
  for (const e of linked) for (const r of e.reports) of.set(`${r.article}#${r.event}`, e.id);
  return (article, event) => of.get(`${article}#${event}`);
}

/** The linked events of an article's lead that happened and are meetings, visits or talks. */
export function mainEvents(doc: Doc, eventOf: EventOf): Set<string> {
  const spans = doc.layers['event'] ?? [];
  const end = leadEnd(doc);
  const isMain = (i: number): boolean => {
    const d = spans[i]!.data as { kind: string; status: string };
    return familyOf(d.kind) === 'contact' && d.status === 'occurred';
  };
  let picked = spans.map((_, i) => i).filter((i) => isMain(i) && spans[i]!.start < end);
  if (!picked.length) picked = spans.map((_, i) => i).filter(isMain).slice(0, 1);
  const out = new Set<string>();
  for (const i of picked) { const e = eventOf(doc.id, i); if (e) out.add(e); }
  return out;
}

export function featuresOf(doc: Doc, eventOf: EventOf): Features {
  const terms = new Map<string, number>();
  const end = leadEnd(doc);
  const add = (m: Map<string, number>, k: string, n: number): void => void m.set(k, (m.get(k) ?? 0) + n);
  const lead = new Map<string, number>();
  for (const w of [...words(doc.meta.title ?? ''), ...words(doc.text.slice(0, end))]) { add(terms, w, 2); add(lead, w, 1); }
  for (const w of words(doc.text.slice(end))) add(terms, w, 1);
  const ents = new Map<string, number>();
  for (const s of doc.layers['entity'] ?? []) {
    const d = s.data as { type: string; name: string; credit?: boolean; demonymOf?: string };
    if (!d.credit && !d.demonymOf) add(ents, entityKey(d.type, d.name), s.start < end ? 2 : 1);
  }
  const years = new Set<string>();
  for (const t of doc.layers['time'] ?? []) {
    const v = (t.data as { value?: string }).value ?? '';
    if (t.start < end && /^\d{4}-\d{2}/.test(v)) years.add(v.slice(0, 4));
  }
  const pub = doc.meta.published;
  if (pub.value && /^\d{4}/.test(pub.value) && !pub.inferred) years.add(pub.value.slice(0, 4));
  return { id: doc.id, terms, lead, ents, years, main: mainEvents(doc, eventOf), day: pub.inferred ? null : dayOf(pub.value) };
}

/** A stated date to the day or month as a day number (a month's middle day); a bare year is too coarse. */
export function dayOf(value: string | null): number | null {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(value ?? '');
  return m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, m[3] ? Number(m[3]) : 15) / 86_400_000 : null;
}


/** Articles by the event they report, and storylines, for a batch (./linker.ts). */
export function clusterArticles(docs: Doc[], linked: LinkedEvent[], o: ClusterOptions = CLUSTER_OPTIONS): { events: string[][]; storylines: string[][] } {
  const eventOf = eventLookup(linked);
  return Linker.batch(docs.map((d) => featuresOf(d, eventOf)), o).clusters();
}
