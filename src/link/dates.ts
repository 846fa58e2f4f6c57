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
export function carryDates(docs: Doc[]): Array<{ doc: Doc; published: DateValue; from: Doc }> {
  const dated = docs.filter((d) => /^\d{4}-\d{2}/.test(d.meta.published.value ?? '') && !d.meta.published.value!.startsWith('XXXX'));
  const out: Array<{ doc: Doc; published: DateValue; from: Doc }> = [];
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
    out.push({ doc, from: best.other, published: { value: `${year}-${month}`, precision: 'month', source: 'other articles', inferred: true, evidence } });
  }
  return out;
}

interface EventData {
  kind: string;
  participants: Array<{ name: string; type: string }>;
  date: { start: string | null; end: string | null; precision: string | null; implied?: boolean; from?: string };
}

/** ISO weekday (1 = Monday … 7 = Sunday) of a YYYY-MM-DD date. */
function isoWeekday(day: string): number {
  const w = new Date(`${day}T00:00:00Z`).getUTCDay();
  return w === 0 ? 7 : w;
}

/**
 * A weekday the article could not place ("on Tuesday" in an article dated only to its month) takes the day of the
 * same event in the dated article it was linked with: an event there with at least two of its people, dated to a
 * day of that month which falls on that weekday. Only an unambiguous day is taken; the event keeps `implied` and
 * names the article the day came from. Returns how many events were dated.
 */
export function carryWeekdays(doc: Doc, partner: Doc): number {
  const month = /^\d{4}-\d{2}/.exec(doc.meta.published.value ?? '')?.[0];
  if (!month) return 0;
  const days = (partner.layers['event'] ?? []).map((s) => s.data as unknown as EventData).filter((e) => e.date.precision === 'day' && /^\d{4}-\d{2}-\d{2}$/.test(e.date.start ?? '') && e.date.start!.startsWith(month));
  const keysOf = (e: EventData): Set<string> => new Set(e.participants.filter((p) => p.type === 'person').map((p) => entityKey('person', p.name)));
  let changed = 0;
  for (const span of doc.layers['event'] ?? []) {
    const e = span.data as unknown as EventData;
    const wd = /^(?:\d{4}|XXXX)-WXX-([1-7])$/.exec(e.date.start ?? '');
    if (!wd) continue;
    const mine = keysOf(e);
    const fits = new Set(days.filter((o) => isoWeekday(o.date.start!) === Number(wd[1]) && [...keysOf(o)].filter((k) => mine.has(k)).length >= MIN_SHARED_PEOPLE).map((o) => o.date.start!));
    if (fits.size !== 1) continue;
    const day = [...fits][0]!;
    e.date = { start: day, end: day, precision: 'day', implied: true, from: partner.id };
    changed++;
  }
  return changed;
}
