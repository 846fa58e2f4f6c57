/**
 * A batch ingest: inputs → Docs → stages → store. One bad article is recorded and the rest go on;
 * articles are committed in chunks, each chunk one transaction, so a crash leaves the store consistent.
 */
import type { Doc } from '../model/doc.js';
import { toFailure, type Failure } from '../pipeline/errors.js';
import { Runner } from '../pipeline/stage.js';
import { builtinStages } from '../pipeline/registry.js';
import { carryDates, carryWeekdays } from '../link/dates.js';
import { allDocs, type Repository } from '../store/repository.js';
import { ingestArticle, type RawArticle } from './article.js';
import { readInputs, readBuffer, type ReadOptions, type ReadResult } from './readers/sources.js';

export interface IngestSummary {
  ingested: number;
  duplicates: number;
  failed: Failure[];
  skipped: Array<{ path: string; reason: string }>;
  /** Inputs that went in but needed repair worth knowing about (not UTF-8, mojibake fixed). */
  notes: Array<{ path: string; code: string; reason: string }>;
  ids: string[];
  /** Stored articles that took their year from another article in this run. */
  redated?: number;
}

export interface BatchOptions extends ReadOptions {
  chunk?: number;
  onProgress?: (done: number, path: string) => void;
}

/** Turns one raw article into a processed Doc (ingest + every registered stage). */
export function processArticle(item: RawArticle, runner: Runner): Doc {
  return runner.run(ingestArticle(item));
}

export function rawInputOf(item: RawArticle): string | null {
  if (item.html !== undefined) return item.html;
  if (item.text !== undefined) return item.text;
  if (item.bytes && item.format === 'html') return new TextDecoder().decode(item.bytes);
  return null;
}

export async function ingestResults(results: Iterable<ReadResult>, store: Repository, opts: BatchOptions = {}): Promise<IngestSummary> {
  const runner = new Runner(builtinStages());
  const summary: IngestSummary = { ingested: 0, duplicates: 0, failed: [], skipped: [], notes: [], ids: [] };
  const chunkSize = opts.chunk ?? 200;
  let pending: Array<{ doc: Doc; rawInput: string | null }> = [];
  let done = 0;
  const at = new Date().toISOString();
  const flush = async (): Promise<void> => {
    if (pending.length === 0) return;
    const res = await store.putArticles(pending, { at });
    summary.ingested += res.inserted.length;
    summary.duplicates += res.duplicates.length;
    summary.ids.push(...res.inserted, ...res.duplicates);
    pending = [];
  };
  for (const r of results) {
    summary.failed.push(...r.failures);
    if (r.skipped) summary.skipped.push({ path: r.path, reason: r.skipped });
    for (const item of r.items) {
      try {
        const doc = processArticle(item, runner);
        pending.push({ doc, rawInput: rawInputOf(item) });
        noteRepairs(doc, summary);
      } catch (e) {
        summary.failed.push(toFailure(item.source, e));
      }
      if (pending.length >= chunkSize) await flush();
    }
    opts.onProgress?.(++done, r.path);
  }
  await flush();
  if (summary.ingested > 0) summary.redated = await carryDatesInStore(store, runner);
  return summary;
}

/**
 * Articles that gain a year from another article are re-read with it (relative dates, roles, events).
 * Scans the store: fine for a laptop corpus; the link stage's blocking index replaces the scan at scale.
 */
async function carryDatesInStore(store: Repository, runner: Runner): Promise<number> {
  const docs = await allDocs(store);
  const changes = carryDates(docs);
  for (const { doc, published, from } of changes) {
    doc.meta.published = published;
    runner.run(doc);
    carryWeekdays(doc, from);
  }
  if (changes.length) await store.updateArticles(changes.map((c) => c.doc));
  return changes.length;
}

export function ingestPaths(paths: string[], store: Repository, opts: BatchOptions = {}): Promise<IngestSummary> {
  return ingestResults(readInputs(paths, opts), store, opts);
}

export function ingestBytes(bytes: Uint8Array, name: string, store: Repository, opts: BatchOptions = {}): Promise<IngestSummary> {
  return ingestResults([readBuffer(bytes, name, name)], store, opts);
}

function noteRepairs(doc: Doc, summary: IngestSummary): void {
  const path = doc.meta.source;
  if (doc.meta.encoding !== 'utf-8') summary.notes.push({ path, code: 'RECODED', reason: `not UTF-8: decoded as ${doc.meta.encoding}` });
  const fixes = doc.removed.filter((r) => r.reason.startsWith('mojibake')).length;
  if (fixes > 0) summary.notes.push({ path, code: 'MOJIBAKE', reason: `${fixes} mis-decoded character${fixes > 1 ? 's' : ''} repaired` });
}
