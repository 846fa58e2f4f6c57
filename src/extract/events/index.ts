/**
 * Events of one article: triggers from lexicons/event-verbs.json read over the annotated sentences
 * (entity and time layers of the read stage), then refined (see resolve.ts). Pure: reads the Doc, returns mentions.
 */
import type { Doc, Span } from '../../model/doc.js';
import { layer } from '../../model/doc.js';
import { isSpace, triggersIn } from './lexicon.js';
import { OBJECT_GAP, clauseCuts, insideQuote, mentionAt, type Candidate, type SentenceView } from './mention.js';
import { familyOf, fold, refine } from './resolve.js';
import type { Actor, EventMention, TimeRef } from './types.js';

export type { EventMention, Participant, EventDate, EventStatus } from './types.js';
export { LEXICON } from './lexicon.js';

interface EntityData { type: string; name: string; credit?: boolean; demonymOf?: string }

function actorsOf(doc: Doc): { actors: Actor[]; places: Actor[]; all: Span[] } {
  const all = [...layer(doc, 'entity')].sort((a, b) => a.start - b.start);
  const actors: Actor[] = [];
  const places: Actor[] = [];
  for (const s of all) {
    const d = s.data as unknown as EntityData;
    if (d.credit) continue;
    if (d.type === 'place') places.push({ start: s.start, end: s.end, name: d.name, type: d.demonymOf ? 'demonym' : 'place' });
    else if ((d.type === 'person' || d.type === 'organization' || d.type === 'actor') && !d.demonymOf) actors.push({ start: s.start, end: s.end, name: d.name, type: d.type });
  }
  return { actors, places, all };
}

/** Rules whose TIME values name their day with a word ("yesterday morning", "6 a.m. tomorrow"). */
const DAY_WORD_RULES: ReadonlySet<string> = new Set(['deictic-day', 'clock-day']);

/**
 * Dates, and times that name their day ("10 p.m. Wednesday", "yesterday morning", "5 p.m., Nov. 6"), which date an
 * event by that day; a bare clock time ("at 10 p.m.") only repeats the article's day.
 */
function timesOf(doc: Doc): TimeRef[] {
  const out: TimeRef[] = [];
  for (const t of layer(doc, 'time')) {
    const d = t.data as { value: string; precision: string };
    if (t.label === 'DATE') out.push({ start: t.start, end: t.end, value: d.value, precision: d.precision });
    else if (t.label === 'TIME' && (t.prov.stated?.length || DAY_WORD_RULES.has(t.prov.rule))) {
      const day = /^(?:\d{4}-\d\d-\d\d|XXXX-WXX-\d)(?=T)/.exec(d.value); // the day, or an unanchored weekday
      if (day) out.push({ start: t.start, end: t.end, value: day[0], precision: 'day' });
    }
  }
  return out;
}

/** Whether text[from, to) holds five runs of whitespace or more (six words have five between them). */
function fiveSpaceRuns(text: string, from: number, to: number): boolean {
  let n = 0;
  let inRun = false;
  for (let i = from; i < to; i++) {
    const sp = isSpace(text.charCodeAt(i));
    // Stops at the fifth: a long quotation need not be counted to its end.
    if (sp && !inRun && ++n === 5) return true;
    inRun = sp;
  }
  return false;
}

const QUOTED = /“[^”]*”?|"[^"]*"?/g;

/** Offsets of the quotation marks that can open a quoted stretch ('"', '“'), in order. */
function quoteMarks(text: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf('"'); i >= 0; i = text.indexOf('"', i + 1)) out.push(i);
  const straight = out.length;
  for (let i = text.indexOf('“'); i >= 0; i = text.indexOf('“', i + 1)) out.push(i);
  if (straight > 0 && out.length > straight) out.sort((a, b) => a - b);
  return out;
}

/** Whether a sorted list of offsets holds one in [from, to). */
function anyIn(xs: readonly number[], from: number, to: number): boolean {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (xs[mid]! < from) lo = mid + 1; else hi = mid; }
  return lo < xs.length && xs[lo]! < to;
}

