/** `parallax eval TASK [DIR]`: a readable table, then one JSON line with task, n and the scores. */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { ingestArticle } from '../ingest/article.js';
import { evalExtraction } from '../eval/extraction.js';
import { evalSeeds } from '../eval/seeds.js';
import { ParallaxError } from '../pipeline/errors.js';
import { sharedPath } from '../pipeline/paths.js';
import type { CliIO } from './io.js';

/** Parallax's HTML ingest, reduced to the clean body text the benchmark scores. */
export function pipelineBody(html: string, url: string): string {
  try {
    return ingestArticle({ source: url, format: 'html', html, url }).text;
  } catch {
    return '';
  }
}

const DEFAULT_DIRS: Record<string, string> = { seeds: 'seeds', extraction: 'data/article-extraction-benchmark' };

async function runTask(task: string, dir: string, io: CliIO, verbose: boolean): Promise<Record<string, unknown>> {
  if (!existsSync(dir)) throw new ParallaxError('NOT_FOUND', `no data folder at ${dir}`);
  if (task === 'seeds') {
    const r = await evalSeeds(dir);
    for (const [k, v] of Object.entries(r.scores)) io.stdout.write(`  ${k.padEnd(12)} ${v.toFixed(3)}\n`);
    if (verbose || r.details.length <= 12) for (const d of r.details) io.stdout.write(`  · ${d}\n`);
    return { task: r.task, n: r.n, scores: r.scores };
  }
  if (task === 'extraction') {
    const r = await evalExtraction(dir, pipelineBody);
    io.stdout.write(`  pages ${r.n}  F1 ${r.f1.toFixed(3)}  precision ${r.precision.toFixed(3)}  recall ${r.recall.toFixed(3)}  accuracy ${r.accuracy.toFixed(3)}\n`);
    return { task: 'extraction', n: r.n, f1: r.f1, precision: r.precision, recall: r.recall, accuracy: r.accuracy };
  }
  throw new ParallaxError('USAGE', `unknown eval task "${task}": use seeds, extraction or all`);
}

export async function runEval(task: string | undefined, dirArg: string | undefined, io: CliIO, verbose: boolean): Promise<number> {
  if (!task) throw new ParallaxError('USAGE', 'usage: parallax eval seeds|extraction|all [DIR]');
  if (task === 'all') {
    const results: Record<string, unknown> = {};
    for (const t of Object.keys(DEFAULT_DIRS)) {
      const dir = sharedPath(DEFAULT_DIRS[t]!);
      if (!existsSync(dir)) {
        io.stdout.write(`${t}: skipped, ${dir} is absent\n`);
        continue;
      }
      io.stdout.write(`${t} (${dir})\n`);
      results[t] = await runTask(t, dir, io, verbose);
    }
    io.stdout.write(JSON.stringify({ task: 'all', n: Object.keys(results).length, results }) + '\n');
    return 0;
  }
  const dir = dirArg ? resolve(io.cwd, dirArg) : DEFAULT_DIRS[task] ? sharedPath(DEFAULT_DIRS[task]!) : '';
  io.stdout.write(`${task} (${dir})\n`);
  const result = await runTask(task, dir, io, verbose);
  io.stdout.write(JSON.stringify(result) + '\n');
  return 0;
}
