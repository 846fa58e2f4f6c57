/** `parallax eval TASK [DIR]`: a readable table, then one JSON line with task, n and the scores. */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { ingestArticle } from '../ingest/article.js';
import { evalExtraction } from '../eval/extraction.js';
import { evalSeeds } from '../eval/seeds.js';
import { evalNer } from '../eval/ner.js';
import { evalCameo } from '../eval/cameo.js';
import { evalClusters } from '../eval/clusters.js';
import { evalQuotes } from '../eval/quotes.js';
import { evalTimex } from '../eval/timex.js';
import { evalPublished } from '../eval/published.js';
import { recognize } from '../read/ner/index.js';
import { joinQualifiedOrgs } from '../read/entities/qualify.js';
import { ParallaxError } from '../pipeline/errors.js';
import { sharedPath } from '../pipeline/paths.js';
import type { CliIO } from './io.js';

/** Parallax's HTML ingest, reduced to the body the benchmark scores: clean text less captions (not body). */
export function pipelineBody(html: string, url: string): string {
  try {
    const doc = ingestArticle({ source: url, format: 'html', html, url });
    const body = [...(doc.layers['paragraph'] ?? []), ...(doc.layers['heading'] ?? [])].sort((a, b) => a.start - b.start);
    return body.map((s) => doc.text.slice(s.start, s.end)).join('\n');
  } catch {
    return '';
  }
}

const DEFAULT_DIRS: Record<string, string> = {
  seeds: 'seeds',
  extraction: 'data/article-extraction-benchmark',
  ner: 'data/gum-news',
  timex: 'data/tempeval3',
  published: 'data/polnear',
  quotes: 'data/polnear',
  cameo: 'data/petrarch-cameo',
  clusters: 'data/ecbplus',
};

/** The read stage's entity mentions as the NER eval sees them: names only, nationality adjectives left out. */
function pipelineEntities(text: string): Array<{ start: number; end: number; type: 'person' | 'organization' | 'place' }> {
  return joinQualifiedOrgs(text, recognize(text)).filter((m) => !m.demonymOf);
}

const f3 = (x: number): string => x.toFixed(3);

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
  if (task === 'ner') {
    const r = evalNer(dir, pipelineEntities);
    for (const [t, v] of Object.entries(r.per_type)) io.stdout.write(`  ${t.padEnd(13)} P ${f3(v.p)}  R ${f3(v.r)}  F1 ${f3(v.f1)}\n`);
    io.stdout.write(`  micro         P ${f3(r.precision)}  R ${f3(r.recall)}  F1 ${f3(r.f1)}\n`);
    return { task: 'ner', n: r.n, f1: r.f1, precision: r.precision, recall: r.recall, per_type: r.per_type };
  }
  if (task === 'timex') {
    const r = evalTimex(dir);
    io.stdout.write(`  parallax  strict ${f3(r.span_f1_strict)}  relaxed ${f3(r.span_f1_relaxed)}  value ${f3(r.value_f1)}  type ${f3(r.type_f1)}\n`);
    io.stdout.write(`  chrono    strict ${f3(r.chrono.span_f1_strict)}  relaxed ${f3(r.chrono.span_f1_relaxed)}  value ${f3(r.chrono.value_f1)}  type ${f3(r.chrono.type_f1)}\n`);
    return { task: 'timex', n: r.n, span_f1_strict: r.span_f1_strict, span_f1_relaxed: r.span_f1_relaxed, value_f1: r.value_f1, type_f1: r.type_f1 };
  }
  if (task === 'published') {
    const r = evalPublished(dir);
    io.stdout.write(`  articles ${r.n}  answered ${f3(r.answered)}  precision ${f3(r.precision)}  year precision ${f3(r.year_precision)}\n`);
    io.stdout.write(`  stated    ${r.stated.answered} answers, ${r.stated.correct} right · inferred ${r.inferred.answered} answers, ${r.inferred.correct} right (of ${r.inferred.n} undated)\n`);
    for (const [k, v] of Object.entries(r.by_precision)) io.stdout.write(`  ${k.padEnd(8)} ${v.answered} answers, ${v.correct} right\n`);
    if (verbose) for (const w of r.wrong) io.stdout.write(`  · ${w}\n`);
    return { task: 'published', n: r.n, answered: r.answered, precision: r.precision, year_precision: r.year_precision, stated: r.stated, inferred: r.inferred };
  }
  if (task === 'quotes') {
    const r = evalQuotes(dir);
    io.stdout.write(`  overlap  source ${f3(r.source_f1)}  cue ${f3(r.cue_f1)}  content ${f3(r.content_f1)}\n`);
    io.stdout.write(`  exact    source ${f3(r.source_f1_exact)}  cue ${f3(r.cue_f1_exact)}  content ${f3(r.content_f1_exact)}\n`);
    return { task: 'quotes', n: r.n, source_f1: r.source_f1, cue_f1: r.cue_f1, content_f1: r.content_f1, content_f1_exact: r.content_f1_exact };
  }
  if (task === 'cameo') {
    const r = evalCameo(dir);
    io.stdout.write(`  code ${f3(r.code_accuracy)}  root ${f3(r.root_accuracy)}  source ${f3(r.source_accuracy)}  target ${f3(r.target_accuracy)}\n`);
    return { task: 'cameo', n: r.n, code_accuracy: r.code_accuracy, root_accuracy: r.root_accuracy, source_accuracy: r.source_accuracy, target_accuracy: r.target_accuracy };
  }
  if (task === 'clusters') {
    const r = evalClusters(dir);
    io.stdout.write(`  subtopic B3 F1 ${f3(r.subtopic_b3_f1)}  subtopic pairwise F1 ${f3(r.subtopic_pairwise_f1)}  topic B3 F1 ${f3(r.topic_b3_f1)}\n`);
    return { task: 'clusters', n: r.n, subtopic_b3_f1: r.subtopic_b3_f1, subtopic_pairwise_f1: r.subtopic_pairwise_f1, topic_b3_f1: r.topic_b3_f1 };
  }
  throw new ParallaxError('USAGE', `unknown eval task "${task}": use ${Object.keys(DEFAULT_DIRS).join(', ')} or all`);
}

export async function runEval(task: string | undefined, dirArg: string | undefined, io: CliIO, verbose: boolean): Promise<number> {
  if (!task) throw new ParallaxError('USAGE', `usage: parallax eval ${Object.keys(DEFAULT_DIRS).join('|')}|all [DIR]`);
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
