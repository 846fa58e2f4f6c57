/**
 * Article-body extraction metric, as defined by scrapinghub/article-extraction-benchmark (evaluate.py):
 * `\w+` tokens, 4-gram shingles, multiset overlap normalised per page, precision and recall averaged over
 * pages, F1 of the averages, accuracy = exact token-sequence match. Re-implemented from its description.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import path from 'node:path';

/** Python's Unicode `\w`: letters, numbers (Nd, Nl, No) and underscore; combining marks are not word chars. */
const TOKEN_RE = /[\p{L}\p{N}_]+/gu;
const NGRAM = 4;

export function tokenize(text: string): string[] {
  return text ? text.match(TOKEN_RE) ?? [] : [];
}

/** Multiset of n-gram shingles; a text shorter than n tokens yields one shorter shingle, an empty one none. */
function shingles(tokens: string[]): Map<string, number> {
  const out = new Map<string, number>();
  const last = Math.max(1, tokens.length - NGRAM + 1);
  for (let i = 0; i < last; i++) {
    const gram = tokens.slice(i, i + NGRAM);
    if (gram.length === 0) continue;
    // \u0001 cannot occur inside a token, so joined keys are unambiguous.
    const key = gram.join('\u0001');
    out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

/** Per-page TP/FP/FN shares (summing to 1 unless both texts are empty) and exact token match. */
export function shingleScore(gold: string, pred: string): { tp: number; fp: number; fn: number; exact: boolean } {
  const goldTokens = tokenize(gold);
  const predTokens = tokenize(pred);
  const g = shingles(goldTokens);
  const p = shingles(predTokens);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [key, gc] of g) {
    const pc = p.get(key) ?? 0;
    tp += Math.min(gc, pc);
    fn += Math.max(0, gc - pc);
  }
  for (const [key, pc] of p) fp += Math.max(0, pc - (g.get(key) ?? 0));
  const sum = tp + fp + fn;
  if (sum > 0) {
    tp /= sum;
    fp /= sum;
    fn /= sum;
  }
  const exact = goldTokens.length === predTokens.length && goldTokens.every((t, i) => t === predTokens[i]);
  return { tp, fp, fn, exact };
}

/** Precision of one page: 1 when nothing is wrong (including both empty); null (skipped) when nothing was predicted. */
export function pagePrecision(s: { tp: number; fp: number; fn: number }): number | null {
  if (s.fp === 0 && s.fn === 0) return 1;
  return s.tp + s.fp > 0 ? s.tp / (s.tp + s.fp) : null;
}

/** Recall of one page: 1 when nothing is wrong; null (skipped) when the gold is empty. */
export function pageRecall(s: { tp: number; fp: number; fn: number }): number | null {
  if (s.fp === 0 && s.fn === 0) return 1;
  return s.tp + s.fn > 0 ? s.tp / (s.tp + s.fn) : null;
}

export interface BenchPage {
  id: string;
  url: string;
  htmlFile: string;
  gold: string;
}

/** Pages of a benchmark folder: `dev.jsonl` when present, otherwise every `*.jsonl` carrying articleBody. */
export function loadBenchPages(dir: string): BenchPage[] {
  const preferred = path.join(dir, 'dev.jsonl');
  const files = existsSync(preferred)
    ? [preferred]
    : readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort().map((f) => path.join(dir, f));
  const pages: BenchPage[] = [];
  for (const file of files) {
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const row = JSON.parse(line) as Record<string, unknown>;
      if (typeof row.articleBody !== 'string' || typeof row.html_file !== 'string') continue;
      pages.push({ id: String(row.id), url: String(row.url ?? ''), htmlFile: row.html_file, gold: row.articleBody });
    }
  }
  return pages;
}

/** Reads one page's HTML (gzipped or plain) as UTF-8. */
export function readPageHtml(dir: string, page: BenchPage): string {
  const buf = readFileSync(path.join(dir, page.htmlFile));
  const raw = page.htmlFile.endsWith('.gz') ? gunzipSync(buf) : buf;
  return raw.toString('utf8');
}

export interface ExtractionReport {
  task: 'extraction';
  n: number;
  f1: number;
  precision: number;
  recall: number;
  accuracy: number;
  pages: Array<{ id: string; precision: number; recall: number }>;
}

/** Aggregates per-page scores exactly as the benchmark does. */
export function summarise(scored: Array<{ id: string; tp: number; fp: number; fn: number; exact: boolean }>): ExtractionReport {
  const ps: number[] = [];
  const rs: number[] = [];
  const pages: ExtractionReport['pages'] = [];
  for (const s of scored) {
    const p = pagePrecision(s);
    const r = pageRecall(s);
    if (p !== null) ps.push(p);
    if (r !== null) rs.push(r);
    // A skipped value (empty prediction or gold) is listed as 0 so that such pages sort first.
    pages.push({ id: s.id, precision: p ?? 0, recall: r ?? 0 });
  }
  const mean = (xs: number[]): number => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
  const precision = mean(ps);
  const recall = mean(rs);
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  const accuracy = scored.length ? scored.filter((s) => s.exact).length / scored.length : 0;
  return { task: 'extraction', n: scored.length, f1, precision, recall, accuracy, pages };
}

/** Scores `extract` over every page of a benchmark folder. */
export async function evalExtraction(
  dir: string,
  extract: (html: string, url: string) => string,
): Promise<ExtractionReport> {
  const scored = loadBenchPages(dir).map((page) => {
    const pred = extract(readPageHtml(dir, page), page.url);
    return { id: page.id, ...shingleScore(page.gold, pred) };
  });
  return summarise(scored);
}
