/**
 * `npx tsx bench/link.ts [N…]`: the article linker at corpus scale. Real articles (the seeds, the samples and the
 * ECB+ dev texts when ../shared has them) go through the pipeline once; their features are then recombined into
 * synthetic articles — one article's words with a share of another's, its people renamed by crossing first and
 * last names of real ones, its years shifted — grouped in small storylines as news is. Timed: a batch link of
 * each corpus size, and single additions on top of it (µs each, the median over a sample): the cost of an
 * addition must not grow with the corpus. CPU time of this process; the last line is JSON.
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
      yield { id: `${prefix}${made}`, terms, lead, ents, years, main };
    }
  }
}

const cpuMs = (t: NodeJS.CpuUsage): number => (t.user + t.system) / 1000;
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function main(): void {
  const real = realFeatures();
  process.stdout.write(`${real.length} real articles recombined\n`);
  const result: Record<string, number> = { real: real.length };
  const linkers = new Map<number, Linker>();
  for (const n of [...new Set([...BATCH_SIZES, ...ADD_SIZES])].sort((a, b) => a - b)) {
    const t0 = process.cpuUsage();
    const l = Linker.batch(synthetic(real, n, 1, 'a'));
    const ms = cpuMs(process.cpuUsage(t0));
    const c = l.clusters();
    process.stdout.write(`batch ${n}: ${(ms / 1000).toFixed(1)} s cpu, ${c.storylines.length} storylines, ${c.events.length} events, heap ${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(0)} MB\n`);
    if (BATCH_SIZES.includes(n)) result[`batch_${n}_s`] = Math.round(ms) / 1000;
    linkers.set(n, l);
    if (!ADD_SIZES.includes(n)) continue;
    const each: number[] = [];
    for (const f of synthetic(real, ADDS, 2, 'b')) {
      const t = process.hrtime.bigint();
      l.add(f);
      each.push(Number(process.hrtime.bigint() - t) / 1000);
    }
    result[`add_us_at_${n}`] = Math.round(median(each));
    process.stdout.write(`add at ${n}: median ${median(each).toFixed(0)} µs, p90 ${[...each].sort((a, b) => a - b)[Math.floor(each.length * 0.9)]!.toFixed(0)} µs over ${ADDS} additions\n`);
    linkers.delete(n);
  }
  const [lo, hi] = [ADD_SIZES[0]!, ADD_SIZES[ADD_SIZES.length - 1]!];
  if (lo !== hi) result['add_ratio'] = Math.round((result[`add_us_at_${hi}`]! / result[`add_us_at_${lo}`]!) * 100) / 100;
  result['rss_mb'] = Math.round(process.memoryUsage().rss / 2 ** 20);
  process.stdout.write(JSON.stringify({ bench: 'link', ...result }) + '\n');
}

main();
