/**
 * Scores src/extract/quotes on PolNeAR-format data (one article per line in *.jsonl; see the data README).
 *
 * Per article and per role (source, cue, content), each attribution contributes one item: the union of its
 * spans of that role (content may have several pieces). A predicted item matches a gold item of the same role
 * - exactly: the same pieces, character for character;
 * - with overlap: they share at least 50 % of the tokens of each of them (symmetric).
 * Matching is one-to-one per article (best overlap first); F1 is micro-averaged over all articles.
 * The primary annotator's attributions are the gold (the converted file's `attributions`).
 *
 * Run: npx tsx src/eval/quotes.ts [dir]          → scores as JSON
 *      npx tsx src/eval/quotes.ts seeds [dir]    → what the extractor finds on the seed articles
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { findAttributions, type Attribution, type QuoteSpan } from '../extract/quotes/index.js';

export interface QuotesScore {
  task: 'quotes';
  /** Articles scored. */
  n: number;
  source_f1: number;
  cue_f1: number;
  content_f1: number;
  content_f1_exact: number;
  source_f1_exact: number;
  cue_f1_exact: number;
  gold_attributions: number;
  predicted_attributions: number;
  /** Precision and recall behind each F1, overlap matching. */
  detail: Record<Role, { p: number; r: number }>;
}

type Role = 'source' | 'cue' | 'content';
const ROLES: readonly Role[] = ['source', 'cue', 'content'];
interface GoldSpan { start: number; end: number }
interface GoldAttribution { source: GoldSpan[]; cue: GoldSpan[]; content: GoldSpan[] }
interface Article { id: string; text: string; attributions: GoldAttribution[] }
interface Item { spans: QuoteSpan[]; toks: number[] }
interface Counts { tp: number; fp: number; fn: number }

/** PolNeAR offsets count code points; JavaScript strings count UTF-16 units. */
function cpToUtf16(text: string): (cp: number) => number {
  if (!/[\uD800-\uDFFF]/.test(text)) return (cp) => cp;
  const map: number[] = [];
  let u = 0;
  for (const ch of text) { map.push(u); u += ch.length; }
  map.push(u);
  return (cp) => map[cp] ?? u;
}

/** Token start offsets of a text (words and single punctuation marks). */
function tokenStarts(text: string): { starts: number[]; ends: number[] } {
  const starts: number[] = [];
  const ends: number[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu)) { starts.push(m.index); ends.push(m.index + m[0].length); }
  return { starts, ends };
}

/** Indices of tokens that intersect any of the spans, ascending and unique. */
function tokensOf(spans: readonly QuoteSpan[], tk: { starts: number[]; ends: number[] }): number[] {
  const out = new Set<number>();
  for (const sp of spans) {
    let lo = 0;
    let hi = tk.starts.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (tk.ends[mid]! <= sp.start) lo = mid + 1; else hi = mid; }
    for (let i = lo; i < tk.starts.length && tk.starts[i]! < sp.end; i++) out.add(i);
  }
  return [...out].sort((a, b) => a - b);
}

function shared(a: readonly number[], b: readonly number[]): number {
  let i = 0, j = 0, n = 0;
  while (i < a.length && j < b.length) { if (a[i] === b[j]) { n++; i++; j++; } else if (a[i]! < b[j]!) i++; else j++; }
  return n;
}

const sameSpans = (a: Item, b: Item): boolean =>
  a.spans.length === b.spans.length && a.spans.every((s, i) => s.start === b.spans[i]!.start && s.end === b.spans[i]!.end);

/** One-to-one matching of predicted to gold items, best overlap first. */
function match(pred: Item[], gold: Item[], exact: boolean): number {
  const pairs: Array<[number, number, number]> = [];
  pred.forEach((p, i) => gold.forEach((g, j) => {
    if (exact) { if (sameSpans(p, g)) pairs.push([1, i, j]); return; }
    const n = shared(p.toks, g.toks);
    const ratio = Math.min(n / p.toks.length, n / g.toks.length);
    if (ratio >= 0.5) pairs.push([ratio, i, j]);
  }));
  pairs.sort((x, y) => y[0] - x[0]);
  const usedP = new Set<number>();
  const usedG = new Set<number>();
  for (const [, i, j] of pairs) if (!usedP.has(i) && !usedG.has(j)) { usedP.add(i); usedG.add(j); }
  return usedP.size;
}

