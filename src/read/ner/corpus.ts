/**
 * Training corpora → tagged sentences. GUM (gold, CoNLL-U with `Entity=` brackets) and GMB (silver BIO tags).
 * GUM marks whole noun phrases, so the *name* inside a proper mention is derived: the run of NNP/NNPS tokens around
 * the mention's head (joined across `of`/`the`/`and`/`de`...), cut where a nested mention sits left of the head
 * ("U.S. | President Donald Trump"), with leading titles removed from person names ("President | Donald Trump").
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Gazetteer } from './gazetteer.js';
import { TAGS, TYPES, type EntityType } from './model.js';

export interface TaggedSentence { words: string[]; tags: number[]; source: string }

interface Mention { start: number; end: number; type: string } // token indices, end inclusive
interface GumToken { form: string; upos: string; xpos: string; head: number }

const CONNECTORS = new Set(['of', 'the', 'and', 'for', 'de', 'del', 'da', 'do', 'dos', 'la', 'le', 'van', 'von', 'der', 'al', 'el', 'bin', '&', 'on', 'upon']);
const TYPE_MAP: Record<string, EntityType> = { person: 'person', organization: 'organization', place: 'place' };

const tagOf = (type: EntityType, inside: boolean): number => 1 + 2 * TYPES.indexOf(type) + (inside ? 1 : 0);
const isNnp = (t: GumToken): boolean => t.xpos === 'NNP' || t.xpos === 'NNPS';

/** Parses the `Entity=` value of one token, opening and closing mentions on the stack. */
function parseEntity(value: string, tok: number, open: Array<{ id: string; type: string; start: number }>, out: Mention[]): void {
  let i = 0;
  while (i < value.length) {
    if (value[i] === '(') {
      let j = i + 1;
      while (j < value.length && value[j] !== '(' && value[j] !== ')') j++;
      const parts = value.slice(i + 1, j).split('-');
      const id = parts[0].replace(/\[.*$/, '');
      if (value[j] === ')') { out.push({ start: tok, end: tok, type: parts[1] }); i = j + 1; }
      else { open.push({ id, type: parts[1], start: tok }); i = j; }
    } else {
      const j = value.indexOf(')', i);
      if (j < 0) break;
      const id = value.slice(i, j).replace(/\[.*$/, '');
      for (let k = open.length - 1; k >= 0; k--) {
        if (open[k].id === id) { out.push({ start: open[k].start, end: tok, type: open[k].type }); open.splice(k, 1); break; }
      }
      i = j + 1;
    }
  }
}

/** The head of a mention: its first token whose syntactic head lies outside the mention. */
function mentionHead(toks: GumToken[], m: Mention): number {
  for (let i = m.start; i <= m.end; i++) {
    const h = toks[i].head - 1;
    if (h < m.start || h > m.end) return i;
  }
  return m.end;
}

/** Token range [s, e] of the name inside a proper mention, or null. */
function nameRun(toks: GumToken[], m: Mention, head: number, all: Mention[], g: Gazetteer): [number, number] | null {
  let lo = m.start;
  for (const n of all) {
    if (n !== m && n.start >= m.start && n.end <= m.end && n.end < head) lo = Math.max(lo, n.end + 1);
  }
  let s = head;
  let e = head;
  const ok = (k: number): boolean => k >= lo && k <= m.end && isNnp(toks[k]);
  for (;;) {
    if (ok(s - 1)) { s--; continue; }
    let k = s - 1;
    while (k >= lo && CONNECTORS.has(toks[k].form.toLowerCase())) k--;
    if (k < s - 1 && ok(k)) { s = k; continue; }
    break;
  }
  for (;;) {
    if (ok(e + 1)) { e++; continue; }
    let k = e + 1;
    while (k <= m.end && CONNECTORS.has(toks[k].form.toLowerCase())) k++;
    if (k > e + 1 && ok(k)) { e = k; continue; }
    break;
  }
  if (m.type === 'person') while (s < e && g.titles.has(toks[s].form.toLowerCase())) s++;
  if (m.type === 'person' && s === e && g.titles.has(toks[s].form.toLowerCase())) return null;
  return [s, e];
}

/** Tags one GUM sentence: shorter mentions first, so an enclosing name overwrites the names nested in it. */
function tagGumSentence(toks: GumToken[], mentions: Mention[], g: Gazetteer): number[] {
  const tags = new Array<number>(toks.length).fill(0);
  const sorted = [...mentions].sort((a, b) => (a.end - a.start) - (b.end - b.start));
  for (const m of sorted) {
    const type = TYPE_MAP[m.type];
    if (!type) continue;
    const head = mentionHead(toks, m);
    if (toks[head].upos !== 'PROPN') continue;
    const run = nameRun(toks, m, head, mentions, g);
    if (!run) continue;
    for (let k = run[0]; k <= run[1]; k++) tags[k] = tagOf(type, k > run[0]);
  }
  // An overwrite can orphan an I- tag of a shorter name: make it a B-.
  for (let k = 0; k < tags.length; k++) if (tags[k] !== 0 && tags[k] % 2 === 0 && (k === 0 || (tags[k - 1] !== tags[k] && tags[k - 1] !== tags[k] - 1))) tags[k]--;
  return tags;
}

/** Reads one GUM CoNLL-U file into tagged sentences. */
export function readGum(path: string, g: Gazetteer): TaggedSentence[] {
  const out: TaggedSentence[] = [];
  let toks: GumToken[] = [];
  let mentions: Mention[] = [];
  const open: Array<{ id: string; type: string; start: number }> = [];
  const flush = (): void => {
    if (toks.length) out.push({ words: toks.map((t) => t.form), tags: tagGumSentence(toks, mentions, g), source: path });
    toks = [];
    mentions = [];
    open.length = 0;
  };
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line === '') { flush(); continue; }
    if (line[0] === '#') continue;
    const c = line.split('\t');
    if (c.length < 10 || c[0].includes('-') || c[0].includes('.')) continue;
    toks.push({ form: c[1], upos: c[3], xpos: c[4], head: +c[6] });
    const ent = c[9].split('|').find((x) => x.startsWith('Entity='));
    if (ent) parseEntity(ent.slice(7), toks.length - 1, open, mentions);
  }
  flush();
  return out;
}

