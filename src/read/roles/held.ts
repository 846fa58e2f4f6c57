/**
 * "Who held OFFICE on DATE", answered only from role assertions collected across articles (never from a table of
 * holders): the person whose dated assertions cover or bracket the date, else the nearest, preferring assertions
 * at or before it (an office seen held before the date is more likely still held than one first seen after it).
 */
import { LEXICON } from './lexicon.js';
import { normaliseOffice } from './normalise.js';
import { samePerson } from './find.js';
import type { RoleAssertion, WhoHeldAnswer } from './types.js';

const DAY = 86_400_000;

/** An ISO date at its precision ("2023", "2023-02", "2023-02-22", or a range "A/B") as a day interval. */
export function dayInterval(iso: string): [number, number] | null {
  const [a, b = a] = iso.split('/');
  const lo = bound(a, false), hi = bound(b, true);
  return lo !== null && hi !== null && lo <= hi ? [lo, hi] : null;
}

function bound(iso: string, end: boolean): number | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso.trim());
  if (!m) return null;
  const y = +m[1], mo = m[2] ? +m[2] - 1 : end ? 11 : 0;
  if (m[3]) return Date.UTC(y, mo, +m[3]) / DAY;
  return end ? Date.UTC(y, mo + 1, 0) / DAY : Date.UTC(y, mo, 1) / DAY;
}

interface Standing { person: string; cover: number; before: number; after: number; width: number; nearest: string | null; score: number }

/** How one person's assertions stand to the query interval: covering, gap before, gap after. */
function standing(person: string, mine: RoleAssertion[], q: [number, number]): Standing {
  const st: Standing = { person, cover: 0, before: Infinity, after: Infinity, width: Infinity, nearest: null, score: Infinity };
  let best = Infinity;
  for (const a of mine) {
    const iv = a.asOf ? dayInterval(a.asOf) : null;
    if (!iv) continue;
    const gap = iv[1] < q[0] ? q[0] - iv[1] : iv[0] > q[1] ? iv[0] - q[1] : 0;
    if (gap === 0) { st.cover++; st.width = Math.min(st.width, iv[1] - iv[0]); }
    else if (iv[1] < q[0]) st.before = Math.min(st.before, gap);
    else st.after = Math.min(st.after, gap);
    const weighted = iv[0] > q[1] ? 2 * gap : gap; // after the date counts double: prefer at-or-before
    if (weighted < best) { best = weighted; st.nearest = a.asOf; }
  }
  // Covering wins (narrower intervals first); then bracketing; then the weighted nearest.
  st.score = st.cover ? -1e9 + st.width : Number.isFinite(st.before) && Number.isFinite(st.after) ? -1e6 + st.before : best;
  return st;
}

/** A person said to be former at a date after their last positive sighting, and at or before the query date. */
function endedBefore(person: string, formers: RoleAssertion[], lastSeen: number, q: [number, number]): boolean {
  return formers.some((f) => {
    const iv = f.person === person && f.asOf ? dayInterval(f.asOf) : null;
    return !!iv && iv[0] > lastSeen && iv[1] <= q[1];
  });
}

export function whoHeld(assertions: RoleAssertion[], office: string, on: string): WhoHeldAnswer {
  const target = normaliseOffice(office) ?? office;
  const q = dayInterval(on);
  const mine = assertions.filter((a) => a.office === target || a.office.toLowerCase() === office.toLowerCase());
  const held = mine.filter((a) => !a.former);
  const people = [...new Set(held.map((a) => a.person))];
  const standings = q ? people.map((p) => standing(p, held.filter((a) => a.person === p), q)) : [];
  const candidates = people.map((p) => ({ person: p, nearest: standings.find((s) => s.person === p)?.nearest ?? null }));
  const ranked = standings.filter((s) => Number.isFinite(s.score)).sort((x, y) => x.score - y.score || x.person.localeCompare(y.person));
  const lastSeen = (p: string): number => Math.max(...held.filter((a) => a.person === p && a.asOf).map((a) => dayInterval(a.asOf!)?.[1] ?? -Infinity));
  const winner = q ? ranked.find((s) => s.cover > 0 || !endedBefore(s.person, mine.filter((a) => a.former), lastSeen(s.person), q)) : undefined;
  if (!winner || !q) return { person: null, evidence: [], candidates };
  const distance = (a: RoleAssertion): number => {
    const iv = a.asOf ? dayInterval(a.asOf) : null;
    return iv ? Math.max(0, q[0] - iv[1], iv[0] - q[1]) : Infinity;
  };
  const evidence = held.filter((a) => a.person === winner.person).sort((x, y) => distance(x) - distance(y));
  return { person: winner.person, evidence, candidates };
}

/** Bare titles across articles ("President" for Xi in one article) take the one qualified office the same person
 *  holds with that title elsewhere ("President of China"); left alone when there is none or more than one. */
export function qualifyOffices(assertions: RoleAssertion[]): RoleAssertion[] {
  return assertions.map((a) => {
    if (!LEXICON.countryTitles.has(a.office)) return a;
    const others = new Set(assertions.filter((b) => b.office !== a.office && samePerson(a.person, b.person) && isFormOf(b.office, a.office)).map((b) => b.office));
    return others.size === 1 ? { ...a, office: [...others][0] } : a;
  });
}

const isFormOf = (office: string, title: string): boolean => office.startsWith(title + ' of ') || new RegExp(`^\\S+ ${title}$`).test(office);