/** Quoted stretches of six words or more (speech, not scare quotes) within [from, to); `marks`: quoteMarks(text). */
function longQuotes(text: string, from: number, to: number, marks: readonly number[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  // The article's marks found once: most sentences have none, and searching each for both marks cost more.
  if (!anyIn(marks, from, to)) return out;
  const seg = text.slice(from, to);
  // exec on the one shared pattern: matchAll would copy it for every sentence.
  QUOTED.lastIndex = 0;
  for (let m = QUOTED.exec(seg); m; m = QUOTED.exec(seg)) {
    const a = from + m.index;
    if (fiveSpaceRuns(text, a, a + m[0].length)) out.push([a, a + m[0].length]);
  }
  return out;
}

const ANAPHOR_KINDS: Record<string, string[]> = { meet: ['meet'], summit: ['summit'], visit: ['visit', 'meet', 'summit'], statement: ['statement'] };

/** "the meeting", "the trip", "those remarks": the most recent compatible event of the last three sentences. */
function antecedent(c: Candidate, prior: readonly EventMention[], sentOf: (at: number) => number): EventMention | null {
  const kinds = ANAPHOR_KINDS[familyOf(c.m.kind)] ?? [];
  const here = sentOf(c.m.trigger.start);
  return [...prior].reverse().find((p) => kinds.includes(familyOf(p.kind)) && p.participants.length > 0 && here - sentOf(p.trigger.start) <= 3) ?? null;
}

/** "… meet Putin during the summit": place (and date) of the summit or visit spoken of. */
function applyDuring(c: Candidate, prior: readonly EventMention[]): void {
  const kind = c.during === 'visit' || c.during === 'trip' ? 'visit' : 'summit';
  const host = [...prior].reverse().find((p) => p.kind === kind && p.place);
  if (!host) return;
  if (!c.m.place) c.m.place = { ...host.place! };
  if (!c.m.date.start && host.date.start) c.m.date = { ...host.date, implied: true };
}

/**
 * "signed a trade agreement with X", "met for talks": a noun right after a trigger of the same kind is that event's
 * object, not another event — when it names no one the other does not.
 */
function objectOf(c: Candidate, prior: readonly EventMention[], text: string): EventMention | null {
  const p = prior.at(-1);
  if (!p || p.sentence.start !== c.m.sentence.start || p.trigger.end > c.m.trigger.start) return null;
  if (familyOf(p.kind) !== familyOf(c.m.kind) || !OBJECT_GAP.test(text.slice(p.trigger.end, c.m.trigger.start))) return null;
  return c.m.participants.every((x) => p.participants.some((y) => y.name === x.name)) ? p : null;
}

/** Items whose span lies in [from, to), for items sorted by start (binary search for the first). */
function within<T extends { start: number; end: number }>(xs: readonly T[], from: number, to: number): T[] {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (xs[mid]!.start < from) lo = mid + 1; else hi = mid; }
  const out: T[] = [];
  for (let i = lo; i < xs.length && xs[i]!.start < to; i++) if (xs[i]!.end <= to) out.push(xs[i]!);
  return out;
}

/** Whether an offset lies inside one of the spans (sorted by start): the spans merged, then a binary search. */
function coverage(spans: readonly Span[]): (at: number) => boolean {
  const starts: number[] = [];
  const ends: number[] = [];
  for (const { start, end } of spans) {
    if (start >= end) continue;
    if (ends.length && start <= ends[ends.length - 1]!) ends[ends.length - 1] = Math.max(ends[ends.length - 1]!, end);
    else { starts.push(start); ends.push(end); }
  }
  return (at) => {
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (starts[mid]! <= at) lo = mid + 1; else hi = mid; }
    return lo > 0 && at < ends[lo - 1]!;
  };
}

export function extractEvents(doc: Doc): EventMention[] {
  const text = doc.text;
  const { actors, places, all } = actorsOf(doc);
  const covered = coverage(all); // offsets inside an entity name: no trigger there ("Munich Security Conference")
  const marks = quoteMarks(text);
  const times = timesOf(doc).sort((a, b) => a.start - b.start);
  const sentences = layer(doc, 'sentence');
  const pub = doc.meta.published.value;
  const article = pub && /^\d{4}/.test(pub) ? pub : null;
  const sentOf = (at: number): number => {
    let lo = 0;
    let hi = sentences.length - 1;
    while (lo < hi) { const mid = (lo + hi + 1) >> 1; if (sentences[mid]!.start <= at) lo = mid; else hi = mid - 1; }
    return lo;
  };
  const prior: EventMention[] = [];
  for (let si = 0; si < sentences.length; si++) {
    const s = sentences[si]!;
    const matches = triggersIn(text, s.start, s.end).filter((m) => !covered(m.at));
    if (!matches.length) continue;
    const earlier = within(actors, sentences[Math.max(0, si - 2)]!.start, s.start);
    const quotes = longQuotes(text, s.start, s.end, marks);
    const view: SentenceView = { text, start: s.start, end: s.end, actors: within(actors, s.start, s.end), earlier, prior, places: within(places, s.start, s.end), times: within(times, s.start, s.end), quotes, article, cuts: clauseCuts(text, s.start, s.end, quotes) };
    const hits = matches.map((m) => m.at);
    for (let k = 0; k < matches.length; k++) {
      const t = matches[k]!;
      if (insideQuote(t.at, view.quotes) || covered(t.end - 1)) continue;
      // Triggers do not overlap, so the first hit after this one is the next in the list.
      const c = mentionAt(text, view, t, hits[k + 1] ?? Infinity, hits);
      if (!c) continue;
      if (c.during) applyDuring(c, prior);
      const host = objectOf(c, prior, text);
      if (host) {
        fold(host, c.m);
        continue;
      }
      if (c.m.participants.length === 0) {
        const ante = c.definite ? antecedent(c, prior, sentOf) : null;
        if (ante) fold(ante, c.m, true);
        continue;
      }
      prior.push(c.m);
    }
  }
  return refine(doc, prior, sentOf, article);
}
