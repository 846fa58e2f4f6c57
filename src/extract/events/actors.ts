/**
 * Who: the subject and the object/complement of a trigger, from the entity spans around it in its clause,
 * with pronouns and "the two sides" resolved to the people the text just spoke of.
 */
import type { Actor, EventMention } from './types.js';

export interface ClauseView {
  text: string;
  /** Clause bounds around the trigger (sentence bounds cut at ';', dashes, that-clauses, long quotes). */
  from: number;
  to: number;
  actors: readonly Actor[];
  /** Persons and organisations of the sentences before (most recent last), for pronouns. */
  earlier: readonly Actor[];
  /** Mentions found so far in the article (most recent last), for "the two leaders". */
  prior: readonly EventMention[];
}

const PRONOUN = /\b(he|she|they|his|her|their|both sides|both leaders|both ministers|the two (?:sides|leaders|ministers|officials|presidents|men|countries|delegations))\b/gi;
// An actor just before one of these is a source of the report, not a party to the event.
const REPORTER_AFTER = /^\W{0,3}(?:[a-z]+\s+){0,2}(?:reported|said|says|told|cited|citing|added|announced)\b/i;
// "by"/"from" only after words of reporting: "an attack by X" and "shells … from X" name parties, not sources.
const REPORTER_BEFORE = /\b(?:according to|citing|(?:reported|quoted|cited|carried|published|broadcast|seen|obtained|report|reports|statement|dispatch)\s+(?:by|from))\s+(?:the\s+)?[^,;]{0,30}$/i;

/** Between coordinated names: "X, Y and Z", with modifiers after a determiner or "and" ("Mordor, the awful Fornost, and good Gondor"). */
const COORDINATION = /^\s*(?:,\s*(?:(?:the|an?)\s+(?:[a-z]+\s+){0,2})?|,?\s+and\s+(?:(?:the|an?)\s+)?(?:[a-z]+\s+){0,2})$/;

const inClause = (a: Actor, v: ClauseView): boolean => a.start >= v.from && a.end <= v.to;
const persons = (as: readonly Actor[]): Actor[] => as.filter((a) => a.type === 'person');

/** An actor that only sources the report ("X reported", "according to X"); never when its verb is the trigger itself. */
export function isReporter(a: Actor, text: string, trigger = -1): boolean {
  const m = REPORTER_AFTER.exec(text.slice(a.end, a.end + 30));
  if (m && a.end + m[0].length < trigger) return true;
  return a.type !== 'person' && REPORTER_BEFORE.test(text.slice(Math.max(0, a.start - 40), a.start));
}

/** "X and Y", "X, Y and Z": the actors coordinated with `a` just before it. */
function coordinatedBefore(a: Actor, v: ClauseView): Actor[] {
  const out: Actor[] = [];
  let cur = a;
  for (;;) {
    const prev = v.actors.filter((b) => b.end <= cur.start && inClause(b, v)).at(-1);
    if (!prev || !COORDINATION.test(v.text.slice(prev.end, cur.start))) return out;
    out.unshift(prev);
    cur = prev;
  }
}

