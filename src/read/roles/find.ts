/**
 * Offices tied to person mentions: pre-modifiers ("Russian Foreign Minister Sergei Lavrov"), appositions
 * ("Nikolai Patrushev, the head of Russia’s Security Council"), reverse appositions ("Russia’s foreign minister,
 * Sergei Lavrov,"), copulas ("X is the foreign minister") and possessors ("Biden’s national security adviser
 * Jake Sullivan": the office is Sullivan’s; Biden’s own office gives its country).
 */
import { LEXICON } from './lexicon.js';
import { PARTIES, type OfficeContext, type ParsedOffice } from './normalise.js';
import { buildDoc, connected, firstTok, isCap, isPossessive, officeish, parseSpan, spaces, walkLeft, walkRight, type Doc } from './doc.js';
import type { PlaceSpan, RoleMention, Span } from './types.js';

interface Found { pi: number; parsed: ParsedOffice; s: number; e: number; rule: string; confidence: number }

/** Words that may follow an office inside a longer phrase: "and" (another office follows), "who", "since" … */
const ENDS: ReadonlySet<string> = new Set(['and', ...LEXICON.restStarts]);

const COPULA_FIRST: ReadonlySet<string | undefined> = new Set(LEXICON.copulas.map((c) => c[0]));

const CONFIDENCE: Record<string, number> = { premodifier: 0.9, apposition: 0.85, possessive: 0.8, copula: 0.8 };

const withCountry = (d: Doc, country: string | null | undefined): OfficeContext => (country ? { ...d.ctx, country } : d.ctx);

/** Longest phrase ending at token k that is an office (tried from the left edge of the walk inwards). */
function longestEndingAt(d: Doc, from: number, k: number, ctx: OfficeContext): { parsed: ParsedOffice; s: number } | null {
  for (let s = from; s <= k; s++) {
    const parsed = parseSpan(d, s, k, ctx);
    if (parsed) return { parsed, s };
  }
  return null;
}

/** US states as the press abbreviates them after a name: "(R-Texas)", "(D-Calif.)", "(R-N.Y.)", "(D-RI)". */
const STATES: ReadonlyMap<string, string> = new Map(Object.entries({
  'Ala.': 'Alabama', AL: 'Alabama', AK: 'Alaska', 'Ariz.': 'Arizona', AZ: 'Arizona', 'Ark.': 'Arkansas', AR: 'Arkansas',
  'Calif.': 'California', CA: 'California', 'Colo.': 'Colorado', CO: 'Colorado', 'Conn.': 'Connecticut', CT: 'Connecticut',
  'Del.': 'Delaware', DE: 'Delaware', 'Fla.': 'Florida', FL: 'Florida', 'Ga.': 'Georgia', GA: 'Georgia', HI: 'Hawaii',
  ID: 'Idaho', 'Ill.': 'Illinois', IL: 'Illinois', 'Ind.': 'Indiana', IN: 'Indiana', IA: 'Iowa', 'Kan.': 'Kansas',
  KS: 'Kansas', 'Ky.': 'Kentucky', KY: 'Kentucky', 'La.': 'Louisiana', LA: 'Louisiana', ME: 'Maine', 'Md.': 'Maryland',
  MD: 'Maryland', 'Mass.': 'Massachusetts', MA: 'Massachusetts', 'Mich.': 'Michigan', MI: 'Michigan', 'Minn.': 'Minnesota',
  MN: 'Minnesota', 'Miss.': 'Mississippi', MS: 'Mississippi', 'Mo.': 'Missouri', MO: 'Missouri', 'Mont.': 'Montana',
  MT: 'Montana', 'Neb.': 'Nebraska', NE: 'Nebraska', 'Nev.': 'Nevada', NV: 'Nevada', 'N.H.': 'New Hampshire',
  NH: 'New Hampshire', 'N.J.': 'New Jersey', NJ: 'New Jersey', 'N.M.': 'New Mexico', NM: 'New Mexico', 'N.Y.': 'New York',
  NY: 'New York', 'N.C.': 'North Carolina', NC: 'North Carolina', 'N.D.': 'North Dakota', ND: 'North Dakota', OH: 'Ohio',
  'Okla.': 'Oklahoma', OK: 'Oklahoma', 'Ore.': 'Oregon', OR: 'Oregon', 'Pa.': 'Pennsylvania', PA: 'Pennsylvania',
  'R.I.': 'Rhode Island', RI: 'Rhode Island', 'S.C.': 'South Carolina', SC: 'South Carolina', 'S.D.': 'South Dakota',
  SD: 'South Dakota', 'Tenn.': 'Tennessee', TN: 'Tennessee', TX: 'Texas', UT: 'Utah', 'Vt.': 'Vermont', VT: 'Vermont',
  'Va.': 'Virginia', VA: 'Virginia', 'Wash.': 'Washington', WA: 'Washington', 'W.Va.': 'West Virginia', WV: 'West Virginia',
  'Wis.': 'Wisconsin', WI: 'Wisconsin', 'Wyo.': 'Wyoming', WY: 'Wyoming',
}));
const STATE_NAMES: ReadonlySet<string> = new Set(STATES.values());

