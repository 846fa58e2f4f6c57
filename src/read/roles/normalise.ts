/**
 * Office phrases → one canonical wording, so that different wordings of one office compare equal:
 * "Russian Security Council Secretary" = "secretary of the Russian Federation Security Council"
 * = "the head of Russia's Security Council" = "Secretary of the Security Council of Russia".
 * Two shapes are read: post-nominal (TITLE of|for COMPLEMENT) and pre-nominal ([COUNTRY] [ORG WORDS] TITLE).
 * The parse is strict (a phrase either is an office or not) so callers can try spans longest-first.
 */
import { LEXICON, countryPhrase, wordPrefixes, type Country, type Institution, type Title } from './lexicon.js';

export interface OfficeContext {
  /** Country to assume when the phrase names none ("foreign minister" in a Chinese context). */
  country?: string | null;
  /** Extra lowercase place words → country name (from the NER's place mentions and demonyms). */
  places?: ReadonlyMap<string, string>;
  /** The place an office of a place below the country belongs to when the phrase names none ("Sen. X (R-Texas)"). */
  place?: string;
}

export interface ParsedOffice {
  office: string;
  title: string;
  country: string | null;
  /** A title that names an office only with a country, but no country was found ("President"). */
  bare: boolean;
  former: 'former' | 'then' | null;
}

interface TitleHit { t: Title; len: number; mod: string }
interface Org { country: Country | null; inst: Institution | null; written: string }

const FUNCTION_WORDS = new Set(['of', 'for', 'and', 'the', 'on', 'in', 'de', '&']);
const byTitle = new Map<string, Title>([...LEXICON.titles.values()].map((t) => [t.title, t]));
const lower = (ws: readonly string[]): string => ws.join(' ').toLowerCase();

/** Words separated by single spaces, with no punctuation for `clean` to strip: the usual phrase from a token run. */
const PLAIN = /^[^\s,;:]+(?: [^\s,;:]+)*$/;

