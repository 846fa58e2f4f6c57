/**
 * Micro-benchmark of the per-article stage functions that run after NER: findTimes (dates), findAttributions
 * (quotes), extractEvents (events) and findRoles (roles). Each input is ingested and read once; then each
 * function is timed alone, in CPU time (process.cpuUsage, so a noisy shared machine matters less), as the
 * median over rounds of µs per article and µs per 4 KB of text; the minimum over rounds is shown too (on a
 * loaded machine it is the steadier figure to compare versions by).
 *
 *   npx tsx bench/stages.ts            all four
 *   npx tsx bench/stages.ts quotes     one (dates | quotes | events | roles)
 * Env: BENCH_ROUNDS (default 7), BENCH_MIN_MS per round and function (default 300).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Doc } from '../src/model/doc.js';
import { ingestArticle } from '../src/ingest/article.js';
import { anchorOf, readStage } from '../src/read/stage.js';
import { findTimes } from '../src/read/dates/index.js';
import { findRoles, type PlaceSpan, type Span } from '../src/read/roles/index.js';
import { findAttributions } from '../src/extract/quotes/index.js';
import { extractEvents } from '../src/extract/events/index.js';
import { repoPath, sharedPath } from '../src/pipeline/paths.js';

const ROUNDS = Number(process.env['BENCH_ROUNDS'] ?? 7);
const MIN_MS = Number(process.env['BENCH_MIN_MS'] ?? 300);

/** The seeds, the GUM news texts and the bundled plain-text samples (whichever are present). */
export function benchTexts(): string[] {
  const out: string[] = [];
  const txtIn = (dir: string): void => {
    if (!existsSync(dir)) return;
    for (const f of readdirSync(dir).sort()) if (f.endsWith('.txt')) out.push(readFileSync(join(dir, f), 'utf8'));
  };
  txtIn(sharedPath('seeds'));
  const gum = sharedPath('data/gum-news/dev.jsonl');
  if (existsSync(gum)) {
    for (const l of readFileSync(gum, 'utf8').trim().split('\n')) out.push((JSON.parse(l) as { text: string }).text);
  }
  txtIn(repoPath('samples'));
  return out;
}

/** Ingest + read stage, once per text: the annotated Docs the timed functions consume. */
export function annotate(texts: readonly string[]): Doc[] {
  return texts.map((text, i) => {
    const doc = ingestArticle({ source: `bench-${i}.txt`, format: 'text', text });
    readStage.run(doc);
    return doc;
  });
}

/** The arguments read/stage.ts hands findRoles: non-credit person mentions and place mentions. */
export function roleArgs(doc: Doc): { people: Span[]; places: PlaceSpan[] } {
  const ents = doc.layers['entity'] ?? [];
  const people = ents
    .filter((s) => s.label === 'person' && !(s.data as { credit?: boolean }).credit)
    .map((s) => ({ start: s.start, end: s.end, text: doc.text.slice(s.start, s.end) }));
  const places = ents
    .filter((s) => s.label === 'place')
    .map((s) => ({ start: s.start, end: s.end, text: doc.text.slice(s.start, s.end), demonymOf: (s.data as { demonymOf?: string }).demonymOf }));
  return { people, places };
}

type Job = (doc: Doc) => unknown;

/** Each function as the pipeline calls it (role arguments are prepared outside the timing). */
export function jobs(docs: readonly Doc[]): Record<string, Job> {
  const args = new Map(docs.map((d) => [d, roleArgs(d)]));
  return {
    dates: (d) => findTimes(d.text, anchorOf(d)),
    quotes: (d) => findAttributions(d.text),
    events: (d) => extractEvents(d),
    roles: (d) => { const a = args.get(d)!; return findRoles(d.text, a.people, a.places); },
  };
}

/** CPU µs per call of fn over all docs, run for at least MIN_MS. */
function cpuPerDoc(docs: readonly Doc[], fn: Job): number {
  let n = 0;
  const t0 = process.cpuUsage();
  let us = 0;
  do {
    for (const d of docs) fn(d);
    n += docs.length;
    const t = process.cpuUsage(t0);
    us = t.user + t.system;
  } while (us < MIN_MS * 1000);
  return us / n;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function main(): void {
  const only = process.argv[2];
  const docs = annotate(benchTexts());
  const kb = docs.reduce((s, d) => s + d.text.length, 0) / docs.length / 1024;
  const all = Object.entries(jobs(docs)).filter(([k]) => !only || k === only);
  for (const [, fn] of all) cpuPerDoc(docs, fn); // warm-up (JIT, lazy lexicons)
  const rounds: Record<string, number[]> = {};
  for (let r = 0; r < ROUNDS; r++) for (const [k, fn] of all) (rounds[k] ??= []).push(cpuPerDoc(docs, fn));
  process.stdout.write(`${docs.length} docs, ${kb.toFixed(1)} KB avg; median of ${ROUNDS} rounds ≥ ${MIN_MS} ms CPU each\n`);
  const result: Record<string, { us_per_article: number; us_per_4kb: number; min_us_per_article: number }> = {};
  for (const [k, xs] of Object.entries(rounds)) {
    const us = median(xs);
    const min = Math.min(...xs);
    result[k] = { us_per_article: +us.toFixed(1), us_per_4kb: +((us * 4) / kb).toFixed(1), min_us_per_article: +min.toFixed(1) };
    process.stdout.write(`${k.padEnd(8)} ${us.toFixed(1).padStart(8)} µs/article ${((us * 4) / kb).toFixed(1).padStart(8)} µs/4KB   (min ${min.toFixed(1)} µs/article)\n`);
  }
  process.stdout.write(JSON.stringify({ task: 'bench-stages', kb_avg: +kb.toFixed(2), ...result }) + '\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
