/**
 * `parallax eval seeds [DIR]`: ingests the seed articles into a throwaway store, exports JSON exactly as
 * `parallax export json` does, and scores each section of gold.json that the pipeline covers so far.
 */
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { ingestPaths } from '../ingest/batch.js';
import { foldLine } from '../ingest/clean/text-norm.js';
import { exportJson, type ArticleJson } from '../query/export.js';
import { SqliteStore } from '../store/sqlite/store.js';
import { allDocs } from '../store/repository.js';
import { publishedOk, scoreFraming, scoreClusters, scoreEntities, scoreEvents, scoreLineage, scoreQuotes, scoreRoles, scoreTimeline, scoreTimeQuestions, type GoldRole } from './seeds-read.js';

interface GoldDoc {
  derived_from?: string;
  outlet: string | null;
  title: string | null;
  published: { value: string | null; inferred?: string };
  dateline?: { place: string; date: string };
  boilerplate_lines?: string[];
  headings?: string[];
  captions?: string[];
  mojibake?: Array<{ found: string; means: string }>;
}

export interface SeedReport {
  task: 'seeds';
  n: number;
  scores: Record<string, number>;
  details: string[];
}

const same = (a: string | null | undefined, b: string | null | undefined): boolean => foldLine(a ?? '') === foldLine(b ?? '');
const lines = (text: string): Set<string> => new Set(text.split('\n').map((l) => foldLine(l)).filter(Boolean));

function ratio(hit: number, total: number): number {
  return total === 0 ? 1 : hit / total;
}

/** Set F1 over folded strings. */
function setF1(gold: string[], pred: string[]): { tp: number; fp: number; fn: number } {
  const g = new Set(gold.map(foldLine));
  const p = new Set(pred.map(foldLine));
  let tp = 0;
  for (const x of p) if (g.has(x)) tp++;
  return { tp, fp: p.size - tp, fn: g.size - tp };
}

export async function evalSeeds(dir: string): Promise<SeedReport> {
  const gold = JSON.parse(readFileSync(join(dir, 'gold.json'), 'utf8')) as {
    documents: Record<string, GoldDoc>;
    entities?: Parameters<typeof scoreEntities>[0];
    roles?: GoldRole[];
    time_questions?: Array<{ office: string; on: string; answer: string }>;
    events?: Parameters<typeof scoreEvents>[0];
    quotes?: Parameters<typeof scoreQuotes>[0];
    clusters?: Parameters<typeof scoreClusters>[0];
    framing?: Parameters<typeof scoreFraming>[0];
  };
  const store = new SqliteStore(':memory:');
  await ingestPaths([dir], store);
  const exported = await exportJson(store);
  const docs = await allDocs(store);
  await store.close();
  // Gold names articles by the first three characters of their file name ("001").
  const docIds = new Map(exported.articles.map((a) => [basename(a.source).slice(0, 3), a.id]));
  const byFile = new Map<string, ArticleJson>(exported.articles.map((a) => [basename(a.source), a]));
  const details: string[] = [];
  const c = { bp: [0, 0], body: [0, 0], outlet: [0, 0], title: [0, 0], dateline: [0, 0], published: [0, 0], moj: [0, 0], cap: [0, 0] };
  const headings = { tp: 0, fp: 0, fn: 0 };
  for (const [file, g] of Object.entries(gold.documents)) {
    const a = byFile.get(file);
    if (!a) {
      details.push(`${file}: not ingested`);
      continue;
    }
    const clean = lines(a.text);
    for (const l of g.boilerplate_lines ?? []) {
      c.bp[1]++;
      if (!clean.has(foldLine(l))) c.bp[0]++;
      else details.push(`${file}: boilerplate kept: ${l}`);
    }
    scoreBody(file, a, g, c.body, details);
    const h = setF1(g.headings ?? [], a.headings);
    headings.tp += h.tp; headings.fp += h.fp; headings.fn += h.fn;
    scoreCaptions(file, a, g, c.cap, details);
    for (const m of g.mojibake ?? []) {
      c.moj[1]++;
      if (!a.text.includes(m.found) && !/â€|Ã.|Â /.test(a.text)) c.moj[0]++;
      else details.push(`${file}: mojibake left: ${m.found}`);
    }
    check(c.outlet, same(a.outlet, g.outlet), `${file}: outlet ${a.outlet} ≠ ${g.outlet}`, details);
    check(c.title, same(a.title, g.title), `${file}: title ${a.title} ≠ ${g.title}`, details);
    const dl = a.dateline && a.dateline.date ? a.dateline : null;
    const dlOk = g.dateline ? !!dl && same(dl.place, g.dateline.place) && dl.date === g.dateline.date : dl === null;
    check(c.dateline, dlOk, `${file}: dateline ${JSON.stringify(a.dateline)} ≠ ${JSON.stringify(g.dateline ?? null)}`, details);
    check(c.published, publishedOk(g.published, a.published), `${file}: published ${JSON.stringify(a.published)} ≠ ${JSON.stringify(g.published)}`, details);
  }
  const hp = headings.tp + headings.fp === 0 ? 1 : headings.tp / (headings.tp + headings.fp);
  const hr = headings.tp + headings.fn === 0 ? 1 : headings.tp / (headings.tp + headings.fn);
  const scores = {
    boilerplate: ratio(c.bp[0]!, c.bp[1]!),
    body_kept: ratio(c.body[0]!, c.body[1]!),
    headings: hp + hr === 0 ? 0 : (2 * hp * hr) / (hp + hr),
    captions: ratio(c.cap[0]!, c.cap[1]!),
    mojibake: ratio(c.moj[0]!, c.moj[1]!),
    outlet: ratio(c.outlet[0]!, c.outlet[1]!),
    title: ratio(c.title[0]!, c.title[1]!),
    dateline: ratio(c.dateline[0]!, c.dateline[1]!),
    published: ratio(c.published[0]!, c.published[1]!),
    ...(gold.entities ? { entities: scoreEntities(gold.entities, exported, details) } : {}),
    ...(gold.roles ? { roles: scoreRoles(gold.roles, exported, docIds, details) } : {}),
    ...(gold.time_questions ? { time_questions: scoreTimeQuestions(gold.time_questions, docs, details) } : {}),
    ...(gold.events ? scoreEvents(gold.events, exported, docIds, details) : {}),
    ...(gold.quotes ? { quotes: scoreQuotes(gold.quotes, exported, docIds, details) } : {}),
    ...(gold.clusters ? { clusters: scoreClusters(gold.clusters, exported, docIds, details) } : {}),
    lineage: scoreLineage(gold.documents, exported, docIds, details),
    ...(gold.events ? { timeline: scoreTimeline(gold.events, docs, docIds, details) } : {}),
    ...(gold.framing ? { framing: scoreFraming(gold.framing, exported, docIds, details) } : {}),
  };
  return { task: 'seeds', n: Object.keys(gold.documents).length, scores, details };
}