function clean(surface: string): string[] {
  let s = PLAIN.test(surface)
    ? /[’‘`]/.test(surface) ? surface.replace(/[’‘`]/g, "'") : surface
    : surface.replace(/[’‘`]/g, "'").replace(/\s+/g, ' ').trim().replace(/^[,;:]\s*/, '').replace(/[,;:]$/, '');
  if (s.endsWith('.') && !/(?:^|\s)(?:\p{Lu}\.)+$/u.test(s)) s = s.slice(0, -1);
  return s ? s.split(' ') : [];
}

/** Leading determiners and tense markers ("the", "former", "ex-", "then-") come off; the marker is kept. */
function stripLead(words: string[]): { words: string[]; former: ParsedOffice['former'] } {
  let former: ParsedOffice['former'] = null;
  const ws = words.slice();
  while (ws.length) {
    const lw = ws[0].toLowerCase();
    const hy = /^(ex|then)-(.+)$/.exec(ws[0]);
    if (LEXICON.determiners.has(lw)) ws.shift();
    else if (LEXICON.former.has(lw)) { former = LEXICON.former.get(lw)!; ws.shift(); }
    else if (hy) { former = LEXICON.former.get(hy[1].toLowerCase()) ?? 'former'; ws[0] = hy[2]; }
    else break;
  }
  return { words: ws, former };
}

/** A country by name, adjective, abbreviation (case-sensitive) or a place the caller found; `lk` is `k` in lower case. */
function lookup(k: string, lk: string, ctx?: OfficeContext): Country | undefined {
  const place = ctx?.places?.get(lk);
  return LEXICON.countries.get(lk) ?? LEXICON.abbr.get(k) ?? (place ? LEXICON.countries.get(place.toLowerCase()) ?? { name: place, the: false, short: null } : undefined);
}

/** The leading words of the caller's multi-word places, made once per map. */
const PLACE_PREFIXES = new WeakMap<ReadonlyMap<string, string>, ReadonlySet<string>>();
function placePrefixes(places: ReadonlyMap<string, string>): ReadonlySet<string> {
  let p = PLACE_PREFIXES.get(places);
  if (!p) PLACE_PREFIXES.set(places, (p = wordPrefixes(places.keys())));
  return p;
}

/** A country named at words[i] by adjective, name, possessive or abbreviation; longest match wins. */
export function countryAt(words: readonly string[], i: number, ctx?: OfficeContext): { country: Country; len: number; poss: boolean } | null {
  let best: { country: Country; len: number; poss: boolean } | null = null;
  let key = '';
  let lkey = '';
  const places = ctx?.places ? placePrefixes(ctx.places) : null;
  for (let len = 1; len <= LEXICON.maxWords && i + len <= words.length; len++) {
    const w = words[i + len - 1];
    key = len === 1 ? w : key + ' ' + w;
    lkey = len === 1 ? w.toLowerCase() : lkey + ' ' + w.toLowerCase();
    const whole = lookup(key, lkey, ctx); // "people's republic of china" keeps its inner apostrophe
    const poss = !whole && (w.endsWith("'") || (w.endsWith("'s") && !/^(?:\p{Lu}\.)+$/u.test(w)));
    const stem = poss ? key.slice(0, key.lastIndexOf("'")) : '';
    const hit = whole ?? (poss ? lookup(stem, stem.toLowerCase(), ctx) : undefined);
    if (hit) best = { country: hit, len, poss };
    // Longer keys extend this one: stop when no longer name starts with it.
    if (!LEXICON.countryPrefixes.has(lkey) && !places?.has(lkey)) break;
  }
  return best;
}

/** A title (with an optional modifier: "deputy foreign minister") starting at word i; `lws` are the words in lower case. */
function titleAt(lws: readonly string[], i: number): TitleHit | null {
  for (let m = 2; m >= 0; m--) {
    if (i + m >= lws.length) continue;
    const mod = m === 0 ? '' : LEXICON.modifiers.get(m === 1 ? lws[i] : lws[i] + ' ' + lws[i + 1]);
    if (mod === undefined) continue;
    let best: TitleHit | null = null;
    let key = '';
    for (let len = 1; len <= LEXICON.maxWords && i + m + len <= lws.length; len++) {
      key = len === 1 ? lws[i + m] : key + ' ' + lws[i + m + len - 1];
      const t = LEXICON.titles.get(key);
      if (t) best = { t, len: m + len, mod: mod ? mod + ' ' : '' };
      if (!LEXICON.titlePrefixes.has(key)) break;
    }
    if (best) return best;
  }
  return null;
}

const isProper = (w: string): boolean => /^[\p{Lu}\p{N}]/u.test(w) || FUNCTION_WORDS.has(w);

/** An organisation complement: capitalised words, a country at the front or as "of COUNTRY" at the end. */
function parseOrg(words: readonly string[], ctx?: OfficeContext): Org | null {
  const lead0 = countryAt(words, 0, ctx);
  const inst = LEXICON.institutions.get(lower(lead0 ? words.slice(lead0.len) : words));
  if (inst) return { country: lead0?.country ?? null, inst, written: words.join(' ') }; // "Egypt's foreign ministry"
  const last = words.at(-1) ?? '';
  if (!words.length || !/^[\p{Lu}\p{N}]/u.test(words[0]) || !/^[\p{Lu}\p{N}]/u.test(last) || !words.every(isProper)) return null;
  if (words.some((w, i) => i > 0 && /'s?$/.test(w)) || (words.length === 1 && /'s?$/.test(last))) return null; // "X of Russia's"

  let written = words.join(' ');
  for (const [re, to] of LEXICON.rewrites) written = written.replace(re, to);
  let core = written.split(' ');
  let country: Country | null = null;
  const lead = countryAt(core, 0, ctx);
  if (lead && lead.len < core.length) { country = lead.country; core = core.slice(lead.len); }
  const of = core.lastIndexOf('of');
  if (!country && of > 0) {
    const tail = core.slice(core[of + 1] === 'the' ? of + 2 : of + 1);
    const c = tail.length ? countryAt(tail, 0, ctx) : null;
    if (c && c.len === tail.length) { country = c.country; core = core.slice(0, of); }
  }
  return { country, inst: LEXICON.institutions.get(lower(core)) ?? null, written };
}

function assembleCountry(hit: TitleHit, country: Country | null, former: ParsedOffice['former']): ParsedOffice | null {
  const { t, mod } = hit;
  if (!country) return t.leader ? null : { office: mod + t.title, title: t.title, country: null, bare: true, former };
  const title = t.leader ? LEXICON.leaderTitle.get(country.name) ?? t.title : t.title;
  const short = byTitle.get(title)?.short ?? t.short;
  const office = short && country.short ? `${country.short} ${mod}${title}` : `${mod}${title} of ${countryPhrase(country)}`;
  return { office, title, country: country.name, bare: false, former };
}

function assembleOrg(hit: TitleHit, org: Org, fallback: Country | null, the: boolean, former: ParsedOffice['former']): ParsedOffice | null {
  if (!org.inst) return { office: `${hit.mod}${hit.t.title} of ${the ? 'the ' : ''}${org.written}`, title: hit.t.title, country: null, bare: false, former };
  const country = org.country ?? fallback;
  const title = hit.t.generic ? org.inst.head : hit.t.title;
  const asCountry = byTitle.get(title);
  if (asCountry?.scope === 'country' && country) return assembleCountry({ t: asCountry, len: hit.len, mod: hit.mod }, country, former);
  const office = `${hit.mod}${title} of the ${org.inst.name}${country ? ' of ' + countryPhrase(country) : ''}`;
  return { office, title, country: country?.name ?? null, bare: false, former };
}

/** TITLE of|for COMPLEMENT: "secretary of the Russian Federation Security Council", "President of Russia". */
function postNominal(words: string[], country: Country | null, ctx: OfficeContext | undefined, former: ParsedOffice['former']): ParsedOffice | null {
  const hit = titleAt(words.map((w) => w.toLowerCase()), 0);
  if (!hit || hit.len + 1 >= words.length) return null;
  const prep = words[hit.len].toLowerCase();
  if (prep === 'to' && hit.t.to) return toward(hit, words.slice(hit.len + 1), country, ctx, former);
  if (prep !== 'of' && prep !== 'for') return null;
  let comp = words.slice(hit.len + 1);
  const the = comp[0].toLowerCase() === 'the';
  if (the) comp = comp.slice(1);
  const whole = comp.length ? countryAt(comp, 0, ctx) : null;
  if (whole && whole.len === comp.length && !whole.poss) return hit.t.scope === 'country' ? assembleCountry(hit, whole.country, former) : null;
  const org = parseOrg(comp, ctx);
  return org ? assembleOrg(hit, org, country, the, former) : null;
}

/** TITLE to COUNTRY: "(Chinese) Ambassador to Russia" → "Ambassador of China to Russia". */
function toward(hit: TitleHit, comp: string[], country: Country | null, ctx: OfficeContext | undefined, former: ParsedOffice['former']): ParsedOffice | null {
  const the = comp[0]?.toLowerCase() === 'the';
  const rest = the ? comp.slice(1) : comp;
  const to = countryAt(rest, 0, ctx);
  // … or to an organisation: "US Ambassador to the United Nations".
  const where = to && !to.poss && to.len === rest.length ? countryPhrase(to.country) : (parseOrg(rest, ctx) ? `${the ? 'the ' : ''}${rest.join(' ')}` : null);
  if (!where) return null;
  const from = country ? ` of ${countryPhrase(country)}` : '';
  return { office: `${hit.mod}${hit.t.title}${from} to ${where}`, title: hit.t.title, country: country?.name ?? null, bare: false, former };
}

/** [ORG WORDS] TITLE after the country came off: "Security Council Secretary", "Foreign Minister", "leader". */
function preNominal(words: string[], country: Country | null, ctx: OfficeContext | undefined, former: ParsedOffice['former']): ParsedOffice | null {
  if (!LEXICON.heads.has(words[words.length - 1].toLowerCase())) return null; // must end in a title word
  const lws = words.map((w) => w.toLowerCase());
  for (let s = Math.max(0, words.length - LEXICON.maxWords - 2); s < words.length; s++) {
    const hit = titleAt(lws, s);
    if (!hit || s + hit.len !== words.length) continue;
    const fallback = country ?? contextCountry(ctx);
    const where = country ? countryPhrase(country) : ctx?.place;
    if (s === 0 && hit.t.place && where) return { office: `${hit.mod}${hit.t.title} of ${where}`, title: hit.t.title, country: null, bare: false, former };
    if (s === 0) return hit.t.scope === 'country' ? assembleCountry(hit, fallback, former) : null;
    const org = parseOrg(words.slice(0, s), ctx);
    // "Yesterday Brazilian Foreign Minister": a national title takes no organisation words before it
    if (!org || (hit.t.scope === 'country' && !org.inst)) return null;
    return assembleOrg(hit, org, fallback, s > 1, former);
  }
  return null;
}

function contextCountry(ctx?: OfficeContext): Country | null {
  if (!ctx?.country) return null;
  return LEXICON.countries.get(ctx.country.toLowerCase()) ?? { name: ctx.country, the: false, short: null };
}

const DESCRIPTORS: ReadonlySet<string> = new Set(LEXICON.descriptors);
/** Party words written before an office ("Republican Sen."): no place and no part of the office. */
export const PARTIES: ReadonlySet<string> = new Set(['republican', 'democratic', 'democrat', 'independent', 'gop']);
/** The last words of offices of places below the country ("Sen.", "Governor"). */
const PLACE_HEADS: ReadonlySet<string> = new Set([...LEXICON.titles].filter(([, t]) => t.place).map(([form]) => form.split(' ').at(-1)!));

/** The phrase is a descriptor or ends in one ("China's top diplomat"). */
function endsInDescriptor(all: string): boolean {
  if (DESCRIPTORS.has(all)) return true;
  for (let i = all.indexOf(' '); i >= 0; i = all.indexOf(' ', i + 1)) if (DESCRIPTORS.has(all.slice(i + 1))) return true;
  return false;
}

/** The full reading of an office phrase, or null when it is not one (descriptions like "top diplomat" included). */
export function parseOffice(surface: string, ctx?: OfficeContext): ParsedOffice | null {
  const { words, former } = stripLead(clean(surface));
  if (!words.length) return null;
  // "Republican Sen. John McCain", "Democratic Rep. X": a party before the office of a place is no place.
  if (words.length > 1 && PARTIES.has(words[0].toLowerCase()) && PLACE_HEADS.has(words[words.length - 1].toLowerCase())) words.shift();
  const all = lower(words);
  const fixed = LEXICON.fixed.get(all);
  if (fixed) return { office: fixed, title: fixed, country: null, bare: false, former };
  if (endsInDescriptor(all)) return null;
  const lead = countryAt(words, 0, ctx);
  const rest = lead ? words.slice(lead.len) : words;
  if (!rest.length) return null;
  const country = lead?.country ?? null;
  return postNominal(rest, country, ctx, former) ?? preNominal(rest, country, ctx, former);
}

/** Canonical office for a phrase, or null. `context.country` qualifies bare titles ("foreign minister"). */
export function normaliseOffice(surface: string, context?: { country?: string | null }): string | null {
  return parseOffice(surface, context)?.office ?? null;
}

/** A descriptor ("top diplomat") ending the phrase, with its country, or null. Descriptions are not offices. */
export function parseDescriptor(surface: string, ctx?: OfficeContext): { description: string; country: string | null; former: ParsedOffice['former'] } | null {
  const { words, former } = stripLead(clean(surface));
  const all = lower(words);
  const d = LEXICON.descriptors.find((x) => all === x || all.endsWith(' ' + x));
  if (!d) return null;
  const lead = countryAt(words, 0, ctx);
  const between = lead ? lower(words.slice(lead.len)) : all;
  return between === d ? { description: d, country: lead?.country.name ?? null, former } : null;
}
