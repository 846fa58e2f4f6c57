/**
 * How outlets covered the same events: per linked event a matrix of facts (participants, place, date, status,
 * quotes by participants) against outlets; per storyline the events each outlet reported; the claims only one
 * outlet makes (sentences a rewrite adds to its source, facts no other outlet reporting the event gives); the
 * attribution verbs each outlet chose; and each outlet's framing phrases. Pure functions over processed Docs.
 */
import type { Doc } from '../model/doc.js';
import { linkEvents, participantKey, type LinkedEvent } from '../link/events.js';
import { clusterArticles } from '../link/cluster.js';
import { findLineage, type Lineage } from '../link/lineage.js';
import { findFraming, type Framing } from './framing.js';

export interface CoverageRow { fact: string; byOutlet: Record<string, boolean> }
export interface EventCoverage { event: string; label: string; outlets: string[]; articles: string[]; rows: CoverageRow[] }
export interface StorylineCoverage { storyline: number; articles: string[]; outlets: string[]; rows: CoverageRow[] }
export interface OneOutletClaim { outlet: string; article: string; claim: string; basis: string }
export interface VerbUse { cue: string; count: number; stances: string[] }
export interface Comparison {
  events: EventCoverage[];
  storylines: StorylineCoverage[];
  oneOutlet: OneOutletClaim[];
  verbs: Record<string, VerbUse[]>;
  framing: Record<string, Array<Framing & { article: string }>>;
}

interface EventData {
  kind: string;
  participants: Array<{ name: string; type: string }>;
  place: { name: string } | null;
  date: { start: string | null; end: string | null; precision: string | null; implied?: boolean };
  status: string;
}
interface QuoteData { speaker: { name: string; type: string } | null; cue: string | null; stance: string | null }

const fileName = (path: string): string => path.split(/[\\/]/).pop() ?? path;

/** The outlet's name, or a stable stand-in naming the source file when the article does not say. */
export function outletOf(doc: Doc): string {
  return doc.meta.outlet ?? `unknown outlet (${fileName(doc.meta.source)})`;
}

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** A date as a reader says it: ISO at its precision, a range with a slash, a weekday without its week in words. */
export function showDate(d: { start: string | null; end: string | null; precision: string | null }): string {
  if (!d.start) return 'date not given';
  const one = (v: string): string => {
    const w = /^(\d{4}|XXXX)-WXX-(\d)$/.exec(v);
    if (w) return `a ${WEEKDAYS[Number(w[2]) - 1] ?? 'weekday'}${w[1] === 'XXXX' ? '' : ` in ${w[1]}`}`;
    return v.replace(/^XXXX-/, '(year not given) ');
  };
  const span = d.end && d.end !== d.start ? `${one(d.start)}/${one(d.end)}` : one(d.start);
  return `${span} (${d.precision ?? 'unknown'})`;
}

/** The plain name for each participant key: the shortest full name, since extractors glue titles to names. */
export function participantNames(docs: Map<string, Doc>, le: LinkedEvent): Map<string, string> {
  const out = new Map<string, string>();
  for (const r of le.reports) for (const p of eventData(docs, r)?.participants ?? []) {
    const k = participantKey(p);
    const cur = out.get(k);
    const full = (n: string): number => (n.split(' ').length >= 2 ? 0 : 1);
    if (!cur || full(p.name) < full(cur) || (full(p.name) === full(cur) && p.name.length < cur.length)) out.set(k, p.name);
  }
  // A title-glued name of another key ("Security Council Sergei Shoigu" typed apart) is that participant.
  for (const [k, n] of out) {
    const plain = [...out.values()].find((m) => m !== n && n.endsWith(` ${m}`));
    if (plain) out.set(k, plain);
  }
  return out;
}

function eventData(docs: Map<string, Doc>, r: { article: string; event: number }): EventData | undefined {
  return docs.get(r.article)?.layers['event']?.[r.event]?.data as EventData | undefined;
}

/** One line naming a linked event: kind, people, place, date. */
export function eventLabel(docs: Map<string, Doc>, le: LinkedEvent): string {
  const names = [...new Set(participantNames(docs, le).values())];
  return `${le.kind}: ${names.join(', ') || 'no participants'}${le.place ? ` in ${le.place}` : ''}, ${showDate(le.date)}`;
}

/** The facts one report gives, as comparable strings. */
function reportFacts(docs: Map<string, Doc>, r: { article: string; event: number }, names: Map<string, string>): string[] {
  const e = eventData(docs, r);
  if (!e) return [];
  const facts = e.participants.map((p) => `participant ${names.get(participantKey(p)) ?? p.name}`);
  if (e.place) facts.push(`place ${e.place.name}`);
  if (e.date.start && !e.date.implied) facts.push(`date ${showDate(e.date)}`);
  facts.push(`status ${e.status}`);
  return [...new Set(facts)];
}

/** Quotes in a reporting article whose speaker takes part in the event. */
function quoteFacts(doc: Doc, names: Map<string, string>): string[] {
  const out: string[] = [];
  for (const q of doc.layers['quote'] ?? []) {
    const s = (q.data as unknown as QuoteData).speaker;
    const name = s ? names.get(participantKey(s)) : undefined;
    if (name) out.push(`quote by ${name}`);
  }
  return [...new Set(out)];
}

