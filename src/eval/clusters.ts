/**
 * `parallax eval clusters DIR` (ECB+ converted format, every *.jsonl in DIR): each document's text through
 * ingest and the per-article stages, then event linking and article clustering without the topic; event
 * clusters scored against the gold sub-topics, storylines against the gold topics (B-cubed and pairwise F1
 * over documents). ECB+ gives no document dates; an `ecbplus` document's URL goes in as its URL.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Doc } from '../model/doc.js';
import { ingestArticle } from '../ingest/article.js';
import { builtinStages } from '../pipeline/registry.js';
import { Runner } from '../pipeline/stage.js';
import { linkEvents } from '../link/events.js';
import { clusterArticles, CLUSTER_OPTIONS, type ClusterOptions } from '../link/cluster.js';

export interface ClusterScores {
  task: 'clusters';
  n: number;
  subtopic_b3_f1: number;
  subtopic_pairwise_f1: number;
  topic_b3_f1: number;
  ms_link: number;
}

interface Record { doc_id: string; topic: number; subtopic_id: string; text: string; url: string | null }

/** B-cubed F1: per item, precision and recall of its predicted cluster against its gold one. */
export function b3F1(pred: Map<string, string>, gold: Map<string, string>): number {
  const members = (m: Map<string, string>): Map<string, Set<string>> => {
    const out = new Map<string, Set<string>>();
    for (const [item, c] of m) (out.get(c) ?? out.set(c, new Set()).get(c)!).add(item);
    return out;
  };
  const [pm, gm] = [members(pred), members(gold)];
  let p = 0;
  let r = 0;
  for (const [item, c] of gold) {
    const P = pm.get(pred.get(item)!)!;
    const G = gm.get(c)!;
    let both = 0;
    for (const x of P) if (G.has(x)) both++;
    p += both / P.size;
    r += both / G.size;
  }
  const n = gold.size;
  return p + r ? (2 * (p / n) * (r / n)) / (p / n + r / n) : 0;
}

/** Pairwise F1: the item pairs put together, against the pairs gold puts together. */
export function pairwiseF1(pred: Map<string, string>, gold: Map<string, string>): number {
  const items = [...gold.keys()];
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (let i = 0; i < items.length; i++) for (let j = i + 1; j < items.length; j++) {
    const p = pred.get(items[i]!) === pred.get(items[j]!);
    const g = gold.get(items[i]!) === gold.get(items[j]!);
    if (p && g) tp++;
    else if (p) fp++;
    else if (g) fn++;
  }
  return tp ? (2 * tp) / (2 * tp + fp + fn) : 0;
}

export function loadEcb(dir: string): Record[] {
  const files = readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort();
  return files.flatMap((f) => readFileSync(join(dir, f), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Record));
}

/** Documents through the per-article stages; one that fails is left out (and counted out of n). */
export function processEcb(records: Record[]): Array<{ rec: Record; doc: Doc }> {
  const runner = new Runner(builtinStages());
  const out: Array<{ rec: Record; doc: Doc }> = [];
  for (const rec of records) {
    try {
      out.push({ rec, doc: runner.run(ingestArticle({ source: rec.doc_id, format: 'text', text: rec.text, url: rec.url })) });
    } catch {
      // A document the pipeline cannot read is not a clustering decision; it is simply absent.
    }
  }
  return out;
}

export function scoreEcb(items: Array<{ rec: Record; doc: Doc }>, o: ClusterOptions = CLUSTER_OPTIONS): ClusterScores {
  const docs = items.map((x) => x.doc);
  const t0 = Date.now();
  const { events, storylines } = clusterArticles(docs, linkEvents(docs), o);
  const ms = Date.now() - t0;
  // Different records can clean to the same text (one id); keep gold and prediction keyed by record.
  const label = (groups: string[][]): Map<string, string> => {
    const of = new Map<string, string>();
    groups.forEach((g, i) => g.forEach((id) => of.set(id, String(i))));
    return new Map(items.map((x) => [x.rec.doc_id, of.get(x.doc.id)!]));
  };
  const sub = new Map(items.map((x) => [x.rec.doc_id, x.rec.subtopic_id]));
  const topic = new Map(items.map((x) => [x.rec.doc_id, String(x.rec.topic)]));
  const r3 = (x: number): number => Math.round(x * 1000) / 1000;
  return {
    task: 'clusters',
    n: items.length,
    subtopic_b3_f1: r3(b3F1(label(events), sub)),
    subtopic_pairwise_f1: r3(pairwiseF1(label(events), sub)),
    topic_b3_f1: r3(b3F1(label(storylines), topic)),
    ms_link: ms,
  };
}

export function evalClusters(dir: string): ClusterScores {
  return scoreEcb(processEcb(loadEcb(dir)));
}
