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
