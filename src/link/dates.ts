/**
 * Dates carried across articles: an article that gives its month but not its year ("next month … October
 * 22-24" read in September) takes the year of a dated article that reports on the same people in that
 * same month. Conservative on purpose: the undated article must carry its own month evidence, and share at
 * least two named people with the dated one. The full event-cluster version belongs to the link stage.
 */
import type { DateValue, Doc } from '../model/doc.js';
import { entityKey } from '../query/entities.js';

interface EntityData {
  type: string;
  name: string;
  credit?: boolean;
}

const MIN_SHARED_PEOPLE = 2;

function people(doc: Doc): Map<string, string> {
  const out = new Map<string, string>();
  for (const s of doc.layers['entity'] ?? []) {
    const d = s.data as unknown as EntityData;
    if (d.type === 'person' && !d.credit && d.name.includes(' ')) out.set(entityKey('person', d.name), d.name);
  }
  return out;
}

function entityKeys(doc: Doc): Set<string> {
  const out = new Set<string>();
  for (const s of doc.layers['entity'] ?? []) {
    const d = s.data as unknown as EntityData;
    if (!d.credit) out.add(entityKey(d.type, d.name));
  }
  return out;
}

/** How specific the shared entities are: rare names count more than ones every article mentions; people double. */
function overlapScore(a: Set<string>, b: Set<string>, df: Map<string, number>, n: number): number {
  let score = 0;
  for (const k of a) if (b.has(k)) score += Math.log((n + 1) / (df.get(k) ?? 1)) * (k.startsWith('person:') ? 2 : 1);
  return score;
}

/** The month an article places itself in without a year ("XXXX-09"), or null. */
function yearlessMonth(doc: Doc): string | null {
  const v = doc.meta.published.value;
  const m = v ? /^XXXX-(\d{2})/.exec(v) : null;
  return m ? m[1]! : null;
}

/** Proposes a new publication date for each article whose year another article supplies. */
export function carryDates(docs: Doc[]): Array<{ doc: Doc; published: DateValue }> {
  const dated = docs.filter((d) => /^\d{4}-\d{2}/.test(d.meta.published.value ?? '') && !d.meta.published.value!.startsWith('XXXX'));
  const out: Array<{ doc: Doc; published: DateValue }> = [];
  const keys = new Map(docs.map((d) => [d.id, entityKeys(d)]));
  const df = new Map<string, number>();
  for (const ks of keys.values()) for (const k of ks) df.set(k, (df.get(k) ?? 0) + 1);
  for (const doc of docs) {
    const month = yearlessMonth(doc);
    if (!month) continue;
    const mine = people(doc);
    let best: { other: Doc; shared: string[]; score: number } | null = null;
    for (const other of dated) {
      if (other.id === doc.id || other.meta.published.value!.slice(5, 7) !== month) continue;
      const theirs = people(other);
      const shared = [...mine.keys()].filter((k) => theirs.has(k)).map((k) => mine.get(k)!);
      const score = overlapScore(keys.get(doc.id)!, keys.get(other.id)!, df, docs.length);
      if (shared.length >= MIN_SHARED_PEOPLE && (!best || score > best.score)) best = { other, shared, score };
    }
    if (!best) continue;
    const year = best.other.meta.published.value!.slice(0, 4);
    const evidence = [
      `month ${month} from the article's own text, year ${year} from article ${best.other.id} (${best.other.meta.source}, dated ${best.other.meta.published.value}), which reports on the same people: ${best.shared.join(', ')}`,
      ...(doc.meta.published.evidence ?? []),
    ];
    out.push({ doc, published: { value: `${year}-${month}`, precision: 'month', source: 'other articles', inferred: true, evidence } });
  }
  return out;
}
