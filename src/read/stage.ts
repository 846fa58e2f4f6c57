/**
 * The read stage: sentences, entities (canonical within the article), time expressions resolved against
 * the article's date, and, for an undated article, its publication date inferred from what it says.
 */
import type { Doc, Span } from '../model/doc.js';
import type { Stage } from '../pipeline/stage.js';
import { splitSentences } from './sentences.js';
import { recognize } from './ner/index.js';
import { TITLE_HEADS } from './ner/rules.js';
import { canonicalise, type Mention } from './entities/canon.js';
import { joinQualifiedOrgs, tidyMentions } from './entities/qualify.js';
import { isWhite } from './entities/names.js';
import { findTimes, inferPublished, scanTimes } from './dates/index.js';
import type { TimeMention } from './dates/index.js';
import { findRoles, type PlaceSpan, type Span as RoleSpan } from './roles/index.js';

const STAGE = 'read';

/** "(Xinhua/Cao Yang)": a name inside a photo credit is the photographer, never a participant. */
function inCredit(text: string, m: { start: number; end: number }): boolean {
  return text.charCodeAt(m.end) === 41 && /\([^()]{1,30}\/\s*$/.test(text.slice(Math.max(0, m.start - 40), m.start));
}

/** The last word of a name (what follows its last white space). */
function lastWord(name: string): string {
  let i = name.length;
  while (i > 0 && !isWhite(name.charCodeAt(i - 1))) i--;
  return name.slice(i);
}

/** The entity layer from the tagger's mentions: tidied, canonical within the article, photographer credits marked. */
export function entitySpans(text: string, recognized: readonly Mention[]): Span[] {
  const named: Mention[] = [];
  for (const m of recognized) {
    // A bare title ("the Cabinet Secretary") is a description, not a name: roles and aliases handle it, entities do not.
    if (m.type === 'person' && TITLE_HEADS.has(lastWord(m.text).toLowerCase())) continue;
    // One object shape for every mention keeps the passes below fast.
    named.push({ start: m.start, end: m.end, type: m.type, text: m.text, demonymOf: m.demonymOf, nested: false });
  }
  const mentions = tidyMentions(text, joinQualifiedOrgs(text, named));
  const { entities, of } = canonicalise(mentions, text);
  const out: Span[] = new Array(mentions.length);
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    const e = entities[of[i]!]!;
    const data: Record<string, unknown> = { type: m.type, name: e.name, local: e.local };
    if (m.demonymOf) data['demonymOf'] = m.demonymOf;
    if (m.nested) data['nested'] = true;
    if (m.type === 'person' && inCredit(text, m)) data['credit'] = true;
    out[i] = { start: m.start, end: m.end, label: m.type, data, prov: { stage: STAGE, rule: m.demonymOf ? 'demonym' : 'ner' } };
  }
  return out;
}

/** The article's own date as an anchor for relative expressions (day precision only). */
export function anchorOf(doc: Doc): string | null {
  const p = doc.meta.published;
  return p.value && p.precision === 'day' ? p.value : null;
}

function dateLayer(found: TimeMention[]): Span[] {
  return found.map((t) => ({
    start: t.start,
    end: t.end,
    label: t.type,
    data: { value: t.value, precision: t.precision, anchored: t.anchored },
    prov: { stage: STAGE, rule: t.rule, stated: t.stated, implied: t.implied },
  }));
}

/**
 * The article's time expressions against its date. An undated article is read once without an anchor to infer its
 * date; when no day comes of it, that reading is the answer.
 */
function readTimes(doc: Doc): TimeMention[] {
  const scan = scanTimes(doc.text);
  if (doc.meta.published.value) return findTimes(doc.text, anchorOf(doc), scan);
  const unanchored = findTimes(doc.text, null, scan);
  const inf = inferPublished(doc.text, scan, unanchored);
  doc.meta.published = inf.value
    ? { value: inf.value, precision: inf.precision, source: 'content', inferred: true, evidence: inf.evidence }
    : { value: null, precision: null, source: null, inferred: true, evidence: inf.evidence };
  const anchor = anchorOf(doc);
  return anchor === null ? unanchored : findTimes(doc.text, anchor, scan);
}

/** Offices tied to person mentions, each carrying the person's canonical name within the article. */
function roleLayer(doc: Doc): Span[] {
  const people: RoleSpan[] = [];
  const places: PlaceSpan[] = [];
  // Keyed by one number per span (start, end) rather than a "start:end" string built per entity and per role.
  const width = doc.text.length + 1;
  const nameAt = new Map<number, string>();
  for (const s of doc.layers['entity'] ?? []) {
    const data = s.data as { name: string; credit?: boolean; demonymOf?: string };
    nameAt.set(s.start * width + s.end, data.name);
    if (s.label === 'person' && !data.credit) people.push({ start: s.start, end: s.end, text: doc.text.slice(s.start, s.end) });
    else if (s.label === 'place') places.push({ start: s.start, end: s.end, text: doc.text.slice(s.start, s.end), demonymOf: data.demonymOf });
  }
  return findRoles(doc.text, people, places).map((r) => {
    const data: Record<string, unknown> = { office: r.office, person: nameAt.get(r.person.start * width + r.person.end) ?? r.person.text,
      personStart: r.person.start, personEnd: r.person.end, former: r.former };
    if (r.unqualified) data['unqualified'] = true;
    return { start: r.start, end: r.end, label: 'role', data, prov: { stage: STAGE, rule: r.rule, confidence: r.confidence } };
  });
}

export const readStage: Stage = {
  name: STAGE,
  requires: ['paragraph'],
  assigns: ['sentence', 'entity', 'time', 'role'],
  run(doc: Doc): void {
    const sentences = splitSentences(doc.text);
    doc.layers['sentence'] = sentences.map((s) => ({ start: s.start, end: s.end, label: 'sentence', prov: { stage: STAGE, rule: 'sentences' } }));
    doc.layers['entity'] = entitySpans(doc.text, recognize(doc.text, sentences));
    doc.layers['role'] = roleLayer(doc);
    doc.layers['time'] = dateLayer(readTimes(doc));
  },
};