/** The state in a party-and-state tag right after a name ("Sen. Ted Cruz (R-Texas)"), or undefined. */
function partyState(text: string, end: number): string | undefined {
  const m = /^\s*\((?:R|D|I)-([A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*)?)\)/.exec(text.slice(end, end + 24));
  if (!m) return undefined;
  return STATES.get(m[1]!) ?? (STATE_NAMES.has(m[1]!) ? m[1] : undefined);
}

/** Capitalised words before an office that do not change it: sentence openers ("Yesterday Foreign Minister …") and parties. */
const OPENERS: ReadonlySet<string> = new Set(['yesterday', 'today', 'tonight', 'earlier', 'later', 'meanwhile', 'then', 'now', 'also',
  'and', 'but', 'so', 'when', 'after', 'before', 'while', 'as', 'on', 'in', 'at', 'by', 'with', 'for', 'from', 'to', 'of', 'under',
  'since', 'during', 'if', 'though', 'although', 'because', 'last', 'this', 'that', 'here', 'there', 'thus', 'still', 'instead',
  'is', 'was', 'like', 'unlike']);

/**
 * "Associate Attorney General X": a capitalised word of the same phrase right before an office that names no country is
 * most likely a modifier the lexicon does not know, and the office without it would be another one: no role then.
 */
function unreadModifier(d: Doc, from: number, s: number, parsed: ParsedOffice): boolean {
  if (s <= from || parsed.country) return false;
  const t = d.toks[s - 1];
  return isCap(t) && connected(d, s - 1, s) && !OPENERS.has(t.lw) && !PARTIES.has(t.lw) && !LEXICON.former.has(t.lw) && !LEXICON.determiners.has(t.lw);
}

/** The office written right before person pi ("US President Joe Biden"); possessors lend their country. */
function premodifier(d: Doc, pi: number, usePossessor = true): Found | null {
  const p = d.people[pi];
  const k = firstTok(d.toks, p.start) - 1;
  if (k < 0 || !spaces(d.text, d.toks[k].e, p.start)) return null;
  const { from, possessor } = walkLeft(d, k);
  if (from > k) return null;
  const state = partyState(d.text, p.end);
  const own = longestEndingAt(d, from, k, state ? { ...d.ctx, place: state } : d.ctx);
  if (own && unreadModifier(d, from, own.s, own.parsed)) return null;
  if (own) return { pi, parsed: own.parsed, s: own.s, e: k, rule: 'premodifier', confidence: CONFIDENCE.premodifier };
  if (possessor < 0 || !usePossessor) return null;
  const lent = longestEndingAt(d, from, k, withCountry(d, premodifier(d, possessor, false)?.parsed.country));
  return lent && lent.s === from ? { pi, parsed: lent.parsed, s: from, e: k, rule: 'possessive', confidence: CONFIDENCE.possessive } : null;
}

/** Offices in a run of tokens a..b, longest first, joined by "and"; what follows must end the phrase. */
function sequence(d: Doc, a: number, b: number, ctx: OfficeContext, pi: number, rule: string): Found[] {
  const out: Found[] = [];
  for (let i = a; i <= b && officeish(d.toks[i]);) {
    let hit: Found | null = null;
    for (let e = b; e >= i && !hit; e--) {
      if (e < b && !ENDS.has(d.toks[e + 1].lw)) continue; // an office here must end the phrase or a conjunct
      const parsed = parseSpan(d, i, e, ctx);
      if (parsed) hit = { pi, parsed, s: i, e, rule, confidence: CONFIDENCE[rule] ?? 0.8 };
    }
    if (!hit) break;
    out.push(hit);
    const next = hit.e + 1;
    if (next > b || d.toks[next].lw !== 'and') break;
    i = next + 1;
  }
  return out;
}

/** ", the head of Russia’s Security Council and one of …": offices after a comma that follows the name. */
function apposition(d: Doc, pi: number): Found[] {
  const p = d.people[pi];
  const a = firstTok(d.toks, p.end);
  if (a >= d.toks.length || !/^[ \t\u00a0]*,[ \t\u00a0]*$/.test(d.text.slice(p.end, d.toks[a].s))) return [];
  const b = walkRight(d, a, 40);
  const own = sequence(d, a, b, d.ctx, pi, 'apposition');
  if (own.length) return own;
  // "X, US President Joe Biden’s national security adviser": the office after the possessive is X's.
  for (let j = a; j < b; j++) {
    const q = d.owner[j];
    if (q < 0 || q === pi || !isPossessive(d.toks[j])) continue;
    return sequence(d, j + 1, b, withCountry(d, premodifier(d, q, false)?.parsed.country), pi, 'apposition');
  }
  return [];
}

