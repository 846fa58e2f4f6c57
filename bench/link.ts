/**
 * `npx tsx bench/link.ts [N…]`: the article linker at corpus scale. Real articles (the seeds, the samples and the
 * ECB+ dev texts when ../shared has them) go through the pipeline once; their features are then recombined into
 * synthetic articles — one article's words with a share of another's, its people renamed by crossing first and
 * last names of real ones, its years shifted — grouped in small storylines as news is. Timed: a batch link of
 * each corpus size, and single additions on top of it (µs each, the median and p90 over a sample): the cost of an
 * addition must not grow with the corpus (`add_flatness`: the largest size's median over the smallest's). Each
 * synthetic storyline is dated (its base article's date, or 2012, moved by its year shift), a few undated.
 * CPU time of this process; the last line is JSON.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { ingestArticle, type RawArticle } from '../src/ingest/article.js';
import { Runner } from '../src/pipeline/stage.js';
import { builtinStages } from '../src/pipeline/registry.js';
import { repoPath, sharedPath } from '../src/pipeline/paths.js';
import { linkEvents } from '../src/link/events.js';
import { eventLookup, featuresOf, Linker, type Features } from '../src/link/cluster.js';

const SIZES = process.argv.slice(2).map(Number).filter((n) => n > 0);
const BATCH_SIZES = SIZES.length ? SIZES : [10_000, 100_000];
const ADD_SIZES = SIZES.length ? SIZES : [1_000, 10_000, 100_000];
const ADDS = Number(process.env['BENCH_ADDS'] ?? 300);

function realInputs(): RawArticle[] {
  const out: RawArticle[] = [];
  for (const dir of [sharedPath('seeds'), repoPath('samples')]) {
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir)) if (f.endsWith('.txt')) out.push({ source: f, format: 'text', bytes: readFileSync(join(dir, f)) });
  }
  const ecb = sharedPath('data/ecbplus/dev.jsonl');
  if (existsSync(ecb)) {
    for (const line of readFileSync(ecb, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const r = JSON.parse(line) as { doc_id: string; text: string };
      out.push({ source: r.doc_id, format: 'text', text: r.text });
    }
  }
  return out;
}

function realFeatures(): Features[] {
  const runner = new Runner(builtinStages());
  const docs = realInputs().flatMap((a) => { try { return [runner.run(ingestArticle(a))]; } catch { return []; } });
  const eventOf = eventLookup(linkEvents(docs));
  return docs.map((d) => featuresOf(d, eventOf));
}

const UNDATED = 0.05;
const BASE_DAY = Date.UTC(2012, 0, 1) / 86_400_000;

/** A deterministic generator (the same corpus every run). */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

/** Synthetic articles from real ones: storylines of 1–12 articles, each storyline on one base article. */
function* synthetic(real: Features[], n: number, seed: number, prefix: string): Generator<Features> {
  const rand = rng(seed);
  const pick = <T>(xs: T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const people = real.flatMap((f) => [...f.ents.keys()].filter((k) => k.startsWith('person:') && k.includes(' ')));
  const first = people.map((k) => k.slice(7).split(' ')[0]!);
  const last = people.map((k) => k.slice(7).split(' ').pop()!);
  let made = 0;
  for (let story = 0; made < n; story++) {
    const base = pick(real);
    const other = pick(real);
    const shift = Math.floor(rand() * 30) - 15;
    // Dated as news is (a storyline's reports within days of each other); a few undated, as ECB+ texts are.
    const start = rand() < UNDATED ? null : (base.day ?? BASE_DAY) + Math.round(shift * 365.25 + (rand() - 0.5) * 300);
    const rename = new Map([...base.ents.keys()].filter((k) => k.startsWith('person:')).map((k) => [k, `person:${pick(first)} ${pick(last)}`]));
    const size = 1 + Math.floor(rand() * 12);
    for (let k = 0; k < size && made < n; k++, made++) {
      const donor = rand() < 0.5 ? other : pick(real);
      const terms = new Map<string, number>();
      for (const [w, c] of base.terms) if (rand() < 0.7) terms.set(w, c);
      for (const [w, c] of donor.terms) if (rand() < 0.3) terms.set(w, (terms.get(w) ?? 0) + c);
      const lead = new Map([...base.lead].filter(() => rand() < 0.8));
      const ents = new Map<string, number>();
      for (const [e, c] of base.ents) ents.set(rename.get(e) ?? e, c);
      for (const [e, c] of donor.ents) if (rand() < 0.2) ents.set(e, c);
      const years = new Set([...base.years].map((y) => String(Number(y) + shift)));
      const main = new Set([...base.main].map((e) => `${e}@${story}`));
      const day = start === null ? null : start + Math.floor(rand() * 4);
      yield { id: `${prefix}${made}`, terms, lead, ents, years, main, day };
    }
  }
}

const cpuMs = (t: NodeJS.CpuUsage): number => (t.user + t.system) / 1000;
const quantile = (xs: number[], q: number): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * q)]!;
/** 1000 → "1k", for the JSON keys. */
const label = (n: number): string => (n % 1000 ? String(n) : `${n / 1000}k`);

function main(): void {
  const real = realFeatures();
  process.stdout.write(`${real.length} real articles recombined\n`);
  const result: Record<string, number> = { real: real.length };
  for (const n of [...new Set([...BATCH_SIZES, ...ADD_SIZES])].sort((a, b) => a - b)) {
    const t0 = process.cpuUsage();
    const l = Linker.batch(synthetic(real, n, 1, 'a'));
    const ms = cpuMs(process.cpuUsage(t0));
    const c = l.clusters();
    process.stdout.write(`batch ${n}: ${(ms / 1000).toFixed(1)} s cpu, ${c.storylines.length} storylines, ${c.events.length} events, heap ${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(0)} MB\n`);
    if (BATCH_SIZES.includes(n)) {
      result[`link_${label(n)}_s`] = Math.round(ms) / 1000;
      result[`heap_mb_${label(n)}`] = Math.round(process.memoryUsage().heapUsed / 2 ** 20);
    }
    if (!ADD_SIZES.includes(n)) continue;
    const each: number[] = [];
    for (const f of synthetic(real, ADDS, 2, 'b')) {
      const t = process.cpuUsage();
      l.add(f);
      const d = process.cpuUsage(t);
      each.push(d.user + d.system);
    }
    result[`add_us_${label(n)}`] = Math.round(quantile(each, 0.5));
    result[`add_p90_us_${label(n)}`] = Math.round(quantile(each, 0.9));
    process.stdout.write(`add at ${n}: median ${quantile(each, 0.5).toFixed(0)} µs, p90 ${quantile(each, 0.9).toFixed(0)} µs cpu over ${ADDS} additions\n`);
  }
  const [lo, hi] = [ADD_SIZES[0]!, ADD_SIZES[ADD_SIZES.length - 1]!];
  if (lo !== hi) result['add_flatness'] = Math.round((result[`add_us_${label(hi)}`]! / result[`add_us_${label(lo)}`]!) * 100) / 100;
  result['rss_mb'] = Math.round(process.memoryUsage().rss / 2 ** 20);
  process.stdout.write(JSON.stringify({ task: 'bench_link', ...result }) + '\n');
}

main();
