/**
 * Bytes allocated per article by each step of the per-article pipeline, and the functions that allocate most.
 * Allocation is a cost the CPU profile hides: the garbage is cheap to collect, but streaming hundreds of KB of fresh
 * memory per article evicts the caches every other step relies on (adding 800 KB of short-lived garbage per article
 * slowed ingest + read by ≈ 100 µs beyond the garbage's own cost on the bench texts). V8's sampling heap profiler
 * (through the inspector, counting objects that were collected too) attributes each sampled allocation to its stack;
 * a step's figure includes everything it calls.
 *
 *   npx tsx bench/alloc.ts          (or node dist/bench/alloc.js after a build; the last line is JSON)
 * Env: ALLOC_ROUNDS (passes over the bench texts while sampling, default 100), ALLOC_TOP (functions listed, 25).
 */
import { Session } from 'node:inspector/promises';
import { ingestArticle } from '../src/ingest/article.js';
import { readStage } from '../src/read/stage.js';
import { extractStage } from '../src/extract/stage.js';
import { benchTexts } from './stages.js';

const ROUNDS = Number(process.env['ALLOC_ROUNDS'] ?? 100);
const TOP = Number(process.env['ALLOC_TOP'] ?? 25);

/** Steps reported, by the function name the profile shows; nested steps are counted inside their parents too. */
const STEPS = ['ingestArticle', 'recognize', 'entitySpans', 'roleLayer', 'readTimes', 'eventLayer', 'quoteLayer'] as const;

interface ProfileNode { callFrame: { functionName: string; url: string; lineNumber: number }; selfSize: number; children: ProfileNode[] }

async function main(): Promise<void> {
  const texts = benchTexts();
  const run = (): void => {
    for (const text of texts) {
      const doc = ingestArticle({ source: 'bench.txt', format: 'text', text });
      readStage.run(doc);
      extractStage.run(doc);
    }
  };
  for (let i = 0; i < 20; i++) run(); // warm-up: lazy lexicons and models are loaded once, not per article
  const session = new Session();
  session.connect();
  await session.post('HeapProfiler.enable');
  await session.post('HeapProfiler.startSampling', { samplingInterval: 1024, includeObjectsCollectedByMinorGC: true, includeObjectsCollectedByMajorGC: true });
  for (let i = 0; i < ROUNDS; i++) run();
  const { profile } = (await session.post('HeapProfiler.stopSampling')) as unknown as { profile: { head: ProfileNode } };
  session.disconnect();

  const articles = ROUNDS * texts.length;
  const kb = (bytes: number): number => +(bytes / articles / 1024).toFixed(1);
  const bySelf = new Map<string, number>();
  const byStep = new Map<string, number>();
  let total = 0;
  const walk = (n: ProfileNode, steps: ReadonlySet<string>): void => {
    const fn = n.callFrame.functionName || '(anonymous)';
    const inside = (STEPS as readonly string[]).includes(fn) && !steps.has(fn) ? new Set([...steps, fn]) : steps;
    if (n.selfSize) {
      total += n.selfSize;
      const key = `${fn} ${n.callFrame.url.replace(/^.*?\/(src|bench|node_modules)\//, '$1/')}:${n.callFrame.lineNumber + 1}`;
      bySelf.set(key, (bySelf.get(key) ?? 0) + n.selfSize);
      for (const s of inside) byStep.set(s, (byStep.get(s) ?? 0) + n.selfSize);
    }
    for (const c of n.children) walk(c, inside);
  };
  walk(profile.head, new Set());

  const avgKb = texts.reduce((s, t) => s + t.length, 0) / texts.length / 1024;
  process.stdout.write(`${texts.length} texts (${avgKb.toFixed(1)} KB avg), ${ROUNDS} rounds: ${kb(total)} KB allocated per article\n`);
  for (const s of STEPS) process.stdout.write(`  ${s.padEnd(16)} ${String(kb(byStep.get(s) ?? 0)).padStart(8)} KB/article\n`);
  process.stdout.write('functions allocating most (own allocations):\n');
  for (const [k, v] of [...bySelf].sort((a, b) => b[1] - a[1]).slice(0, TOP)) process.stdout.write(`  ${String(kb(v)).padStart(8)} KB  ${k}\n`);
  process.stdout.write(JSON.stringify({ task: 'bench-alloc', kb_per_article: kb(total), ...Object.fromEntries(STEPS.map((s) => [s, kb(byStep.get(s) ?? 0)])) }) + '\n');
}

await main();
