/**
 * "Russia’s Security Council", "the Russian Foreign Ministry": a country or nationality word right before an
 * organisation name qualifies it. The tagger often splits these; we join them so the organisation is named
 * with its country ("Foreign Ministry" alone is ambiguous across articles).
 */
import type { Mention } from './canon.js';
import { countryOfQualifier } from './countries.js';

const PEOPLES = /People[’']s\s$/;
// "the Office of the Central Commission …": an organisation's head noun before "of" belongs to its name.
const HEAD_OF = /\b(Office|Ministry|Department|Bureau|Secretariat|Committee|Commission|Council|Board|Institute|University|Bank|Court|Agency|Academy|Embassy|Consulate|Federation|Union|League|Association|Organi[sz]ation|Party)\s+of\s+(?:the\s+)?$/;

export function joinQualifiedOrgs(text: string, input: Mention[]): Mention[] {
  // "People’s Republic of China": the tagger stops at the possessive; the name starts before it.
  const mentions = input.map((m) => {
    const before = text.slice(Math.max(0, m.start - 9), m.start);
    if (m.type === 'organization' || m.type === 'place') {
      const hit = PEOPLES.exec(before);
      if (hit) return { ...m, start: m.start - hit[0].length, text: text.slice(m.start - hit[0].length, m.end) };
    }
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
        out.push({ start: p.start, end: m.end, type: 'organization', text: text.slice(p.start, m.end) });
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
 * "Russia-China" (as in "Russia-China relations") mentions both countries.
 */
export function tidyMentions(text: string, input: Mention[]): Mention[] {
  // "Russian Federation Security Council Sergei Shoigu": the tagger ran a title into the name; the person ends it.
  const mentions = input.map(trimQuotes).map((o) => {
    if (o.type === 'person') return o;
    const p = input.find((x) => x.type === 'person' && x.end === o.end && x.start > o.start);
    if (!p) return o;
    const end = o.start + text.slice(o.start, p.start).trimEnd().length;
    return { ...o, end, text: text.slice(o.start, end) };
  });
  const out: Mention[] = [];
  for (const m of mentions) {
    if (mentions.some((o) => o !== m && o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start)) {
      out.push({ ...m, nested: true });
      continue;
    }
    if (/^G-?\d{1,2}\+?$/.test(m.text)) {
      out.push({ ...m, type: 'organization' });
      continue;
    }
    const pair = /^([\p{Lu}][\p{L}]+)[-–]([\p{Lu}][\p{L}]+)$/u.exec(m.text);
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

/** A name never ends or starts with a quotation mark the tagger swept in ("Global South""). */
function trimQuotes(m: Mention): Mention {
  const lead = /^["“”'‘’]+/.exec(m.text)?.[0].length ?? 0;
  const tail = /["“”'‘’]+$/.exec(m.text)?.[0].length ?? 0;
  if (!lead && !tail) return m;
  const text = m.text.slice(lead, m.text.length - tail);
  return text ? { ...m, start: m.start + lead, end: m.end - tail, text } : m;
}
