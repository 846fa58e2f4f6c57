/**
 * TempEval-3 Task A (time expressions) on the converted TimeML data (see shared/data/tempeval3/README.md):
 * extent F1 strict (exact span) and relaxed (overlap); value and type F1 as in TempEval-3, i.e. attribute F1 =
 * relaxed F1 × attribute accuracy over the relaxed matches = F1 of the relaxed matches whose attribute is right.
 * The document creation time is the anchor. chrono-node alone is scored in the same run for comparison.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import * as chrono from 'chrono-node';
import { findTimes } from '../read/dates/index.js';

export interface TimexGold { start: number; end: number; text: string; type: string; value: string }
export interface TimexDoc { doc_id: string; text: string; dct: { value: string }; timexes: TimexGold[] }
export interface TimexSys { start: number; end: number; type: string; value: string }

export interface TimexScores {
  n: number;
  span_f1_strict: number;
  span_f1_relaxed: number;
  value_f1: number;
  type_f1: number;
}
export interface TimexReport extends TimexScores {
  task: 'timex';
  docs: number;
  /** chrono-node 2.x alone (casual parser, DCT as reference), scored the same way. */
  chrono: TimexScores;
}

export function loadTimexDocs(dir: string): TimexDoc[] {
  const files = readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort();
  return files.flatMap((f) =>
    readFileSync(join(dir, f), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as TimexDoc));
}

/** Score system mentions against gold for every document; `n` counts gold expressions. */
export function scoreTimex(docs: TimexDoc[], run: (d: TimexDoc) => TimexSys[]): TimexScores {
  let gold = 0, sys = 0, strict = 0, relaxed = 0, value = 0, type = 0;
  for (const d of docs) {
    const s = run(d);
    gold += d.timexes.length;
    sys += s.length;
    const used = new Set<number>();
    for (const x of s) {
      if (d.timexes.some((g) => g.start === x.start && g.end === x.end)) strict++;
      // One-to-one relaxed matching: the first unused overlapping gold expression, exact spans first.
      let gi = d.timexes.findIndex((g, i) => !used.has(i) && g.start === x.start && g.end === x.end);
      if (gi < 0) gi = d.timexes.findIndex((g, i) => !used.has(i) && g.start < x.end && x.start < g.end);
      if (gi < 0) continue;
      used.add(gi);
      relaxed++;
      const g = d.timexes[gi]!;
      if (g.value === x.value) value++;
      if (g.type === x.type) type++;
    }
  }
  const f1 = (c: number): number => (sys + gold === 0 ? 0 : +((2 * c) / (sys + gold)).toFixed(4));
  return { n: gold, span_f1_strict: f1(strict), span_f1_relaxed: f1(relaxed), value_f1: f1(value), type_f1: f1(type) };
}

export function ourTimexes(d: TimexDoc): TimexSys[] {
  return findTimes(d.text, d.dct.value.slice(0, 10));
}

/** chrono-node on its own: its casual parser with the DCT as reference, values at the granularity it knows. */
export function chronoTimexes(d: TimexDoc): TimexSys[] {
  const ref = new Date(`${d.dct.value.slice(0, 10)}T12:00:00Z`);
  return chrono.casual.parse(d.text, { instant: ref, timezone: 0 }).map((r) => {
    const c = r.start;
    const dt = r.start.date();
    const iso = new Date(dt.getTime()).toISOString();
    let value = iso.slice(0, 10);
    let type = 'DATE';
    if (c.isCertain('hour')) { value = iso.slice(0, 16); type = 'TIME'; }
    else if (!c.isCertain('day') && !c.isCertain('weekday')) value = c.isCertain('month') ? iso.slice(0, 7) : iso.slice(0, 4);
    return { start: r.index, end: r.index + r.text.length, type, value };
  });
}

export function evalTimex(dir: string): TimexReport {
  const docs = loadTimexDocs(dir);
  return { task: 'timex', docs: docs.length, ...scoreTimex(docs, ourTimexes), chrono: scoreTimex(docs, chronoTimexes) };
}
