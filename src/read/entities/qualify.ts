/**
 * "Russia’s Security Council", "the Russian Foreign Ministry": a country or nationality word right before an
 * organisation name qualifies it. The tagger often splits these; we join them so the organisation is named
 * with its country ("Foreign Ministry" alone is ambiguous across articles).
 */
import type { Mention } from './canon.js';
import { countryOfQualifier, countryWithPrefix, isRegionAdjectiveOrBloc } from './countries.js';
import { isWhite } from './names.js';

const COMPASS = /(?<!\p{L})(North|South|East|West)\s$/u;
const PEOPLES = /People[’']s\s$/;
// "the Office of the Central Commission …": an organisation's head noun before "of" belongs to its name.
const HEAD_OF = /\b(Office|Ministry|Department|Bureau|Secretariat|Committee|Commission|Council|Board|Institute|University|Bank|Court|Agency|Academy|Embassy|Consulate|Federation|Union|League|Association|Organi[sz]ation|Party)\s+of\s+(?:the\s+)?$/;

/** Only "… People’s NAME" and "… of [the] NAME" are joined: the word before the name ends in "s", "of" or "the". */
function afterWord(text: string, start: number): boolean {
  let j = start - 1;
  while (j >= 0 && isWhite(text.charCodeAt(j))) j--;
  const c = text.charCodeAt(j);
  return c === 115 || c === 102 || c === 101; // s f e
}

export function joinQualifiedOrgs(text: string, input: Mention[]): Mention[] {
  // "People’s Republic of China": the tagger stops at the possessive; the name starts before it.
  const mentions = input.map((m) => {
    if (m.type === 'place' && !m.demonymOf) {
      // "North Korea" cut to "Korea" (after a hyphen: "China-Russia-North Korea axis").
      const dir = COMPASS.exec(text.slice(Math.max(0, m.start - 6), m.start));
      if (dir && countryWithPrefix(dir[1]!, m.text)) return { ...m, start: m.start - dir[0].length, text: text.slice(m.start - dir[0].length, m.end) };
    }
    if (m.type === 'person' || !afterWord(text, m.start)) return m;
    const hit = PEOPLES.exec(text.slice(Math.max(0, m.start - 9), m.start));
    if (hit) return { ...m, start: m.start - hit[0].length, text: text.slice(m.start - hit[0].length, m.end) };
    if (m.type === 'organization') {
      const head = HEAD_OF.exec(text.slice(Math.max(0, m.start - 40), m.start));
      if (head) return { ...m, start: m.start - head[0].length, text: text.slice(m.start - head[0].length, m.end) };
    }
    return m;
  });
  const out: Mention[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const p = mentions[i]!;
    const m = mentions[i + 1];
    // "North" + "Korean" → one nationality adjective of North Korea.
    if (m && p.type === 'place' && m.demonymOf && text.slice(p.end, m.start) === ' ') {
      const compound = countryOfQualifier(`${p.text} ${m.text}`);
      if (compound) {
        out.push({ start: p.start, end: m.end, type: 'place', text: text.slice(p.start, m.end), demonymOf: compound });
        i++;
        continue;
      }
    }
    if (m && p.type === 'place' && m.type === 'organization' && countryOfQualifier(p.text)) {
      const gap = text.slice(p.end, m.start);
      if (/^(?:[’']s)?\s$/.test(gap) && !/^(Foreign|Defen[cs]e|Interior)$/.test(m.text)) {
        // The country stays a place mention inside the name (marked nested by tidyMentions).
        out.push(p, { start: p.start, end: m.end, type: 'organization', text: text.slice(p.start, m.end) });
        i++;
        continue;
      }
    }
    out.push(p);
  }
  return out;
}

/**
 * Mentions as the article's entities: a name nested inside a longer one ("Munich" in "Munich Security
 * Conference") is marked `nested` — part of that name, not an entity of the article, though it still says
 * where the conference is; "G20"-style forums are organisations;
 * "Russia-China" (as in "Russia-China relations") mentions both countries. Region adjectives and blocs
 * ("European", "the West") are dropped (see isRegionAdjectiveOrBloc); a person's name an organisation swallowed
 * is given back.
 */
export function tidyMentions(text: string, found: Mention[]): Mention[] {
  const input = splitTrailingNames(text, found.map(trimQuotes).filter((m) => !isRegionAdjectiveOrBloc(m.text, m.type)));
  // "Russian Federation Security Council Sergei Shoigu": the tagger ran a title into the name; the person ends it.
  const personsEnding = new Map<number, Mention[]>();
  for (const x of input) if (x.type === 'person') (personsEnding.get(x.end) ?? personsEnding.set(x.end, []).get(x.end)!).push(x);
  const mentions = input.map((o) => {
    if (o.type === 'person') return o;
    const p = personsEnding.get(o.end)?.find((x) => x.start > o.start);
    if (!p) return o;
    const end = o.start + text.slice(o.start, p.start).trimEnd().length;
    return { ...o, end, text: text.slice(o.start, end) };
  });
  const out: Mention[] = [];
  const nested = nestedFlags(mentions);
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    if (nested[i]) {
      out.push({ ...m, nested: true });
      continue;
    }
    if (m.text.charCodeAt(0) === 71 && /^G-?\d{1,2}\+?$/.test(m.text)) {
      out.push({ ...m, type: 'organization' });
      continue;
    }
    const pair = m.type === 'place' && /[-–]/.test(m.text) ? /^([\p{Lu}][\p{L}]+)[-–]([\p{Lu}][\p{L}]+)$/u.exec(m.text) : null;
    const a = pair ? countryOfQualifier(pair[1]!) : null;
    const b = pair ? countryOfQualifier(pair[2]!) : null;
    if (pair && a && b && m.type === 'place') {
      const cut = m.start + pair[1]!.length;
      out.push({ start: m.start, end: cut, type: 'place', text: text.slice(m.start, cut) }, { start: cut + 1, end: m.end, type: 'place', text: text.slice(cut + 1, m.end) });
      continue;
    }
    out.push(m);
  }
  return out;
}

/**
 * "the Russian Federation Security Council Sergei Shoigu" tagged as one organisation, where the article names
 * "Sergei Shoigu" as a person elsewhere: the name is cut off the organisation and becomes a person mention.
 * Only organisations: a place or person that ends in a known name ("Aung San Suu Kyi") is that name mistyped.
 */
function splitTrailingNames(text: string, input: Mention[]): Mention[] {
  const names = [...new Set(input.filter((m) => m.type === 'person' && m.text.includes(' ')).map((m) => m.text))];
  if (names.length === 0) return input;
  const out: Mention[] = [];
  for (const m of input) {
    const name = m.type === 'organization' ? names.find((n) => m.text.length > n.length + 1 && m.text.endsWith(n) && m.text[m.text.length - n.length - 1] === ' ') : undefined;
    const cut = name ? m.end - name.length : 0;
    const end = name ? m.start + text.slice(m.start, cut).trimEnd().length : 0;
    // What is left must still read as an organisation name of two words or more ("Security Council", not "AKA").
    if (!name || !text.slice(m.start, end).includes(' ')) {
      out.push(m);
      continue;
    }
    out.push({ ...m, end, text: text.slice(m.start, end) }, { start: cut, end: m.end, type: 'person', text: name });
  }
  return out;
}

/**
 * For each mention, whether it lies inside a strictly longer one. Sorted by start, longest first at each start: a
 * mention is inside a longer one when an earlier start reaches its end, or the first (longest) at its own start
 * ends after it.
 */
function nestedFlags(all: readonly Mention[]): Uint8Array {
  const n = all.length;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => all[a]!.start - all[b]!.start || all[b]!.end - all[a]!.end);
  const flags = new Uint8Array(n);
  let reach = -1; // furthest end of the mentions starting before the current start
  for (let k = 0; k < n;) {
    const s = all[order[k]!]!.start;
    const longest = all[order[k]!]!.end;
    let g = k;
    for (; g < n && all[order[g]!]!.start === s; g++) {
      const e = all[order[g]!]!.end;
      if (reach >= e || longest > e) flags[order[g]!] = 1;
    }
    reach = Math.max(reach, longest);
    k = g;
  }
  return flags;
}

const isQuote = (c: number): boolean => c === 34 || c === 39 || c === 0x201c || c === 0x201d || c === 0x2018 || c === 0x2019;

/** A name never ends or starts with a quotation mark the tagger swept in ("Global South""). */
function trimQuotes(m: Mention): Mention {
  if (!isQuote(m.text.charCodeAt(0)) && !isQuote(m.text.charCodeAt(m.text.length - 1))) return m;
  const lead = /^["“”'‘’]+/.exec(m.text)?.[0].length ?? 0;
  const tail = /["“”'‘’]+$/.exec(m.text)?.[0].length ?? 0;
  if (!lead && !tail) return m;
  const text = m.text.slice(lead, m.text.length - tail);
  return text ? { ...m, start: m.start + lead, end: m.end - tail, text } : m;
}