/** "Russia’s foreign minister, Sergei Lavrov, said": office, comma, name, then a clause boundary. */
function reverseApposition(d: Doc, pi: number): Found | null {
  const p = d.people[pi];
  const k = firstTok(d.toks, p.start) - 1;
  if (k < 0 || !/^[ \t\u00a0]*,[ \t\u00a0]*$/.test(d.text.slice(d.toks[k].e, p.start))) return null;
  if (!/^[ \t\u00a0]*(?:[,.;:)]|$)/.test(d.text.slice(p.end, p.end + 8))) return null;
  const { from } = walkLeft(d, k);
  const hit = from <= k ? longestEndingAt(d, from, k, d.ctx) : null;
  return hit ? { pi, parsed: hit.parsed, s: hit.s, e: k, rule: 'apposition', confidence: 0.8 } : null;
}

/** "X is/was/became the foreign minister", "X, who serves as …". */
function copula(d: Doc, pi: number): Found[] {
  const p = d.people[pi];
  let a = firstTok(d.toks, p.end);
  if (a >= d.toks.length) return [];
  if (!spaces(d.text, p.end, d.toks[a].s)) {
    if (d.toks[a].lw !== 'who' || !/^[ \t\u00a0]*,[ \t\u00a0]*$/.test(d.text.slice(p.end, d.toks[a].s))) return [];
    a++;
  }
  if (!COPULA_FIRST.has(d.toks[a]?.lw)) return [];
  const cop = LEXICON.copulas.find((c) => c.every((w, i) => d.toks[a + i]?.lw === w && (i === 0 || connected(d, a + i - 1, a + i))));
  if (!cop || a + cop.length >= d.toks.length || !connected(d, a + cop.length - 1, a + cop.length)) return [];
  const start = a + cop.length;
  return sequence(d, start, walkRight(d, start), d.ctx, pi, 'copula');
}

/** Two mentions of one person within a text: one name's words all among the other's ("Xi" in "Xi Jinping"). */
export function samePerson(x: string, y: string): boolean {
  const [a, b] = [x, y].map((s) => s.toLowerCase().split(/\s+/));
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.every((w) => long.includes(w));
}

/** A bare title ("President Xi") takes the country of the same person's qualified office in this text, if unique. */
function qualify(found: Found[], people: readonly Span[]): Found[] {
  return found.map((f) => {
    if (!f.parsed.bare) return f;
    const offices = new Set(found.filter((g) => !g.parsed.bare && g.parsed.title === f.parsed.title && samePerson(people[g.pi].text, people[f.pi].text)).map((g) => g.parsed));
    const only = [...offices];
    const same = only.length && only.every((o) => o.office === only[0].office) ? only[0] : null;
    return same ? { ...f, parsed: { ...f.parsed, office: same.office, country: same.country, bare: false }, confidence: 0.75 } : { ...f, confidence: f.confidence * 0.6 };
  });
}

function toMention(d: Doc, f: Found): RoleMention {
  const p = d.people[f.pi];
  const start = d.toks[f.s].s, end = d.toks[f.e].e;
  const m: RoleMention = {
    person: { start: p.start, end: p.end, text: p.text }, office: f.parsed.office, surface: d.text.slice(start, end), start, end,
    rule: f.rule, former: f.parsed.former !== null, confidence: Math.round(f.confidence * 100) / 100, country: f.parsed.country,
  };
  if (f.parsed.former) m.marker = f.parsed.former;
  if (f.parsed.bare) m.unqualified = true;
  return m;
}

/** Offices tied to the given person mentions, in text order; one per person mention and office. */
export function findRoles(text: string, people: Array<Span>, places?: Array<PlaceSpan>): RoleMention[] {
  return rolesIn(buildDoc(text, people, places));
}

/** findRoles over a built Doc (shared with findDescriptions so parses are not repeated). */
export function rolesIn(d: Doc): RoleMention[] {
  const people = d.people;
  const found: Found[] = [];
  for (let pi = 0; pi < people.length; pi++) {
    const pre = premodifier(d, pi) ?? reverseApposition(d, pi);
    if (pre) found.push(pre);
    found.push(...apposition(d, pi), ...copula(d, pi));
  }
  const seen = new Set<string>();
  const unique = found.filter((f) => {
    const key = `${people[f.pi].start}|${f.s}|${f.parsed.office}`;
    return !seen.has(key) && seen.add(key);
  });
  return qualify(unique, people).map((f) => toMention(d, f)).sort((x, y) => x.start - y.start || x.person.start - y.person.start);
}
