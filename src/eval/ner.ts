/**
 * NER evaluation on the GUM news format (gum-news/*.jsonl). GUM marks whole noun phrases, so spans are not compared
 * letter for letter: gold = mentions with `proper` true of type person/organization/place; a prediction matches a gold
 * mention when the types agree and the predicted span contains the gold head (`head_text`, its last occurrence inside
 * the mention). Each prediction matches at most one gold mention; gold mentions sharing a head (and type) count once.
 * Predictions flagged `demonymOf` (nationality adjectives) are not name spans and are left out.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { recognize, type EntityMention, type EntityType } from '../read/ner/index.js';

export type Recognizer = (text: string) => Array<Pick<EntityMention, 'start' | 'end' | 'type'> & { demonymOf?: string }>;

export interface PRF { p: number; r: number; f1: number }
export interface NerReport {
  task: 'ner';
  n: number;
  f1: number;
  precision: number;
  recall: number;
  per_type: Record<EntityType, PRF>;
  counts: { gold: number; predicted: number; matched: number };
}

interface GoldDoc { doc_id: string; text: string; entities: Array<{ etype: string; start: number; end: number; text: string; head_text: string; proper: boolean }> }
interface Head { type: EntityType; start: number; end: number }

const TYPES: EntityType[] = ['person', 'organization', 'place'];

/** Reads dir/dev.jsonl, or every *.jsonl in dir. */
export function readGumNews(dir: string): GoldDoc[] {
  const files = readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort();
  return files.flatMap((f) => readFileSync(join(dir, f), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as GoldDoc));
}

/** Gold heads of one document: the last occurrence of head_text inside each proper mention, deduplicated. */
export function goldHeads(doc: GoldDoc): Head[] {
  const seen = new Set<string>();
  const out: Head[] = [];
  for (const e of doc.entities) {
    if (!e.proper || !TYPES.includes(e.etype as EntityType)) continue;
    const idx = doc.text.slice(e.start, e.end).lastIndexOf(e.head_text);
    const start = e.start + Math.max(0, idx);
    const key = `${e.etype}:${start}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ type: e.etype as EntityType, start, end: start + (idx < 0 ? e.end - e.start : e.head_text.length) });
  }
  return out.sort((a, b) => a.start - b.start);
}

const prf = (m: number, pred: number, gold: number): PRF => {
  const p = pred ? m / pred : 0;
  const r = gold ? m / gold : 0;
  const r3 = (x: number): number => Math.round(x * 1000) / 1000;
  return { p: r3(p), r: r3(r), f1: r3(p + r ? (2 * p * r) / (p + r) : 0) };
};

/** Matches one document; adds per-type counts [matched, predicted, gold] into `acc`. */
function scoreDoc(doc: GoldDoc, fn: Recognizer, acc: Record<EntityType, number[]>): void {
  const gold = goldHeads(doc);
  const used = new Uint8Array(gold.length);
  const preds = fn(doc.text).filter((p) => !p.demonymOf && TYPES.includes(p.type));
  for (const g of gold) acc[g.type][2]++;
  for (const p of preds) {
    acc[p.type][1]++;
    const k = gold.findIndex((g, i) => !used[i] && g.type === p.type && g.start >= p.start && g.end <= p.end);
    if (k >= 0) { used[k] = 1; acc[p.type][0]++; }
  }
}

/** Scores `recognizeFn` on the GUM-news documents in `dir`. */
export function evalNer(dir: string, recognizeFn: Recognizer = recognize): NerReport {
  const docs = readGumNews(dir);
  const acc = { person: [0, 0, 0], organization: [0, 0, 0], place: [0, 0, 0] } as Record<EntityType, number[]>;
  for (const d of docs) scoreDoc(d, recognizeFn, acc);
  const per_type = {} as Record<EntityType, PRF>;
  const tot = [0, 0, 0];
  for (const t of TYPES) { per_type[t] = prf(acc[t][0], acc[t][1], acc[t][2]); for (let k = 0; k < 3; k++) tot[k] += acc[t][k]; }
  const micro = prf(tot[0], tot[1], tot[2]);
  return { task: 'ner', n: docs.length, f1: micro.f1, precision: micro.p, recall: micro.r, per_type,
    counts: { gold: tot[2], predicted: tot[1], matched: tot[0] } };
}

interface CompromiseMatch { offset?: { start: number; length: number } }
type CompromiseView = { json(o: { offset: boolean }): CompromiseMatch[] };
type CompromiseDoc = { people(): CompromiseView; places(): CompromiseView; organizations(): CompromiseView };

/** compromise's people()/places()/organizations() as a Recognizer (a dev dependency, loaded only for comparison). */
export async function compromiseRecognizer(): Promise<Recognizer> {
  const mod = (await import('compromise')) as unknown as { default: (text: string) => CompromiseDoc };
  const nlp = mod.default;
  return (text) => {
    const doc = nlp(text);
    const out: ReturnType<Recognizer> = [];
    const add = (v: CompromiseView, type: EntityType): void => {
      for (const m of v.json({ offset: true })) if (m.offset) out.push({ start: m.offset.start, end: m.offset.start + m.offset.length, type });
    };
    add(doc.people(), 'person');
    add(doc.places(), 'place');
    add(doc.organizations(), 'organization');
    return out;
  };
}