function items(list: Array<QuoteSpan[]>, tk: { starts: number[]; ends: number[] }): Item[] {
  return list
    .map((spans) => [...spans].sort((a, b) => a.start - b.start))
    .map((spans) => ({ spans, toks: tokensOf(spans, tk) }))
    .filter((it) => it.toks.length > 0);
}

function predictedRole(a: Attribution, role: Role): QuoteSpan[] {
  if (role === 'content') return a.content;
  const s = role === 'source' ? a.source : a.cue;
  return s ? [s] : [];
}

function readArticles(dir: string): Article[] {
  const files = readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort();
  if (files.length === 0) throw new Error(`EVAL_NO_DATA: no *.jsonl file in ${dir}; pass the PolNeAR folder (with dev.jsonl)`);
  const out: Article[] = [];
  for (const f of files) {
    for (const line of readFileSync(join(dir, f), 'utf8').split('\n')) if (line.trim()) out.push(JSON.parse(line) as Article);
  }
  return out;
}

const f1 = (c: Counts): number => (c.tp === 0 ? 0 : (2 * c.tp) / (2 * c.tp + c.fp + c.fn));
const round = (x: number): number => Math.round(x * 1000) / 1000;

export function evalQuotes(dir: string): QuotesScore {
  const articles = readArticles(dir);
  const zero = (): Record<Role, Counts> => ({ source: { tp: 0, fp: 0, fn: 0 }, cue: { tp: 0, fp: 0, fn: 0 }, content: { tp: 0, fp: 0, fn: 0 } });
  const overlap = zero();
  const exact = zero();
  let gold = 0;
  let predicted = 0;
  for (const art of articles) {
    const conv = cpToUtf16(art.text);
    const tk = tokenStarts(art.text);
    const preds = findAttributions(art.text);
    gold += art.attributions.length;
    predicted += preds.length;
    for (const role of ROLES) {
      const g = items(art.attributions.map((a) => a[role].map((s) => ({ start: conv(s.start), end: conv(s.end) }))), tk);
      const p = items(preds.map((a) => predictedRole(a, role)), tk);
      for (const [counts, isExact] of [[overlap, false], [exact, true]] as const) {
        const tp = match(p, g, isExact);
        counts[role].tp += tp;
        counts[role].fp += p.length - tp;
        counts[role].fn += g.length - tp;
      }
    }
  }
  const pr = (c: Counts): { p: number; r: number } => ({ p: round(c.tp / Math.max(1, c.tp + c.fp)), r: round(c.tp / Math.max(1, c.tp + c.fn)) });
  return {
    task: 'quotes',
    n: articles.length,
    source_f1: round(f1(overlap.source)),
    cue_f1: round(f1(overlap.cue)),
    content_f1: round(f1(overlap.content)),
    content_f1_exact: round(f1(exact.content)),
    source_f1_exact: round(f1(exact.source)),
    cue_f1_exact: round(f1(exact.cue)),
    gold_attributions: gold,
    predicted_attributions: predicted,
    detail: { source: pr(overlap.source), cue: pr(overlap.cue), content: pr(overlap.content) },
  };
}

/** Human-readable listing of what the extractor finds in plain-text articles (the seed check). */
export function describeAttributions(text: string): string[] {
  const s = (x: QuoteSpan | null): string => (x ? JSON.stringify(text.slice(x.start, x.end)) : '-');
  const lines: string[] = [];
  for (const a of findAttributions(text)) {
    lines.push(`${a.direct ? 'direct  ' : 'reported'} source=${s(a.source)} cue=${s(a.cue)} to=${s(a.addressee)} via=${s(a.via)} stance=${a.stance ?? '-'} conf=${a.confidence}`);
    for (const c of a.content) lines.push(`    ${JSON.stringify(text.slice(c.start, Math.min(c.end, c.start + 120)))}`);
  }
  return lines;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [mode, arg] = process.argv.slice(2);
  if (mode === 'seeds') {
    const dir = arg ?? '../shared/seeds';
    for (const f of readdirSync(dir).filter((x) => /^\d{3}_.*\.txt$/.test(x)).sort()) {
      console.log(`== ${f}`);
      for (const line of describeAttributions(readFileSync(join(dir, f), 'utf8'))) console.log(line);
    }
  } else {
    console.log(JSON.stringify(evalQuotes(mode ?? '../shared/data/polnear'), null, 1));
  }
}
