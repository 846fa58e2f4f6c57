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
import { findTimes, inferPublished } from './dates/index.js';
import { findRoles } from './roles/index.js';

const STAGE = 'read';

/** "(Xinhua/Cao Yang)": a name inside a photo credit is the photographer, never a participant. */
function inCredit(doc: Doc, m: { start: number; end: number }): boolean {
  const before = doc.text.slice(Math.max(0, m.start - 40), m.start);
  const after = doc.text.slice(m.end, m.end + 2);
  return /\([^()]{1,30}\/\s*$/.test(before) && after.startsWith(')');
}

function entityLayer(doc: Doc): Span[] {
  // A bare title ("the Cabinet Secretary") is a description, not a name: roles and aliases handle it, entities do not.
  const named = (recognize(doc.text) as Mention[]).filter((m) => !(m.type === 'person' && TITLE_HEADS.has(m.text.split(/\s+/).pop()!.toLowerCase())));
  const mentions = tidyMentions(doc.text, joinQualifiedOrgs(doc.text, named));
  const { entities, of } = canonicalise(mentions);
  return mentions.map((m, i) => {
    const e = entities[of[i]!]!;
    const data: Record<string, unknown> = { type: m.type, name: e.name, local: e.local };
    if (m.demonymOf) data['demonymOf'] = m.demonymOf;
    if (m.nested) data['nested'] = true;
    if (m.type === 'person' && inCredit(doc, m)) data['credit'] = true;
    return { start: m.start, end: m.end, label: m.type, data, prov: { stage: STAGE, rule: m.demonymOf ? 'demonym' : 'ner' } };
  });
}

/** The article's own date as an anchor for relative expressions (day precision only). */
export function anchorOf(doc: Doc): string | null {
  const p = doc.meta.published;
  return p.value && p.precision === 'day' ? p.value : null;
}

function dateLayer(doc: Doc): Span[] {
  return findTimes(doc.text, anchorOf(doc)).map((t) => ({
    start: t.start,
    end: t.end,
    label: t.type,
    data: { value: t.value, precision: t.precision, anchored: t.anchored },
    prov: { stage: STAGE, rule: t.rule, stated: t.stated, implied: t.implied },
  }));
}

function inferDate(doc: Doc): void {
  if (doc.meta.published.value) return;
  const inf = inferPublished(doc.text);
  if (!inf.value) {
    doc.meta.published = { value: null, precision: null, source: null, inferred: true, evidence: [] };
    return;
  }
  doc.meta.published = { value: inf.value, precision: inf.precision, source: 'content', inferred: true, evidence: inf.evidence };
}

/** Offices tied to person mentions, each carrying the person's canonical name within the article. */
function roleLayer(doc: Doc): Span[] {
  const ents = doc.layers['entity'] ?? [];
  const people = ents.filter((s) => s.label === 'person' && !(s.data as { credit?: boolean }).credit).map((s) => ({ start: s.start, end: s.end, text: doc.text.slice(s.start, s.end) }));
  const places = ents.filter((s) => s.label === 'place').map((s) => ({ start: s.start, end: s.end, text: doc.text.slice(s.start, s.end), demonymOf: (s.data as { demonymOf?: string }).demonymOf }));
  const nameAt = new Map(ents.map((s) => [`${s.start}:${s.end}`, (s.data as { name: string }).name]));
  return findRoles(doc.text, people, places).map((r) => ({
    start: r.start,
    end: r.end,
    label: 'role',
    data: { office: r.office, person: nameAt.get(`${r.person.start}:${r.person.end}`) ?? r.person.text, personStart: r.person.start, personEnd: r.person.end, former: r.former, ...(r.unqualified ? { unqualified: true } : {}) },
    prov: { stage: STAGE, rule: r.rule, confidence: r.confidence },
  }));
}

export const readStage: Stage = {
  name: STAGE,
  requires: ['paragraph'],
  assigns: ['sentence', 'entity', 'time', 'role'],
  run(doc: Doc): void {
    doc.layers['sentence'] = splitSentences(doc.text).map((s) => ({ start: s.start, end: s.end, label: 'sentence', prov: { stage: STAGE, rule: 'sentences' } }));
    doc.layers['entity'] = entityLayer(doc);
    doc.layers['role'] = roleLayer(doc);
    inferDate(doc);
    doc.layers['time'] = dateLayer(doc);
  },
};