/** Rows in first-seen order; an outlet holds a fact when any of its articles' reports gives it. */
function matrix(outlets: string[], given: Array<[string, string[]]>): CoverageRow[] {
  const rows = new Map<string, CoverageRow>();
  for (const [outlet, facts] of given) for (const f of facts) {
    if (!rows.has(f)) rows.set(f, { fact: f, byOutlet: Object.fromEntries(outlets.map((o) => [o, false])) });
    rows.get(f)!.byOutlet[outlet] = true;
  }
  return [...rows.values()];
}

export function eventCoverage(docs: Map<string, Doc>, le: LinkedEvent): EventCoverage {
  const names = participantNames(docs, le);
  const articles = [...new Set(le.reports.map((r) => r.article))];
  const outletFor = (a: string): string => outletOf(docs.get(a)!);
  const outlets = [...new Set(articles.map(outletFor))].sort();
  const given: Array<[string, string[]]> = le.reports.map((r) => [outletFor(r.article), reportFacts(docs, r, names)]);
  for (const a of articles) given.push([outletFor(a), quoteFacts(docs.get(a)!, names)]);
  return { event: le.id, label: eventLabel(docs, le), outlets, articles, rows: matrix(outlets, given) };
}

export function storylineCoverage(docs: Map<string, Doc>, links: LinkedEvent[], articles: string[], n: number): StorylineCoverage {
  const inStory = new Set(articles);
  const outlets = [...new Set(articles.map((a) => outletOf(docs.get(a)!)))].sort();
  const given: Array<[string, string[]]> = [];
  for (const le of links) for (const r of le.reports) if (inStory.has(r.article)) given.push([outletOf(docs.get(r.article)!), [eventLabel(docs, le)]]);
  return { storyline: n, articles, outlets, rows: matrix(outlets, given) };
}

/** Claims one outlet makes alone: what a rewrite adds to its source, and event facts only one of several outlets gives. */
export function oneOutletClaims(docs: Map<string, Doc>, events: EventCoverage[], lineage: Lineage[]): OneOutletClaim[] {
  const out: OneOutletClaim[] = [];
  for (const l of lineage) {
    const doc = docs.get(l.article);
    if (!doc) continue;
    const src = docs.get(l.derived_from);
    const basis = `not in its source, ${src ? outletOf(src) : 'an earlier article'} [${l.derived_from}]`;
    for (const s of l.added) out.push({ outlet: outletOf(doc), article: l.article, claim: s, basis });
  }
  for (const e of events) {
    if (e.outlets.length < 2) continue;
    for (const row of e.rows) {
      const who = e.outlets.filter((o) => row.byOutlet[o]);
      if (who.length !== 1) continue;
      const article = e.articles.find((a) => outletOf(docs.get(a)!) === who[0]) ?? e.articles[0]!;
      out.push({ outlet: who[0]!, article, claim: `${row.fact} (${e.label})`, basis: `not given by ${e.outlets.filter((o) => o !== who[0]).join(', ')}` });
    }
  }
  return out;
}

/** Each outlet's attribution verbs, most used first, with the stances they carried. */
export function attributionVerbs(docs: Doc[]): Record<string, VerbUse[]> {
  const acc = new Map<string, Map<string, { count: number; stances: Set<string> }>>();
  for (const doc of docs) for (const q of doc.layers['quote'] ?? []) {
    const d = q.data as unknown as QuoteData;
    if (!d.cue) continue;
    const per = acc.get(outletOf(doc)) ?? new Map<string, { count: number; stances: Set<string> }>();
    acc.set(outletOf(doc), per);
    const cue = d.cue.toLowerCase();
    const v = per.get(cue) ?? { count: 0, stances: new Set<string>() };
    v.count++;
    if (d.stance) v.stances.add(d.stance);
    per.set(cue, v);
  }
  const out: Record<string, VerbUse[]> = {};
  for (const o of [...acc.keys()].sort()) {
    out[o] = [...acc.get(o)!].map(([cue, v]) => ({ cue, count: v.count, stances: [...v.stances].sort() }))
      .sort((a, b) => b.count - a.count || a.cue.localeCompare(b.cue));
  }
  return out;
}

export function framingByOutlet(docs: Doc[]): Record<string, Array<Framing & { article: string }>> {
  const out: Record<string, Array<Framing & { article: string }>> = {};
  for (const doc of [...docs].sort((a, b) => outletOf(a).localeCompare(outletOf(b)))) {
    const hits = findFraming(doc).map((f) => ({ ...f, article: doc.id }));
    if (hits.length) (out[outletOf(doc)] ??= []).push(...hits);
  }
  return out;
}

/** The whole comparison; links, clusters and lineage may be passed in when the caller already has them. */
export function compare(docs: Doc[], links: LinkedEvent[] = linkEvents(docs), storylines: string[][] = clusterArticles(docs, links).storylines,
  lineage: Lineage[] = findLineage(docs)): Comparison {
  const byId = new Map(docs.map((d) => [d.id, d]));
  const events = links.map((le) => eventCoverage(byId, le));
  return {
    events,
    storylines: storylines.map((s, i) => storylineCoverage(byId, links, s, i + 1)),
    oneOutlet: oneOutletClaims(byId, events, lineage),
    verbs: attributionVerbs(docs),
    framing: framingByOutlet(docs),
  };
}
