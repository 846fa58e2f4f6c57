/**
 * Office and descriptor phrases that name no one by themselves: "the Chinese Foreign Minister visited Moscow",
 * "China’s top diplomat Wang Yi". The caller may alias them to the nearest named person; this module only finds
 * them. Office phrases written right before or in apposition to a name are role mentions (findRoles), not here.
 */
import { LEXICON } from './lexicon.js';
import { parseDescriptor } from './normalise.js';
import { buildDoc, connected, parseSpan, slice, spaces, walkLeft, walkRight, type Doc } from './doc.js';
import { rolesIn } from './find.js';
import type { OfficeDescription, PlaceSpan, Span } from './types.js';

interface Hit { s: number; e: number; office: string | null; description: string | null; country: string | null; former: boolean }

/** The longest office or descriptor phrase around head word h: left over office words, right over "of …". */
function phraseAt(d: Doc, h: number): Hit | null {
  const { from } = walkLeft(d, h);
  const next = d.toks[h + 1];
  const right = next && (next.lw === 'of' || next.lw === 'for') && connected(d, h, h + 1) ? walkRight(d, h, 16, true) : h;
  for (let s = from; s <= h; s++) {
    for (let e = right; e >= h; e--) {
      const o = parseSpan(d, s, e);
      if (o) return { s, e, office: o.office, description: null, country: o.country, former: o.former !== null };
    }
    const desc = parseDescriptor(slice(d, s, h), d.ctx);
    if (desc) return { s, e: h, office: null, description: desc.description, country: desc.country, former: desc.former !== null };
  }
  return null;
}

/** The person a phrase is attached to: the name right after it, or the name before ", PHRASE". */
function attachedTo(d: Doc, hit: Hit): number {
  const after = hit.e + 1;
  if (after < d.toks.length && d.owner[after] >= 0 && spaces(d.text, d.toks[hit.e].e, d.toks[after].s)) return d.owner[after];
  const before = hit.s - 1;
  if (before >= 0 && d.owner[before] >= 0 && /^[ \t\u00a0]*,[ \t\u00a0]*$/.test(d.text.slice(d.toks[before].e, d.toks[hit.s].s))) return d.owner[before];
  return -1;
}

/** Descriptions in text order: unattached office phrases, and descriptors attached or not. */
export function findDescriptions(text: string, people: Array<Span>, places?: Array<PlaceSpan>): OfficeDescription[] {
  const d = buildDoc(text, people, places, true);
  const roles = rolesIn(d);
  const out: OfficeDescription[] = [];
  let done = -1;
  for (let h = 0; h < d.toks.length; h++) {
    if (h <= done || d.owner[h] >= 0 || !LEXICON.heads.has(d.toks[h].lw)) continue;
    const hit = phraseAt(d, h);
    if (!hit) continue;
    const pi = attachedTo(d, hit);
    const [start, end] = [d.toks[hit.s].s, d.toks[hit.e].e];
    const inRole = roles.some((r) => r.start < end && start < r.end);
    if (hit.office && (pi >= 0 || inRole)) { done = hit.e; continue; } // a role mention: findRoles reports it
    const p = pi >= 0 ? people[pi] : null;
    out.push({
      surface: slice(d, hit.s, hit.e), start, end, office: hit.office, description: hit.description,
      country: hit.country, former: hit.former, person: p ? { start: p.start, end: p.end, text: p.text } : null,
    });
    done = hit.e;
  }
  return out;
}