function check(counter: number[], ok: boolean, msg: string, details: string[]): void {
  counter[1]!++;
  if (ok) counter[0]!++;
  else details.push(msg);
}

/** Body lines (not furniture, caption, heading or title in the gold) must survive cleaning. */
function scoreBody(file: string, a: ArticleJson, g: GoldDoc, counter: number[], details: string[]): void {
  const raw = readFileSafe(a.source);
  if (raw === null) return;
  const notBody = new Set([...(g.boilerplate_lines ?? []), ...(g.headings ?? []), ...(g.captions ?? []), g.title ?? ''].map(foldLine));
  const clean = a.text;
  for (const line of raw.split('\n')) {
    const t = line.replace(/[\s\u00A0]+$/u, '').trim();
    if (t.length < 40 || notBody.has(foldLine(t)) || /\|\s*\w+$/.test(t)) continue;
    counter[1]!++;
    // Compare on a middle stretch so repaired characters and cut end marks do not matter.
    const probe = t.slice(10, Math.min(t.length - 10, 70));
    if (clean.includes(probe)) counter[0]!++;
    else details.push(`${file}: body line lost: ${t.slice(0, 60)}`);
  }
}

function scoreCaptions(file: string, a: ArticleJson, g: GoldDoc, counter: number[], details: string[]): void {
  const gold = g.captions ?? [];
  for (const cap of gold) {
    counter[1]!++;
    const key = foldLine(cap).slice(0, 80);
    const inCaptions = a.captions.some((x) => foldLine(x).startsWith(key));
    const times = a.text.split(cap.slice(0, 80)).length - 1;
    if (inCaptions && times === 1) counter[0]!++;
    else details.push(`${file}: caption ${inCaptions ? 'marked' : 'not marked'}, kept ${times} times`);
  }
  if (gold.length === 0 && a.captions.length > 0) {
    counter[1]!++;
    details.push(`${file}: unexpected captions: ${a.captions.join(' / ').slice(0, 80)}`);
  }
}

function readFileSafe(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
}