export function readGumDir(dir: string, g: Gazetteer): { sentences: TaggedSentence[]; files: string[] } {
  const files = readdirSync(dir).filter((f) => f.endsWith('.conllu')).sort();
  return { sentences: files.flatMap((f) => readGum(join(dir, f), g)), files };
}

/** Maps one GMB entity to our type (null = drop); nationality adjectives are left to the demonym gazetteer. */
function gmbType(type: string, pos: string, text: string, g: Gazetteer): EntityType | null {
  if (type === 'per') return 'person';
  if (type === 'geo') return 'place';
  if (type === 'gpe') return pos === 'JJ' ? null : pos === 'NNS' || pos === 'NNPS' ? 'person' : 'place';
  if (type === 'org') return g.entries.get(text.toLowerCase())?.some((e) => e.cls <= 1) ? 'place' : 'organization';
  return null;
}

/** Reads GMB JSONL (one sentence per line) with cleaned labels: titles cut from persons, countries as places. */
export function readGmb(path: string, g: Gazetteer): TaggedSentence[] {
  const out: TaggedSentence[] = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const d = JSON.parse(line) as { tokens: string[]; pos: string[]; entities: Array<{ type: string; token_start: number; token_end: number; text: string }> };
    const tags = new Array<number>(d.tokens.length).fill(0);
    for (const e of d.entities) {
      const type = gmbType(e.type, d.pos[e.token_start], e.text, g);
      if (!type) continue;
      let s = e.token_start;
      if (type === 'person') while (s < e.token_end - 1 && g.titles.has(d.tokens[s].toLowerCase())) s++;
      if (type === 'person' && g.titles.has(d.tokens[s].toLowerCase())) continue;
      for (let k = s; k < e.token_end; k++) tags[k] = tagOf(type, k > s);
    }
    out.push({ words: d.tokens, tags, source: 'gmb' });
  }
  return out;
}

/** Tag names, for debugging dumps. */
export const tagName = (t: number): string => TAGS[t];
