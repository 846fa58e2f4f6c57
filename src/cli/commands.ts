/** The read-side commands: articles, show, search, export. */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { toSource } from '../model/offsets.js';
import { ParallaxError } from '../pipeline/errors.js';
import { articleJson, exportJson } from '../query/export.js';
import { CSV_KINDS, toCsv, toGdeltTsv, toGraphml, toJsonLd, type CsvKind } from '../query/formats.js';
import type { Repository } from '../store/repository.js';
import { table, type CliIO } from './io.js';

export async function runArticles(store: Repository, io: CliIO, json: boolean, limit?: number): Promise<number> {
  const list = await store.listArticles({ limit });
  if (json) io.stdout.write(JSON.stringify({ articles: list }) + '\n');
  else io.stdout.write(table(list.map((a) => [a.id, a.published, a.outlet, a.title ?? a.source]), ['id', 'published', 'outlet', 'title / source']));
  return 0;
}

export async function runShow(store: Repository, io: CliIO, id: string, json: boolean): Promise<number> {
  const doc = await store.getArticle(id);
  if (!doc) throw new ParallaxError('NOT_FOUND', `no article with id "${id}" (ids are listed by \`parallax articles\`)`);
  if (json) {
    io.stdout.write(JSON.stringify(articleJson(doc)) + '\n');
    return 0;
  }
  const m = doc.meta;
  const out: string[] = [];
  out.push(`id         ${doc.id}`, `source     ${m.source}`, `title      ${m.title ?? '-'}  (${m.titleSource ?? 'none'})`);
  out.push(`outlet     ${m.outlet ?? '-'}  (${m.outletSource ?? 'none'})`);
  out.push(`published  ${m.published.value ?? 'unknown'}  (${[m.published.precision, m.published.source, m.published.inferred ? 'inferred' : ''].filter(Boolean).join(', ') || 'no evidence'})`);
  for (const e of m.published.evidence ?? []) out.push(`           evidence: ${e}`);
  if (m.dateline) out.push(`dateline   ${m.dateline.place ?? '-'} · ${m.dateline.date ?? '-'}${m.dateline.outlet ? ` · ${m.dateline.outlet}` : ''}`);
  out.push(`encoding   ${m.encoding}`, '');
  for (const layer of ['heading', 'caption']) {
    for (const s of doc.layers[layer] ?? []) out.push(`[${layer}] ${doc.text.slice(s.start, s.end)}`);
  }
  out.push('', '── text ──', doc.text, '', `── removed (${doc.removed.length}) ──`);
  for (const r of doc.removed) out.push(`  ${r.reason}: ${JSON.stringify(r.text.length > 100 ? r.text.slice(0, 100) + '…' : r.text)} (raw ${r.rawStart}–${r.rawEnd})`);
  const first = doc.layers['paragraph']?.[0];
  if (first) out.push('', `offsets: clean ${first.start} ↦ raw ${toSource(doc.offsets, first.start)}`);
  io.stdout.write(out.join('\n') + '\n');
  return 0;
}

export async function runSearch(store: Repository, io: CliIO, query: string, json: boolean, limit?: number): Promise<number> {
  const hits = await store.search(query, limit ?? 20);
  if (json) io.stdout.write(JSON.stringify({ query, hits }) + '\n');
  else if (hits.length === 0) io.stdout.write(`no articles match ${JSON.stringify(query)}\n`);
  else io.stdout.write(hits.map((h) => `${h.id}  ${h.outlet ?? '-'}  ${h.title ?? ''}\n    ${h.snippet.replace(/\s+/g, ' ')}`).join('\n') + '\n');
  return 0;
}

const FORMATS = 'json, csv KIND (events, quotes, entities, offices), gdelt, graphml, jsonld';

export async function runExport(store: Repository, io: CliIO, format: string | undefined, out: string | undefined, kind?: string): Promise<number> {
  const ex = await exportJson(store);
  let doc: string;
  if (format === 'json') doc = JSON.stringify(ex, null, 2) + '\n';
  else if (format === 'csv') {
    if (!CSV_KINDS.includes(kind as CsvKind)) throw new ParallaxError('USAGE', `usage: parallax export csv ${CSV_KINDS.join('|')}`);
    doc = toCsv(ex, kind as CsvKind);
  } else if (format === 'gdelt' || format === 'tsv') doc = toGdeltTsv(ex);
  else if (format === 'graphml') doc = toGraphml(ex);
  else if (format === 'jsonld') doc = JSON.stringify(toJsonLd(ex), null, 2) + '\n';
  else throw new ParallaxError('USAGE', `unknown export format "${format ?? ''}": use ${FORMATS}`);
  if (out) writeFileSync(resolve(io.cwd, out), doc);
  else io.stdout.write(doc);
  return 0;
}