/** Coordinated after: "met A and B". */
function coordinatedAfter(a: Actor, v: ClauseView): Actor[] {
  const next = v.actors.find((b) => b.start >= a.end && inClause(b, v));
  if (next && /^\s*,?\s+and\s+(?:[\w.’'-]+\s+){0,4}$/.test(v.text.slice(a.end, next.start))) return [next];
  return [];
}

/** "Russian Security Council Secretary Sergei Shoigu": an organisation that only qualifies the person after it. */
function headOf(a: Actor, v: ClauseView): Actor {
  if (a.type === 'person') return a;
  const next = v.actors.find((b) => b.start >= a.end && b.type === 'person');
  if (next && /^(?:\s+[A-Z][\w.’'-]*){0,4}\s+$/.test(v.text.slice(a.end, next.start))) return next;
  return a;
}

/** He/she/his → the nearest person before; they/their/the two sides → two people from the sentence or the last two-party event. */
export function resolvePronoun(word: string, at: number, v: ClauseView): Actor[] {
  const w = word.toLowerCase();
  const before = persons(v.actors.filter((a) => a.end <= at));
  if (/^(he|she|his|her)$/.test(w)) {
    const p = before.at(-1) ?? persons(v.earlier).at(-1);
    return p ? [p] : [];
  }
  const distinct = [...new Map(before.map((a) => [a.name, a])).values()];
  if (distinct.length >= 2) return distinct.slice(-2);
  // The last two-party event of the few sentences before, else the article's first meeting (its main one).
  const recent = v.prior.filter((m) => m.participants.length >= 2 && at - m.sentence.end < 700);
  const meeting = (m: (typeof v.prior)[number]): boolean => m.participants.length >= 2 && (m.kind === 'meet' || m.kind === 'talks');
  // "The two sides", "both delegations": the sides of the latest meeting, before any other two-party event.
  let sides: (typeof v.prior)[number] | undefined;
  if (/sides|delegations/.test(w)) for (let i = v.prior.length - 1; i >= 0 && !sides; i--) if (meeting(v.prior[i]!)) sides = v.prior[i];
  const last = sides ?? recent.at(-1) ?? v.prior.find(meeting);
  return last ? last.participants.map((p) => ({ start: p.start, end: p.end, name: p.name, type: p.type })) : [];
}

/** "NAME, appositive, said": the actor ending right before the comma that opens the appositive. */
function appositiveSubject(at: number, v: ClauseView): Actor | null {
  if (!/,\s*(?:[a-z]+ly\s+)?$/.test(v.text.slice(Math.max(v.from, at - 12), at))) return null;
  const comma = v.text.lastIndexOf(',', at);
  const ends = v.actors.filter((a) => inClause(a, v) && a.end < at && /^\s*,/.test(v.text.slice(a.end, a.end + 3)) && v.text.indexOf(',', a.end) !== comma);
  return persons(ends).at(-1) ?? null;
}

/** The last actor (person) of the clause ending by `at` that is no mere source of the report. */
function lastActor(at: number, v: ClauseView, person: boolean): Actor | undefined {
  for (let i = v.actors.length - 1; i >= 0; i--) {
    const a = v.actors[i]!;
    if (inClause(a, v) && a.end <= at && (!person || a.type === 'person') && !isReporter(a, v.text, at)) return a;
  }
  return undefined;
}

const OPENER = /^\s*(?:against|after|before|during|amid|amidst|despite|following|with|in|on|at|as|while|ahead\s+of|since|when|unlike|like)\b/i;

/**
 * "Against the backdrop of the X Assembly, the minister visited …": an actor inside a phrase that opens the clause
 * and is closed by a comma, with a new noun phrase between that comma and the verb, is not the verb's subject.
 */
function inOpeningPhrase(a: Actor, at: number, v: ClauseView): boolean {
  const comma = v.text.indexOf(',', a.end);
  if (comma < 0 || comma >= at) return false;
  // The clause may begin with a dateline ("NAIROBI, June 2 -- Against …"): the phrase opens after its dash.
  const pre = v.text.slice(v.from, a.start);
  const dash = /^.*(?:--|—|–)/s.exec(pre);
  if (!OPENER.test(dash ? pre.slice(dash[0].length) : pre)) return false;
  return /^,\s+(?:the|a|an|his|her|their|its)\s+[^,;]*$/i.test(v.text.slice(comma, at));
}

/** The subject of the verb at `at`: the nearest actor or pronoun before it in the clause, with coordination. */
export function subjectBefore(at: number, v: ClauseView, preferPerson = false): Actor[] {
  const app = appositiveSubject(at, v);
  if (app) return [...coordinatedBefore(app, v), app];
  let best = lastActor(at, v, false);
  if (preferPerson && best && best.type !== 'person') best = lastActor(at, v, true) ?? best;
  const seg = v.text.slice(v.from, at);
  let pron: RegExpExecArray | null = null;
  PRONOUN.lastIndex = 0;
  for (let m; (m = PRONOUN.exec(seg)); ) pron = m; // the last one
  const pronAt = pron ? v.from + pron.index : -1;
  if (pron && (!best || pronAt > best.end)) return resolvePronoun(pron[1]!, pronAt, v);
  if (!best || inOpeningPhrase(best, at, v)) return [];
  const head = headOf(best, v);
  return [...coordinatedBefore(head, v), head];
}

/** "met at the Old Treasury Building", "spoke in the Duma": an organisation named as where, not with whom. */
const VENUE_BEFORE = /\b(?:at|in|inside|outside|near)\s+(?:the\s+)?$/i;
const WITH_AFTER_VENUE = /^(?:\s+(?:in|on)\s+[\w.]+(?:\s+\w+)?)?\s+with\s+(?:the\s+)?$/i;
const isVenue = (a: Actor, text: string): boolean => a.type === 'organization' && VENUE_BEFORE.test(text.slice(Math.max(0, a.start - 12), a.start));

/**
 * The object: the first actor after the trigger in the clause (its head person), with "and B". `venues`: whether an
 * organisation after "at"/"in" can be it — for acts aimed at something ("fired at X"), not for meetings and speech.
 */
export function objectAfter(at: number, v: ClauseView, within = 90, venues = true): Actor[] {
  let first = v.actors.find((a) => inClause(a, v) && a.start >= at && a.start - at <= within && !isReporter(a, v.text));
  // Past a venue only to one met "with": "met at the Old Treasury Building with X".
  if (first && !venues && isVenue(first, v.text)) {
    const venue = first;
    first = v.actors.find((a) => inClause(a, v) && a.start > venue.end && WITH_AFTER_VENUE.test(v.text.slice(venue.end, a.start)));
  }
  if (!first) return [];
  const head = headOf(first, v);
  return [head, ...coordinatedAfter(head, v)];
}

/**
 * Noun complements: "talks with X", "a meeting between X and Y" (an intervening "in Malta" is fine); for hostile
 * acts also the one they are aimed at: "an air strike against X", "the attack on X".
 */
export function complementAfter(at: number, v: ClauseView, hostile = false): Actor[] {
  const win = v.text.slice(at, Math.min(v.to, at + 60));
  const m = (hostile ? /\b(with|between|against|on)\s/ : /\b(with|between)\s/).exec(win);
  if (!m || /[;:]/.test(win.slice(0, m.index))) return [];
  return objectAfter(at + m.index + m[0].length, v, 40);
}

/** The possessor of a noun trigger: "Wang's visit", "his talks", "their meeting", "the BRICS summit". */
export function possessor(at: number, v: ClauseView): Actor[] | null {
  const pre = v.text.slice(Math.max(v.from, at - 45), at);
  // Without an apostrophe the pattern cannot match; it would try every split of every word.
  const poss = pre.includes("'") || pre.includes('’') ? /(\S+)['’]s?\s+(?:[\w-]+\s+){0,3}$/.exec(pre) : null;
  if (poss) {
    const end = at - pre.length + poss.index + poss[1]!.length;
    const a = v.actors.find((x) => x.end === end || x.end === end - 1);
    if (a) return [a];
  }
  const pro = /\b(his|her|their)\s+(?:[\w-]+\s+){0,2}$/i.exec(pre);
  if (pro) return resolvePronoun(pro[1]!, at - pre.length + pro.index, v);
  const compound = v.actors.find((x) => x.type === 'organization' && /^\s+(?:leaders['’]\s+)?$/.test(v.text.slice(x.end, at)));
  return compound ? [compound] : null;
}
